### Mode pelatih: pintu masuk pelatih, lokakarya, pendaftaran, kehadiran, tes, agenda, sertifikat, dan laporan.

trainer-mode = Mode pelatih
trainer-heading = Mode pelatih
trainer-intro = Untuk pelatih yang memandu lokakarya. Peserta: bagian ini bukan untuk Anda; kembalilah ke kursus.
trainer-who = Pelatih
trainer-open = Buka mode pelatih
trainer-new = Pelatih baru
trainer-name = Nama Anda
trainer-name-help = Tulis seperti yang akan dicetak di sertifikat.
trainer-pin-help = Empat angka. Mode pelatih selalu memerlukan PIN agar peserta tidak bisa membukanya.
trainer-create = Buat profil pelatih saya
trainer-leave = Keluar dari mode pelatih

workshops-heading = Lokakarya
workshops-new = Rencanakan lokakarya baru
workshops-create = Rencanakan lokakarya
workshops-people = { $count } orang
workshop-title = Judul
workshop-organisation = Organisasi
workshop-venue = Tempat
workshop-first-day = Hari pertama
workshop-language = Bahasa lokakarya
workshop-courses = Kursus (agenda diambil dari setiap kursus)
workshop-tab-people = Peserta
workshop-tab-attendance = Kehadiran
workshop-tab-tests = Tes awal dan tes akhir
workshop-tab-agenda = Agenda
workshop-tab-outputs = Sertifikat dan laporan

register-heading = Daftarkan peserta
register-phone = Telepon (tidak wajib)
register-consent = Orang ini setuju dengan data yang disimpan dan alasannya (bacakan teks persetujuan dengan lantang)
register-submit = Daftarkan
register-done = { $name } sudah terdaftar.
register-duplicate = { $name } ({ $year }) sudah terdaftar. Apakah ini orang yang berbeda?
register-anyway = Ya, daftarkan juga orang ini

import-heading = Impor daftar dari spreadsheet
import-help = Berkas CSV atau XLSX dengan baris judul (nama, jenis kelamin, usia atau tahun lahir, negara asal, negara tujuan, pekerjaan, telepon, persetujuan). Anda bisa melihat semuanya sebelum disimpan.
import-choose = Pilih berkas
import-too-big = Berkas ini lebih besar dari 5 MB.
import-summary = { $rows } baris; { $problems ->
    [0] tidak ada masalah.
   *[other] { $problems } baris perlu diperbaiki (ditandai).
}
import-unused = tidak dipakai
import-line = Baris
import-field-name = Nama
import-field-sex = Jenis kelamin
import-field-age = Usia
import-field-birthYear = Tahun lahir
import-field-origin = Asal
import-field-destination = Tujuan
import-field-sector = Pekerjaan
import-field-phone = Telepon
import-field-consent = Persetujuan
import-group-consent = Saya sudah membacakan teks persetujuan kepada kelompok dan semua orang di daftar ini setuju.
import-confirm = Daftarkan semua ({ $count })
import-done = { $count } orang terdaftar.

roster-problem-missing-name = Nama belum diisi.
roster-problem-name-too-long = Nama terlalu panjang.
roster-problem-bad-sex = “{ $value }” bukan jenis kelamin yang dikenal Passage (perempuan, laki-laki, lainnya, tidak ingin menyebutkan).
roster-problem-bad-age = “{ $value }” bukan usia.
roster-problem-bad-birth-year = “{ $value }” bukan tahun lahir.
roster-problem-age-disagrees = Usia dan tahun lahir tidak cocok.
roster-problem-bad-country = “{ $value }” bukan negara yang dikenal Passage.
roster-problem-bad-sector = “{ $value }” bukan jenis pekerjaan yang dikenal Passage.
roster-problem-bad-phone = “{ $value }” bukan nomor telepon.
roster-problem-bad-consent = “{ $value }” bukan “ya” atau “tidak”.
roster-problem-no-consent = Orang ini belum menyetujui teks persetujuan.
roster-problem-duplicate-in-file = Orang yang sama dengan baris { $value }.
roster-problem-already-registered = { $value } sudah terdaftar di lokakarya ini.

attendance-day = Hari
attendance-day-n = Hari ke-{ $n } ({ $date })
attendance-all = Semua
attendance-print = Cetak daftar hadir
attendance-nobody = Daftarkan peserta terlebih dahulu.
saved-to = Disimpan:

