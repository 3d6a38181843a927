### Chế độ giảng viên: lối vào của giảng viên, hội thảo, đăng ký, điểm danh, bài kiểm tra, chương trình, giấy chứng nhận và báo cáo.

trainer-mode = Chế độ giảng viên
trainer-heading = Chế độ giảng viên
trainer-intro = Dành cho giảng viên tổ chức hội thảo. Người học: phần này không dành cho bạn; hãy quay lại các khóa học.
trainer-who = Giảng viên
trainer-open = Mở chế độ giảng viên
trainer-new = Giảng viên mới
trainer-name = Tên của bạn
trainer-name-help = Ghi đúng như tên sẽ in trên giấy chứng nhận.
trainer-pin-help = Bốn chữ số. Chế độ giảng viên luôn cần mã PIN để người học không mở được.
trainer-create = Tạo hồ sơ giảng viên của tôi
trainer-leave = Thoát chế độ giảng viên

workshops-heading = Hội thảo
workshops-new = Lên kế hoạch hội thảo mới
workshops-create = Lên kế hoạch hội thảo
workshops-people = { $count } người
workshop-title = Tên hội thảo
workshop-organisation = Tổ chức
workshop-venue = Địa điểm
workshop-first-day = Ngày đầu tiên
workshop-language = Ngôn ngữ của hội thảo
workshop-courses = Khóa học (chương trình lấy từ từng khóa học)
workshop-tab-people = Người tham gia
workshop-tab-attendance = Điểm danh
workshop-tab-tests = Kiểm tra đầu vào và đầu ra
workshop-tab-agenda = Chương trình
workshop-tab-outputs = Giấy chứng nhận và báo cáo

register-heading = Đăng ký người tham gia
register-phone = Số điện thoại (không bắt buộc)
register-consent = Người này đồng ý với những gì được lưu và lý do lưu (hãy đọc to văn bản đồng ý)
register-submit = Đăng ký
register-done = Đã đăng ký { $name }.
register-duplicate = { $name } ({ $year }) đã được đăng ký. Đây có phải là người khác không?
register-anyway = Có, vẫn đăng ký người này

import-heading = Nhập danh sách từ bảng tính
import-help = Tệp CSV hoặc XLSX có hàng tiêu đề (họ tên, giới tính, tuổi hoặc năm sinh, quốc tịch, nước đến, công việc, số điện thoại, đồng ý). Bạn sẽ xem được mọi thứ trước khi lưu.
import-choose = Chọn tệp
import-too-big = Tệp lớn hơn 5 MB.
import-summary = { $rows } hàng; { $problems ->
    [0] không có lỗi.
   *[other] { $problems } hàng cần sửa (được tô màu).
}
import-unused = không dùng
import-line = Hàng
import-field-name = Họ tên
import-field-sex = Giới tính
import-field-age = Tuổi
import-field-birthYear = Năm sinh
import-field-origin = Từ nước
import-field-destination = Nước đến
import-field-sector = Công việc
import-field-phone = Điện thoại
import-field-consent = Đồng ý
import-group-consent = Tôi đã đọc văn bản đồng ý cho cả nhóm nghe và mọi người trong danh sách này đều đồng ý.
import-confirm = Đăng ký tất cả ({ $count })
import-done = Đã đăng ký { $count } người.

roster-problem-missing-name = Thiếu tên.
roster-problem-name-too-long = Tên quá dài.
roster-problem-bad-sex = “{ $value }” không phải là giới tính mà Passage biết (nữ, nam, khác, không muốn nói).
roster-problem-bad-age = “{ $value }” không phải là tuổi.
roster-problem-bad-birth-year = “{ $value }” không phải là năm sinh.
roster-problem-age-disagrees = Tuổi và năm sinh không khớp nhau.
roster-problem-bad-country = “{ $value }” không phải là nước mà Passage biết.
roster-problem-bad-sector = “{ $value }” không phải là loại công việc mà Passage biết.
roster-problem-bad-phone = “{ $value }” không phải là số điện thoại.
roster-problem-bad-consent = “{ $value }” không phải là “có” hoặc “không”.
roster-problem-no-consent = Người này chưa đồng ý với văn bản đồng ý.
roster-problem-duplicate-in-file = Trùng với người ở hàng { $value }.
roster-problem-already-registered = { $value } đã được đăng ký trong hội thảo này.

attendance-day = Ngày
attendance-day-n = Ngày thứ { $n } ({ $date })
attendance-all = Tất cả
attendance-print = In danh sách ký tên
attendance-nobody = Hãy đăng ký người tham gia trước.
saved-to = Đã lưu:

