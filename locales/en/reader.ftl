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
tool-coming-soon = This calculator does not work in this version of Passage.
error-not-found = This page could not be found.
course-lesson-count = { $count ->
        [one] { $count } lesson
       *[other] { $count } lessons
    }
search-label = Search the lessons
search-button = Search
search-no-results = No lesson has these words. Try a shorter word.
search-too-short = Type at least two letters.
search-results = Lessons found
error-search-unavailable = Search is not available right now. The lessons can still be read.
lesson-activity = Workshop activity
lesson-materials = What you need
lesson-steps = Steps
lesson-debrief = Talk about it
lesson-facilitator = For the trainer
lesson-timing = Timing
lesson-notes = Notes
lesson-sources = Sources
glossary-close = Close
quiz-heading = Check what you learned
quiz-progress = Question { $number } of { $total }
quiz-choose-one = Choose one answer.
quiz-choose-many = Choose every answer that is right.
quiz-order = Put these in the right order.
quiz-move-up = Move up
quiz-move-down = Move down
quiz-check = Check my answer
quiz-correct = Right!
quiz-wrong = Not quite.
quiz-right-answer = Right answer
quiz-your-answer = Your answer
quiz-next = Next question
quiz-finish = See my result
quiz-summary = You got { $score } of { $total } right.
quiz-retry = Try again
error-bad-input = Something went wrong with this answer. Please try again.
error-search-not-ready = Search is getting ready. Try again in a moment.
