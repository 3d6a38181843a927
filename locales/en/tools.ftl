### Money tools inside lessons.

tool-remittance-heading = What does sending money really cost?
tool-from = Currency you send
tool-to = Currency your family receives
tool-amount = Amount you send
tool-fee = Fee the provider asks
tool-fee-included = The fee is taken out of the amount
tool-offered-rate = Rate the provider gives for 1 { $currency }
tool-reference-rate = Fair rate (mid-market) for 1 { $currency }
tool-reference-help = Leave it empty to use your trainer's rate, if there is one.
tool-calculate = Work it out
tool-received = Your family receives
tool-fee-cost = Fee
tool-margin-cost = Hidden cost in the exchange rate
tool-total-cost = Total cost
tool-percent = { $percent }% of the money you send
tool-under-target = This is below 3%, the target the world agreed on (UN Sustainable Development Goal 10.c, 2015).
tool-over-target = This is more than 3%, the target the world agreed on (UN Sustainable Development Goal 10.c, 2015). Compare other providers.
tool-rate-used = Fair rate used: { $rate }, from { $date } ({ $source }).
tool-rate-typed = Fair rate used: { $rate }, as you typed it.
error-bad-amount = Check this number. Write only digits, and a point for decimals.
