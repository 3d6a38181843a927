### โหมดวิทยากร: ทางเข้าของวิทยากร การอบรม การลงทะเบียน การเช็กชื่อ แบบทดสอบ กำหนดการ ประกาศนียบัตร และรายงาน

trainer-mode = โหมดวิทยากร
trainer-heading = โหมดวิทยากร
trainer-intro = สำหรับวิทยากรที่จัดการอบรม ผู้เรียน: ส่วนนี้ไม่ได้มีไว้สำหรับคุณ โปรดกลับไปที่หลักสูตร
trainer-who = วิทยากร
trainer-open = เปิดโหมดวิทยากร
trainer-new = วิทยากรใหม่
trainer-name = ชื่อของคุณ
trainer-name-help = เขียนตามที่ต้องการให้พิมพ์บนประกาศนียบัตร
trainer-pin-help = ตัวเลข 4 หลัก โหมดวิทยากรต้องใช้รหัส PIN เสมอ เพื่อไม่ให้ผู้เรียนเปิดได้
trainer-create = สร้างโปรไฟล์วิทยากรของฉัน
trainer-leave = ออกจากโหมดวิทยากร

workshops-heading = การอบรม
workshops-new = วางแผนการอบรมใหม่
workshops-create = สร้างแผนการอบรม
workshops-people = { $count } คน
workshop-title = ชื่อการอบรม
workshop-organisation = องค์กร
workshop-venue = สถานที่
workshop-first-day = วันแรก
workshop-language = ภาษาที่ใช้ในการอบรม
workshop-courses = หลักสูตร (กำหนดการมาจากแต่ละหลักสูตร)
workshop-tab-people = ผู้เข้าร่วม
workshop-tab-attendance = เช็กชื่อ
workshop-tab-tests = แบบทดสอบก่อนและหลังอบรม
workshop-tab-agenda = กำหนดการ
workshop-tab-outputs = ประกาศนียบัตรและรายงาน

register-heading = ลงทะเบียนผู้เข้าร่วม
register-phone = เบอร์โทรศัพท์ (ไม่บังคับ)
register-consent = ผู้เข้าร่วมยินยอมให้เก็บข้อมูลตามที่แจ้งและเข้าใจเหตุผล (อ่านข้อความขอความยินยอมออกเสียงให้ฟัง)
register-submit = ลงทะเบียน
register-done = ลงทะเบียน { $name } แล้ว
register-duplicate = { $name } ({ $year }) ลงทะเบียนไว้แล้ว นี่เป็นคนละคนกันหรือไม่
register-anyway = ใช่ ลงทะเบียนคนนี้ด้วย

import-heading = นำเข้ารายชื่อจากไฟล์ตาราง
import-help = ไฟล์ CSV หรือ XLSX ที่มีแถวหัวตาราง (ชื่อ เพศ อายุหรือปีเกิด ประเทศต้นทาง ประเทศปลายทาง อาชีพ เบอร์โทร ความยินยอม) คุณจะเห็นข้อมูลทั้งหมดก่อนบันทึก
import-choose = เลือกไฟล์
import-too-big = ไฟล์มีขนาดใหญ่กว่า 5 MB
import-summary = { $rows } แถว { $problems ->
    [0] ไม่มีปัญหา
   *[other] ต้องแก้ไข { $problems } แถว (ไฮไลต์ไว้)
}
import-unused = ไม่ใช้
import-line = แถว
import-field-name = ชื่อ
import-field-sex = เพศ
import-field-age = อายุ
import-field-birthYear = ปีเกิด
import-field-origin = ต้นทาง
import-field-destination = ปลายทาง
import-field-sector = อาชีพ
import-field-phone = เบอร์โทร
import-field-consent = ความยินยอม
import-group-consent = ฉันอ่านข้อความขอความยินยอมให้ทั้งกลุ่มฟังแล้ว และทุกคนในรายชื่อนี้ยินยอม
import-confirm = ลงทะเบียนทุกคน ({ $count })
import-done = ลงทะเบียนแล้ว { $count } คน

