### ໂໝດຄູຝຶກ: ທາງເຂົ້າຂອງຄູຝຶກ, ການຝຶກອົບຮົມ, ການລົງທະບຽນ, ການເຂົ້າຮ່ວມ, ແບບທົດສອບ, ກຳນົດການ, ໃບຢັ້ງຢືນ ແລະ ບົດລາຍງານ

trainer-mode = ໂໝດຄູຝຶກ
trainer-heading = ໂໝດຄູຝຶກ
trainer-intro = ສຳລັບຄູຝຶກທີ່ນຳພາການຝຶກອົບຮົມ. ຜູ້ຮຽນ: ສ່ວນນີ້ບໍ່ແມ່ນສຳລັບທ່ານ; ກະລຸນາກັບໄປຫາຫຼັກສູດ.
trainer-who = ຄູຝຶກ
trainer-open = ເປີດໂໝດຄູຝຶກ
trainer-new = ຄູຝຶກໃໝ່
trainer-name = ຊື່ຂອງທ່ານ
trainer-name-help = ຂຽນຕາມທີ່ຈະພິມໃສ່ໃບຢັ້ງຢືນ.
trainer-pin-help = ຕົວເລກ 4 ໂຕ. ໂໝດຄູຝຶກຕ້ອງໃຊ້ລະຫັດ PIN ສະເໝີ ເພື່ອບໍ່ໃຫ້ຜູ້ຮຽນເປີດໄດ້.
trainer-create = ສ້າງໂປຣໄຟລ໌ຄູຝຶກຂອງຂ້ອຍ
trainer-leave = ອອກຈາກໂໝດຄູຝຶກ

workshops-heading = ການຝຶກອົບຮົມ
workshops-new = ວາງແຜນການຝຶກອົບຮົມໃໝ່
workshops-create = ສ້າງແຜນການຝຶກອົບຮົມ
workshops-people = { $count } ຄົນ
workshop-title = ຊື່ການຝຶກອົບຮົມ
workshop-organisation = ອົງການ
workshop-venue = ສະຖານທີ່
workshop-first-day = ມື້ທຳອິດ
workshop-language = ພາສາຂອງການຝຶກອົບຮົມ
workshop-courses = ຫຼັກສູດ (ກຳນົດການມາຈາກແຕ່ລະຫຼັກສູດ)
workshop-tab-people = ຜູ້ເຂົ້າຮ່ວມ
workshop-tab-attendance = ການເຂົ້າຮ່ວມ
workshop-tab-tests = ແບບທົດສອບກ່ອນ ແລະ ຫຼັງຝຶກອົບຮົມ
workshop-tab-agenda = ກຳນົດການ
workshop-tab-outputs = ໃບຢັ້ງຢືນ ແລະ ບົດລາຍງານ

register-heading = ລົງທະບຽນຜູ້ເຂົ້າຮ່ວມ
register-phone = ເບີໂທ (ບໍ່ບັງຄັບ)
register-consent = ຜູ້ເຂົ້າຮ່ວມຍິນຍອມໃຫ້ເກັບຂໍ້ມູນຕາມທີ່ແຈ້ງ ແລະ ເຂົ້າໃຈເຫດຜົນ (ອ່ານຂໍ້ຄວາມການຍິນຍອມໃຫ້ຟັງ)
register-submit = ລົງທະບຽນ
register-done = ລົງທະບຽນ { $name } ແລ້ວ.
register-duplicate = { $name } ({ $year }) ລົງທະບຽນແລ້ວ. ນີ້ແມ່ນຄົນອື່ນບໍ?
register-anyway = ແມ່ນ, ລົງທະບຽນຄົນນີ້ນຳ

