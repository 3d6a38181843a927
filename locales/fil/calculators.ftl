### Ang mga calculator para sa utang at ipon sa loob ng mga aralin.

tool-currency = Uri ng pera
tool-loan-heading = Magkano talaga ang gastos ng utang na ito?
tool-principal = Halagang uutangin mo
tool-yearly-rate = Interes bawat taon, sa porsiyento
tool-months = Bilang ng buwanang hulog
tool-salary = Iyong buwanang sahod (puwedeng iwanang blangko)
tool-flat = Flat na interes (sa buong halagang inutang, bawat buwan)
tool-declining = Lumiliit na balanse (sa natitira mo pang utang lang)
tool-monthly-payment = Babayaran mo bawat buwan
tool-total-paid = Lahat ng ibabalik mo
tool-total-interest = Interes
tool-months-of-salary = Katumbas iyan ng { $months } buwang sahod mo
tool-flat-costs-more = Sa flat na interes, mas malaki nang { $amount } ang babayaran mo para sa parehong utang.
tool-savings-heading = Kailan ko maaabot ang target kong ipon?
tool-goal = Iyong target na ipon
tool-already-saved = Naipon na (puwedeng iwanang blangko)
tool-monthly-saving = Iipunin mo bawat buwan
tool-savings-yearly-rate = Interes bawat taon, sa porsiyento (puwedeng iwanang blangko)
tool-savings-already = Naabot mo na ang iyong target.
tool-savings-reached = Maaabot mo ang iyong target sa loob ng { $months } buwan. Magkakaroon ka noon ng { $balance }.
tool-savings-too-far = Sa ganitong paraan, aabutin ito nang higit sa 50 taon. Subukang mag-ipon nang kaunti pang higit bawat buwan, o pumili ng mas maliit na target.
tool-savings-never = Kung wala kang naiipon bawat buwan, hindi mo maaabot ang target. Subukang mag-ipon ng maliit na halaga bawat buwan.
