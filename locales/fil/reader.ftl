### The reader: courses and lessons.

nav-home = Home
nav-back-to-course = Bumalik sa kurso
course-open = Buksan ang kurso
course-no-lessons = Malapit nang dumating ang mga aralin ng modyul na ito.
lesson-minutes = { $minutes } min
lesson-objectives = Sa araling ito, matututo kang
lesson-key-points = Tandaan
lesson-previous = Nakaraan
lesson-next = Susunod
lesson-read-in = Basahin ang araling ito sa
lesson-fallback = Wala pa sa iyong wika ang araling ito. Ipinapakita ito sa { $language }.
lesson-narration = Pakinggan ang araling ito
tool-coming-soon = May calculator na magagamit mo rito. Darating ito kasama ng mga money tool.
error-not-found = Hindi makita ang pahinang ito.
course-lesson-count = { $count ->
        [one] { $count } aralin
       *[other] { $count } aralin
    }
search-label = Maghanap sa mga aralin
search-button = Hanapin
search-no-results = Walang araling may ganitong salita. Subukan ang mas maikling salita.
search-results = Mga aralin na nahanap
error-search-unavailable = Hindi magagamit ang paghahanap ngayon. Mababasa pa rin ang mga aralin.
