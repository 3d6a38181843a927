# What Passage prints: certificates, sign-in sheets, report headings.
# These are formatted in Rust (crates/passage-app/src/printing.rs).

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# A date on a certificate: day, month name, year.
date-long = { $day } { $month } { $year }

cert-heading = Certificate of completion
cert-presented-to = This certifies that
# $dates is cert-dates-one or cert-dates-range; $hours may be 7.5.
cert-body = completed the workshop “{ $workshop }” held by { $organisation } { $dates } ({ $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}).
cert-dates-one = on { $date }
cert-dates-range = from { $first } to { $last }
cert-signature = Trainer

signin-title = Sign-in sheet, day { $day }
signin-number = No.
signin-name = Name
signin-sex = Sex
signin-age = Age
signin-morning = Morning: signature
signin-afternoon = Afternoon: signature
signin-footer = Trainer: { $trainer }     Signature: ____________________

report-col-group = Group
report-col-registered = Registered
report-col-attended = Attended
report-col-completed = Completed
report-col-pre-taken = Took the pre-test
report-col-post-taken = Took the post-test
report-col-paired = Took both tests
report-col-pre-average = Pre-test average (%)
report-col-post-average = Post-test average (%)
report-col-gain = Gain (points)
report-col-improved = Improved
report-col-suppressed = Withheld to protect people
report-dim-all = All participants
report-dim-sex = By sex
report-dim-age-band = By age
report-dim-origin = By country of origin
report-dim-destination = By destination
report-dim-sector = By work sector
report-unknown = Not given
report-all = All
report-col-code = Code
report-summary = Summary
report-no-data = no data
report-suppressed = withheld
report-legend-pre = Pre-test
report-legend-post = Post-test
report-chart-scores-sex = Average test score by sex (%)
report-chart-scores-age-band = Average test score by age band (%)
report-chart-attendance-sex = Registered, attended and completed by sex
