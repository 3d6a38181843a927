### មុខងារគ្រូបង្គោល៖ ច្រកចូលរបស់គ្រូបង្គោល សិក្ខាសាលា ការចុះឈ្មោះ វត្តមាន តេស្ត កម្មវិធី វិញ្ញាបនបត្រ និងរបាយការណ៍

trainer-mode = មុខងារគ្រូបង្គោល
trainer-heading = មុខងារគ្រូបង្គោល
trainer-intro = សម្រាប់គ្រូបង្គោលដែលដឹកនាំសិក្ខាសាលា។ អ្នករៀន៖ ផ្នែកនេះមិនមែនសម្រាប់អ្នកទេ សូមត្រឡប់ទៅវគ្គសិក្សាវិញ។
trainer-who = គ្រូបង្គោល
trainer-open = បើកមុខងារគ្រូបង្គោល
trainer-new = គ្រូបង្គោលថ្មី
trainer-name = ឈ្មោះរបស់អ្នក
trainer-name-help = សរសេរដូចដែលត្រូវបោះពុម្ពលើវិញ្ញាបនបត្រ។
trainer-pin-help = លេខ ៤ ខ្ទង់។ មុខងារគ្រូបង្គោលត្រូវការលេខ PIN ជានិច្ច ដើម្បីកុំឲ្យអ្នករៀនអាចបើកបាន។
trainer-create = បង្កើតប្រវត្តិរូបគ្រូបង្គោលរបស់ខ្ញុំ
trainer-leave = ចាកចេញពីមុខងារគ្រូបង្គោល

workshops-heading = សិក្ខាសាលា
workshops-new = រៀបចំផែនការសិក្ខាសាលាថ្មី
workshops-create = បង្កើតផែនការសិក្ខាសាលា
workshops-people = { $count } នាក់
workshop-title = ចំណងជើង
workshop-organisation = អង្គការ
workshop-venue = ទីកន្លែង
workshop-first-day = ថ្ងៃដំបូង
workshop-language = ភាសារបស់សិក្ខាសាលា
workshop-courses = វគ្គសិក្សា (កម្មវិធីមកពីវគ្គសិក្សានីមួយៗ)
workshop-tab-people = អ្នកចូលរួម
workshop-tab-attendance = វត្តមាន
workshop-tab-tests = តេស្តមុន និងតេស្តក្រោយ
workshop-tab-agenda = កម្មវិធី
workshop-tab-outputs = វិញ្ញាបនបត្រ និងរបាយការណ៍

register-heading = ចុះឈ្មោះអ្នកចូលរួម
register-phone = លេខទូរស័ព្ទ (មិនចាំបាច់)
register-consent = អ្នកចូលរួមយល់ព្រមលើអ្វីដែលត្រូវរក្សាទុក និងមូលហេតុ (សូមអានអត្ថបទការយល់ព្រមឲ្យឮ)
register-submit = ចុះឈ្មោះ
register-done = បានចុះឈ្មោះ { $name } ហើយ។
register-duplicate = { $name } ({ $year }) បានចុះឈ្មោះរួចហើយ។ តើនេះជាមនុស្សផ្សេងមែនទេ?
register-anyway = បាទ/ចាស ចុះឈ្មោះអ្នកនេះដែរ

import-heading = នាំចូលបញ្ជីឈ្មោះពីឯកសារតារាង
import-help = ឯកសារ CSV ឬ XLSX ដែលមានជួរចំណងជើង (ឈ្មោះ ភេទ អាយុ ឬឆ្នាំកំណើត សញ្ជាតិ ប្រទេសគោលដៅ ការងារ លេខទូរស័ព្ទ ការយល់ព្រម)។ អ្នកនឹងឃើញទាំងអស់មុនពេលរក្សាទុក។
import-choose = ជ្រើសរើសឯកសារ
import-too-big = ឯកសារធំជាង ៥ MB។
import-summary = { $rows } ជួរ៖ { $problems ->
    [0] គ្មានបញ្ហាទេ។
   *[other] ត្រូវកែ { $problems } ជួរ (បានបន្លិចពណ៌)។
}
import-unused = មិនប្រើ
import-line = ជួរ
import-field-name = ឈ្មោះ
import-field-sex = ភេទ
import-field-age = អាយុ
import-field-birthYear = ឆ្នាំកំណើត
import-field-origin = មកពី
import-field-destination = ទៅកាន់
import-field-sector = ការងារ
import-field-phone = ទូរស័ព្ទ
import-field-consent = ការយល់ព្រម
import-group-consent = ខ្ញុំបានអានអត្ថបទការយល់ព្រមឲ្យក្រុមស្តាប់ ហើយអ្នកទាំងអស់ក្នុងបញ្ជីនេះបានយល់ព្រម។
import-confirm = ចុះឈ្មោះទាំងអស់ ({ $count })
import-done = បានចុះឈ្មោះ { $count } នាក់។

