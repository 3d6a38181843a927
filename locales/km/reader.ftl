### The reader: courses and lessons.

nav-home = ទំព័រដើម
nav-back-to-course = ត្រឡប់ទៅវគ្គសិក្សា
course-open = បើកវគ្គសិក្សា
course-no-lessons = មេរៀនរបស់ផ្នែកនេះនឹងមកដល់ឆាប់ៗ។
lesson-minutes = { $minutes } នាទី
lesson-objectives = ក្នុងមេរៀននេះ អ្នកនឹងរៀន
lesson-key-points = ចងចាំ
lesson-previous = មុន
lesson-next = បន្ទាប់
lesson-read-in = អានមេរៀននេះជាភាសា
lesson-fallback = មេរៀននេះមិនទាន់មានជាភាសារបស់អ្នកនៅឡើយទេ។ វាត្រូវបានបង្ហាញជាភាសា { $language }។
lesson-narration = ស្តាប់មេរៀននេះ
tool-coming-soon = ម៉ាស៊ីនគិតលេខដែលអ្នកអាចប្រើនឹងនៅទីនេះ។ វានឹងមកជាមួយឧបករណ៍ហិរញ្ញវត្ថុ។
error-not-found = រកមិនឃើញទំព័រនេះទេ។
course-lesson-count = { $count } មេរៀន
search-label = ស្វែងរកក្នុងមេរៀន
search-button = ស្វែងរក
search-no-results = គ្មានមេរៀនណាមានពាក្យនេះទេ។ សាកល្បងពាក្យខ្លីជាងនេះ។
search-results = មេរៀនដែលរកឃើញ
error-search-unavailable = ការស្វែងរកមិនអាចប្រើបានឥឡូវនេះទេ។ អ្នកនៅតែអាចអានមេរៀនបាន។
