### Kalkulator pinjaman dan tabungan di dalam pelajaran.

tool-currency = Mata uang
tool-loan-heading = Berapa biaya sebenarnya dari pinjaman ini?
tool-principal = Jumlah yang Anda pinjam
tool-yearly-rate = Bunga per tahun, dalam persen
tool-months = Jumlah cicilan bulanan
tool-salary = Gaji bulanan Anda (boleh dikosongkan)
tool-flat = Bunga flat (dihitung dari seluruh jumlah pinjaman, setiap bulan)
tool-declining = Bunga menurun (hanya dihitung dari sisa utang Anda)
tool-monthly-payment = Setiap bulan Anda bayar
tool-total-paid = Total yang Anda bayar kembali
tool-total-interest = Bunga
tool-months-of-salary = Itu sama dengan { $months } bulan gaji Anda
tool-flat-costs-more = Dengan bunga flat, Anda membayar { $amount } lebih banyak untuk pinjaman yang sama.
tool-savings-heading = Kapan saya mencapai target tabungan saya?
tool-goal = Target Anda
tool-already-saved = Sudah ditabung (boleh dikosongkan)
tool-monthly-saving = Anda menabung setiap bulan
tool-savings-yearly-rate = Bunga per tahun, dalam persen (boleh dikosongkan)
tool-savings-already = Anda sudah mencapai target Anda.
tool-savings-reached = Anda mencapai target dalam { $months } bulan. Saat itu Anda akan punya { $balance }.
tool-savings-too-far = Dengan cara ini, perlu lebih dari 50 tahun. Coba menabung sedikit lebih banyak setiap bulan, atau pilih target yang lebih kecil.
tool-savings-never = Kalau tidak ada yang ditabung setiap bulan, Anda tidak akan mencapai target. Coba menabung sedikit setiap bulan.
