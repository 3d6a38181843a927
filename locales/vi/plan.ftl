### Kết quả công cụ tiền bạc mà người học đã lưu.

plan-save = Lưu vào kế hoạch của tôi
plan-saved = Đã lưu vào kế hoạch của bạn.
plan-heading = Kế hoạch của tôi
plan-empty = Chưa lưu gì. Trong các bài về tiền, hãy dùng công cụ rồi bấm "Lưu vào kế hoạch của tôi".
plan-tool-remittance-cost = Chi phí gửi tiền
plan-tool-loan-cost = Chi phí khoản vay
plan-tool-savings-goal = Mục tiêu tiết kiệm
plan-tool-budget-planner = Ngân sách hằng tháng
