### Mga naipong resulta ng mga tool sa pera.

plan-save = I-save sa aking plano
plan-saved = Na-save sa iyong plano.
plan-heading = Aking plano
plan-empty = Wala pang naka-save. Sa mga aralin tungkol sa pera, gumamit ng tool at pindutin ang "I-save sa aking plano".
plan-tool-remittance-cost = Gastos sa pagpapadala ng pera
plan-tool-loan-cost = Gastos ng utang
plan-tool-savings-goal = Target na ipon
plan-tool-budget-planner = Buwanang badyet
