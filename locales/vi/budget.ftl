### Công cụ lập ngân sách với hai loại tiền trong bài học.

tool-budget-heading = Một tháng của tôi ở nước ngoài, tính bằng hai loại tiền
tool-earn-currency = Loại tiền bạn được trả lương
tool-home-currency = Loại tiền ở quê nhà
tool-earnings = Lương mỗi tháng của bạn
tool-costs = Chi phí mỗi tháng của bạn ở nước ngoài
tool-cost-rent = Phòng ở hoặc tiền thuê nhà
tool-cost-food = Ăn uống
tool-cost-transport = Đi lại
tool-cost-phone = Điện thoại và internet
tool-cost-debt = Trả nợ
tool-cost-other = Chi phí khác
tool-remittance = Tiền bạn gửi về nhà mỗi tháng
tool-saving = Tiền bạn tiết kiệm mỗi tháng
tool-home-rate = 1 { $currency } bằng bao nhiêu tiền ở quê nhà
tool-savings-goal = Mục tiêu tiết kiệm (có thể để trống)
tool-total-costs = Tổng chi phí của bạn
tool-left-over = Còn lại cuối tháng
tool-budget-surplus = Tiền trong tháng của bạn đủ chi, và còn dư một ít.
tool-budget-balanced = Tiền trong tháng của bạn vừa đủ chi. Không còn dư cho việc bất ngờ.
tool-budget-shortfall = Tiền chi ra nhiều hơn tiền vào. Hãy thay đổi một điều: một khoản chi, số tiền bạn gửi, hoặc số tiền bạn tiết kiệm.
tool-family-receives = Gia đình bạn nhận được khoảng
tool-saving-home = Tiền tiết kiệm của bạn, tính ra tiền ở quê nhà
tool-months-to-goal = Bạn sẽ đạt mục tiêu tiết kiệm sau { $months } tháng.
