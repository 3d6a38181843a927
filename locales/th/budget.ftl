### เครื่องมือวางแผนการใช้เงินสองสกุลเงินในบทเรียน

tool-budget-heading = หนึ่งเดือนของฉันที่ต่างประเทศ คิดเป็นเงินสองสกุล
tool-earn-currency = สกุลเงินที่คุณได้รับค่าจ้าง
tool-home-currency = สกุลเงินที่บ้านเกิด
tool-earnings = ค่าจ้างของคุณต่อเดือน
tool-costs = ค่าใช้จ่ายของคุณที่ต่างประเทศต่อเดือน
tool-cost-rent = ค่าห้องหรือค่าเช่า
tool-cost-food = ค่าอาหาร
tool-cost-transport = ค่าเดินทาง
tool-cost-phone = ค่าโทรศัพท์และอินเทอร์เน็ต
tool-cost-debt = ผ่อนหนี้
tool-cost-other = ค่าใช้จ่ายอื่น ๆ
tool-remittance = เงินที่คุณส่งกลับบ้านต่อเดือน
tool-saving = เงินที่คุณเก็บออมต่อเดือน
tool-home-rate = 1 { $currency } มีค่าเท่าไรที่บ้านเกิด
tool-savings-goal = เป้าหมายเงินออม (เว้นว่างได้)
tool-total-costs = ค่าใช้จ่ายทั้งหมดของคุณ
tool-left-over = เหลือตอนสิ้นเดือน
tool-budget-surplus = เงินของคุณพอใช้ทั้งเดือน และยังเหลืออีกนิดหน่อย
tool-budget-balanced = เงินของคุณพอใช้ทั้งเดือนพอดี ไม่มีเหลือไว้สำหรับเรื่องไม่คาดคิด
tool-budget-shortfall = เงินออกมากกว่าเงินเข้า ลองเปลี่ยนบางอย่าง เช่น ค่าใช้จ่าย เงินที่คุณส่ง หรือเงินที่คุณเก็บออม
tool-family-receives = ครอบครัวของคุณได้รับประมาณ
tool-saving-home = เงินออมของคุณ คิดเป็นเงินที่บ้านเกิด
tool-months-to-goal = คุณจะเก็บเงินได้ถึงเป้าหมายใน { $months } เดือน
