### Perencana anggaran dengan dua mata uang di dalam pelajaran.

tool-budget-heading = Satu bulan saya di luar negeri, dalam dua mata uang
tool-earn-currency = Mata uang gaji Anda
tool-home-currency = Mata uang di kampung halaman
tool-earnings = Gaji Anda setiap bulan
tool-costs = Pengeluaran Anda di luar negeri setiap bulan
tool-cost-rent = Kamar atau sewa
tool-cost-food = Makan
tool-cost-transport = Transportasi
tool-cost-phone = Telepon dan internet
tool-cost-debt = Cicilan utang
tool-cost-other = Pengeluaran lain
tool-remittance = Uang yang Anda kirim ke keluarga setiap bulan
tool-saving = Uang yang Anda tabung setiap bulan
tool-home-rate = Nilai 1 { $currency } di kampung halaman
tool-savings-goal = Target tabungan (boleh dikosongkan)
tool-total-costs = Semua pengeluaran Anda
tool-left-over = Sisa di akhir bulan
tool-budget-surplus = Uang Anda cukup untuk sebulan, dan masih ada sedikit sisa.
tool-budget-balanced = Uang Anda pas untuk sebulan. Tidak ada sisa untuk keperluan mendadak.
tool-budget-shortfall = Uang keluar lebih banyak daripada uang masuk. Ubah sesuatu: satu pengeluaran, uang yang Anda kirim, atau uang yang Anda tabung.
tool-family-receives = Keluarga Anda menerima sekitar
tool-saving-home = Nilai tabungan Anda di kampung halaman
tool-months-to-goal = Anda mencapai target tabungan dalam { $months } bulan.
