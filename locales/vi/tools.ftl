### Công cụ tài chính trong bài học.

tool-remittance-heading = Gửi tiền thật ra tốn bao nhiêu?
tool-from = Loại tiền bạn gửi
tool-to = Loại tiền gia đình bạn nhận
tool-amount = Số tiền bạn gửi
tool-fee = Phí do bên chuyển tiền thu
tool-fee-included = Phí được trừ vào số tiền này
tool-offered-rate = Tỷ giá bên chuyển tiền đưa ra cho 1 { $currency }
tool-reference-rate = Tỷ giá hợp lý (mức giữa giá mua và giá bán) cho 1 { $currency }
tool-reference-help = Để trống để dùng tỷ giá của giảng viên, nếu có.
tool-calculate = Tính
tool-received = Gia đình bạn nhận được
tool-fee-cost = Phí
tool-margin-cost = Chi phí ẩn trong tỷ giá
tool-total-cost = Tổng chi phí
tool-percent = { $percent }% số tiền bạn gửi
tool-under-target = Mức này dưới 3%, mục tiêu mà cả thế giới đã thống nhất (Mục tiêu Phát triển Bền vững 10.c của Liên Hợp Quốc, 2015).
tool-over-target = Mức này cao hơn 3%, mục tiêu mà cả thế giới đã thống nhất (Mục tiêu Phát triển Bền vững 10.c của Liên Hợp Quốc, 2015). Hãy so sánh với các bên chuyển tiền khác.
tool-rate-used = Tỷ giá hợp lý đã dùng: { $rate }, ngày { $date } ({ $source }).
tool-rate-typed = Tỷ giá hợp lý đã dùng: { $rate }, theo số bạn nhập.
error-bad-amount = Hãy kiểm tra số này. Chỉ viết chữ số, và dùng dấu chấm cho số thập phân.
