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
tool-coming-soon = Hindi gumagana ang calculator na ito sa bersyong ito ng Passage.
error-not-found = Hindi makita ang pahinang ito.
course-lesson-count = { $count ->
        [one] { $count } aralin
       *[other] { $count } aralin
    }
search-label = Maghanap sa mga aralin
search-button = Hanapin
search-no-results = Walang araling may ganitong salita. Subukan ang mas maikling salita.
search-too-short = Mag-type ng kahit dalawang letra.
search-results = Mga aralin na nahanap
error-search-unavailable = Hindi magagamit ang paghahanap ngayon. Mababasa pa rin ang mga aralin.
lesson-activity = Gawain sa workshop
lesson-materials = Mga kailangan
lesson-steps = Mga hakbang
lesson-debrief = Pag-usapan natin
lesson-facilitator = Para sa trainer
lesson-timing = Oras
lesson-notes = Mga paalala
lesson-sources = Mga pinagkunan
glossary-close = Isara
quiz-heading = Subukan ang natutunan mo
quiz-progress = Tanong { $number } sa { $total }
quiz-choose-one = Pumili ng isang sagot.
quiz-choose-many = Piliin ang lahat ng tamang sagot.
quiz-order = Ayusin ang mga ito sa tamang pagkakasunod.
quiz-move-up = Iakyat
quiz-move-down = Ibaba
quiz-check = Suriin ang sagot ko
quiz-correct = Tama!
quiz-wrong = Hindi pa tama.
quiz-right-answer = Tamang sagot
quiz-your-answer = Sagot mo
quiz-next = Susunod na tanong
quiz-finish = Tingnan ang resulta ko
quiz-summary = Tama ang { $score } sa { $total }.
quiz-retry = Subukan ulit
error-bad-input = May mali sa sagot na ito. Pakisubukan ulit.
error-search-not-ready = Inihahanda pa ang paghahanap. Subukan ulit mamaya.
