# ផ្ទាំងគ្រប់គ្រងលើវេបរបស់ហាប់ សម្រាប់អង្គការ (crates/passage-hub/src/dashboard)។
# អ្នកគ្រប់គ្រងកម្មវិធីអានក្នុងកម្មវិធីរុករកវេប។ ពាក្យសាមញ្ញ គ្មានពាក្យបច្ចេកទេស។

hub-title = ហាប់ Passage
hub-skip = រំលងទៅតួលេខ
hub-nav-overview = ទិដ្ឋភាពទូទៅ
hub-nav-groups = តាមក្រុម
hub-nav-workshops = សិក្ខាសាលា
hub-nav-trainers = គ្រូបង្គោល
hub-nav-questions = សំណួរ
hub-nav-devices = កុំព្យូទ័រ
hub-nav-export = នាំចេញ
hub-nav-audit = កំណត់ហេតុសកម្មភាព
hub-signed-in-as = បានចូលជា { $email } ({ $role })
hub-role-viewer = អាចមើលតួលេខ
hub-role-manager = អាចមើលតួលេខ និងឈ្មោះ
hub-sign-out = ចាកចេញ

hub-login-title = ចូលទៅហាប់
hub-login-email = អាសយដ្ឋានអ៊ីមែល
hub-login-password = ពាក្យសម្ងាត់
hub-login-submit = ចូល
hub-login-failed = អាសយដ្ឋានអ៊ីមែល និងពាក្យសម្ងាត់នេះ មិនត្រូវនឹងគណនីណាមួយទេ។
hub-login-limited = ព្យាយាមច្រើនដងពេក។ សូមរង់ចាំមួយនាទី ហើយសាកល្បងម្តងទៀត។
hub-login-expired = ទំព័រនេះបានបើកយូរពេក។ សូមចូលម្តងទៀត។

hub-overview-title = អ្វីដែលសិក្ខាសាលាសម្រេចបាន
hub-overview-learners = មនុស្សដែលបានបណ្តុះបណ្តាល
hub-overview-workshops = សិក្ខាសាលា
hub-overview-completed = បានបញ្ចប់សិក្ខាសាលា
hub-overview-pre = ពិន្ទុមធ្យមតេស្តមុន
hub-overview-post = ពិន្ទុមធ្យមតេស្តក្រោយ
hub-overview-gain = ការកើនឡើងជាមធ្យម
hub-overview-empty = មិនទាន់មានសិក្ខាសាលាណាធ្វើសមកាលកម្មនៅឡើយទេ។ តួលេខនឹងបង្ហាញនៅទីនេះ បន្ទាប់ពីកុំព្យូទ័ររបស់គ្រូបង្គោលធ្វើសមកាលកម្ម។
hub-overview-over-time = ពិន្ទុតេស្តតាមខែដែលសិក្ខាសាលាចាប់ផ្តើម (%)
hub-percent = { $value }%
hub-points = { $value } ពិន្ទុ
hub-share = { $part } ក្នុងចំណោម { $whole }
hub-as-of = តួលេខរួមបញ្ចូលកំណត់ត្រាទាំងអស់ដែលបានទទួលរហូតដល់ { $time } (ម៉ោងហាប់, UTC)។
hub-suppressed-note = ដើម្បីការពារមនុស្ស ក្រុមដែលមានតិចជាង 5 នាក់ត្រូវបានលាក់។ ប្រសិនបើគេនៅតែអាចគណនារកក្រុមនោះពីចំនួនសរុបបាន ក្រុមទីពីរក៏ត្រូវបានលាក់ដែរ។

hub-groups-title = លទ្ធផលតាមក្រុម

hub-workshops-title = សិក្ខាសាលា
hub-col-workshop = សិក្ខាសាលា
hub-col-trainer = គ្រូបង្គោល
hub-col-venue = ទីកន្លែង
hub-col-dates = កាលបរិច្ឆេទ
hub-col-courses = វគ្គសិក្សា
hub-col-people = ចំនួនមនុស្ស
hub-col-workshops = ចំនួនសិក្ខាសាលា
hub-dates-range = ពី { $first } ដល់ { $last }
hub-no-name = (គ្មានឈ្មោះ)

hub-workshop-people = អ្នកដែលបានចូលរួម
hub-workshop-people-note = ឈ្មោះជាទិន្នន័យផ្ទាល់ខ្លួន។ ការមើលបញ្ជីនេះរបស់អ្នក ត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសកម្មភាព។
hub-col-name = ឈ្មោះ
hub-col-sex = ភេទ
hub-col-age = អាយុ
hub-col-sessions = ម៉ោងសិក្សាដែលបានចូលរួម
hub-col-pre = តេស្តមុន
hub-col-post = តេស្តក្រោយ
hub-score = { $score } ក្នុងចំណោម { $total }
hub-not-taken = មិនបានធ្វើ
hub-workshop-missing = គ្មានសិក្ខាសាលានេះនៅក្នុងអង្គការរបស់អ្នកទេ។

