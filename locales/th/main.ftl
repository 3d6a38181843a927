### Passage UI messages: the home screen.

app-title = Passage
home-tagline = เรียนรู้ก่อนเดินทางและระหว่างทำงานต่างประเทศ ใช้งานได้ทั้งหมดโดยไม่ต้องมีอินเทอร์เน็ต
home-courses-heading = หลักสูตร
course-module-count = { $count } บทเรียนหลัก
course-shown-in-fallback = ยังไม่ได้แปล: แสดงเป็นภาษา { $language }
translation-draft-notice = คำแปลฉบับร่าง: ยังไม่ได้ตรวจโดยผู้ตรวจทาน
home-content-problems = ไม่สามารถเปิดชุดหลักสูตรบางชุดได้ โปรดขอสำเนาใหม่จากวิทยากรหรือองค์กรของคุณ
app-loading = กำลังเปิด…
app-error = Passage ไม่สามารถเปิดหลักสูตรได้
language-label = ภาษา
error-content-unreadable = ไม่สามารถอ่านไฟล์หลักสูตรได้ โปรดขอ Passage ชุดใหม่จากวิทยากรหรือองค์กรของคุณ
error-content-invalid = ไฟล์หลักสูตรบางไฟล์เสียหรือไม่ครบ โปรดขอสำเนาใหม่จากวิทยากรหรือองค์กรของคุณ
display-text-size = ขนาดตัวอักษร
display-smaller = ตัวอักษรเล็กลง
display-larger = ตัวอักษรใหญ่ขึ้น
display-contrast = ความคมชัดสูง
display-native-digits = แสดงตัวเลขเป็นเลขไทย
display-language = ภาษา
