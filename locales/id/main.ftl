### Passage UI messages: the home screen.

app-title = Passage
home-tagline = Belajar sebelum berangkat dan selama di luar negeri. Semua berjalan tanpa internet.
home-courses-heading = Kursus
course-module-count = { $count } modul
course-shown-in-fallback = Belum diterjemahkan: ditampilkan dalam { $language }
translation-draft-notice = Terjemahan draf: belum diperiksa oleh peninjau
home-content-problems = Beberapa paket kursus tidak dapat dibuka. Mintalah salinan baru kepada pelatih atau organisasi Anda.
app-loading = Membuka…
app-error = Passage tidak dapat membuka kursusnya.
language-label = Bahasa
error-content-unreadable = Berkas kursus tidak dapat dibaca. Mintalah salinan baru Passage kepada pelatih atau organisasi Anda.
error-content-invalid = Ada berkas kursus yang rusak atau tidak lengkap. Mintalah salinan baru kepada pelatih atau organisasi Anda.
display-text-size = Ukuran huruf
display-smaller = Huruf lebih kecil
display-larger = Huruf lebih besar
display-contrast = Kontras tinggi
display-native-digits = Tampilkan angka dengan digit bahasa ini
display-language = Bahasa
