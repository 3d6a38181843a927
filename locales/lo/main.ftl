### Passage UI messages: the home screen.

app-title = Passage
home-tagline = ຮຽນຮູ້ກ່ອນເດີນທາງ ແລະ ໃນເວລາຢູ່ຕ່າງປະເທດ. ທຸກຢ່າງໃຊ້ໄດ້ໂດຍບໍ່ຕ້ອງມີອິນເຕີເນັດ.
home-courses-heading = ຫຼັກສູດ
course-module-count = { $count } ບົດຮຽນຫຼັກ
course-shown-in-fallback = ຍັງບໍ່ທັນແປ: ສະແດງເປັນພາສາ { $language }
translation-draft-notice = ຄຳແປສະບັບຮ່າງ: ຍັງບໍ່ທັນໄດ້ກວດໂດຍຜູ້ກວດກາ
home-content-problems = ບໍ່ສາມາດເປີດຊຸດຫຼັກສູດບາງຊຸດໄດ້. ກະລຸນາຂໍສຳເນົາໃໝ່ຈາກຄູຝຶກ ຫຼື ອົງການຂອງທ່ານ.
app-loading = ກຳລັງເປີດ…
app-error = Passage ບໍ່ສາມາດເປີດຫຼັກສູດໄດ້.
language-label = ພາສາ
error-content-unreadable = ບໍ່ສາມາດອ່ານໄຟລ໌ຫຼັກສູດໄດ້. ກະລຸນາຂໍ Passage ສະບັບໃໝ່ຈາກຄູຝຶກ ຫຼື ອົງການຂອງທ່ານ.
error-content-invalid = ໄຟລ໌ຫຼັກສູດໜຶ່ງເສຍຫາຍ ຫຼື ບໍ່ຄົບຖ້ວນ. ກະລຸນາຂໍສຳເນົາໃໝ່ຈາກຄູຝຶກ ຫຼື ອົງການຂອງທ່ານ.
display-text-size = ຂະໜາດຕົວອັກສອນ
display-smaller = ຕົວອັກສອນນ້ອຍລົງ
display-larger = ຕົວອັກສອນໃຫຍ່ຂຶ້ນ
display-contrast = ຄວາມຄົມຊັດສູງ
display-native-digits = ສະແດງຕົວເລກເປັນເລກລາວ
display-language = ພາສາ
