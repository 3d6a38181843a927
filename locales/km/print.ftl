### អ្វីដែល Passage បោះពុម្ព៖ វិញ្ញាបនបត្រ បញ្ជីវត្តមាន ចំណងជើងរបាយការណ៍

month-1 = មករា
month-2 = កុម្ភៈ
month-3 = មីនា
month-4 = មេសា
month-5 = ឧសភា
month-6 = មិថុនា
month-7 = កក្កដា
month-8 = សីហា
month-9 = កញ្ញា
month-10 = តុលា
month-11 = វិច្ឆិកា
month-12 = ធ្នូ
# A date on a certificate: "ថ្ងៃទី 4 ខែមីនា ឆ្នាំ 2027".
date-long = ថ្ងៃទី { $day } ខែ{ $month } ឆ្នាំ { $year }

cert-heading = វិញ្ញាបនបត្របញ្ចប់វគ្គ
cert-presented-to = សូមបញ្ជាក់ថា
# $dates is cert-dates-one or cert-dates-range; $hours may be 7.5.
cert-body = បានបញ្ចប់សិក្ខាសាលា «{ $workshop }» ដែលរៀបចំដោយ { $organisation } { $dates } (រយៈពេល { $hours } ម៉ោង)។
cert-dates-one = នៅ{ $date }
cert-dates-range = ពី{ $first } ដល់{ $last }
cert-signature = គ្រូបង្គោល

signin-title = បញ្ជីវត្តមាន ថ្ងៃទី { $day }
signin-number = ល.រ
signin-name = ឈ្មោះ
signin-sex = ភេទ
signin-age = អាយុ
signin-morning = ពេលព្រឹក៖ ហត្ថលេខា
signin-afternoon = ពេលរសៀល៖ ហត្ថលេខា
signin-footer = គ្រូបង្គោល៖ { $trainer }     ហត្ថលេខា៖ ____________________

report-col-group = ក្រុម
report-col-registered = បានចុះឈ្មោះ
report-col-attended = បានចូលរួម
report-col-completed = បានបញ្ចប់
report-col-pre-taken = បានធ្វើតេស្តមុន
report-col-post-taken = បានធ្វើតេស្តក្រោយ
report-col-paired = បានធ្វើតេស្តទាំងពីរ
report-col-pre-average = មធ្យមភាគតេស្តមុន (%)
report-col-post-average = មធ្យមភាគតេស្តក្រោយ (%)
report-col-gain = កើនឡើង (ពិន្ទុ)
report-col-improved = មានការរីកចម្រើន
report-col-suppressed = បានលាក់ ដើម្បីការពារមនុស្ស
report-dim-all = អ្នកចូលរួមទាំងអស់
report-dim-sex = តាមភេទ
report-dim-age-band = តាមក្រុមអាយុ
report-dim-origin = តាមប្រទេសដើម
report-dim-destination = តាមប្រទេសគោលដៅ
report-dim-sector = តាមវិស័យការងារ
report-unknown = មិនបានផ្តល់
report-all = ទាំងអស់
report-col-code = កូដ
report-summary = សេចក្តីសង្ខេប
report-no-data = គ្មានទិន្នន័យ
report-suppressed = បានលាក់
report-legend-pre = តេស្តមុន
report-legend-post = តេស្តក្រោយ
report-chart-scores-sex = ពិន្ទុតេស្តមធ្យមតាមភេទ (%)
report-chart-scores-age-band = ពិន្ទុតេស្តមធ្យមតាមក្រុមអាយុ (%)
report-chart-attendance-sex = បានចុះឈ្មោះ បានចូលរួម និងបានបញ្ចប់ តាមភេទ
