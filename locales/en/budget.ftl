### The two-currency budget planner inside lessons.

tool-budget-heading = My month abroad, in two currencies
tool-earn-currency = Currency you earn
tool-home-currency = Currency at home
tool-earnings = Your pay each month
tool-costs = Your costs abroad each month
tool-cost-rent = Room or rent
tool-cost-food = Food
tool-cost-transport = Transport
tool-cost-phone = Phone and internet
tool-cost-debt = Debt repayment
tool-cost-other = Other costs
tool-remittance = Money you send home each month
tool-saving = Money you save each month
tool-home-rate = How much 1 { $currency } is worth at home
tool-savings-goal = Savings goal (you can leave it empty)
tool-total-costs = All your costs
tool-left-over = Left at the end of the month
tool-budget-surplus = Your month adds up, with a little left over.
tool-budget-balanced = Your month adds up exactly. Nothing is left for surprises.
tool-budget-shortfall = More goes out than comes in. Change something: a cost, what you send, or what you save.
tool-family-receives = Your family receives about
tool-saving-home = Your saving is worth at home
tool-months-to-goal = You reach your savings goal in { $months } months.
