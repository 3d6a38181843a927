# Trainer mode: the trainer's door, workshops, registration, attendance,
# tests, the agenda, certificates and the report.

trainer-mode = Trainer mode
trainer-heading = Trainer mode
trainer-intro = For trainers running a workshop. Learners: this part is not for you; go back to the courses.
trainer-who = Trainer
trainer-open = Open trainer mode
trainer-new = New trainer
trainer-name = Your name
trainer-name-help = As it should be printed on certificates.
trainer-pin-help = Four digits. Trainer mode always needs a PIN, so that learners cannot open it.
trainer-create = Make my trainer profile
trainer-leave = Leave trainer mode

workshops-heading = Workshops
workshops-new = Plan a new workshop
workshops-create = Plan the workshop
workshops-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
workshop-title = Title
workshop-organisation = Organisation
workshop-venue = Venue
workshop-first-day = First day
workshop-language = Language of the workshop
workshop-courses = Courses (the agenda comes from each course)
workshop-tab-people = People
workshop-tab-attendance = Attendance
workshop-tab-tests = Pre- and post-test
workshop-tab-agenda = Agenda
workshop-tab-outputs = Certificates and report

register-heading = Register a person
register-phone = Phone (optional)
register-consent = They agree to what is stored and why (read the consent text aloud)
register-submit = Register
register-done = { $name } is registered.
register-duplicate = { $name } ({ $year }) is already registered. Is this a different person?
register-anyway = Yes, register this person too

import-heading = Import a list from a spreadsheet
import-help = A CSV or XLSX file with a header row (name, sex, age or year of birth, origin, destination, work, phone, consent). You see everything before it is saved.
import-choose = Choose the file
import-too-big = The file is larger than 5 MB.
import-summary = { $rows } rows; { $problems ->
    [0] no problems.
    [one] 1 row to fix (highlighted).
   *[other] { $problems } rows to fix (highlighted).
}
import-unused = not used
import-line = Row
import-field-name = Name
import-field-sex = Sex
import-field-age = Age
import-field-birthYear = Year of birth
import-field-origin = From
import-field-destination = Going to
import-field-sector = Work
import-field-phone = Phone
import-field-consent = Consent
import-group-consent = I read the consent text to the group and everyone on this list agreed.
import-confirm = Register everyone ({ $count })
import-done = { $count } people registered.

roster-problem-missing-name = The name is missing.
roster-problem-name-too-long = The name is too long.
roster-problem-bad-sex = “{ $value }” is not a sex Passage knows (female, male, other, prefer not to say).
roster-problem-bad-age = “{ $value }” is not an age.
roster-problem-bad-birth-year = “{ $value }” is not a year of birth.
roster-problem-age-disagrees = The age and the year of birth do not match.
roster-problem-bad-country = “{ $value }” is not a country Passage knows.
roster-problem-bad-sector = “{ $value }” is not a kind of work Passage knows.
roster-problem-bad-phone = “{ $value }” is not a phone number.
roster-problem-bad-consent = “{ $value }” is not yes or no.
roster-problem-no-consent = This person has not agreed to the consent text.
roster-problem-duplicate-in-file = The same person as row { $value }.
roster-problem-already-registered = { $value } is already registered in this workshop.

attendance-day = Day
attendance-day-n = Day { $n } ({ $date })
attendance-all = All
attendance-print = Print the sign-in sheet
attendance-nobody = Register people first.
saved-to = Saved:

tests-open-heading = Give the test on this laptop
tests-open-help = { $count } questions, the same before and after. Trainer mode locks while the group takes it; your PIN opens it again.
tests-open-pre = Open the pre-test for the group
tests-open-post = Open the post-test for the group
tests-paper-heading = Key in answers from paper
tests-paper-who = Person
tests-paper-which = Test
tests-paper-start = Key in
tests-keyed = Saved for { $name }: { $score } of { $total }.
tests-pre = Pre-test
tests-post = Post-test
tests-gain = Gain (points)
tests-results-heading = Results
tests-by-question = By question (right answers / answers)
tests-question = Question

