### Những gì Passage in ra: giấy chứng nhận, danh sách ký tên, tiêu đề báo cáo.

month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12
# A date on a certificate: "ngày 4 tháng 3 năm 2027" (month-N already holds "tháng N").
date-long = ngày { $day } { $month } năm { $year }

cert-heading = Giấy chứng nhận hoàn thành
cert-presented-to = Chứng nhận
# $dates is cert-dates-one or cert-dates-range; $hours may be 7.5.
cert-body = đã hoàn thành hội thảo “{ $workshop }” do { $organisation } tổ chức { $dates } ({ $hours } giờ).
cert-dates-one = vào { $date }
cert-dates-range = từ { $first } đến { $last }
cert-signature = Giảng viên

signin-title = Danh sách ký tên, ngày thứ { $day }
signin-number = STT
signin-name = Họ tên
signin-sex = Giới tính
signin-age = Tuổi
signin-morning = Buổi sáng: ký tên
signin-afternoon = Buổi chiều: ký tên
signin-footer = Giảng viên: { $trainer }     Chữ ký: ____________________

report-col-group = Nhóm
report-col-registered = Đã đăng ký
report-col-attended = Có tham dự
report-col-completed = Hoàn thành
report-col-pre-taken = Đã làm bài đầu vào
report-col-post-taken = Đã làm bài đầu ra
report-col-paired = Đã làm cả hai bài
report-col-pre-average = Điểm trung bình đầu vào (%)
report-col-post-average = Điểm trung bình đầu ra (%)
report-col-gain = Mức tăng (điểm)
report-col-improved = Có tiến bộ
report-col-suppressed = Ẩn để bảo vệ mọi người
report-dim-all = Tất cả người tham gia
report-dim-sex = Theo giới tính
report-dim-age-band = Theo độ tuổi
report-dim-origin = Theo nước xuất phát
report-dim-destination = Theo nước đến
report-dim-sector = Theo ngành nghề
report-unknown = Không cung cấp
report-all = Tất cả
report-col-code = Mã
report-summary = Tóm tắt
report-no-data = không có dữ liệu
report-suppressed = đã ẩn
report-legend-pre = Đầu vào
report-legend-post = Đầu ra
report-chart-scores-sex = Điểm kiểm tra trung bình theo giới tính (%)
report-chart-scores-age-band = Điểm kiểm tra trung bình theo nhóm tuổi (%)
report-chart-attendance-sex = Đăng ký, tham dự và hoàn thành theo giới tính
