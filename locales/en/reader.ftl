### The reader: courses and lessons.

nav-home = Home
nav-back-to-course = Back to the course
course-open = Open the course
course-no-lessons = The lessons of this module are coming soon.
lesson-minutes = { $minutes } min
lesson-objectives = In this lesson you will learn to
lesson-key-points = Remember
lesson-previous = Previous
lesson-next = Next
lesson-read-in = Read this lesson in
lesson-fallback = This lesson is not in your language yet. It is shown in { $language }.
lesson-narration = Listen to this lesson
tool-coming-soon = A calculator you can use goes here. It comes with the money tools.
error-not-found = This page could not be found.
course-lesson-count = { $count ->
        [one] { $count } lesson
       *[other] { $count } lessons
    }
search-label = Search the lessons
search-button = Search
search-no-results = No lesson has these words. Try a shorter word.
search-results = Lessons found
error-search-unavailable = Search is not available right now. The lessons can still be read.
