### Apa yang Passage cetak: sijil, borang kehadiran, tajuk laporan.

month-1 = Januari
month-2 = Februari
month-3 = Mac
month-4 = April
month-5 = Mei
month-6 = Jun
month-7 = Julai
month-8 = Ogos
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Disember
# A date on a certificate: day, month name, year.
date-long = { $day } { $month } { $year }

cert-heading = Sijil Tamat Bengkel
cert-presented-to = Dengan ini disahkan bahawa
# $dates is cert-dates-one or cert-dates-range; $hours may be 7.5.
cert-body = telah menamatkan bengkel “{ $workshop }” anjuran { $organisation } { $dates } ({ $hours } jam).
cert-dates-one = pada { $date }
cert-dates-range = dari { $first } hingga { $last }
cert-signature = Jurulatih

signin-title = Borang kehadiran, hari { $day }
signin-number = Bil.
signin-name = Nama
signin-sex = Jantina
signin-age = Umur
signin-morning = Pagi: tandatangan
signin-afternoon = Petang: tandatangan
signin-footer = Jurulatih: { $trainer }     Tandatangan: ____________________

report-col-group = Kumpulan
report-col-registered = Didaftarkan
report-col-attended = Hadir
report-col-completed = Tamat
report-col-pre-taken = Menduduki ujian awal
report-col-post-taken = Menduduki ujian akhir
report-col-paired = Menduduki kedua-dua ujian
report-col-pre-average = Purata ujian awal (%)
report-col-post-average = Purata ujian akhir (%)
report-col-gain = Peningkatan (mata)
report-col-improved = Meningkat
report-col-suppressed = Dirahsiakan untuk melindungi orang
report-dim-all = Semua peserta
report-dim-sex = Mengikut jantina
report-dim-age-band = Mengikut umur
report-dim-origin = Mengikut negara asal
report-dim-destination = Mengikut negara tujuan
report-dim-sector = Mengikut sektor pekerjaan
report-unknown = Tidak dinyatakan
report-all = Semua
report-col-code = Kod
report-summary = Ringkasan
report-no-data = tiada data
report-suppressed = dirahsiakan
report-legend-pre = Ujian awal
report-legend-post = Ujian akhir
report-chart-scores-sex = Purata markah ujian mengikut jantina (%)
report-chart-scores-age-band = Purata markah ujian mengikut kumpulan umur (%)
report-chart-attendance-sex = Didaftarkan, hadir dan tamat mengikut jantina
