# Papan pemuka web hab untuk organisasi (crates/passage-hub/src/dashboard).
# Dibaca oleh pengurus program dalam pelayar web; perkataan mudah, tanpa jargon.

hub-title = Hab Passage
hub-skip = Langkau ke angka
hub-nav-overview = Gambaran keseluruhan
hub-nav-groups = Mengikut kumpulan
hub-nav-workshops = Bengkel
hub-nav-trainers = Jurulatih
hub-nav-questions = Soalan
hub-nav-devices = Komputer riba
hub-nav-export = Eksport
hub-nav-audit = Log audit
hub-signed-in-as = Log masuk sebagai { $email } ({ $role })
hub-role-viewer = boleh melihat angka
hub-role-manager = boleh melihat angka dan nama
hub-sign-out = Log keluar

hub-login-title = Log masuk ke hab
hub-login-email = Alamat e-mel
hub-login-password = Kata laluan
hub-login-submit = Log masuk
hub-login-failed = Alamat e-mel dan kata laluan itu tidak sepadan dengan mana-mana akaun.
hub-login-limited = Terlalu banyak cubaan. Tunggu seminit dan cuba lagi.
hub-login-expired = Halaman ini dibuka terlalu lama. Sila log masuk semula.

hub-overview-title = Pencapaian bengkel
hub-overview-learners = Orang yang dilatih
hub-overview-workshops = Bengkel
hub-overview-completed = Tamat bengkel
hub-overview-pre = Purata markah ujian awal
hub-overview-post = Purata markah ujian akhir
hub-overview-gain = Purata peningkatan
hub-overview-empty = Belum ada bengkel yang disegerakkan. Angka akan dipaparkan di sini selepas komputer riba jurulatih menyegerak.
hub-overview-over-time = Markah ujian mengikut bulan bengkel bermula (%)
hub-percent = { $value }%
hub-points = { $value } mata
hub-share = { $part } daripada { $whole }
hub-as-of = Angka ini merangkumi semua rekod yang diterima sehingga { $time } (waktu hab, UTC).
hub-suppressed-note = Untuk melindungi orang, kumpulan yang kurang daripada 5 orang dirahsiakan. Jika kumpulan itu masih boleh dikira daripada jumlah keseluruhan, satu lagi kumpulan turut dirahsiakan.

hub-groups-title = Keputusan mengikut kumpulan

hub-workshops-title = Bengkel
hub-col-workshop = Bengkel
hub-col-trainer = Jurulatih
hub-col-venue = Tempat
hub-col-dates = Tarikh
hub-col-courses = Kursus
hub-col-people = Orang
hub-col-workshops = Bengkel
hub-dates-range = { $first } hingga { $last }
hub-no-name = (tiada nama diberi)

hub-workshop-people = Siapa yang menyertai
hub-workshop-people-note = Nama ialah data peribadi. Tindakan anda melihat senarai ini direkodkan dalam log audit.
hub-col-name = Nama
hub-col-sex = Jantina
hub-col-age = Umur
hub-col-sessions = Sesi dihadiri
hub-col-pre = Ujian awal
hub-col-post = Ujian akhir
hub-score = { $score } daripada { $total }
hub-not-taken = tidak menduduki
hub-workshop-missing = Tiada bengkel sedemikian dalam organisasi anda.

hub-trainers-title = Jurulatih

hub-questions-title = Soalan ujian, yang paling kerap salah dahulu
hub-questions-intro = Inilah soalan yang paling kerap masih dijawab salah selepas bengkel: senarai tugasan untuk pelajaran dan jurulatih.
hub-col-course = Kursus
hub-col-question = Soalan
hub-col-pre-right = Betul dalam ujian awal
hub-col-post-right = Betul dalam ujian akhir
hub-col-answers = Jawapan
hub-question-unknown = (hab ini tidak mempunyai teks soalan ini)
hub-questions-no-key = Hab tidak mempunyai skema jawapan kursus ini, jadi jawapan betul tidak dapat dikira.
hub-questions-empty = Belum ada ujian yang diduduki.

hub-devices-title = Komputer riba
hub-col-laptop = Komputer riba
hub-col-enrolled = Didaftarkan
hub-col-last-sync = Penyegerakan terakhir
hub-col-records = Rekod diterima
hub-col-waiting = Menunggu dihantar
hub-waiting-unknown = tidak dilaporkan
hub-waiting-note = “Menunggu dihantar” ialah bilangan rekod yang masih perlu dihantar oleh komputer riba semasa penyegerakan terakhirnya. Lebih daripada 0 bermakna penyegerakan itu tidak selesai. Rekod yang dibuat di komputer riba selepas penyegerakan terakhirnya dikira apabila ia menyegerak semula.
hub-col-state = Status
hub-device-active = aktif
hub-device-revoked = dibatalkan
hub-never = belum pernah
hub-devices-empty = Belum ada komputer riba yang didaftarkan.

hub-export-title = Eksport angka
hub-export-intro = Angka setiap bengkel, mengikut jantina, umur, negara asal, negara tujuan dan sektor pekerjaan, tanpa kumpulan kecil. Setiap eksport direkodkan dalam log audit.
hub-export-csv = Muat turun CSV (untuk penganalisis)
hub-export-xlsx = Muat turun XLSX (untuk hamparan)

hub-audit-title = Log audit
hub-col-when = Bila
hub-col-who = Siapa
hub-col-what = Apa
hub-audit-empty = Belum ada apa-apa.

hub-error-title = Berlaku masalah
hub-error-body = Hab tidak dapat memaparkan halaman ini. Cuba lagi sebentar lagi.
hub-not-found = Halaman itu tidak wujud.
hub-forbidden = Akaun anda tidak dibenarkan melihat halaman ini.

hub-pages = Halaman
hub-page-previous = Sebelumnya
hub-page-next = Seterusnya
hub-page-of = Halaman { $page } daripada { $pages }
