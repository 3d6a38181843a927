### Alat kewangan di dalam pelajaran.

tool-remittance-heading = Berapakah kos sebenar menghantar wang?
tool-from = Mata wang yang anda hantar
tool-to = Mata wang yang diterima keluarga anda
tool-amount = Jumlah yang anda hantar
tool-fee = Caj yang diminta oleh syarikat kiriman wang
tool-fee-included = Caj dipotong daripada jumlah ini
tool-offered-rate = Kadar yang diberi oleh syarikat kiriman wang untuk 1 { $currency }
tool-reference-rate = Kadar adil (kadar tengah antara harga beli dan jual) untuk 1 { $currency }
tool-reference-help = Biarkan kosong untuk menggunakan kadar jurulatih anda, jika ada.
tool-calculate = Kira
tool-received = Keluarga anda menerima
tool-fee-cost = Caj
tool-margin-cost = Kos tersembunyi dalam kadar pertukaran
tool-total-cost = Jumlah kos
tool-percent = { $percent }% daripada wang yang anda hantar
tool-under-target = Ini kurang daripada 3%, sasaran yang dipersetujui dunia (Matlamat Pembangunan Mampan PBB 10.c, 2015).
tool-over-target = Ini lebih daripada 3%, sasaran yang dipersetujui dunia (Matlamat Pembangunan Mampan PBB 10.c, 2015). Bandingkan dengan syarikat kiriman wang lain.
tool-rate-used = Kadar adil yang digunakan: { $rate }, dari { $date } ({ $source }).
tool-rate-typed = Kadar adil yang digunakan: { $rate }, seperti yang anda taip.
error-bad-amount = Semak nombor ini. Tulis angka sahaja, dan titik untuk perpuluhan.