import-heading = ນຳເຂົ້າລາຍຊື່ຈາກໄຟລ໌ຕາຕະລາງ
import-help = ໄຟລ໌ CSV ຫຼື XLSX ທີ່ມີແຖວຫົວຂໍ້ (ຊື່, ເພດ, ອາຍຸ ຫຼື ປີເກີດ, ສັນຊາດ, ປະເທດປາຍທາງ, ວຽກ, ເບີໂທ, ຍິນຍອມ). ທ່ານຈະເຫັນທຸກຢ່າງກ່ອນບັນທຶກ.
import-choose = ເລືອກໄຟລ໌
import-too-big = ໄຟລ໌ໃຫຍ່ກວ່າ 5 MB.
import-summary = { $rows } ແຖວ; { $problems ->
    [0] ບໍ່ມີບັນຫາ.
   *[other] ຕ້ອງແກ້ໄຂ { $problems } ແຖວ (ໝາຍສີໄວ້).
}
import-unused = ບໍ່ໃຊ້
import-line = ແຖວ
import-field-name = ຊື່
import-field-sex = ເພດ
import-field-age = ອາຍຸ
import-field-birthYear = ປີເກີດ
import-field-origin = ຕົ້ນທາງ
import-field-destination = ປາຍທາງ
import-field-sector = ວຽກ
import-field-phone = ເບີໂທ
import-field-consent = ການຍິນຍອມ
import-group-consent = ຂ້ອຍໄດ້ອ່ານຂໍ້ຄວາມການຍິນຍອມໃຫ້ກຸ່ມຟັງແລ້ວ ແລະ ທຸກຄົນໃນລາຍຊື່ນີ້ຍິນຍອມ.
import-confirm = ລົງທະບຽນທຸກຄົນ ({ $count })
import-done = ລົງທະບຽນແລ້ວ { $count } ຄົນ.

roster-problem-missing-name = ບໍ່ມີຊື່.
roster-problem-name-too-long = ຊື່ຍາວເກີນໄປ.
roster-problem-bad-sex = “{ $value }” ບໍ່ແມ່ນເພດທີ່ Passage ຮູ້ຈັກ (ຍິງ, ຊາຍ, ອື່ນໆ, ບໍ່ຂໍບອກ).
roster-problem-bad-age = “{ $value }” ບໍ່ແມ່ນອາຍຸ.
roster-problem-bad-birth-year = “{ $value }” ບໍ່ແມ່ນປີເກີດ.
roster-problem-age-disagrees = ອາຍຸ ແລະ ປີເກີດບໍ່ກົງກັນ.
roster-problem-bad-country = “{ $value }” ບໍ່ແມ່ນປະເທດທີ່ Passage ຮູ້ຈັກ.
roster-problem-bad-sector = “{ $value }” ບໍ່ແມ່ນປະເພດວຽກທີ່ Passage ຮູ້ຈັກ.
roster-problem-bad-phone = “{ $value }” ບໍ່ແມ່ນເບີໂທລະສັບ.
roster-problem-bad-consent = “{ $value }” ບໍ່ແມ່ນຄຳຕອບ “ແມ່ນ” ຫຼື “ບໍ່”.
roster-problem-no-consent = ຄົນນີ້ຍັງບໍ່ໄດ້ຍິນຍອມຕາມຂໍ້ຄວາມການຍິນຍອມ.
roster-problem-duplicate-in-file = ເປັນຄົນດຽວກັນກັບແຖວ { $value }.
roster-problem-already-registered = { $value } ລົງທະບຽນໃນການຝຶກອົບຮົມນີ້ແລ້ວ.

attendance-day = ມື້
attendance-day-n = ມື້ທີ { $n } ({ $date })
attendance-all = ທັງໝົດ
attendance-print = ພິມໃບລົງຊື່
attendance-nobody = ກະລຸນາລົງທະບຽນຜູ້ເຂົ້າຮ່ວມກ່ອນ.
saved-to = ບັນທຶກແລ້ວ:

