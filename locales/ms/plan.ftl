### Keputusan alat kewangan yang disimpan pelajar.

plan-save = Simpan ke pelan saya
plan-saved = Disimpan ke pelan anda.
plan-heading = Pelan saya
plan-empty = Belum ada yang disimpan. Dalam pelajaran tentang wang, gunakan alat dan tekan "Simpan ke pelan saya".
plan-tool-remittance-cost = Kos menghantar wang
plan-tool-loan-cost = Kos pinjaman
plan-tool-savings-goal = Matlamat simpanan
plan-tool-budget-planner = Bajet bulanan
