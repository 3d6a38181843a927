### Penyegerakan: mendaftarkan komputer riba ini dengan hab organisasi, menyegerak dengannya, dan fail penyegerakan yang dibawa dengan pemacu USB. Juga ralat penyegerakan.

sync-link = Segerak
sync-heading = Segerak dengan organisasi anda
sync-intro = Rekod kekal pada komputer riba ini sehingga ia didaftarkan dengan hab organisasi anda. Minta alamat hab dan kod sekali guna daripada organisasi anda.
sync-hub-url = Alamat hab
sync-hub-code = Kod sekali guna
sync-enrol = Daftarkan komputer riba ini
sync-enrolling = Sedang mendaftar…
sync-enrolled = Didaftarkan dengan { $org } di { $url }
sync-last-success = Penyegerakan terakhir yang berjaya: { $when }
sync-never = belum pernah
sync-waiting = { $count } rekod menunggu untuk dihantar ke hab.
sync-last-counts = Penyegerakan terakhir: { $sent } dihantar, { $received } diterima.
sync-now = Segerak sekarang
sync-running = Sedang menyegerak…
sync-problem-detail = Untuk khidmat sokongan ({ $when }): { $detail }
sync-forget = Lupakan hab ini
sync-forget-confirm = Lupakan hab ini? Rekod tidak lagi dihantar ke organisasi anda sehingga komputer riba ini didaftarkan semula. Tiada apa yang dipadam daripada komputer riba ini.
sync-forget-yes = Ya, lupakan hab
sync-cancel = Batal

sync-usb-heading = Pemacu USB
sync-usb-intro = Tiada sambungan? Tulis fail penyegerakan ke pemacu USB dan bawa ke organisasi anda. Bawa balik resitnya dan baca di sini.
sync-usb-enrol-first = Untuk menulis fail penyegerakan, daftarkan komputer riba ini dahulu. Fail penyegerakan daripada komputer riba lain boleh dibaca sekarang.
sync-folder = Tulis ke
sync-folder-laptop = Komputer riba ini: { $path }
sync-folder-usb = Pemacu USB: { $path }
sync-write = Tulis fail penyegerakan
sync-written = Fail penyegerakan disimpan. Bawa ke organisasi anda:
sync-files-heading = Fail penyegerakan yang ditemui
sync-files-none = Tiada fail penyegerakan ditemui. Masukkan pemacu USB dan tunggu sebentar.
sync-file-receipt = Resit daripada hab
sync-file-records = Rekod daripada komputer riba
sync-read = Baca
sync-read-records = Rekod dibaca: { $records }. Baharu pada komputer riba ini: { $new }.
sync-read-receipt = Resit dibaca: { $waiting } rekod masih menunggu untuk dihantar ke hab.

error-hub-unreachable = Hab tidak dapat dihubungi. Passage akan mencuba lagi dengan sendirinya apabila ada sambungan.
error-hub-refused = Hab menolak komputer riba ini: minta kod baharu daripada organisasi anda.
error-hub-revoked = Hab menolak komputer riba ini: minta kod baharu daripada organisasi anda.
error-hub-bad-code = Kod ini tidak berfungsi: mungkin tersalah taip, sudah digunakan, atau sudah tamat tempoh. Minta kod baharu daripada organisasi anda.
error-hub-incompatible = Hab menggunakan versi Passage yang lain. Kemas kini Passage atau tanya organisasi anda.
error-hub-rejected = Hab tidak dapat menerima rekod. Passage akan mencuba lagi; jika masalah ini berterusan, beritahu organisasi anda.
error-not-enrolled = Komputer riba ini belum didaftarkan dengan hab.
error-sync-file-broken = Fail ini tidak lengkap atau telah diubah. Tiada apa yang dibaca daripadanya. Buat fail itu semula.
error-sync-file-not-ours = Resit ini untuk komputer riba lain atau daripada hab lain. Tiada apa yang diubah.
sync-refused = Rekod yang dibuat di bawah nama { $names } kekal di komputer riba ini: organisasi lain di hab menggunakan nama itu. Tanya organisasi anda apa yang perlu dilakukan.
