# ແດຊບອດເວັບຂອງເຊີບເວີກາງ (hub) ສຳລັບອົງການ (crates/passage-hub/src/dashboard).
# ຜູ້ຈັດການໂຄງການອ່ານໃນບຣາວເຊີ; ໃຊ້ຄຳງ່າຍໆ, ບໍ່ໃຊ້ສັບສະເພາະ.

hub-title = ເຊີບເວີກາງ Passage
hub-skip = ຂ້າມໄປຫາຕົວເລກ
hub-nav-overview = ພາບລວມ
hub-nav-groups = ແຍກຕາມກຸ່ມ
hub-nav-workshops = ການຝຶກອົບຮົມ
hub-nav-trainers = ຄູຝຶກ
hub-nav-questions = ຄຳຖາມ
hub-nav-devices = ຄອມພິວເຕີ
hub-nav-export = ສົ່ງອອກ
hub-nav-audit = ບັນທຶກການນຳໃຊ້
hub-signed-in-as = ເຂົ້າສູ່ລະບົບເປັນ { $email } ({ $role })
hub-role-viewer = ເບິ່ງຕົວເລກໄດ້
hub-role-manager = ເບິ່ງຕົວເລກ ແລະ ລາຍຊື່ໄດ້
hub-sign-out = ອອກຈາກລະບົບ

hub-login-title = ເຂົ້າສູ່ລະບົບເຊີບເວີກາງ
hub-login-email = ທີ່ຢູ່ອີເມວ
hub-login-password = ລະຫັດຜ່ານ
hub-login-submit = ເຂົ້າສູ່ລະບົບ
hub-login-failed = ທີ່ຢູ່ອີເມວ ແລະ ລະຫັດຜ່ານນີ້ບໍ່ກົງກັບບັນຊີໃດເລີຍ.
hub-login-limited = ລອງຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລໍຖ້າໜຶ່ງນາທີ ແລ້ວລອງອີກຄັ້ງ.
hub-login-expired = ໜ້ານີ້ເປີດໄວ້ດົນເກີນໄປ. ກະລຸນາເຂົ້າສູ່ລະບົບອີກຄັ້ງ.

hub-overview-title = ຜົນທີ່ໄດ້ຈາກການຝຶກອົບຮົມ
hub-overview-learners = ຈຳນວນຄົນທີ່ໄດ້ຮັບການຝຶກອົບຮົມ
hub-overview-workshops = ການຝຶກອົບຮົມ
hub-overview-completed = ຜ່ານການຝຶກອົບຮົມ
hub-overview-pre = ຄະແນນສະເລ່ຍກ່ອນຝຶກອົບຮົມ
hub-overview-post = ຄະແນນສະເລ່ຍຫຼັງຝຶກອົບຮົມ
hub-overview-gain = ຄະແນນທີ່ເພີ່ມຂຶ້ນໂດຍສະເລ່ຍ
hub-overview-empty = ຍັງບໍ່ມີການຝຶກອົບຮົມໃດຊິງຄ໌ເຂົ້າມາ. ຕົວເລກຈະສະແດງຢູ່ບ່ອນນີ້ ຫຼັງຈາກຄອມພິວເຕີຂອງຄູຝຶກຊິງຄ໌ແລ້ວ.
hub-overview-over-time = ຄະແນນແບບທົດສອບຕາມເດືອນທີ່ເລີ່ມການຝຶກອົບຮົມ (%)
hub-percent = { $value }%
hub-points = { $value } ຄະແນນ
hub-share = { $part } ຈາກ { $whole }
hub-as-of = ຕົວເລກລວມທຸກຂໍ້ມູນທີ່ໄດ້ຮັບຈົນເຖິງ { $time } (ເວລາຂອງເຊີບເວີກາງ, UTC).
hub-suppressed-note = ເພື່ອປົກປ້ອງຜູ້ເຂົ້າຮ່ວມ, ກຸ່ມທີ່ມີໜ້ອຍກວ່າ 5 ຄົນຈະບໍ່ເປີດເຜີຍ. ຖ້າຍັງສາມາດຄິດໄລ່ຫາຕົວເລກຂອງກຸ່ມນັ້ນຈາກຍອດລວມໄດ້, ຈະບໍ່ເປີດເຜີຍອີກກຸ່ມໜຶ່ງນຳ.

hub-groups-title = ຜົນແຍກຕາມກຸ່ມ

hub-workshops-title = ການຝຶກອົບຮົມ
hub-col-workshop = ການຝຶກອົບຮົມ
hub-col-trainer = ຄູຝຶກ
hub-col-venue = ສະຖານທີ່
hub-col-dates = ວັນທີ
hub-col-courses = ຫຼັກສູດ
hub-col-people = ຈຳນວນຄົນ
hub-col-workshops = ຈຳນວນການຝຶກອົບຮົມ
hub-dates-range = { $first } ຫາ { $last }
hub-no-name = (ບໍ່ໄດ້ລະບຸຊື່)

hub-workshop-people = ຜູ້ເຂົ້າຮ່ວມ
hub-workshop-people-note = ຊື່ເປັນຂໍ້ມູນສ່ວນບຸກຄົນ. ການເບິ່ງລາຍຊື່ນີ້ຂອງທ່ານຈະຖືກບັນທຶກໄວ້ໃນບັນທຶກການນຳໃຊ້.
hub-col-name = ຊື່
hub-col-sex = ເພດ
hub-col-age = ອາຍຸ
hub-col-sessions = ຫົວຂໍ້ທີ່ເຂົ້າຮ່ວມ
hub-col-pre = ກ່ອນຝຶກອົບຮົມ
hub-col-post = ຫຼັງຝຶກອົບຮົມ
hub-score = { $score } ຈາກ { $total }
hub-not-taken = ບໍ່ໄດ້ເຮັດ
hub-workshop-missing = ບໍ່ມີການຝຶກອົບຮົມນີ້ໃນອົງການຂອງທ່ານ.

