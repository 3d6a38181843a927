### Ang budget planner na may dalawang uri ng pera, sa loob ng mga aralin.

tool-budget-heading = Ang isang buwan ko sa ibang bansa, sa dalawang uri ng pera
tool-earn-currency = Uri ng perang kinikita mo
tool-home-currency = Uri ng pera sa bayan mo
tool-earnings = Sahod mo bawat buwan
tool-costs = Mga gastos mo sa ibang bansa bawat buwan
tool-cost-rent = Kuwarto o upa
tool-cost-food = Pagkain
tool-cost-transport = Pamasahe
tool-cost-phone = Telepono at internet
tool-cost-debt = Pambayad-utang
tool-cost-other = Iba pang gastos
tool-remittance = Perang ipinapadala mo sa pamilya bawat buwan
tool-saving = Perang iniipon mo bawat buwan
tool-home-rate = Magkano ang 1 { $currency } sa bayan mo
tool-savings-goal = Target na ipon (puwedeng iwanang blangko)
tool-total-costs = Lahat ng gastos mo
tool-left-over = Natitira sa katapusan ng buwan
tool-budget-surplus = Sapat ang pera mo sa isang buwan, at may kaunti pang natitira.
tool-budget-balanced = Saktong-sakto ang pera mo sa isang buwan. Walang natitira para sa biglaang gastos.
tool-budget-shortfall = Mas malaki ang lumalabas kaysa pumapasok. Baguhin ang isa: isang gastos, ang ipinapadala mo, o ang iniipon mo.
tool-family-receives = Matatanggap ng pamilya mo, humigit-kumulang
tool-saving-home = Halaga ng ipon mo sa bayan mo
tool-months-to-goal = Maaabot mo ang target na ipon sa loob ng { $months } buwan.