hub-trainers-title = គ្រូបង្គោល

hub-questions-title = សំណួរតេស្ត ដែលឆ្លើយខុសញឹកញាប់ជាងគេនៅខាងលើ
hub-questions-intro = ទាំងនេះជាសំណួរដែលមនុស្សនៅតែឆ្លើយខុសញឹកញាប់ជាងគេ ក្រោយសិក្ខាសាលា៖ ជាបញ្ជីការងារដែលត្រូវធ្វើសម្រាប់មេរៀន និងគ្រូបង្គោល។
hub-col-course = វគ្គសិក្សា
hub-col-question = សំណួរ
hub-col-pre-right = ត្រូវក្នុងតេស្តមុន
hub-col-post-right = ត្រូវក្នុងតេស្តក្រោយ
hub-col-answers = ចម្លើយ
hub-question-unknown = (ហាប់នេះគ្មានអត្ថបទនៃសំណួរនេះទេ)
hub-questions-no-key = ហាប់គ្មានចម្លើយរបស់វគ្គសិក្សានេះទេ ដូច្នេះមិនអាចរាប់ចម្លើយត្រឹមត្រូវបានទេ។
hub-questions-empty = មិនទាន់មាននរណាធ្វើតេស្តនៅឡើយទេ។

hub-devices-title = កុំព្យូទ័រ
hub-col-laptop = កុំព្យូទ័រ
hub-col-enrolled = បានចុះឈ្មោះ
hub-col-last-sync = សមកាលកម្មចុងក្រោយ
hub-col-records = កំណត់ត្រាដែលបានទទួល
hub-col-waiting = កំពុងរង់ចាំផ្ញើ
hub-waiting-unknown = មិនបានរាយការណ៍
hub-waiting-note = «កំពុងរង់ចាំផ្ញើ» គឺជាចំនួនកំណត់ត្រាដែលកុំព្យូទ័រនៅត្រូវផ្ញើ នៅពេលសមកាលកម្មចុងក្រោយរបស់វា។ លើសពី 0 មានន័យថាសមកាលកម្មនោះមិនបានបញ្ចប់ទេ។ កំណត់ត្រាដែលបានធ្វើនៅលើកុំព្យូទ័រក្រោយសមកាលកម្មចុងក្រោយ នឹងត្រូវរាប់នៅពេលវាធ្វើសមកាលកម្មម្តងទៀត។
hub-col-state = ស្ថានភាព
hub-device-active = កំពុងប្រើ
hub-device-revoked = បានដកសិទ្ធិ
hub-never = មិនទាន់ធ្លាប់
hub-devices-empty = មិនទាន់មានកុំព្យូទ័រណាចុះឈ្មោះនៅឡើយទេ។

hub-export-title = នាំចេញតួលេខ
hub-export-intro = តួលេខនៃសិក្ខាសាលានីមួយៗ តាមភេទ អាយុ ប្រទេសដើម ប្រទេសគោលដៅ និងវិស័យការងារ ដោយមិនបង្ហាញក្រុមតូចៗ។ ការនាំចេញនីមួយៗត្រូវបានកត់ត្រាក្នុងកំណត់ហេតុសកម្មភាព។
hub-export-csv = ទាញយក CSV (សម្រាប់អ្នកវិភាគ)
hub-export-xlsx = ទាញយក XLSX (សម្រាប់កម្មវិធីតារាង)

hub-audit-title = កំណត់ហេតុសកម្មភាព
hub-col-when = ពេលណា
hub-col-who = នរណា
hub-col-what = អ្វី
hub-audit-empty = មិនទាន់មានអ្វីទេ។

hub-error-title = មានបញ្ហាកើតឡើង
hub-error-body = ហាប់មិនអាចបង្ហាញទំព័រនេះបានទេ។ សូមសាកល្បងម្តងទៀតបន្តិចទៀត។
hub-not-found = គ្មានទំព័រនេះទេ។
hub-forbidden = គណនីរបស់អ្នកមិនមានសិទ្ធិមើលទំព័រនេះទេ។

hub-pages = ទំព័រ
hub-page-previous = មុន
hub-page-next = បន្ទាប់
hub-page-of = ទំព័រ { $page } នៃ { $pages }