hub-trainers-title = ຄູຝຶກ

hub-questions-title = ຄຳຖາມໃນແບບທົດສອບ, ລຽງຈາກຂໍ້ທີ່ຕອບຜິດຫຼາຍທີ່ສຸດ
hub-questions-intro = ນີ້ແມ່ນຄຳຖາມທີ່ຜູ້ເຂົ້າຮ່ວມຍັງຕອບຜິດຫຼາຍທີ່ສຸດຫຼັງການຝຶກອົບຮົມ: ເປັນລາຍການສິ່ງທີ່ຕ້ອງປັບປຸງສຳລັບບົດຮຽນ ແລະ ຄູຝຶກ.
hub-col-course = ຫຼັກສູດ
hub-col-question = ຄຳຖາມ
hub-col-pre-right = ຕອບຖືກກ່ອນຝຶກອົບຮົມ
hub-col-post-right = ຕອບຖືກຫຼັງຝຶກອົບຮົມ
hub-col-answers = ຈຳນວນຄຳຕອບ
hub-question-unknown = (ເຊີບເວີກາງນີ້ບໍ່ມີຂໍ້ຄວາມຂອງຄຳຖາມນີ້)
hub-questions-no-key = ເຊີບເວີກາງບໍ່ມີຄຳຕອບທີ່ຖືກຂອງຫຼັກສູດນີ້, ຈຶ່ງນັບຄຳຕອບທີ່ຖືກບໍ່ໄດ້.
hub-questions-empty = ຍັງບໍ່ມີໃຜເຮັດແບບທົດສອບ.

hub-devices-title = ຄອມພິວເຕີ
hub-col-laptop = ຄອມພິວເຕີ
hub-col-enrolled = ລົງທະບຽນເມື່ອ
hub-col-last-sync = ຊິງຄ໌ຄັ້ງລ່າສຸດ
hub-col-records = ຂໍ້ມູນທີ່ໄດ້ຮັບ
hub-col-waiting = ລໍຖ້າສົ່ງ
hub-waiting-unknown = ບໍ່ໄດ້ລາຍງານ
hub-waiting-note = “ລໍຖ້າສົ່ງ” ແມ່ນຈຳນວນຂໍ້ມູນທີ່ຄອມພິວເຕີຍັງຕ້ອງສົ່ງ ເມື່ອຊິງຄ໌ຄັ້ງລ່າສຸດ. ຖ້າຫຼາຍກວ່າ 0 ໝາຍຄວາມວ່າການຊິງຄ໌ຄັ້ງນັ້ນບໍ່ສຳເລັດ. ຂໍ້ມູນທີ່ບັນທຶກໃນຄອມພິວເຕີຫຼັງການຊິງຄ໌ຄັ້ງລ່າສຸດ ຈະຖືກນັບເມື່ອມັນຊິງຄ໌ອີກຄັ້ງ.
hub-col-state = ສະຖານະ
hub-device-active = ກຳລັງໃຊ້ງານ
hub-device-revoked = ຖືກຖອນສິດ
hub-never = ຍັງບໍ່ເຄີຍ
hub-devices-empty = ຍັງບໍ່ມີຄອມພິວເຕີເຄື່ອງໃດລົງທະບຽນ.

hub-export-title = ສົ່ງອອກຕົວເລກ
hub-export-intro = ຕົວເລກຂອງທຸກການຝຶກອົບຮົມ, ແຍກຕາມເພດ, ອາຍຸ, ປະເທດຕົ້ນທາງ, ປະເທດປາຍທາງ ແລະ ປະເພດວຽກ, ໂດຍບໍ່ສະແດງກຸ່ມນ້ອຍ. ການສົ່ງອອກແຕ່ລະຄັ້ງຈະຖືກບັນທຶກໄວ້ໃນບັນທຶກການນຳໃຊ້.
hub-export-csv = ດາວໂຫຼດ CSV (ສຳລັບນັກວິເຄາະຂໍ້ມູນ)
hub-export-xlsx = ດາວໂຫຼດ XLSX (ສຳລັບໂປຣແກຣມຕາຕະລາງ)

hub-audit-title = ບັນທຶກການນຳໃຊ້
hub-col-when = ເວລາ
hub-col-who = ໃຜ
hub-col-what = ເຮັດຫຍັງ
hub-audit-empty = ຍັງບໍ່ມີລາຍການ.

hub-error-title = ເກີດຂໍ້ຜິດພາດ
hub-error-body = ເຊີບເວີກາງສະແດງໜ້ານີ້ບໍ່ໄດ້. ກະລຸນາລອງອີກຄັ້ງໃນອີກບໍ່ດົນ.
hub-not-found = ບໍ່ມີໜ້ານີ້.
hub-forbidden = ບັນຊີຂອງທ່ານບໍ່ມີສິດເບິ່ງໜ້ານີ້.

hub-pages = ໜ້າ
hub-page-previous = ກ່ອນໜ້າ
hub-page-next = ຕໍ່ໄປ
hub-page-of = ໜ້າ { $page } ຈາກ { $pages }
