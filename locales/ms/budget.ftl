### Perancang bajet dengan dua mata wang di dalam pelajaran.

tool-budget-heading = Sebulan saya di luar negara, dalam dua mata wang
tool-earn-currency = Mata wang gaji anda
tool-home-currency = Mata wang di kampung halaman
tool-earnings = Gaji anda setiap bulan
tool-costs = Perbelanjaan anda di luar negara setiap bulan
tool-cost-rent = Bilik atau sewa
tool-cost-food = Makanan
tool-cost-transport = Pengangkutan
tool-cost-phone = Telefon dan internet
tool-cost-debt = Bayaran hutang
tool-cost-other = Perbelanjaan lain
tool-remittance = Wang yang anda hantar kepada keluarga setiap bulan
tool-saving = Wang yang anda simpan setiap bulan
tool-home-rate = Nilai 1 { $currency } di kampung halaman
tool-savings-goal = Sasaran simpanan (boleh dibiarkan kosong)
tool-total-costs = Semua perbelanjaan anda
tool-left-over = Baki pada akhir bulan
tool-budget-surplus = Wang anda cukup untuk sebulan, dan masih ada sedikit baki.
tool-budget-balanced = Wang anda cukup-cukup sahaja untuk sebulan. Tiada baki untuk perkara yang tidak dijangka.
tool-budget-shortfall = Wang keluar lebih banyak daripada wang masuk. Ubah sesuatu: satu perbelanjaan, wang yang anda hantar, atau wang yang anda simpan.
tool-family-receives = Keluarga anda menerima kira-kira
tool-saving-home = Nilai simpanan anda di kampung halaman
tool-months-to-goal = Anda akan mencapai sasaran simpanan dalam { $months } bulan.
