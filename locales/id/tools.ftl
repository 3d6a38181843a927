### Alat keuangan di dalam pelajaran.

tool-remittance-heading = Berapa sebenarnya biaya mengirim uang?
tool-from = Mata uang yang Anda kirim
tool-to = Mata uang yang diterima keluarga Anda
tool-amount = Jumlah yang Anda kirim
tool-fee = Biaya yang diminta jasa pengiriman uang
tool-fee-included = Biaya dipotong dari jumlah ini
tool-offered-rate = Kurs dari jasa pengiriman untuk 1 { $currency }
tool-reference-rate = Kurs wajar (kurs tengah antara harga beli dan jual) untuk 1 { $currency }
tool-reference-help = Biarkan kosong untuk memakai kurs dari pelatih Anda, jika ada.
tool-calculate = Hitung
tool-received = Keluarga Anda menerima
tool-fee-cost = Biaya
tool-margin-cost = Biaya tersembunyi dalam kurs
tool-total-cost = Total biaya
tool-percent = { $percent }% dari uang yang Anda kirim
tool-under-target = Ini di bawah 3%, target yang disepakati dunia (Tujuan Pembangunan Berkelanjutan PBB 10.c, 2015).
tool-over-target = Ini lebih dari 3%, target yang disepakati dunia (Tujuan Pembangunan Berkelanjutan PBB 10.c, 2015). Bandingkan dengan jasa pengiriman lain.
tool-rate-used = Kurs wajar yang dipakai: { $rate }, dari { $date } ({ $source }).
tool-rate-typed = Kurs wajar yang dipakai: { $rate }, sesuai yang Anda ketik.
error-bad-amount = Periksa angka ini. Tulis angka saja, dan titik untuk desimal.