roster-problem-missing-name = ไม่มีชื่อ
roster-problem-name-too-long = ชื่อยาวเกินไป
roster-problem-bad-sex = “{ $value }” ไม่ใช่เพศที่ Passage รู้จัก (หญิง ชาย อื่น ๆ ไม่ระบุ)
roster-problem-bad-age = “{ $value }” ไม่ใช่อายุ
roster-problem-bad-birth-year = “{ $value }” ไม่ใช่ปีเกิด
roster-problem-age-disagrees = อายุกับปีเกิดไม่ตรงกัน
roster-problem-bad-country = “{ $value }” ไม่ใช่ประเทศที่ Passage รู้จัก
roster-problem-bad-sector = “{ $value }” ไม่ใช่ประเภทงานที่ Passage รู้จัก
roster-problem-bad-phone = “{ $value }” ไม่ใช่เบอร์โทรศัพท์
roster-problem-bad-consent = “{ $value }” ไม่ใช่คำตอบ “ใช่” หรือ “ไม่”
roster-problem-no-consent = คนนี้ยังไม่ได้ยินยอมตามข้อความขอความยินยอม
roster-problem-duplicate-in-file = เป็นคนเดียวกับแถว { $value }
roster-problem-already-registered = { $value } ลงทะเบียนในการอบรมนี้แล้ว

attendance-day = วัน
attendance-day-n = วันที่ { $n } ของการอบรม ({ $date })
attendance-all = ทั้งหมด
attendance-print = พิมพ์ใบลงชื่อ
attendance-nobody = ลงทะเบียนผู้เข้าร่วมก่อน
saved-to = บันทึกแล้ว:

tests-open-heading = ทำแบบทดสอบบนแล็ปท็อปเครื่องนี้
tests-open-help = { $count } ข้อ เหมือนกันทั้งก่อนและหลังอบรม โหมดวิทยากรจะล็อกไว้ระหว่างที่กลุ่มทำแบบทดสอบ รหัส PIN ของคุณใช้เปิดได้อีกครั้ง
tests-open-pre = เปิดแบบทดสอบก่อนอบรมให้กลุ่ม
tests-open-post = เปิดแบบทดสอบหลังอบรมให้กลุ่ม
tests-paper-heading = กรอกคำตอบจากกระดาษ
tests-paper-who = ผู้เข้าร่วม
tests-paper-which = แบบทดสอบ
tests-paper-start = กรอกคำตอบ
tests-keyed = บันทึกให้ { $name } แล้ว: { $score } จาก { $total }
tests-pre = ก่อนอบรม
tests-post = หลังอบรม
tests-gain = เพิ่มขึ้น (คะแนน)
tests-results-heading = ผลการทดสอบ
tests-by-question = รายข้อ (ตอบถูก / ตอบทั้งหมด)
tests-question = ข้อ

kiosk-heading-pre = แบบทดสอบก่อนอบรม
kiosk-heading-post = แบบทดสอบหลังอบรม
kiosk-progress = ทำเสร็จแล้ว { $done } จาก { $total } คน
kiosk-pick-name = หาชื่อของคุณแล้วแตะที่ชื่อ
kiosk-done = เสร็จแล้ว
kiosk-not-me = นี่ไม่ใช่ฉัน
kiosk-question-n = ข้อที่ { $n } จาก { $total }
kiosk-choose-all = เลือกทุกข้อที่ถูก
kiosk-up = เลื่อนขึ้น
kiosk-down = เลื่อนลง
kiosk-order-done = เรียงเสร็จแล้ว
kiosk-back = ย้อนกลับ
kiosk-next = ถัดไป
kiosk-finish = ส่งคำตอบ (ตอบแล้ว { $answered } จาก { $total } ข้อ)
kiosk-thanks = ขอบคุณ { $name } โปรดส่งแล็ปท็อปให้คนถัดไป
kiosk-trainer = วิทยากร: ปิดแบบทดสอบ
kiosk-close = ปิดแบบทดสอบ

