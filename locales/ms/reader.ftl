### The reader: courses and lessons.

nav-home = Laman utama
nav-back-to-course = Kembali ke kursus
course-open = Buka kursus
course-no-lessons = Pelajaran modul ini akan datang tidak lama lagi.
lesson-minutes = { $minutes } minit
lesson-objectives = Dalam pelajaran ini anda akan belajar
lesson-key-points = Ingat
lesson-previous = Sebelumnya
lesson-next = Seterusnya
lesson-read-in = Baca pelajaran ini dalam
lesson-fallback = Pelajaran ini belum ada dalam bahasa anda. Ia dipaparkan dalam { $language }.
lesson-narration = Dengar pelajaran ini
tool-coming-soon = Kalkulator yang boleh anda gunakan ada di sini. Ia datang bersama alat kewangan.
error-not-found = Halaman ini tidak dijumpai.
course-lesson-count = { $count } pelajaran
search-label = Cari dalam pelajaran
search-button = Cari
search-no-results = Tiada pelajaran dengan perkataan ini. Cuba perkataan yang lebih pendek.
search-results = Pelajaran yang dijumpai
error-search-unavailable = Carian tidak tersedia sekarang. Pelajaran masih boleh dibaca.
