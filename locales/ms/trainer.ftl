### Mod jurulatih: pintu masuk jurulatih, bengkel, pendaftaran, kehadiran, ujian, agenda, sijil dan laporan.

trainer-mode = Mod jurulatih
trainer-heading = Mod jurulatih
trainer-intro = Untuk jurulatih yang mengendalikan bengkel. Pelajar: bahagian ini bukan untuk anda; kembali ke kursus.
trainer-who = Jurulatih
trainer-open = Buka mod jurulatih
trainer-new = Jurulatih baharu
trainer-name = Nama anda
trainer-name-help = Tulis seperti yang patut dicetak pada sijil.
trainer-pin-help = Empat digit. Mod jurulatih sentiasa memerlukan PIN supaya pelajar tidak dapat membukanya.
trainer-create = Buat profil jurulatih saya
trainer-leave = Keluar dari mod jurulatih

workshops-heading = Bengkel
workshops-new = Rancang bengkel baharu
workshops-create = Rancang bengkel
workshops-people = { $count } orang
workshop-title = Tajuk
workshop-organisation = Organisasi
workshop-venue = Tempat
workshop-first-day = Hari pertama
workshop-language = Bahasa bengkel
workshop-courses = Kursus (agenda diambil daripada setiap kursus)
workshop-tab-people = Peserta
workshop-tab-attendance = Kehadiran
workshop-tab-tests = Ujian awal dan ujian akhir
workshop-tab-agenda = Agenda
workshop-tab-outputs = Sijil dan laporan

register-heading = Daftar peserta
register-phone = Telefon (tidak wajib)
register-consent = Peserta bersetuju dengan apa yang disimpan dan sebabnya (bacakan teks persetujuan dengan kuat)
register-submit = Daftar
register-done = { $name } sudah didaftarkan.
register-duplicate = { $name } ({ $year }) sudah didaftarkan. Adakah ini orang lain?
register-anyway = Ya, daftarkan orang ini juga

import-heading = Import senarai daripada spreadsheet
import-help = Fail CSV atau XLSX dengan baris tajuk (nama, jantina, umur atau tahun lahir, negara asal, negara tujuan, pekerjaan, telefon, persetujuan). Anda boleh melihat semuanya sebelum disimpan.
import-choose = Pilih fail
import-too-big = Fail ini lebih besar daripada 5 MB.
import-summary = { $rows } baris; { $problems ->
    [0] tiada masalah.
   *[other] { $problems } baris perlu dibetulkan (ditanda).
}
import-unused = tidak digunakan
import-line = Baris
import-field-name = Nama
import-field-sex = Jantina
import-field-age = Umur
import-field-birthYear = Tahun lahir
import-field-origin = Asal
import-field-destination = Tujuan
import-field-sector = Kerja
import-field-phone = Telefon
import-field-consent = Persetujuan
import-group-consent = Saya telah membacakan teks persetujuan kepada kumpulan dan semua orang dalam senarai ini bersetuju.
import-confirm = Daftar semua ({ $count })
import-done = { $count } orang didaftarkan.

roster-problem-missing-name = Nama tiada.
roster-problem-name-too-long = Nama terlalu panjang.
roster-problem-bad-sex = “{ $value }” bukan jantina yang Passage kenali (perempuan, lelaki, lain-lain, tidak mahu menyatakan).
roster-problem-bad-age = “{ $value }” bukan umur.
roster-problem-bad-birth-year = “{ $value }” bukan tahun lahir.
roster-problem-age-disagrees = Umur dan tahun lahir tidak sepadan.
roster-problem-bad-country = “{ $value }” bukan negara yang Passage kenali.
roster-problem-bad-sector = “{ $value }” bukan jenis kerja yang Passage kenali.
roster-problem-bad-phone = “{ $value }” bukan nombor telefon.
roster-problem-bad-consent = “{ $value }” bukan “ya” atau “tidak”.
roster-problem-no-consent = Orang ini belum bersetuju dengan teks persetujuan.
roster-problem-duplicate-in-file = Orang yang sama seperti di baris { $value }.
roster-problem-already-registered = { $value } sudah didaftarkan dalam bengkel ini.

attendance-day = Hari
attendance-day-n = Hari { $n } ({ $date })
attendance-all = Semua
attendance-print = Cetak borang kehadiran
attendance-nobody = Daftar peserta dahulu.
saved-to = Disimpan:

