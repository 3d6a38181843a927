# Bảng điều khiển web của máy chủ (hub) dành cho các tổ chức (crates/passage-hub/src/dashboard).
# Người quản lý chương trình đọc trên trình duyệt; lời lẽ đơn giản, không dùng biệt ngữ.

hub-title = Máy chủ Passage
hub-skip = Chuyển đến số liệu
hub-nav-overview = Tổng quan
hub-nav-groups = Theo nhóm
hub-nav-workshops = Hội thảo
hub-nav-trainers = Giảng viên
hub-nav-questions = Câu hỏi
hub-nav-devices = Máy tính
hub-nav-export = Xuất số liệu
hub-nav-audit = Nhật ký hoạt động
hub-signed-in-as = Đã đăng nhập: { $email } ({ $role })
hub-role-viewer = được xem số liệu
hub-role-manager = được xem số liệu và họ tên
hub-sign-out = Đăng xuất

hub-login-title = Đăng nhập vào máy chủ
hub-login-email = Địa chỉ email
hub-login-password = Mật khẩu
hub-login-submit = Đăng nhập
hub-login-failed = Địa chỉ email và mật khẩu này không khớp với tài khoản nào.
hub-login-limited = Bạn đã thử quá nhiều lần. Hãy chờ một phút rồi thử lại.
hub-login-expired = Trang đã mở quá lâu. Vui lòng đăng nhập lại.

hub-overview-title = Kết quả của các hội thảo
hub-overview-learners = Số người được đào tạo
hub-overview-workshops = Hội thảo
hub-overview-completed = Hoàn thành hội thảo
hub-overview-pre = Điểm trung bình kiểm tra đầu vào
hub-overview-post = Điểm trung bình kiểm tra đầu ra
hub-overview-gain = Mức tăng trung bình
hub-overview-empty = Chưa có hội thảo nào được đồng bộ. Số liệu sẽ hiện ở đây sau khi máy tính của giảng viên đồng bộ.
hub-overview-over-time = Điểm kiểm tra theo tháng bắt đầu hội thảo (%)
hub-percent = { $value }%
hub-points = { $value } điểm
hub-share = { $part } trên { $whole }
hub-as-of = Số liệu gồm mọi bản ghi nhận được đến { $time } (giờ máy chủ, UTC).
hub-suppressed-note = Để bảo vệ mọi người, nhóm có dưới 5 người sẽ được ẩn. Nếu vẫn có thể suy ra nhóm đó từ tổng số, một nhóm thứ hai cũng được ẩn.

hub-groups-title = Kết quả theo nhóm

hub-workshops-title = Hội thảo
hub-col-workshop = Hội thảo
hub-col-trainer = Giảng viên
hub-col-venue = Địa điểm
hub-col-dates = Ngày
hub-col-courses = Khóa học
hub-col-people = Số người
hub-col-workshops = Số hội thảo
hub-dates-range = { $first } đến { $last }
hub-no-name = (không có tên)

hub-workshop-people = Người tham gia
hub-workshop-people-note = Họ tên là dữ liệu cá nhân. Việc bạn xem danh sách này được ghi vào nhật ký hoạt động.
hub-col-name = Họ tên
hub-col-sex = Giới tính
hub-col-age = Tuổi
hub-col-sessions = Số phiên đã dự
hub-col-pre = Kiểm tra đầu vào
hub-col-post = Kiểm tra đầu ra
hub-score = { $score } trên { $total }
hub-not-taken = chưa làm
hub-workshop-missing = Tổ chức của bạn không có hội thảo này.

hub-trainers-title = Giảng viên

hub-questions-title = Câu hỏi kiểm tra, câu hay sai nhất ở trên cùng
hub-questions-intro = Đây là những câu hỏi mà mọi người vẫn hay trả lời sai nhất sau hội thảo: danh sách việc cần làm cho bài học và giảng viên.
hub-col-course = Khóa học
hub-col-question = Câu hỏi
hub-col-pre-right = Đúng ở bài đầu vào
hub-col-post-right = Đúng ở bài đầu ra
hub-col-answers = Số câu trả lời
hub-question-unknown = (máy chủ này không có nội dung của câu hỏi này)
hub-questions-no-key = Máy chủ không có đáp án của khóa học này nên không đếm được số câu trả lời đúng.
hub-questions-empty = Chưa có ai làm bài kiểm tra.

hub-devices-title = Máy tính
hub-col-laptop = Máy tính
hub-col-enrolled = Ngày đăng ký
hub-col-last-sync = Lần đồng bộ gần nhất
hub-col-records = Số bản ghi đã nhận
hub-col-waiting = Đang chờ gửi
hub-waiting-unknown = chưa báo
hub-waiting-note = “Đang chờ gửi” là số bản ghi mà một máy tính còn phải gửi ở lần đồng bộ gần nhất. Lớn hơn 0 nghĩa là lần đồng bộ đó chưa xong. Bản ghi tạo trên máy tính sau lần đồng bộ gần nhất sẽ được tính khi máy đồng bộ lại.
hub-col-state = Trạng thái
hub-device-active = đang hoạt động
hub-device-revoked = đã thu hồi
hub-never = chưa bao giờ
hub-devices-empty = Chưa có máy tính nào được đăng ký.

hub-export-title = Xuất số liệu
hub-export-intro = Số liệu của mọi hội thảo, theo giới tính, tuổi, nước xuất phát, nước đến và ngành nghề, không hiển thị các nhóm nhỏ. Mỗi lần xuất đều được ghi vào nhật ký hoạt động.
hub-export-csv = Tải về CSV (cho người phân tích số liệu)
hub-export-xlsx = Tải về XLSX (cho bảng tính)

hub-audit-title = Nhật ký hoạt động
hub-col-when = Thời gian
hub-col-who = Người thực hiện
hub-col-what = Việc đã làm
hub-audit-empty = Chưa có gì.

hub-error-title = Đã xảy ra lỗi
hub-error-body = Máy chủ không hiển thị được trang này. Hãy thử lại sau ít phút.
hub-not-found = Không có trang này.
hub-forbidden = Tài khoản của bạn không được xem trang này.

hub-pages = Trang
hub-page-previous = Trước
hub-page-next = Sau
hub-page-of = Trang { $page } trên { $pages }
