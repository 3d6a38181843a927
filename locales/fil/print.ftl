### Ang ipini-print ng Passage: mga sertipiko, attendance sheet, mga heading ng ulat.

month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre
# A date on a certificate: month name, day, year (Marso 4, 2027).
date-long = { $month } { $day }, { $year }

cert-heading = Sertipiko ng Pagtatapos
cert-presented-to = Pinatutunayan nito na si
# $dates is cert-dates-one or cert-dates-range; $hours may be 7.5.
cert-body = ay nakatapos ng workshop na “{ $workshop }” na isinagawa ng { $organisation } { $dates } ({ $hours ->
    [one] { $hours } oras
   *[other] { $hours } oras
}).
cert-dates-one = noong { $date }
cert-dates-range = mula { $first } hanggang { $last }
cert-signature = Trainer

signin-title = Attendance sheet, araw { $day }
signin-number = Blg.
signin-name = Pangalan
signin-sex = Kasarian
signin-age = Edad
signin-morning = Umaga: pirma
signin-afternoon = Hapon: pirma
signin-footer = Trainer: { $trainer }     Pirma: ____________________

report-col-group = Grupo
report-col-registered = Nakarehistro
report-col-attended = Dumalo
report-col-completed = Nakatapos
report-col-pre-taken = Kumuha ng pre-test
report-col-post-taken = Kumuha ng post-test
report-col-paired = Kumuha ng dalawang test
report-col-pre-average = Average sa pre-test (%)
report-col-post-average = Average sa post-test (%)
report-col-gain = Dagdag (puntos)
report-col-improved = Tumaas ang iskor
report-col-suppressed = Nakatago para protektahan ang mga tao
report-dim-all = Lahat ng kalahok
report-dim-sex = Ayon sa kasarian
report-dim-age-band = Ayon sa edad
report-dim-origin = Ayon sa bansang pinagmulan
report-dim-destination = Ayon sa bansang pupuntahan
report-dim-sector = Ayon sa uri ng trabaho
report-unknown = Hindi ibinigay
report-all = Lahat
report-col-code = Code
report-summary = Buod
report-no-data = walang datos
report-suppressed = nakatago
report-legend-pre = Pre-test
report-legend-post = Post-test
report-chart-scores-sex = Average na iskor sa test ayon sa kasarian (%)
report-chart-scores-age-band = Average na iskor sa test ayon sa edad (%)
report-chart-attendance-sex = Nakarehistro, dumalo at nakatapos ayon sa kasarian
