# The hub's web dashboard for organisations (crates/passage-hub/src/dashboard).
# Read by programme managers in a browser; plain words, no jargon.

hub-title = Passage hub
hub-skip = Skip to the figures
hub-nav-overview = Overview
hub-nav-groups = By group
hub-nav-workshops = Workshops
hub-nav-trainers = Trainers
hub-nav-questions = Questions
hub-nav-devices = Laptops
hub-nav-export = Export
hub-nav-audit = Audit log
hub-signed-in-as = Signed in as { $email } ({ $role })
hub-role-viewer = can see figures
hub-role-manager = can see figures and names
hub-sign-out = Sign out

hub-login-title = Sign in to the hub
hub-login-email = E-mail address
hub-login-password = Password
hub-login-submit = Sign in
hub-login-failed = That e-mail address and password do not match an account.
hub-login-limited = Too many attempts. Wait a minute and try again.
hub-login-expired = The page was open too long. Please sign in again.

hub-overview-title = What the workshops achieved
hub-overview-learners = People trained
hub-overview-workshops = Workshops
hub-overview-completed = Completed the workshop
hub-overview-pre = Average pre-test score
hub-overview-post = Average post-test score
hub-overview-gain = Average gain
hub-overview-empty = No workshop has synced yet. Figures appear here after a trainer's laptop syncs.
hub-overview-over-time = Test scores by month the workshop started (%)
hub-percent = { $value }%
hub-points = { $value } points
hub-share = { $part } of { $whole }
hub-as-of = Figures include every record received up to { $time } (hub time, UTC).
hub-suppressed-note = To protect people, a group of fewer than 5 people is withheld. Where that would let someone work the group out from the total, a second group is withheld too.

hub-groups-title = Results by group

hub-workshops-title = Workshops
hub-col-workshop = Workshop
hub-col-trainer = Trainer
hub-col-venue = Place
hub-col-dates = Dates
hub-col-courses = Courses
hub-col-people = People
hub-col-workshops = Workshops
hub-dates-range = { $first } to { $last }
hub-no-name = (no name given)

hub-workshop-people = Who took part
hub-workshop-people-note = Names are personal data. Your viewing of this list is written in the audit log.
hub-col-name = Name
hub-col-sex = Sex
hub-col-age = Age
hub-col-sessions = Sessions attended
hub-col-pre = Pre-test
hub-col-post = Post-test
hub-score = { $score } of { $total }
hub-not-taken = not taken
hub-workshop-missing = There is no such workshop in your organisation.

hub-trainers-title = Trainers

hub-questions-title = Test questions, most often wrong first
hub-questions-intro = These are the questions people most often still get wrong after the workshop: a to-do list for lessons and trainers.
hub-col-course = Course
hub-col-question = Question
hub-col-pre-right = Right in the pre-test
hub-col-post-right = Right in the post-test
hub-col-answers = Answers
hub-question-unknown = (this hub does not have this question’s text)
hub-questions-no-key = The hub does not have this course’s answers, so right answers cannot be counted.
hub-questions-empty = No test has been taken yet.

hub-devices-title = Laptops
hub-col-laptop = Laptop
hub-col-enrolled = Joined
hub-col-last-sync = Last sync
hub-col-records = Records received
hub-col-waiting = Waiting to send
hub-waiting-unknown = not reported
hub-waiting-note = “Waiting to send” is how many records a laptop still had to send when it last synced. More than 0 means that sync did not finish. Records made on a laptop after its last sync are counted when it syncs again.
hub-col-state = State
hub-device-active = active
hub-device-revoked = revoked
hub-never = never
hub-devices-empty = No laptop has joined yet.

hub-export-title = Export the figures
hub-export-intro = The figures of every workshop, by sex, age, origin, destination and sector, with small groups withheld. Each export is written in the audit log.
hub-export-csv = Download CSV (for analysts)
hub-export-xlsx = Download XLSX (for spreadsheets)

hub-audit-title = Audit log
hub-col-when = When
hub-col-who = Who
hub-col-what = What
hub-audit-empty = Nothing yet.

hub-error-title = Something went wrong
hub-error-body = The hub could not show this page. Try again in a moment.
hub-not-found = There is no such page.
hub-forbidden = Your account may not see this page.

hub-pages = Pages
hub-page-previous = Previous
hub-page-next = Next
hub-page-of = Page { $page } of { $pages }
