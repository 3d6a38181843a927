### Kalkulator pinjaman dan simpanan di dalam pelajaran.

tool-currency = Mata wang
tool-loan-heading = Berapakah kos sebenar pinjaman ini?
tool-principal = Jumlah yang anda pinjam
tool-yearly-rate = Faedah setahun, dalam peratus
tool-months = Bilangan bayaran bulanan
tool-salary = Gaji bulanan anda (boleh dibiarkan kosong)
tool-flat = Faedah kadar rata (dikira atas seluruh jumlah pinjaman, setiap bulan)
tool-declining = Faedah baki berkurangan (dikira hanya atas hutang yang belum anda bayar)
tool-monthly-payment = Setiap bulan anda bayar
tool-total-paid = Jumlah semua yang anda bayar balik
tool-total-interest = Faedah
tool-months-of-salary = Itu sama dengan { $months } bulan gaji anda
tool-flat-costs-more = Dengan faedah kadar rata, anda bayar { $amount } lebih untuk pinjaman yang sama.
tool-savings-heading = Bilakah saya akan mencapai sasaran simpanan saya?
tool-goal = Sasaran anda
tool-already-saved = Sudah disimpan (boleh dibiarkan kosong)
tool-monthly-saving = Anda simpan setiap bulan
tool-savings-yearly-rate = Faedah setahun, dalam peratus (boleh dibiarkan kosong)
tool-savings-already = Anda sudah mencapai sasaran anda.
tool-savings-reached = Anda mencapai sasaran dalam { $months } bulan. Pada masa itu anda akan ada { $balance }.
tool-savings-too-far = Pada kadar ini, ia mengambil masa lebih daripada 50 tahun. Cuba simpan sedikit lebih banyak setiap bulan, atau pilih sasaran yang lebih kecil.
tool-savings-never = Jika tiada wang disimpan setiap bulan, anda tidak akan mencapai sasaran. Cuba simpan sedikit wang setiap bulan.
