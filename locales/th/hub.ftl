# แดชบอร์ดบนเว็บของฮับสำหรับองค์กร (crates/passage-hub/src/dashboard)
# ผู้จัดการโครงการอ่านในเบราว์เซอร์ ใช้คำง่าย ๆ ไม่ใช้ศัพท์เฉพาะ

hub-title = ฮับ Passage
hub-skip = ข้ามไปที่ตัวเลข
hub-nav-overview = ภาพรวม
hub-nav-groups = แยกตามกลุ่ม
hub-nav-workshops = การอบรม
hub-nav-trainers = วิทยากร
hub-nav-questions = คำถาม
hub-nav-devices = แล็ปท็อป
hub-nav-export = ส่งออก
hub-nav-audit = บันทึกการใช้งาน
hub-signed-in-as = เข้าสู่ระบบในชื่อ { $email } ({ $role })
hub-role-viewer = ดูตัวเลขได้
hub-role-manager = ดูตัวเลขและรายชื่อได้
hub-sign-out = ออกจากระบบ

hub-login-title = เข้าสู่ระบบฮับ
hub-login-email = อีเมล
hub-login-password = รหัสผ่าน
hub-login-submit = เข้าสู่ระบบ
hub-login-failed = อีเมลและรหัสผ่านนี้ไม่ตรงกับบัญชีใดเลย
hub-login-limited = ลองหลายครั้งเกินไป โปรดรอหนึ่งนาทีแล้วลองอีกครั้ง
hub-login-expired = เปิดหน้านี้ไว้นานเกินไป โปรดเข้าสู่ระบบอีกครั้ง

hub-overview-title = ผลที่ได้จากการอบรม
hub-overview-learners = จำนวนคนที่ได้รับการอบรม
hub-overview-workshops = การอบรม
hub-overview-completed = ผ่านการอบรม
hub-overview-pre = คะแนนเฉลี่ยก่อนอบรม
hub-overview-post = คะแนนเฉลี่ยหลังอบรม
hub-overview-gain = คะแนนที่เพิ่มขึ้นโดยเฉลี่ย
hub-overview-empty = ยังไม่มีการอบรมใดซิงค์เข้ามา ตัวเลขจะแสดงที่นี่หลังจากแล็ปท็อปของวิทยากรซิงค์แล้ว
hub-overview-over-time = คะแนนแบบทดสอบตามเดือนที่เริ่มการอบรม (%)
hub-percent = { $value }%
hub-points = { $value } คะแนน
hub-share = { $part } จาก { $whole }
hub-as-of = ตัวเลขรวมข้อมูลทุกรายการที่ได้รับจนถึง { $time } (เวลาของฮับ, UTC)
hub-suppressed-note = เพื่อคุ้มครองผู้เข้าร่วม จะไม่เปิดเผยกลุ่มที่มีน้อยกว่า 5 คน หากยังคำนวณย้อนหาตัวเลขของกลุ่มนั้นจากยอดรวมได้ จะไม่เปิดเผยอีกกลุ่มหนึ่งด้วย

hub-groups-title = ผลแยกตามกลุ่ม

hub-workshops-title = การอบรม
hub-col-workshop = การอบรม
hub-col-trainer = วิทยากร
hub-col-venue = สถานที่
hub-col-dates = วันที่
hub-col-courses = หลักสูตร
hub-col-people = จำนวนคน
hub-col-workshops = จำนวนการอบรม
hub-dates-range = { $first } ถึง { $last }
hub-no-name = (ไม่ได้ระบุชื่อ)

hub-workshop-people = ผู้เข้าร่วม
hub-workshop-people-note = ชื่อเป็นข้อมูลส่วนบุคคล การเปิดดูรายชื่อนี้ของคุณจะถูกบันทึกไว้ในบันทึกการใช้งาน
hub-col-name = ชื่อ
hub-col-sex = เพศ
hub-col-age = อายุ
hub-col-sessions = จำนวนหัวข้อที่เข้าร่วม
hub-col-pre = ก่อนอบรม
hub-col-post = หลังอบรม
hub-score = { $score } จาก { $total }
hub-not-taken = ไม่ได้ทำ
hub-workshop-missing = ไม่มีการอบรมนี้ในองค์กรของคุณ

hub-trainers-title = วิทยากร

hub-questions-title = คำถามในแบบทดสอบ เรียงจากข้อที่ตอบผิดบ่อยที่สุด
hub-questions-intro = นี่คือคำถามที่ผู้เข้าร่วมยังตอบผิดบ่อยที่สุดหลังการอบรม ใช้เป็นรายการสิ่งที่ต้องปรับปรุงสำหรับบทเรียนและวิทยากร
hub-col-course = หลักสูตร
hub-col-question = คำถาม
hub-col-pre-right = ตอบถูกก่อนอบรม
hub-col-post-right = ตอบถูกหลังอบรม
hub-col-answers = จำนวนคำตอบ
hub-question-unknown = (ฮับนี้ไม่มีข้อความของคำถามนี้)
hub-questions-no-key = ฮับไม่มีเฉลยของหลักสูตรนี้ จึงนับคำตอบที่ถูกไม่ได้
hub-questions-empty = ยังไม่มีใครทำแบบทดสอบ

hub-devices-title = แล็ปท็อป
hub-col-laptop = แล็ปท็อป
hub-col-enrolled = ลงทะเบียนเมื่อ
hub-col-last-sync = ซิงค์ล่าสุด
hub-col-records = ข้อมูลที่ได้รับ
hub-col-waiting = รอส่ง
hub-waiting-unknown = ไม่ได้แจ้ง
hub-waiting-note = “รอส่ง” คือจำนวนข้อมูลที่แล็ปท็อปยังต้องส่งเมื่อซิงค์ครั้งล่าสุด ถ้ามากกว่า 0 แปลว่าการซิงค์ครั้งนั้นไม่เสร็จ ข้อมูลที่บันทึกในแล็ปท็อปหลังซิงค์ครั้งล่าสุดจะนับเมื่อซิงค์อีกครั้ง
hub-col-state = สถานะ
hub-device-active = ใช้งานอยู่
hub-device-revoked = ถูกเพิกถอน
hub-never = ยังไม่เคย
hub-devices-empty = ยังไม่มีแล็ปท็อปเครื่องใดลงทะเบียน

hub-export-title = ส่งออกตัวเลข
hub-export-intro = ตัวเลขของการอบรมทุกครั้ง แยกตามเพศ อายุ ประเทศต้นทาง ประเทศปลายทาง และประเภทงาน โดยไม่แสดงกลุ่มเล็ก การส่งออกแต่ละครั้งจะถูกบันทึกไว้ในบันทึกการใช้งาน
hub-export-csv = ดาวน์โหลด CSV (สำหรับนักวิเคราะห์ข้อมูล)
hub-export-xlsx = ดาวน์โหลด XLSX (สำหรับโปรแกรมตารางคำนวณ)

hub-audit-title = บันทึกการใช้งาน
hub-col-when = เมื่อ
hub-col-who = ใคร
hub-col-what = ทำอะไร
hub-audit-empty = ยังไม่มีรายการ

hub-error-title = เกิดข้อผิดพลาด
hub-error-body = ฮับแสดงหน้านี้ไม่ได้ โปรดลองอีกครั้งในอีกสักครู่
hub-not-found = ไม่มีหน้านี้
hub-forbidden = บัญชีของคุณไม่มีสิทธิ์ดูหน้านี้

hub-pages = หน้า
hub-page-previous = ก่อนหน้า
hub-page-next = ถัดไป
hub-page-of = หน้า { $page } จาก { $pages }
