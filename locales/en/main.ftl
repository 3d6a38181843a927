### Passage UI messages: the home screen.
### English is the source; other languages follow it.

app-title = Passage
home-tagline = Learn before you go, and while you are away. Everything works without internet.
home-courses-heading = Courses
course-module-count = { $count ->
        [one] { $count } module
       *[other] { $count } modules
    }
course-shown-in-fallback = Not translated yet: shown in { $language }
translation-draft-notice = Draft translation: not yet checked by a reviewer
home-content-problems = Some course packs could not be opened. Ask your trainer or organisation for a new copy.
app-loading = Opening…
app-error = Passage could not open its courses.
language-label = Language
error-content-unreadable = The course files cannot be read. Ask your trainer or organisation for a new copy of Passage.
error-content-invalid = A course file is damaged or incomplete. Ask your trainer or organisation for a new copy.
display-text-size = Text size
display-smaller = Smaller text
display-larger = Larger text
display-contrast = High contrast
display-native-digits = Show numbers in this language's own digits
display-language = Language
