### Mga money tool sa loob ng mga aralin.

tool-remittance-heading = Magkano talaga ang gastos sa pagpapadala ng pera?
tool-from = Uri ng perang ipapadala mo
tool-to = Uri ng perang matatanggap ng pamilya mo
tool-amount = Halagang ipapadala mo
tool-fee = Bayad na hinihingi ng padalahan
tool-fee-included = Ibinabawas ang bayad sa halagang ito
tool-offered-rate = Palitang ibinibigay ng padalahan para sa 1 { $currency }
tool-reference-rate = Patas na palitan (gitna ng presyong bili at benta) para sa 1 { $currency }
tool-reference-help = Iwanang blangko para gamitin ang palitan ng iyong trainer, kung mayroon.
tool-calculate = Kuwentahin
tool-received = Matatanggap ng pamilya mo
tool-fee-cost = Bayad
tool-margin-cost = Nakatagong gastos sa palitan
tool-total-cost = Kabuuang gastos
tool-percent = { $percent }% ng perang ipinapadala mo
tool-under-target = Mas mababa ito sa 3%, ang target na pinagkasunduan ng mundo (Layunin 10.c ng UN para sa Likas-kayang Pag-unlad, 2015).
tool-over-target = Mas mataas ito sa 3%, ang target na pinagkasunduan ng mundo (Layunin 10.c ng UN para sa Likas-kayang Pag-unlad, 2015). Ikumpara sa ibang padalahan.
tool-rate-used = Patas na palitang ginamit: { $rate }, mula { $date } ({ $source }).
tool-rate-typed = Patas na palitang ginamit: { $rate }, gaya ng isinulat mo.
error-bad-amount = Tingnan ulit ang numerong ito. Mga numero lang ang isulat, at tuldok para sa decimal.
