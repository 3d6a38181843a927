### Công cụ tính khoản vay và tiền tiết kiệm trong các bài học.

tool-currency = Loại tiền
tool-loan-heading = Khoản vay này thật sự tốn bao nhiêu?
tool-principal = Số tiền bạn vay
tool-yearly-rate = Lãi suất mỗi năm, tính theo phần trăm
tool-months = Số lần trả hằng tháng
tool-salary = Lương mỗi tháng của bạn (có thể để trống)
tool-flat = Lãi phẳng (tính trên toàn bộ số tiền vay, mỗi tháng)
tool-declining = Lãi theo dư nợ giảm dần (chỉ tính trên số tiền bạn còn nợ)
tool-monthly-payment = Mỗi tháng bạn trả
tool-total-paid = Tổng số tiền bạn trả lại
tool-total-interest = Tiền lãi
tool-months-of-salary = Bằng { $months } tháng lương của bạn
tool-flat-costs-more = Với lãi phẳng, bạn trả nhiều hơn { $amount } cho cùng một khoản vay.
tool-savings-heading = Khi nào tôi đạt được mục tiêu tiết kiệm?
tool-goal = Mục tiêu của bạn
tool-already-saved = Số tiền đã tiết kiệm (có thể để trống)
tool-monthly-saving = Số tiền bạn để dành mỗi tháng
tool-savings-yearly-rate = Lãi suất mỗi năm, tính theo phần trăm (có thể để trống)
tool-savings-already = Bạn đã đạt được mục tiêu rồi.
tool-savings-reached = Bạn sẽ đạt mục tiêu sau { $months } tháng. Khi đó bạn sẽ có { $balance }.
tool-savings-too-far = Với mức này, phải mất hơn 50 năm. Hãy thử để dành thêm một chút mỗi tháng, hoặc chọn mục tiêu nhỏ hơn.
tool-savings-never = Nếu mỗi tháng không để dành được gì, bạn sẽ không đạt được mục tiêu. Hãy thử để dành một ít mỗi tháng.
