### The reader: courses and lessons.

nav-home = หน้าแรก
nav-back-to-course = กลับไปที่หลักสูตร
course-open = เปิดหลักสูตร
course-no-lessons = บทเรียนของส่วนนี้จะมาเร็ว ๆ นี้
lesson-minutes = { $minutes } นาที
lesson-objectives = ในบทเรียนนี้คุณจะได้เรียนรู้
lesson-key-points = จำไว้
lesson-previous = ก่อนหน้า
lesson-next = ถัดไป
lesson-read-in = อ่านบทเรียนนี้เป็นภาษา
lesson-fallback = บทเรียนนี้ยังไม่มีในภาษาของคุณ จึงแสดงเป็นภาษา { $language }
lesson-narration = ฟังบทเรียนนี้
tool-coming-soon = เครื่องคำนวณที่คุณใช้ได้จะอยู่ตรงนี้ จะมาพร้อมกับเครื่องมือการเงิน
error-not-found = ไม่พบหน้านี้
course-lesson-count = { $count } บทเรียน
search-label = ค้นหาในบทเรียน
search-button = ค้นหา
search-no-results = ไม่มีบทเรียนที่มีคำนี้ ลองใช้คำที่สั้นลง
search-results = บทเรียนที่พบ
error-search-unavailable = ขณะนี้ใช้การค้นหาไม่ได้ แต่ยังอ่านบทเรียนได้
