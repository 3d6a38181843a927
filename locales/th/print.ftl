### สิ่งที่ Passage พิมพ์: ประกาศนียบัตร ใบลงชื่อ หัวข้อรายงาน

month-1 = มกราคม
month-2 = กุมภาพันธ์
month-3 = มีนาคม
month-4 = เมษายน
month-5 = พฤษภาคม
month-6 = มิถุนายน
month-7 = กรกฎาคม
month-8 = สิงหาคม
month-9 = กันยายน
month-10 = ตุลาคม
month-11 = พฤศจิกายน
month-12 = ธันวาคม
# A date on a certificate: day, month name, Gregorian year marked ค.ศ. (not converted to พ.ศ.).
date-long = { $day } { $month } ค.ศ. { $year }

cert-heading = ประกาศนียบัตร
cert-presented-to = ประกาศนียบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า
# $dates is cert-dates-one or cert-dates-range; $hours may be 7.5.
cert-body = ได้ผ่านการอบรม “{ $workshop }” ซึ่งจัดโดย { $organisation } { $dates } (รวม { $hours } ชั่วโมง)
cert-dates-one = เมื่อวันที่ { $date }
cert-dates-range = ระหว่างวันที่ { $first } ถึง { $last }
cert-signature = วิทยากร

signin-title = ใบลงชื่อ วันที่ { $day } ของการอบรม
signin-number = ลำดับ
signin-name = ชื่อ-นามสกุล
signin-sex = เพศ
signin-age = อายุ
signin-morning = ช่วงเช้า: ลายมือชื่อ
signin-afternoon = ช่วงบ่าย: ลายมือชื่อ
signin-footer = วิทยากร: { $trainer }     ลายมือชื่อ: ____________________

report-col-group = กลุ่ม
report-col-registered = ลงทะเบียน
report-col-attended = เข้าร่วม
report-col-completed = ผ่านการอบรม
report-col-pre-taken = ทำแบบทดสอบก่อนอบรม
report-col-post-taken = ทำแบบทดสอบหลังอบรม
report-col-paired = ทำแบบทดสอบทั้งสองครั้ง
report-col-pre-average = คะแนนเฉลี่ยก่อนอบรม (%)
report-col-post-average = คะแนนเฉลี่ยหลังอบรม (%)
report-col-gain = เพิ่มขึ้น (คะแนน)
report-col-improved = คะแนนดีขึ้น
report-col-suppressed = ไม่เปิดเผย เพื่อคุ้มครองผู้เข้าร่วม
report-dim-all = ผู้เข้าร่วมทั้งหมด
report-dim-sex = แยกตามเพศ
report-dim-age-band = แยกตามช่วงอายุ
report-dim-origin = แยกตามประเทศต้นทาง
report-dim-destination = แยกตามประเทศปลายทาง
report-dim-sector = แยกตามประเภทงาน
report-unknown = ไม่ระบุ
report-all = ทั้งหมด
report-col-code = รหัส
report-summary = สรุป
report-no-data = ไม่มีข้อมูล
report-suppressed = ไม่เปิดเผย
report-legend-pre = ก่อนอบรม
report-legend-post = หลังอบรม
report-chart-scores-sex = คะแนนแบบทดสอบเฉลี่ยแยกตามเพศ (%)
report-chart-scores-age-band = คะแนนแบบทดสอบเฉลี่ยแยกตามช่วงอายุ (%)
report-chart-attendance-sex = ลงทะเบียน เข้าร่วม และผ่านการอบรม แยกตามเพศ