tests-open-heading = ເຮັດແບບທົດສອບໃນຄອມພິວເຕີເຄື່ອງນີ້
tests-open-help = { $count } ຄຳຖາມ, ຄືກັນທັງກ່ອນ ແລະ ຫຼັງ. ໂໝດຄູຝຶກຈະຖືກລັອກໄວ້ໃນຂະນະທີ່ກຸ່ມເຮັດແບບທົດສອບ; ລະຫັດ PIN ຂອງທ່ານຈະເປີດມັນຄືນ.
tests-open-pre = ເປີດແບບທົດສອບກ່ອນຝຶກອົບຮົມໃຫ້ກຸ່ມ
tests-open-post = ເປີດແບບທົດສອບຫຼັງຝຶກອົບຮົມໃຫ້ກຸ່ມ
tests-paper-heading = ປ້ອນຄຳຕອບຈາກເຈ້ຍ
tests-paper-who = ຜູ້ເຂົ້າຮ່ວມ
tests-paper-which = ແບບທົດສອບ
tests-paper-start = ປ້ອນຄຳຕອບ
tests-keyed = ບັນທຶກໃຫ້ { $name } ແລ້ວ: { $score } ຈາກ { $total }.
tests-pre = ກ່ອນຝຶກອົບຮົມ
tests-post = ຫຼັງຝຶກອົບຮົມ
tests-gain = ເພີ່ມຂຶ້ນ (ຄະແນນ)
tests-results-heading = ຜົນການທົດສອບ
tests-by-question = ແຍກຕາມຄຳຖາມ (ຕອບຖືກ / ຕອບທັງໝົດ)
tests-question = ຄຳຖາມ

kiosk-heading-pre = ແບບທົດສອບກ່ອນຝຶກອົບຮົມ
kiosk-heading-post = ແບບທົດສອບຫຼັງຝຶກອົບຮົມ
kiosk-progress = ເຮັດແລ້ວ { $done } ຈາກ { $total } ຄົນ
kiosk-pick-name = ຊອກຫາຊື່ຂອງທ່ານ ແລ້ວແຕະໃສ່
kiosk-done = ແລ້ວ
kiosk-not-me = ນີ້ບໍ່ແມ່ນຂ້ອຍ
kiosk-question-n = ຄຳຖາມທີ { $n } ຈາກ { $total }
kiosk-choose-all = ເລືອກທຸກຂໍ້ທີ່ຖືກ.
kiosk-up = ເລື່ອນຂຶ້ນ
kiosk-down = ເລື່ອນລົງ
kiosk-order-done = ລຽງແລ້ວ
kiosk-back = ກັບຄືນ
kiosk-next = ຕໍ່ໄປ
kiosk-finish = ສົ່ງຄຳຕອບ (ຕອບແລ້ວ { $answered } ຈາກ { $total })
kiosk-thanks = ຂອບໃຈ { $name }. ກະລຸນາສົ່ງຄອມພິວເຕີໃຫ້ຄົນຕໍ່ໄປ.
kiosk-trainer = ຄູຝຶກ: ປິດແບບທົດສອບ
kiosk-close = ປິດແບບທົດສອບ

agenda-start = ເວລາເລີ່ມ
agenda-minutes = ນາທີ
agenda-session = ຫົວຂໍ້
agenda-move = ຍ້າຍ
agenda-save = ບັນທຶກກຳນົດການ
agenda-saved = ບັນທຶກແລ້ວ.

cert-section = ໃບຢັ້ງຢືນການຜ່ານການຝຶກອົບຮົມ
cert-help = ໃບຢັ້ງຢືນແຕ່ລະໃບເປັນພາສາຂອງຜູ້ເຂົ້າຮ່ວມຄົນນັ້ນ. “ຜ່ານການຝຶກອົບຮົມ” ໝາຍເຖິງເຂົ້າຮ່ວມຢ່າງໜ້ອຍສາມສ່ວນສີ່ຂອງຫົວຂໍ້ທັງໝົດ.
cert-completed = ໃບຢັ້ງຢືນສຳລັບທຸກຄົນທີ່ຜ່ານການຝຶກອົບຮົມ
cert-chosen = ໃບຢັ້ງຢືນສຳລັບ { $count } ຄົນທີ່ເລືອກ

report-heading = ບົດລາຍງານ
report-csv = ບັນທຶກເປັນ CSV (ສຳລັບນັກວິເຄາະຂໍ້ມູນ)
report-xlsx = ບັນທຶກເປັນ XLSX (ສຳລັບອ່ານ)

