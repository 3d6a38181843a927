### Passage UI messages: the home screen.

app-title = Passage
home-tagline = Học trước khi đi và trong thời gian ở nước ngoài. Mọi thứ hoạt động không cần internet.
home-courses-heading = Khóa học
course-module-count = { $count } học phần
course-shown-in-fallback = Chưa được dịch: hiển thị bằng { $language }
translation-draft-notice = Bản dịch nháp: chưa được người duyệt kiểm tra
home-content-problems = Một số gói khóa học không mở được. Hãy xin bản sao mới từ giảng viên hoặc tổ chức của bạn.
app-loading = Đang mở…
app-error = Passage không mở được các khóa học.
language-label = Ngôn ngữ
error-content-unreadable = Không đọc được các tệp khóa học. Hãy xin bản Passage mới từ giảng viên hoặc tổ chức của bạn.
error-content-invalid = Một tệp khóa học bị hỏng hoặc thiếu. Hãy xin bản sao mới từ giảng viên hoặc tổ chức của bạn.
display-text-size = Cỡ chữ
display-smaller = Chữ nhỏ hơn
display-larger = Chữ lớn hơn
display-contrast = Độ tương phản cao
display-native-digits = Hiện số bằng chữ số của ngôn ngữ này
display-language = Ngôn ngữ
