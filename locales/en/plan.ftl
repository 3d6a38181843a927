### A learner's plan: money tool results they saved.

plan-save = Save to my plan
plan-saved = Saved to your plan.
plan-heading = My plan
plan-empty = Nothing saved yet. In the money lessons, use a tool and press "Save to my plan".
plan-tool-remittance-cost = Cost of sending money
plan-tool-loan-cost = Cost of a loan
plan-tool-savings-goal = Savings goal
plan-tool-budget-planner = Monthly budget
