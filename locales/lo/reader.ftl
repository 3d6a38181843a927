### The reader: courses and lessons.

nav-home = ໜ້າຫຼັກ
nav-back-to-course = ກັບໄປຫາຫຼັກສູດ
course-open = ເປີດຫຼັກສູດ
course-no-lessons = ບົດຮຽນຂອງພາກນີ້ຈະມາໃນໄວໆນີ້.
lesson-minutes = { $minutes } ນາທີ
lesson-objectives = ໃນບົດຮຽນນີ້ ທ່ານຈະໄດ້ຮຽນຮູ້
lesson-key-points = ຈື່ໄວ້
lesson-previous = ກ່ອນໜ້າ
lesson-next = ຕໍ່ໄປ
lesson-read-in = ອ່ານບົດຮຽນນີ້ເປັນພາສາ
lesson-fallback = ບົດຮຽນນີ້ຍັງບໍ່ມີເປັນພາສາຂອງທ່ານ. ສະແດງເປັນພາສາ { $language }.
lesson-narration = ຟັງບົດຮຽນນີ້
tool-coming-soon = ເຄື່ອງຄິດໄລ່ທີ່ທ່ານໃຊ້ໄດ້ຈະຢູ່ບ່ອນນີ້. ມັນຈະມາພ້ອມກັບເຄື່ອງມືການເງິນ.
error-not-found = ບໍ່ພົບໜ້ານີ້.
course-lesson-count = { $count } ບົດຮຽນ
search-label = ຊອກຫາໃນບົດຮຽນ
search-button = ຊອກຫາ
search-no-results = ບໍ່ມີບົດຮຽນໃດມີຄຳນີ້. ລອງໃຊ້ຄຳທີ່ສັ້ນກວ່າ.
search-results = ບົດຮຽນທີ່ພົບ
error-search-unavailable = ຕອນນີ້ຊອກຫາບໍ່ໄດ້. ຍັງອ່ານບົດຮຽນໄດ້ຢູ່.