tests-open-heading = Làm bài kiểm tra trên máy tính này
tests-open-help = { $count } câu hỏi, giống nhau ở đầu vào và đầu ra. Chế độ giảng viên bị khóa trong lúc cả nhóm làm bài; mã PIN của bạn sẽ mở lại.
tests-open-pre = Mở bài kiểm tra đầu vào cho cả nhóm
tests-open-post = Mở bài kiểm tra đầu ra cho cả nhóm
tests-paper-heading = Nhập câu trả lời từ bài làm trên giấy
tests-paper-who = Người làm bài
tests-paper-which = Bài kiểm tra
tests-paper-start = Nhập
tests-keyed = Đã lưu cho { $name }: { $score } trên { $total }.
tests-pre = Kiểm tra đầu vào
tests-post = Kiểm tra đầu ra
tests-gain = Mức tăng (điểm)
tests-results-heading = Kết quả
tests-by-question = Theo câu hỏi (số câu đúng / số câu trả lời)
tests-question = Câu hỏi

kiosk-heading-pre = Bài kiểm tra đầu vào
kiosk-heading-post = Bài kiểm tra đầu ra
kiosk-progress = Đã xong { $done } trên { $total }
kiosk-pick-name = Tìm tên của bạn và chạm vào
kiosk-done = đã xong
kiosk-not-me = Đây không phải tôi
kiosk-question-n = Câu { $n } / { $total }
kiosk-choose-all = Chọn tất cả các câu đúng.
kiosk-up = Lên trên
kiosk-down = Xuống dưới
kiosk-order-done = Đây là thứ tự của tôi
kiosk-back = Quay lại
kiosk-next = Tiếp
kiosk-finish = Nộp bài (đã trả lời { $answered } / { $total })
kiosk-thanks = Cảm ơn { $name }. Vui lòng chuyển máy tính cho người tiếp theo.
kiosk-trainer = Giảng viên: đóng bài kiểm tra
kiosk-close = Đóng bài kiểm tra

agenda-start = Giờ bắt đầu
agenda-minutes = Số phút
agenda-session = Phiên
agenda-move = Di chuyển
agenda-save = Lưu chương trình
agenda-saved = Đã lưu.

cert-section = Giấy chứng nhận hoàn thành
cert-help = Mỗi giấy chứng nhận được in bằng ngôn ngữ của người đó. “Hoàn thành” nghĩa là có mặt ở ít nhất ba phần tư số phiên.
cert-completed = Giấy chứng nhận cho tất cả những người đã hoàn thành
cert-chosen = Giấy chứng nhận cho { $count } người được chọn

report-heading = Báo cáo
report-csv = Lưu dạng CSV (cho người phân tích số liệu)
report-xlsx = Lưu dạng XLSX (để đọc)

error-no-trainer = Chế độ giảng viên đang bị khóa. Hãy mở bằng mã PIN của giảng viên.
error-roster-unreadable = Không đọc được tệp này thành danh sách người.
error-print-failed = Không tạo hoặc lưu được tệp.

present-back = Quay lại hội thảo
present-projector = Chiếu lên máy chiếu
present-slide = Trang chiếu { $n } / { $total }
present-up-next = Tiếp theo
present-notes = Dành cho giảng viên
present-minutes = Khoảng { $minutes } phút
present-timing = Thời gian
present-notes-heading = Ghi chú
present-activity = Hoạt động
present-materials = Cần chuẩn bị
present-key-points = Ý chính
present-debrief = Cùng thảo luận
register-group-hint = Những mục này thường giống nhau trong cả nhóm: chúng được giữ nguyên cho người tiếp theo.
attendance-whole-day = Cả ngày
register-language = Ngôn ngữ
register-language-workshop = Ngôn ngữ của hội thảo
cert-separate = Mỗi người một tệp
register-year-or-age = Năm sinh (hoặc tuổi)
workshops-all-heading = Tất cả { $count } hội thảo trên máy này
present-fullscreen = Máy chiếu: bật/tắt toàn màn hình
rates-link = Tỷ giá tham chiếu
rates-heading = Tỷ giá tham chiếu
rates-intro = Các công cụ tiền so sánh tỷ giá của dịch vụ chuyển tiền với các tỷ giá này. Ghi ngày và nguồn của mỗi tỷ giá (ví dụ trang web ngân hàng trung ương): người học thấy cả hai bên cạnh mỗi kết quả.
rates-file-problem = Tệp tỷ giá có lỗi nên các công cụ không dùng tỷ giá nào. Lưu một tỷ giá ở đây sẽ giữ lại tệp cũ riêng.
rates-none = Chưa có tỷ giá: công cụ sẽ yêu cầu người học nhập.
rates-pair = Tiền tệ
rates-rate = Tỷ giá
rates-date = Ngày
rates-source = Nguồn
rates-edit = Sửa
rates-remove = Xóa
rates-add = Thêm hoặc sửa tỷ giá
rates-from = Từ
rates-to = Sang
rates-source-help = Nơi bạn lấy tỷ giá, để người học có thể kiểm tra.
rates-save = Lưu tỷ giá
erase-heading = Xóa
erase-confirm = Xóa mọi dữ liệu về { $name }?
erase-yes = Có, xóa