kiosk-heading-pre = Pre-test
kiosk-heading-post = Post-test
kiosk-progress = { $done } of { $total } done
kiosk-pick-name = Find your name and touch it
kiosk-done = done
kiosk-not-me = This is not me
kiosk-question-n = Question { $n } of { $total }
kiosk-choose-all = Choose all that are right.
kiosk-up = Move up
kiosk-down = Move down
kiosk-order-done = This is my order
kiosk-back = Back
kiosk-next = Next
kiosk-finish = Finish ({ $answered } of { $total } answered)
kiosk-thanks = Thank you, { $name }. Please pass the laptop to the next person.
kiosk-trainer = Trainer: close the test
kiosk-close = Close the test

agenda-start = Start
agenda-minutes = Minutes
agenda-session = Session
agenda-move = Move
agenda-save = Save the agenda
agenda-saved = Saved.

cert-section = Certificates of completion
cert-help = Each certificate is in the person’s language. “Completed” means present at three quarters of the sessions or more.
cert-completed = Certificates for everyone who completed
cert-chosen = { $count ->
    [one] Certificate for 1 chosen person
   *[other] Certificates for { $count } chosen people
}

report-heading = Report
report-csv = Save as CSV (for analysts)
report-xlsx = Save as XLSX (for people)

error-no-trainer = Trainer mode is locked. Open it with the trainer’s PIN.
error-roster-unreadable = This file cannot be read as a list of people.
error-print-failed = The file could not be made or saved.

present-back = Back to the workshop
present-projector = Show on the projector
present-slide = Slide { $n } of { $total }
present-up-next = Next
present-notes = For the trainer
present-minutes = About { $minutes } minutes
present-timing = Timing
present-notes-heading = Notes
present-activity = Activity
present-materials = Materials
present-key-points = Key points
present-debrief = Talk about it
register-group-hint = These usually repeat in a group: they stay filled for the next person.
attendance-whole-day = Whole day
register-language = Language
register-language-workshop = The workshop’s language
cert-separate = One file per person
register-year-or-age = Year of birth (or age)
workshops-all-heading = All { $count } workshops on this laptop
present-fullscreen = Projector: full screen on or off
rates-link = Reference exchange rates
rates-heading = Reference exchange rates
rates-intro = The money tools compare what a remittance provider offers with these rates. Write down the day and where each rate came from (for example a central bank's website): learners see both beside every result.
rates-file-problem = The rates file has a mistake, so the tools use no rates. Saving a rate here keeps the old file aside.
rates-none = No rates yet: the tools will ask learners to type one.
rates-pair = Currencies
rates-rate = Rate
rates-date = Date
rates-source = Source
rates-edit = Change
rates-remove = Remove
rates-add = Add or change a rate
rates-from = From
rates-to = To
rates-source-help = Where you took it from, so a learner can check it.
rates-save = Save the rate
erase-heading = Erase
erase-confirm = Erase everything about { $name }?
erase-yes = Yes, erase

## The Translation screen, for a CSO's reviewer.
review-link = Review translations
review-heading = Review translations
review-intro = English on the left, the translation on the right. When a translation says the same thing, plainly, mark it reviewed. Marks are kept on this laptop.
review-language = Language
review-draft = draft
review-messages = Words on the screens
review-lessons = Lessons
review-quizzes = Quizzes
review-status-missing = Not translated
review-status-draft = Not reviewed
review-status-outdated = English changed
review-status-reviewed = Reviewed
review-counts = { $reviewed } of { $total } reviewed
review-english = English
review-translation = Translation
review-mark = Mark reviewed
review-mark-lesson = Mark the whole lesson reviewed
review-mark-quiz = Mark the whole quiz reviewed
review-quiz-title = Quiz: { $lesson }
review-tests = Pre- and post-test questions
review-glossaries = Glossaries
review-agendas = Workshop agendas
review-bank-title = Test questions: { $module }
review-glossary-title = Glossary: { $course }
review-agenda-title = Workshop agenda: { $course }
review-mark-bank = Mark all these test questions reviewed
review-mark-glossary = Mark the whole glossary reviewed
review-mark-agenda = Mark the whole agenda reviewed
review-export = Save my marks for the translation team
review-exported = Marks saved: { $count }. File: { $path }. Send it to whoever keeps the translation files.
review-mark-all = Mark all shown reviewed
review-changed = What changed in the English since it was reviewed:
review-changed-unknown = The English changed after this translation was made. This laptop does not have the earlier English: read both texts in full.
review-only-open = Show only what needs review
review-back = All translations
review-none-open = Nothing here needs review.