tests-open-heading = Jalankan ujian pada komputer riba ini
tests-open-help = { $count } soalan, sama sebelum dan selepas. Mod jurulatih dikunci semasa kumpulan menjawab; PIN anda membukanya semula.
tests-open-pre = Buka ujian awal untuk kumpulan
tests-open-post = Buka ujian akhir untuk kumpulan
tests-paper-heading = Masukkan jawapan daripada kertas
tests-paper-who = Peserta
tests-paper-which = Ujian
tests-paper-start = Masukkan
tests-keyed = Disimpan untuk { $name }: { $score } daripada { $total }.
tests-pre = Ujian awal
tests-post = Ujian akhir
tests-gain = Peningkatan (mata)
tests-results-heading = Keputusan
tests-by-question = Mengikut soalan (jawapan betul / jawapan)
tests-question = Soalan

kiosk-heading-pre = Ujian awal
kiosk-heading-post = Ujian akhir
kiosk-progress = { $done } daripada { $total } sudah selesai
kiosk-pick-name = Cari nama anda dan sentuh
kiosk-done = selesai
kiosk-not-me = Ini bukan saya
kiosk-question-n = Soalan { $n } daripada { $total }
kiosk-choose-all = Pilih semua yang betul.
kiosk-up = Naikkan
kiosk-down = Turunkan
kiosk-order-done = Ini susunan saya
kiosk-back = Kembali
kiosk-next = Seterusnya
kiosk-finish = Selesai ({ $answered } daripada { $total } dijawab)
kiosk-thanks = Terima kasih, { $name }. Sila berikan komputer riba ini kepada orang seterusnya.
kiosk-trainer = Jurulatih: tutup ujian
kiosk-close = Tutup ujian

agenda-start = Masa mula
agenda-minutes = Minit
agenda-session = Sesi
agenda-move = Alih
agenda-save = Simpan agenda
agenda-saved = Disimpan.

cert-section = Sijil tamat bengkel
cert-help = Setiap sijil dalam bahasa peserta itu sendiri. “Tamat” bermaksud hadir sekurang-kurangnya tiga perempat daripada sesi.
cert-completed = Sijil untuk semua yang tamat
cert-chosen = Sijil untuk { $count } orang yang dipilih

report-heading = Laporan
report-csv = Simpan sebagai CSV (untuk penganalisis)
report-xlsx = Simpan sebagai XLSX (untuk dibaca orang)

error-no-trainer = Mod jurulatih dikunci. Bukanya dengan PIN jurulatih.
error-roster-unreadable = Fail ini tidak dapat dibaca sebagai senarai orang.
error-print-failed = Fail tidak dapat dibuat atau disimpan.

present-back = Kembali ke bengkel
present-projector = Tunjukkan pada projektor
present-slide = Slaid { $n } daripada { $total }
present-up-next = Seterusnya
present-notes = Untuk jurulatih
present-minutes = Kira-kira { $minutes } minit
present-timing = Masa
present-notes-heading = Nota
present-activity = Aktiviti
present-materials = Bahan
present-key-points = Perkara utama
present-debrief = Mari berbincang
register-group-hint = Butiran ini biasanya sama dalam satu kumpulan: ia kekal diisi untuk orang seterusnya.
attendance-whole-day = Sepanjang hari
register-language = Bahasa
register-language-workshop = Bahasa bengkel
cert-separate = Satu fail setiap orang
register-year-or-age = Tahun lahir (atau umur)
workshops-all-heading = Semua { $count } bengkel dalam komputer riba ini
present-fullscreen = Projektor: skrin penuh hidup/mati
rates-link = Kadar pertukaran rujukan
rates-heading = Kadar pertukaran rujukan
rates-intro = Alat wang membandingkan kadar yang ditawarkan penyedia kiriman wang dengan kadar ini. Tulis tarikh dan sumber setiap kadar (contohnya laman web bank pusat): peserta melihat kedua-duanya di sebelah setiap keputusan.
rates-file-problem = Fail kadar ada kesilapan, jadi alat tidak menggunakan sebarang kadar. Menyimpan kadar di sini akan menyimpan fail lama secara berasingan.
rates-none = Belum ada kadar: alat akan meminta peserta menaip kadar.
rates-pair = Mata wang
rates-rate = Kadar
rates-date = Tarikh
rates-source = Sumber
rates-edit = Ubah
rates-remove = Buang
rates-add = Tambah atau ubah kadar
rates-from = Dari
rates-to = Ke
rates-source-help = Dari mana anda mengambilnya, supaya peserta boleh menyemaknya.
rates-save = Simpan kadar
erase-heading = Padam
erase-confirm = Padam semua data tentang { $name }?
erase-yes = Ya, padam
