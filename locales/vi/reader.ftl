### The reader: courses and lessons.

nav-home = Trang chủ
nav-back-to-course = Quay lại khóa học
course-open = Mở khóa học
course-no-lessons = Các bài học của học phần này sắp có.
lesson-minutes = { $minutes } phút
lesson-objectives = Trong bài này bạn sẽ học cách
lesson-key-points = Hãy nhớ
lesson-previous = Bài trước
lesson-next = Bài tiếp
lesson-read-in = Đọc bài này bằng
lesson-fallback = Bài này chưa có bằng ngôn ngữ của bạn. Đang hiển thị bằng { $language }.
lesson-narration = Nghe bài học này
tool-coming-soon = Máy tính bạn có thể dùng sẽ ở đây. Nó sẽ có cùng các công cụ tài chính.
error-not-found = Không tìm thấy trang này.
course-lesson-count = { $count } bài học
search-label = Tìm trong các bài học
search-button = Tìm
search-no-results = Không có bài nào có từ này. Hãy thử từ ngắn hơn.
search-results = Các bài tìm thấy
error-search-unavailable = Hiện không tìm kiếm được. Bạn vẫn có thể đọc các bài học.
