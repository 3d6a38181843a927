### Yang dicetak Passage: sertifikat, daftar hadir, judul laporan.

month-1 = Januari
month-2 = Februari
month-3 = Maret
month-4 = April
month-5 = Mei
month-6 = Juni
month-7 = Juli
month-8 = Agustus
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Desember
# A date on a certificate: day, month name, year.
date-long = { $day } { $month } { $year }

cert-heading = Sertifikat Penyelesaian
cert-presented-to = Dengan ini menerangkan bahwa
# $dates is cert-dates-one or cert-dates-range; $hours may be 7.5.
cert-body = telah menyelesaikan lokakarya “{ $workshop }” yang diselenggarakan oleh { $organisation } { $dates } ({ $hours } jam).
cert-dates-one = pada tanggal { $date }
cert-dates-range = dari tanggal { $first } sampai { $last }
cert-signature = Pelatih

signin-title = Daftar hadir, hari ke-{ $day }
signin-number = No.
signin-name = Nama
signin-sex = Jenis kelamin
signin-age = Usia
signin-morning = Pagi: tanda tangan
signin-afternoon = Siang: tanda tangan
signin-footer = Pelatih: { $trainer }     Tanda tangan: ____________________

report-col-group = Kelompok
report-col-registered = Terdaftar
report-col-attended = Hadir
report-col-completed = Selesai
report-col-pre-taken = Ikut tes awal
report-col-post-taken = Ikut tes akhir
report-col-paired = Ikut kedua tes
report-col-pre-average = Rata-rata tes awal (%)
report-col-post-average = Rata-rata tes akhir (%)
report-col-gain = Kenaikan (poin)
report-col-improved = Meningkat
report-col-suppressed = Dirahasiakan untuk melindungi orang
report-dim-all = Semua peserta
report-dim-sex = Menurut jenis kelamin
report-dim-age-band = Menurut usia
report-dim-origin = Menurut negara asal
report-dim-destination = Menurut negara tujuan
report-dim-sector = Menurut sektor pekerjaan
report-unknown = Tidak diisi
report-all = Semua
report-col-code = Kode
report-summary = Ringkasan
report-no-data = tidak ada data
report-suppressed = dirahasiakan
report-legend-pre = Tes awal
report-legend-post = Tes akhir
report-chart-scores-sex = Rata-rata nilai tes menurut jenis kelamin (%)
report-chart-scores-age-band = Rata-rata nilai tes menurut kelompok usia (%)
report-chart-attendance-sex = Terdaftar, hadir, dan selesai menurut jenis kelamin