roster-problem-missing-name = ខ្វះឈ្មោះ។
roster-problem-name-too-long = ឈ្មោះវែងពេក។
roster-problem-bad-sex = «{ $value }» មិនមែនជាភេទដែល Passage ស្គាល់ទេ (ស្រី ប្រុស ផ្សេង មិនចង់និយាយ)។
roster-problem-bad-age = «{ $value }» មិនមែនជាអាយុទេ។
roster-problem-bad-birth-year = «{ $value }» មិនមែនជាឆ្នាំកំណើតទេ។
roster-problem-age-disagrees = អាយុ និងឆ្នាំកំណើតមិនត្រូវគ្នាទេ។
roster-problem-bad-country = «{ $value }» មិនមែនជាប្រទេសដែល Passage ស្គាល់ទេ។
roster-problem-bad-sector = «{ $value }» មិនមែនជាប្រភេទការងារដែល Passage ស្គាល់ទេ។
roster-problem-bad-phone = «{ $value }» មិនមែនជាលេខទូរស័ព្ទទេ។
roster-problem-bad-consent = «{ $value }» មិនមែនជាចម្លើយ «បាទ/ចាស» ឬ «ទេ» ឡើយ។
roster-problem-no-consent = អ្នកនេះមិនទាន់យល់ព្រមលើអត្ថបទការយល់ព្រមនៅឡើយទេ។
roster-problem-duplicate-in-file = ជាមនុស្សដូចគ្នានឹងជួរទី { $value }។
roster-problem-already-registered = { $value } បានចុះឈ្មោះក្នុងសិក្ខាសាលានេះរួចហើយ។

attendance-day = ថ្ងៃ
attendance-day-n = ថ្ងៃទី { $n } ({ $date })
attendance-all = ទាំងអស់
attendance-print = បោះពុម្ពបញ្ជីវត្តមាន
attendance-nobody = សូមចុះឈ្មោះអ្នកចូលរួមជាមុនសិន។
saved-to = បានរក្សាទុក៖

tests-open-heading = ធ្វើតេស្តលើកុំព្យូទ័រនេះ
tests-open-help = សំណួរ { $count } ដូចគ្នាទាំងមុន និងក្រោយ។ មុខងារគ្រូបង្គោលត្រូវបានចាក់សោ ពេលក្រុមកំពុងធ្វើតេស្ត។ លេខ PIN របស់អ្នកនឹងបើកវាវិញ។
tests-open-pre = បើកតេស្តមុនសម្រាប់ក្រុម
tests-open-post = បើកតេស្តក្រោយសម្រាប់ក្រុម
tests-paper-heading = បញ្ចូលចម្លើយពីក្រដាស
tests-paper-who = អ្នកចូលរួម
tests-paper-which = តេស្ត
tests-paper-start = បញ្ចូល
tests-keyed = បានរក្សាទុកសម្រាប់ { $name }៖ { $score } ក្នុងចំណោម { $total }។
tests-pre = តេស្តមុន
tests-post = តេស្តក្រោយ
tests-gain = កើនឡើង (ពិន្ទុ)
tests-results-heading = លទ្ធផល
tests-by-question = តាមសំណួរ (ចម្លើយត្រឹមត្រូវ / ចម្លើយទាំងអស់)
tests-question = សំណួរ

kiosk-heading-pre = តេស្តមុនវគ្គ
kiosk-heading-post = តេស្តក្រោយវគ្គ
kiosk-progress = រួចរាល់ { $done } នាក់ ក្នុងចំណោម { $total } នាក់
kiosk-pick-name = រកឈ្មោះរបស់អ្នក ហើយចុចលើវា
kiosk-done = រួចហើយ
kiosk-not-me = នេះមិនមែនជាខ្ញុំទេ
kiosk-question-n = សំណួរទី { $n } នៃ { $total }
kiosk-choose-all = ជ្រើសរើសចម្លើយត្រឹមត្រូវទាំងអស់។
kiosk-up = ផ្លាស់ឡើងលើ
kiosk-down = ផ្លាស់ចុះក្រោម
kiosk-order-done = នេះជាលំដាប់របស់ខ្ញុំ
kiosk-back = ថយក្រោយ
kiosk-next = បន្ទាប់
kiosk-finish = បញ្ចប់ (បានឆ្លើយ { $answered } ក្នុងចំណោម { $total })
kiosk-thanks = សូមអរគុណ { $name }។ សូមហុចកុំព្យូទ័រទៅអ្នកបន្ទាប់។
kiosk-trainer = គ្រូបង្គោល៖ បិទតេស្ត
kiosk-close = បិទតេស្ត