agenda-start = เวลาเริ่ม
agenda-minutes = นาที
agenda-session = หัวข้อ
agenda-move = ย้าย
agenda-save = บันทึกกำหนดการ
agenda-saved = บันทึกแล้ว

cert-section = ประกาศนียบัตรผ่านการอบรม
cert-help = ประกาศนียบัตรแต่ละใบเป็นภาษาของผู้เข้าร่วมคนนั้น “ผ่านการอบรม” หมายถึงเข้าร่วมอย่างน้อยสามในสี่ของหัวข้อทั้งหมด
cert-completed = ประกาศนียบัตรสำหรับทุกคนที่ผ่านการอบรม
cert-chosen = ประกาศนียบัตรสำหรับ { $count } คนที่เลือก

report-heading = รายงาน
report-csv = บันทึกเป็น CSV (สำหรับนักวิเคราะห์ข้อมูล)
report-xlsx = บันทึกเป็น XLSX (สำหรับอ่าน)

error-no-trainer = โหมดวิทยากรถูกล็อกอยู่ เปิดด้วยรหัส PIN ของวิทยากร
error-roster-unreadable = อ่านไฟล์นี้เป็นรายชื่อไม่ได้
error-print-failed = สร้างหรือบันทึกไฟล์ไม่ได้

present-back = กลับไปที่การอบรม
present-projector = แสดงบนโปรเจกเตอร์
present-slide = สไลด์ { $n } จาก { $total }
present-up-next = ถัดไป
present-notes = สำหรับวิทยากร
present-minutes = ประมาณ { $minutes } นาที
present-timing = เวลา
present-notes-heading = ข้อสังเกต
present-activity = กิจกรรม
present-materials = สิ่งที่ต้องใช้
present-key-points = ประเด็นสำคัญ
present-debrief = มาคุยกัน
register-group-hint = ช่องเหล่านี้มักเหมือนกันทั้งกลุ่ม จึงกรอกค้างไว้ให้คนถัดไป
attendance-whole-day = ทั้งวัน
register-language = ภาษา
register-language-workshop = ภาษาที่ใช้ในการอบรม
cert-separate = แยกไฟล์ทีละคน
register-year-or-age = ปีเกิด (หรืออายุ)
workshops-all-heading = การอบรมทั้งหมด { $count } ครั้งในเครื่องนี้
present-fullscreen = โปรเจกเตอร์: เปิด/ปิดเต็มจอ
rates-link = อัตราแลกเปลี่ยนอ้างอิง
rates-heading = อัตราแลกเปลี่ยนอ้างอิง
rates-intro = เครื่องมือด้านการเงินจะเทียบอัตราที่ผู้ให้บริการโอนเงินเสนอกับอัตราเหล่านี้ ให้จดวันที่และแหล่งที่มาของแต่ละอัตรา (เช่น เว็บไซต์ธนาคารกลาง) ผู้เรียนจะเห็นทั้งสองอย่างข้างผลลัพธ์ทุกครั้ง
rates-file-problem = ไฟล์อัตราแลกเปลี่ยนมีข้อผิดพลาด เครื่องมือจึงไม่ใช้อัตราใดเลย การบันทึกอัตราที่นี่จะเก็บไฟล์เดิมแยกไว้
rates-none = ยังไม่มีอัตรา: เครื่องมือจะให้ผู้เรียนพิมพ์อัตราเอง
rates-pair = สกุลเงิน
rates-rate = อัตรา
rates-date = วันที่
rates-source = แหล่งที่มา
rates-edit = แก้ไข
rates-remove = ลบ
rates-add = เพิ่มหรือแก้ไขอัตรา
rates-from = จาก
rates-to = เป็น
rates-source-help = คุณได้อัตรานี้มาจากที่ใด เพื่อให้ผู้เรียนตรวจสอบได้
rates-save = บันทึกอัตรา
erase-heading = ลบ
erase-confirm = ลบข้อมูลทั้งหมดของ { $name } ใช่ไหม
erase-yes = ใช่ ลบเลย
