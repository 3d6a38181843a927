### The loan and savings calculators inside lessons.

tool-currency = Currency
tool-loan-heading = What does this loan really cost?
tool-principal = Amount you borrow
tool-yearly-rate = Interest per year, in percent
tool-months = Number of monthly payments
tool-salary = Your monthly pay (you can leave it empty)
tool-flat = Flat interest (on the whole amount every month)
tool-declining = Declining balance (only on what you still owe)
tool-monthly-payment = Each month you pay
tool-total-paid = In all you pay back
tool-total-interest = Interest
tool-months-of-salary = That is { $months } months of your pay
tool-flat-costs-more = With flat interest you pay { $amount } more for the same loan.
tool-savings-heading = When will I reach my savings goal?
tool-goal = Your goal
tool-already-saved = Already saved (you can leave it empty)
tool-monthly-saving = You save each month
tool-savings-yearly-rate = Interest per year, in percent (you can leave it empty)
tool-savings-already = You have already reached your goal.
tool-savings-reached = You reach your goal in { $months } months. You will then have { $balance }.
tool-savings-too-far = At this rate it takes more than 50 years. Try saving a little more each month, or a smaller goal.
tool-savings-never = With nothing saved each month, you will not reach the goal. Try saving a small amount every month.
