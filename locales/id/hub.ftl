# Dasbor web hub untuk organisasi (crates/passage-hub/src/dashboard).
# Dibaca manajer program di peramban; kata-kata sederhana, tanpa jargon.

hub-title = Hub Passage
hub-skip = Langsung ke angka
hub-nav-overview = Ikhtisar
hub-nav-groups = Per kelompok
hub-nav-workshops = Lokakarya
hub-nav-trainers = Pelatih
hub-nav-questions = Pertanyaan
hub-nav-devices = Laptop
hub-nav-export = Ekspor
hub-nav-audit = Log audit
hub-signed-in-as = Masuk sebagai { $email } ({ $role })
hub-role-viewer = dapat melihat angka
hub-role-manager = dapat melihat angka dan nama
hub-sign-out = Keluar

hub-login-title = Masuk ke hub
hub-login-email = Alamat email
hub-login-password = Kata sandi
hub-login-submit = Masuk
hub-login-failed = Alamat email dan kata sandi itu tidak cocok dengan akun mana pun.
hub-login-limited = Terlalu banyak percobaan. Tunggu satu menit, lalu coba lagi.
hub-login-expired = Halaman ini terbuka terlalu lama. Silakan masuk lagi.

hub-overview-title = Capaian lokakarya
hub-overview-learners = Orang yang dilatih
hub-overview-workshops = Lokakarya
hub-overview-completed = Menyelesaikan lokakarya
hub-overview-pre = Rata-rata nilai tes awal
hub-overview-post = Rata-rata nilai tes akhir
hub-overview-gain = Rata-rata kenaikan
hub-overview-empty = Belum ada lokakarya yang disinkronkan. Angka akan muncul di sini setelah laptop pelatih melakukan sinkronisasi.
hub-overview-over-time = Nilai tes menurut bulan dimulainya lokakarya (%)
hub-percent = { $value }%
hub-points = { $value } poin
hub-share = { $part } dari { $whole }
hub-as-of = Angka ini mencakup semua data yang diterima sampai { $time } (waktu hub, UTC).
hub-suppressed-note = Untuk melindungi orang, kelompok yang berisi kurang dari 5 orang dirahasiakan. Jika kelompok itu masih bisa dihitung dari total, satu kelompok lain juga dirahasiakan.

hub-groups-title = Hasil per kelompok

hub-workshops-title = Lokakarya
hub-col-workshop = Lokakarya
hub-col-trainer = Pelatih
hub-col-venue = Tempat
hub-col-dates = Tanggal
hub-col-courses = Kursus
hub-col-people = Orang
hub-col-workshops = Lokakarya
hub-dates-range = { $first } sampai { $last }
hub-no-name = (tanpa nama)

hub-workshop-people = Siapa saja yang ikut
hub-workshop-people-note = Nama adalah data pribadi. Setiap kali Anda melihat daftar ini, hal itu dicatat di log audit.
hub-col-name = Nama
hub-col-sex = Jenis kelamin
hub-col-age = Usia
hub-col-sessions = Sesi yang dihadiri
hub-col-pre = Tes awal
hub-col-post = Tes akhir
hub-score = { $score } dari { $total }
hub-not-taken = tidak ikut
hub-workshop-missing = Lokakarya ini tidak ada di organisasi Anda.

hub-trainers-title = Pelatih

hub-questions-title = Pertanyaan tes, yang paling sering salah lebih dulu
hub-questions-intro = Inilah pertanyaan yang paling sering masih dijawab salah setelah lokakarya: daftar tugas untuk materi pelajaran dan para pelatih.
hub-col-course = Kursus
hub-col-question = Pertanyaan
hub-col-pre-right = Benar di tes awal
hub-col-post-right = Benar di tes akhir
hub-col-answers = Jawaban
hub-question-unknown = (hub ini tidak memiliki teks pertanyaan ini)
hub-questions-no-key = Hub tidak memiliki kunci jawaban kursus ini, jadi jawaban benar tidak bisa dihitung.
hub-questions-empty = Belum ada tes yang dikerjakan.

hub-devices-title = Laptop
hub-col-laptop = Laptop
hub-col-enrolled = Terdaftar
hub-col-last-sync = Sinkronisasi terakhir
hub-col-records = Data diterima
hub-col-waiting = Menunggu dikirim
hub-waiting-unknown = tidak dilaporkan
hub-waiting-note = “Menunggu dikirim” adalah jumlah data yang masih harus dikirim sebuah laptop saat sinkronisasi terakhirnya. Lebih dari 0 berarti sinkronisasi itu tidak selesai. Data yang dibuat di laptop setelah sinkronisasi terakhirnya dihitung saat laptop itu menyinkronkan lagi.
hub-col-state = Status
hub-device-active = aktif
hub-device-revoked = dicabut
hub-never = belum pernah
hub-devices-empty = Belum ada laptop yang terdaftar.

hub-export-title = Ekspor angka
hub-export-intro = Angka setiap lokakarya, menurut jenis kelamin, usia, negara asal, negara tujuan, dan sektor pekerjaan, tanpa menampilkan kelompok kecil. Setiap ekspor dicatat di log audit.
hub-export-csv = Unduh CSV (untuk analis)
hub-export-xlsx = Unduh XLSX (untuk spreadsheet)

hub-audit-title = Log audit
hub-col-when = Kapan
hub-col-who = Siapa
hub-col-what = Apa
hub-audit-empty = Belum ada apa-apa.

hub-error-title = Terjadi kesalahan
hub-error-body = Hub tidak dapat menampilkan halaman ini. Coba lagi sebentar lagi.
hub-not-found = Halaman ini tidak ada.
hub-forbidden = Akun Anda tidak diizinkan melihat halaman ini.

hub-pages = Halaman
hub-page-previous = Sebelumnya
hub-page-next = Berikutnya
hub-page-of = Halaman { $page } dari { $pages }
