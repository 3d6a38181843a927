### The reader: courses and lessons.

nav-home = Beranda
nav-back-to-course = Kembali ke kursus
course-open = Buka kursus
course-no-lessons = Pelajaran modul ini akan segera hadir.
lesson-minutes = { $minutes } menit
lesson-objectives = Dalam pelajaran ini Anda akan belajar
lesson-key-points = Ingat
lesson-previous = Sebelumnya
lesson-next = Berikutnya
lesson-read-in = Baca pelajaran ini dalam
lesson-fallback = Pelajaran ini belum tersedia dalam bahasa Anda. Ditampilkan dalam { $language }.
lesson-narration = Dengarkan pelajaran ini
tool-coming-soon = Kalkulator yang bisa Anda gunakan ada di sini. Akan hadir bersama alat keuangan.
error-not-found = Halaman ini tidak ditemukan.
course-lesson-count = { $count } pelajaran
search-label = Cari di pelajaran
search-button = Cari
search-no-results = Tidak ada pelajaran dengan kata ini. Coba kata yang lebih pendek.
search-results = Pelajaran yang ditemukan
error-search-unavailable = Pencarian sedang tidak tersedia. Pelajaran tetap bisa dibaca.