tests-open-heading = Berikan tes di laptop ini
tests-open-help = { $count } pertanyaan, sama sebelum dan sesudah. Mode pelatih terkunci selama kelompok mengerjakan tes; PIN Anda membukanya kembali.
tests-open-pre = Buka tes awal untuk kelompok
tests-open-post = Buka tes akhir untuk kelompok
tests-paper-heading = Masukkan jawaban dari kertas
tests-paper-who = Peserta
tests-paper-which = Tes
tests-paper-start = Masukkan
tests-keyed = Disimpan untuk { $name }: { $score } dari { $total }.
tests-pre = Tes awal
tests-post = Tes akhir
tests-gain = Kenaikan (poin)
tests-results-heading = Hasil
tests-by-question = Per pertanyaan (jawaban benar / jawaban)
tests-question = Pertanyaan

kiosk-heading-pre = Tes awal
kiosk-heading-post = Tes akhir
kiosk-progress = { $done } dari { $total } sudah selesai
kiosk-pick-name = Cari nama Anda lalu sentuh
kiosk-done = selesai
kiosk-not-me = Ini bukan saya
kiosk-question-n = Pertanyaan { $n } dari { $total }
kiosk-choose-all = Pilih semua yang benar.
kiosk-up = Naikkan
kiosk-down = Turunkan
kiosk-order-done = Ini urutan saya
kiosk-back = Kembali
kiosk-next = Berikutnya
kiosk-finish = Selesai ({ $answered } dari { $total } dijawab)
kiosk-thanks = Terima kasih, { $name }. Silakan berikan laptop ini kepada orang berikutnya.
kiosk-trainer = Pelatih: tutup tes
kiosk-close = Tutup tes

agenda-start = Jam mulai
agenda-minutes = Menit
agenda-session = Sesi
agenda-move = Pindahkan
agenda-save = Simpan agenda
agenda-saved = Disimpan.

cert-section = Sertifikat penyelesaian
cert-help = Setiap sertifikat memakai bahasa pesertanya. “Selesai” berarti hadir di tiga perempat sesi atau lebih.
cert-completed = Sertifikat untuk semua yang selesai
cert-chosen = Sertifikat untuk { $count } orang yang dipilih

report-heading = Laporan
report-csv = Simpan sebagai CSV (untuk analis)
report-xlsx = Simpan sebagai XLSX (untuk dibaca orang)

error-no-trainer = Mode pelatih terkunci. Buka dengan PIN pelatih.
error-roster-unreadable = Berkas ini tidak bisa dibaca sebagai daftar orang.
error-print-failed = Berkas tidak dapat dibuat atau disimpan.

present-back = Kembali ke lokakarya
present-projector = Tampilkan di proyektor
present-slide = Slide { $n } dari { $total }
present-up-next = Berikutnya
present-notes = Untuk pelatih
present-minutes = Sekitar { $minutes } menit
present-timing = Waktu
present-notes-heading = Catatan
present-activity = Kegiatan
present-materials = Bahan
present-key-points = Poin penting
present-debrief = Mari kita bahas
register-group-hint = Isian ini biasanya sama dalam satu kelompok: isiannya tetap terisi untuk orang berikutnya.
attendance-whole-day = Sehari penuh
register-language = Bahasa
register-language-workshop = Bahasa lokakarya
cert-separate = Satu berkas per orang
register-year-or-age = Tahun lahir (atau umur)
workshops-all-heading = Semua { $count } lokakarya di laptop ini
present-fullscreen = Proyektor: layar penuh nyala/mati
rates-link = Kurs acuan
rates-heading = Kurs acuan
rates-intro = Alat keuangan membandingkan kurs yang ditawarkan penyedia pengiriman uang dengan kurs ini. Tulis tanggal dan asal setiap kurs (misalnya situs web bank sentral): peserta melihat keduanya di samping setiap hasil.
rates-file-problem = Berkas kurs berisi kesalahan, jadi alat tidak memakai kurs apa pun. Menyimpan kurs di sini menyimpan berkas lama di samping.
rates-none = Belum ada kurs: alat akan meminta peserta mengetik kurs.
rates-pair = Mata uang
rates-rate = Kurs
rates-date = Tanggal
rates-source = Sumber
rates-edit = Ubah
rates-remove = Hapus
rates-add = Tambah atau ubah kurs
rates-from = Dari
rates-to = Ke
rates-source-help = Dari mana Anda mengambilnya, agar peserta dapat memeriksanya.
rates-save = Simpan kurs
erase-heading = Hapus
erase-confirm = Hapus semua data tentang { $name }?
erase-yes = Ya, hapus
