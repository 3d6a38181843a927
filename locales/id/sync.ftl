### Sinkronisasi: mendaftarkan laptop ini ke hub organisasi, sinkronisasi dengannya, dan berkas sinkronisasi yang dibawa dengan USB. Juga galat sinkronisasi.

sync-link = Sinkronisasi
sync-heading = Sinkronisasi dengan organisasi Anda
sync-intro = Data tetap tersimpan di laptop ini sampai laptop ini didaftarkan ke hub organisasi Anda. Mintalah alamat hub dan kode sekali pakai kepada organisasi Anda.
sync-hub-url = Alamat hub
sync-hub-code = Kode sekali pakai
sync-enrol = Daftarkan laptop ini
sync-enrolling = Mendaftarkan…
sync-enrolled = Terdaftar di { $org } pada { $url }
sync-last-success = Sinkronisasi terakhir yang berhasil: { $when }
sync-never = belum pernah
sync-waiting = { $count } data menunggu dikirim ke hub.
sync-last-counts = Sinkronisasi terakhir: { $sent } dikirim, { $received } diterima.
sync-now = Sinkronkan sekarang
sync-running = Menyinkronkan…
sync-problem-detail = Untuk bantuan teknis ({ $when }): { $detail }
sync-forget = Lupakan hub ini
sync-forget-confirm = Lupakan hub ini? Data tidak lagi dikirim ke organisasi Anda sampai laptop ini didaftarkan lagi. Tidak ada yang dihapus dari laptop ini.
sync-forget-yes = Ya, lupakan hub
sync-cancel = Batal

sync-usb-heading = Flashdisk USB
sync-usb-intro = Tidak ada koneksi? Tulis berkas sinkronisasi ke flashdisk USB dan bawa ke organisasi Anda. Bawa kembali tanda terimanya dan baca di sini.
sync-usb-enrol-first = Untuk menulis berkas sinkronisasi, daftarkan laptop ini terlebih dahulu. Berkas sinkronisasi dari laptop lain sudah bisa dibaca sekarang.
sync-folder = Tulis ke
sync-folder-laptop = Laptop ini: { $path }
sync-folder-usb = Flashdisk USB: { $path }
sync-write = Tulis berkas sinkronisasi
sync-written = Berkas sinkronisasi disimpan. Bawa ke organisasi Anda:
sync-files-heading = Berkas sinkronisasi yang ditemukan
sync-files-none = Tidak ada berkas sinkronisasi. Colokkan flashdisk USB dan tunggu sebentar.
sync-file-receipt = Tanda terima dari hub
sync-file-records = Data dari sebuah laptop
sync-read = Baca
sync-read-records = Data yang dibaca: { $records }. Baru di laptop ini: { $new }.
sync-read-receipt = Tanda terima dibaca: { $waiting } data masih menunggu dikirim ke hub.

error-hub-unreachable = Hub tidak bisa dihubungi. Passage akan mencoba lagi dengan sendirinya saat ada koneksi.
error-hub-refused = Hub menolak laptop ini: mintalah kode baru kepada organisasi Anda.
error-hub-revoked = Hub menolak laptop ini: mintalah kode baru kepada organisasi Anda.
error-hub-bad-code = Kode ini tidak berlaku: mungkin salah ketik, sudah dipakai, atau kedaluwarsa. Mintalah kode baru kepada organisasi Anda.
error-hub-incompatible = Hub memakai versi Passage yang lain. Perbarui Passage atau tanyakan kepada organisasi Anda.
error-hub-rejected = Hub tidak bisa menerima data. Passage akan mencoba lagi; jika masalah ini terus terjadi, beri tahu organisasi Anda.
error-not-enrolled = Laptop ini belum didaftarkan ke hub.
error-sync-file-broken = Berkas ini tidak lengkap atau sudah diubah. Tidak ada yang dibaca darinya. Buat berkas itu lagi.
error-sync-file-not-ours = Tanda terima ini untuk laptop lain atau dari hub lain. Tidak ada yang diubah.
sync-refused = Catatan yang dibuat dengan nama { $names } tetap di laptop ini: organisasi lain di hub memakai nama itu. Tanyakan kepada organisasi Anda apa yang harus dilakukan.
