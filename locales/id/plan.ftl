### Hasil alat keuangan yang disimpan peserta.

plan-save = Simpan ke rencana saya
plan-saved = Disimpan ke rencana Anda.
plan-heading = Rencana saya
plan-empty = Belum ada yang disimpan. Di pelajaran tentang uang, pakai alat hitung lalu tekan "Simpan ke rencana saya".
plan-tool-remittance-cost = Biaya kirim uang
plan-tool-loan-cost = Biaya pinjaman
plan-tool-savings-goal = Target tabungan
plan-tool-budget-planner = Anggaran bulanan
