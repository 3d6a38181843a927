### ສິ່ງທີ່ Passage ພິມ: ໃບຢັ້ງຢືນ, ໃບລົງຊື່, ຫົວຂໍ້ບົດລາຍງານ

month-1 = ມັງກອນ
month-2 = ກຸມພາ
month-3 = ມີນາ
month-4 = ເມສາ
month-5 = ພຶດສະພາ
month-6 = ມິຖຸນາ
month-7 = ກໍລະກົດ
month-8 = ສິງຫາ
month-9 = ກັນຍາ
month-10 = ຕຸລາ
month-11 = ພະຈິກ
month-12 = ທັນວາ
# A date on a certificate: day, month name, year.
date-long = { $day } { $month } { $year }

cert-heading = ໃບຢັ້ງຢືນການຝຶກອົບຮົມ
cert-presented-to = ໃບຢັ້ງຢືນສະບັບນີ້ອອກໃຫ້ເພື່ອຢັ້ງຢືນວ່າ
# $dates is cert-dates-one or cert-dates-range; $hours may be 7.5.
cert-body = ໄດ້ຜ່ານການຝຶກອົບຮົມ “{ $workshop }” ທີ່ຈັດໂດຍ { $organisation } { $dates } (ລວມ { $hours } ຊົ່ວໂມງ).
cert-dates-one = ໃນວັນທີ { $date }
cert-dates-range = ແຕ່ວັນທີ { $first } ຫາ { $last }
cert-signature = ຄູຝຶກ

signin-title = ໃບລົງຊື່, ມື້ທີ { $day }
signin-number = ລ/ດ
signin-name = ຊື່ ແລະ ນາມສະກຸນ
signin-sex = ເພດ
signin-age = ອາຍຸ
signin-morning = ຕອນເຊົ້າ: ລາຍເຊັນ
signin-afternoon = ຕອນບ່າຍ: ລາຍເຊັນ
signin-footer = ຄູຝຶກ: { $trainer }     ລາຍເຊັນ: ____________________

report-col-group = ກຸ່ມ
report-col-registered = ລົງທະບຽນ
report-col-attended = ເຂົ້າຮ່ວມ
report-col-completed = ຜ່ານການຝຶກອົບຮົມ
report-col-pre-taken = ເຮັດແບບທົດສອບກ່ອນ
report-col-post-taken = ເຮັດແບບທົດສອບຫຼັງ
report-col-paired = ເຮັດທັງສອງແບບທົດສອບ
report-col-pre-average = ຄະແນນສະເລ່ຍກ່ອນຝຶກອົບຮົມ (%)
report-col-post-average = ຄະແນນສະເລ່ຍຫຼັງຝຶກອົບຮົມ (%)
report-col-gain = ເພີ່ມຂຶ້ນ (ຄະແນນ)
report-col-improved = ຄະແນນດີຂຶ້ນ
report-col-suppressed = ບໍ່ເປີດເຜີຍ ເພື່ອປົກປ້ອງຜູ້ເຂົ້າຮ່ວມ
report-dim-all = ຜູ້ເຂົ້າຮ່ວມທັງໝົດ
report-dim-sex = ແຍກຕາມເພດ
report-dim-age-band = ແຍກຕາມຊ່ວງອາຍຸ
report-dim-origin = ແຍກຕາມປະເທດຕົ້ນທາງ
report-dim-destination = ແຍກຕາມປະເທດປາຍທາງ
report-dim-sector = ແຍກຕາມປະເພດວຽກ
report-unknown = ບໍ່ໄດ້ລະບຸ
report-all = ທັງໝົດ
report-col-code = ລະຫັດ
report-summary = ສະຫຼຸບ
report-no-data = ບໍ່ມີຂໍ້ມູນ
report-suppressed = ບໍ່ເປີດເຜີຍ
report-legend-pre = ກ່ອນຝຶກອົບຮົມ
report-legend-post = ຫຼັງຝຶກອົບຮົມ
report-chart-scores-sex = ຄະແນນທົດສອບສະເລ່ຍແຍກຕາມເພດ (%)
report-chart-scores-age-band = ຄະແນນທົດສອບສະເລ່ຍແຍກຕາມຊ່ວງອາຍຸ (%)
report-chart-attendance-sex = ລົງທະບຽນ, ເຂົ້າຮ່ວມ ແລະ ຜ່ານການຝຶກອົບຮົມ ແຍກຕາມເພດ
