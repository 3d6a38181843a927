### Đồng bộ: đăng ký máy tính này với máy chủ (hub) của tổ chức, đồng bộ với máy chủ đó, và tệp đồng bộ mang theo bằng USB. Cả các lỗi đồng bộ.

sync-link = Đồng bộ
sync-heading = Đồng bộ với tổ chức của bạn
sync-intro = Dữ liệu được giữ trên máy tính này cho đến khi máy được đăng ký với máy chủ (hub) của tổ chức. Hãy hỏi tổ chức của bạn địa chỉ máy chủ và một mã dùng một lần.
sync-hub-url = Địa chỉ máy chủ
sync-hub-code = Mã dùng một lần
sync-enrol = Đăng ký máy tính này
sync-enrolling = Đang đăng ký…
sync-enrolled = Đã đăng ký với { $org } tại { $url }
sync-last-success = Lần đồng bộ thành công gần nhất: { $when }
sync-never = chưa bao giờ
sync-waiting = { $count } bản ghi đang chờ gửi lên máy chủ.
sync-last-counts = Lần đồng bộ gần nhất: đã gửi { $sent }, đã nhận { $received }.
sync-now = Đồng bộ ngay
sync-running = Đang đồng bộ…
sync-problem-detail = Dành cho bộ phận hỗ trợ ({ $when }): { $detail }
sync-forget = Bỏ máy chủ này
sync-forget-confirm = Bỏ máy chủ này? Dữ liệu sẽ không được gửi đến tổ chức của bạn cho đến khi máy tính này được đăng ký lại. Không có gì trên máy tính này bị xóa.
sync-forget-yes = Có, bỏ máy chủ
sync-cancel = Hủy

sync-usb-heading = USB
sync-usb-intro = Không có kết nối? Hãy ghi tệp đồng bộ vào USB và mang đến tổ chức của bạn. Mang biên nhận về và đọc nó tại đây.
sync-usb-enrol-first = Để ghi tệp đồng bộ, hãy đăng ký máy tính này trước. Tệp đồng bộ từ máy tính khác có thể đọc ngay bây giờ.
sync-folder = Ghi vào
sync-folder-laptop = Máy tính này: { $path }
sync-folder-usb = USB: { $path }
sync-write = Ghi tệp đồng bộ
sync-written = Đã lưu tệp đồng bộ. Hãy mang nó đến tổ chức của bạn:
sync-files-heading = Các tệp đồng bộ tìm thấy
sync-files-none = Không tìm thấy tệp đồng bộ nào. Hãy cắm USB vào và chờ một chút.
sync-file-receipt = Biên nhận từ máy chủ
sync-file-records = Dữ liệu từ một máy tính
sync-read = Đọc
sync-read-records = Số bản ghi đã đọc: { $records }. Mới trên máy tính này: { $new }.
sync-read-receipt = Đã đọc biên nhận: vẫn còn { $waiting } bản ghi chờ gửi lên máy chủ.

error-hub-unreachable = Không kết nối được với máy chủ. Passage sẽ tự thử lại khi có kết nối.
error-hub-refused = Máy chủ đã từ chối máy tính này: hãy xin tổ chức của bạn một mã mới.
error-hub-revoked = Máy chủ đã từ chối máy tính này: hãy xin tổ chức của bạn một mã mới.
error-hub-bad-code = Mã này không dùng được: có thể gõ sai, đã được dùng, hoặc đã hết hạn. Hãy xin tổ chức của bạn một mã mới.
error-hub-incompatible = Máy chủ đang chạy phiên bản Passage khác. Hãy cập nhật Passage hoặc hỏi tổ chức của bạn.
error-hub-rejected = Máy chủ không nhận được dữ liệu. Passage sẽ thử lại; nếu lỗi này còn tiếp diễn, hãy báo cho tổ chức của bạn.
error-not-enrolled = Máy tính này chưa được đăng ký với máy chủ.
error-sync-file-broken = Tệp này không đầy đủ hoặc đã bị thay đổi. Không đọc được gì từ tệp. Hãy tạo lại tệp.
error-sync-file-not-ours = Biên nhận này dành cho máy tính khác hoặc từ máy chủ khác. Không có gì thay đổi.
sync-refused = Các bản ghi được tạo dưới tên { $names } vẫn ở trên máy tính này: một tổ chức khác trên máy chủ đang dùng tên đó. Hãy hỏi tổ chức của bạn nên làm gì.