error-no-trainer = ໂໝດຄູຝຶກຖືກລັອກໄວ້. ກະລຸນາເປີດດ້ວຍລະຫັດ PIN ຂອງຄູຝຶກ.
error-roster-unreadable = ອ່ານໄຟລ໌ນີ້ເປັນລາຍຊື່ບໍ່ໄດ້.
error-print-failed = ສ້າງ ຫຼື ບັນທຶກໄຟລ໌ບໍ່ໄດ້.

present-back = ກັບໄປຫາການຝຶກອົບຮົມ
present-projector = ສະແດງຜ່ານໂປເຈັກເຕີ
present-slide = ສະໄລ { $n } ຈາກ { $total }
present-up-next = ຕໍ່ໄປ
present-notes = ສຳລັບຄູຝຶກ
present-minutes = ປະມານ { $minutes } ນາທີ
present-timing = ເວລາ
present-notes-heading = ບັນທຶກ
present-activity = ກິດຈະກຳ
present-materials = ສິ່ງທີ່ຕ້ອງໃຊ້
present-key-points = ຈຸດສຳຄັນ
present-debrief = ມາລົມກັນ
register-group-hint = ຊ່ອງເຫຼົ່ານີ້ມັກຄືກັນທັງກຸ່ມ: ຂໍ້ມູນຈະຍັງຄົງໄວ້ໃຫ້ຄົນຕໍ່ໄປ.
attendance-whole-day = ໝົດມື້
register-language = ພາສາ
register-language-workshop = ພາສາຂອງການຝຶກອົບຮົມ
cert-separate = ໜຶ່ງໄຟລ໌ຕໍ່ຄົນ
register-year-or-age = ປີເກີດ (ຫຼື ອາຍຸ)
workshops-all-heading = ການຝຶກອົບຮົມທັງໝົດ { $count } ຄັ້ງໃນເຄື່ອງນີ້
present-fullscreen = ເຄື່ອງສາຍ: ເປີດ/ປິດເຕັມຈໍ
rates-link = ອັດຕາແລກປ່ຽນອ້າງອີງ
rates-heading = ອັດຕາແລກປ່ຽນອ້າງອີງ
rates-intro = ເຄື່ອງມືດ້ານເງິນປຽບທຽບອັດຕາທີ່ຜູ້ໃຫ້ບໍລິການໂອນເງິນສະເໜີກັບອັດຕາເຫຼົ່ານີ້. ຂຽນວັນທີ ແລະ ແຫຼ່ງທີ່ມາຂອງແຕ່ລະອັດຕາ (ເຊັ່ນ ເວັບໄຊທະນາຄານແຫ່ງຊາດ): ຜູ້ຮຽນຈະເຫັນທັງສອງຢ່າງຂ້າງຜົນທຸກຄັ້ງ.
rates-file-problem = ໄຟລ໌ອັດຕາມີຂໍ້ຜິດພາດ ເຄື່ອງມືຈຶ່ງບໍ່ໃຊ້ອັດຕາໃດ. ການບັນທຶກອັດຕາຢູ່ນີ້ຈະເກັບໄຟລ໌ເກົ່າໄວ້ຕ່າງຫາກ.
rates-none = ຍັງບໍ່ມີອັດຕາ: ເຄື່ອງມືຈະໃຫ້ຜູ້ຮຽນພິມອັດຕາເອງ.
rates-pair = ສະກຸນເງິນ
rates-rate = ອັດຕາ
rates-date = ວັນທີ
rates-source = ແຫຼ່ງທີ່ມາ
rates-edit = ແກ້ໄຂ
rates-remove = ລຶບ
rates-add = ເພີ່ມ ຫຼື ແກ້ໄຂອັດຕາ
rates-from = ຈາກ
rates-to = ເປັນ
rates-source-help = ທ່ານເອົາມາຈາກໃສ ເພື່ອໃຫ້ຜູ້ຮຽນກວດສອບໄດ້.
rates-save = ບັນທຶກອັດຕາ
erase-heading = ລຶບ
erase-confirm = ລຶບຂໍ້ມູນທັງໝົດຂອງ { $name } ບໍ?
erase-yes = ແມ່ນ, ລຶບ
