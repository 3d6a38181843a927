### Passage UI messages: the home screen.

app-title = Passage
home-tagline = Belajar sebelum anda pergi dan semasa di luar negara. Semuanya berfungsi tanpa internet.
home-courses-heading = Kursus
course-module-count = { $count } modul
course-shown-in-fallback = Belum diterjemah: dipaparkan dalam { $language }
translation-draft-notice = Terjemahan draf: belum disemak oleh penyemak
home-content-problems = Beberapa pek kursus tidak dapat dibuka. Minta salinan baharu daripada jurulatih atau organisasi anda.
app-loading = Membuka…
app-error = Passage tidak dapat membuka kursusnya.
language-label = Bahasa
error-content-unreadable = Fail kursus tidak dapat dibaca. Minta salinan baharu Passage daripada jurulatih atau organisasi anda.
error-content-invalid = Satu fail kursus rosak atau tidak lengkap. Minta salinan baharu daripada jurulatih atau organisasi anda.
display-text-size = Saiz huruf
display-smaller = Huruf lebih kecil
display-larger = Huruf lebih besar
display-contrast = Kontras tinggi
display-native-digits = Tunjukkan nombor dalam digit bahasa ini
display-language = Bahasa