agenda-start = ម៉ោងចាប់ផ្តើម
agenda-minutes = នាទី
agenda-session = ប្រធានបទ
agenda-move = ផ្លាស់ទី
agenda-save = រក្សាទុកកម្មវិធី
agenda-saved = បានរក្សាទុក។

cert-section = វិញ្ញាបនបត្របញ្ចប់វគ្គ
cert-help = វិញ្ញាបនបត្រនីមួយៗជាភាសារបស់អ្នកចូលរួមម្នាក់ៗ។ «បានបញ្ចប់» មានន័យថា មានវត្តមានយ៉ាងហោចណាស់បីភាគបួននៃម៉ោងសិក្សាទាំងអស់។
cert-completed = វិញ្ញាបនបត្រសម្រាប់អ្នកដែលបានបញ្ចប់ទាំងអស់
cert-chosen = វិញ្ញាបនបត្រសម្រាប់អ្នកដែលបានជ្រើសរើស { $count } នាក់

report-heading = របាយការណ៍
report-csv = រក្សាទុកជា CSV (សម្រាប់អ្នកវិភាគ)
report-xlsx = រក្សាទុកជា XLSX (សម្រាប់អាន)

error-no-trainer = មុខងារគ្រូបង្គោលត្រូវបានចាក់សោ។ សូមបើកវាដោយលេខ PIN របស់គ្រូបង្គោល។
error-roster-unreadable = មិនអាចអានឯកសារនេះជាបញ្ជីឈ្មោះបានទេ។
error-print-failed = មិនអាចបង្កើត ឬរក្សាទុកឯកសារបានទេ។

present-back = ត្រឡប់ទៅសិក្ខាសាលា
present-projector = បង្ហាញលើម៉ាស៊ីនបញ្ចាំង
present-slide = ស្លាយ { $n } នៃ { $total }
present-up-next = បន្ទាប់
present-notes = សម្រាប់គ្រូបង្គោល
present-minutes = ប្រហែល { $minutes } នាទី
present-timing = ពេលវេលា
present-notes-heading = កំណត់សម្គាល់
present-activity = សកម្មភាព
present-materials = អ្វីដែលត្រូវការ
present-key-points = ចំណុចសំខាន់ៗ
present-debrief = ពិភាក្សាគ្នា
register-group-hint = ព័ត៌មានទាំងនេះជាធម្មតាដូចគ្នាសម្រាប់ក្រុមទាំងមូល៖ វានៅតែបំពេញស្រាប់សម្រាប់អ្នកបន្ទាប់។
attendance-whole-day = ពេញមួយថ្ងៃ
register-language = ភាសា
register-language-workshop = ភាសារបស់សិក្ខាសាលា
cert-separate = ឯកសារមួយសម្រាប់ម្នាក់ៗ
register-year-or-age = ឆ្នាំកំណើត (ឬអាយុ)
workshops-all-heading = សិក្ខាសាលាទាំង { $count } នៅលើកុំព្យូទ័រនេះ
present-fullscreen = ម៉ាស៊ីនបញ្ចាំង៖ បើក/បិទពេញអេក្រង់
rates-link = អត្រាប្តូរប្រាក់យោង
rates-heading = អត្រាប្តូរប្រាក់យោង
rates-intro = ឧបករណ៍ហិរញ្ញវត្ថុប្រៀបធៀបអត្រាដែលសេវាផ្ញើប្រាក់ផ្តល់ជាមួយអត្រាទាំងនេះ។ សូមសរសេរកាលបរិច្ឆេទ និងប្រភពនៃអត្រានីមួយៗ (ឧទាហរណ៍ គេហទំព័រធនាគារកណ្តាល)៖ អ្នកសិក្សាឃើញទាំងពីរនៅក្បែរលទ្ធផលនីមួយៗ។
rates-file-problem = ឯកសារអត្រាមានកំហុស ដូច្នេះឧបករណ៍មិនប្រើអត្រាណាមួយទេ។ ការរក្សាទុកអត្រានៅទីនេះនឹងទុកឯកសារចាស់ដោយឡែក។
rates-none = មិនទាន់មានអត្រាទេ៖ ឧបករណ៍នឹងសុំឱ្យអ្នកសិក្សាវាយបញ្ចូលអត្រា។
rates-pair = រូបិយប័ណ្ណ
rates-rate = អត្រា
rates-date = កាលបរិច្ឆេទ
rates-source = ប្រភព
rates-edit = កែ
rates-remove = លុប
rates-add = បន្ថែម ឬកែអត្រា
rates-from = ពី
rates-to = ទៅ
rates-source-help = កន្លែងដែលអ្នកយកវាមក ដើម្បីឱ្យអ្នកសិក្សាអាចពិនិត្យបាន។
rates-save = រក្សាទុកអត្រា
erase-heading = លុប
erase-confirm = លុបទិន្នន័យទាំងអស់របស់ { $name } ឬ?
erase-yes = បាទ/ចាស លុប
