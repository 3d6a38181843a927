### Trainer mode: ang pinto ng trainer, mga workshop, pagpaparehistro, pagdalo, mga test, agenda, mga sertipiko at ulat.

trainer-mode = Trainer mode
trainer-heading = Trainer mode
trainer-intro = Para sa mga trainer na nagpapatakbo ng workshop. Sa mga nag-aaral: hindi para sa inyo ang bahaging ito; bumalik sa mga kurso.
trainer-who = Trainer
trainer-open = Buksan ang trainer mode
trainer-new = Bagong trainer
trainer-name = Iyong pangalan
trainer-name-help = Kung paano ito dapat nakasulat sa mga sertipiko.
trainer-pin-help = Apat na numero. Laging kailangan ng PIN ang trainer mode para hindi ito mabuksan ng mga nag-aaral.
trainer-create = Gawin ang aking trainer profile
trainer-leave = Umalis sa trainer mode

workshops-heading = Mga workshop
workshops-new = Magplano ng bagong workshop
workshops-create = Iplano ang workshop
workshops-people = { $count ->
    [one] { $count } tao
   *[other] { $count } tao
}
workshop-title = Pamagat
workshop-organisation = Organisasyon
workshop-venue = Lugar
workshop-first-day = Unang araw
workshop-language = Wika ng workshop
workshop-courses = Mga kurso (galing sa bawat kurso ang agenda)
workshop-tab-people = Mga kalahok
workshop-tab-attendance = Pagdalo
workshop-tab-tests = Pre-test at post-test
workshop-tab-agenda = Agenda
workshop-tab-outputs = Mga sertipiko at ulat

register-heading = Magrehistro ng kalahok
register-phone = Telepono (kung mayroon)
register-consent = Pumapayag siya sa itatago at kung bakit (basahin nang malakas ang teksto ng pahintulot)
register-submit = Irehistro
register-done = Nakarehistro na si { $name }.
register-duplicate = Nakarehistro na si { $name } ({ $year }). Ibang tao ba ito?
register-anyway = Oo, irehistro rin ang taong ito

import-heading = Mag-import ng listahan mula sa spreadsheet
import-help = Isang CSV o XLSX file na may header row (pangalan, kasarian, edad o taon ng kapanganakan, bansang pinagmulan, bansang pupuntahan, trabaho, telepono, pahintulot). Makikita mo ang lahat bago ito i-save.
import-choose = Piliin ang file
import-too-big = Mas malaki sa 5 MB ang file.
import-summary = { $rows } row; { $problems ->
    [0] walang problema.
    [one] { $problems } row na aayusin (naka-highlight).
   *[other] { $problems } row na aayusin (naka-highlight).
}
import-unused = hindi ginamit
import-line = Row
import-field-name = Pangalan
import-field-sex = Kasarian
import-field-age = Edad
import-field-birthYear = Taon ng kapanganakan
import-field-origin = Galing sa
import-field-destination = Pupuntahan
import-field-sector = Trabaho
import-field-phone = Telepono
import-field-consent = Pahintulot
import-group-consent = Binasa ko sa grupo ang teksto ng pahintulot at pumayag ang lahat ng nasa listahang ito.
import-confirm = Irehistro ang lahat ({ $count })
import-done = Nairehistro ang { $count } tao.

roster-problem-missing-name = Walang pangalan.
roster-problem-name-too-long = Masyadong mahaba ang pangalan.
roster-problem-bad-sex = Ang “{ $value }” ay hindi kasariang alam ng Passage (babae, lalaki, iba, ayaw sabihin).
roster-problem-bad-age = Ang “{ $value }” ay hindi edad.
roster-problem-bad-birth-year = Ang “{ $value }” ay hindi taon ng kapanganakan.
roster-problem-age-disagrees = Hindi magkatugma ang edad at ang taon ng kapanganakan.
roster-problem-bad-country = Ang “{ $value }” ay hindi bansang alam ng Passage.
roster-problem-bad-sector = Ang “{ $value }” ay hindi uri ng trabahong alam ng Passage.
roster-problem-bad-phone = Ang “{ $value }” ay hindi numero ng telepono.
roster-problem-bad-consent = Ang “{ $value }” ay hindi “oo” o “hindi”.
roster-problem-no-consent = Hindi pa pumapayag ang taong ito sa teksto ng pahintulot.
roster-problem-duplicate-in-file = Siya rin ang tao sa row { $value }.
roster-problem-already-registered = Nakarehistro na si { $value } sa workshop na ito.

attendance-day = Araw
attendance-day-n = Araw { $n } ({ $date })
attendance-all = Lahat
attendance-print = I-print ang attendance sheet
attendance-nobody = Magrehistro muna ng mga kalahok.
saved-to = Na-save:

tests-open-heading = Ibigay ang test sa laptop na ito
tests-open-help = { $count } tanong, pareho bago at pagkatapos. Naka-lock ang trainer mode habang sinasagutan ito ng grupo; mabubuksan itong muli ng iyong PIN.
tests-open-pre = Buksan ang pre-test para sa grupo
tests-open-post = Buksan ang post-test para sa grupo
tests-paper-heading = I-type ang mga sagot mula sa papel
tests-paper-who = Kalahok
tests-paper-which = Test
tests-paper-start = I-type
tests-keyed = Na-save para kay { $name }: { $score } sa { $total }.
tests-pre = Pre-test
tests-post = Post-test
tests-gain = Dagdag (puntos)
tests-results-heading = Mga resulta
tests-by-question = Bawat tanong (tamang sagot / mga sagot)
tests-question = Tanong

kiosk-heading-pre = Pagsusulit bago ang workshop
kiosk-heading-post = Pagsusulit pagkatapos ng workshop
kiosk-progress = Tapos na ang { $done } sa { $total }
kiosk-pick-name = Hanapin ang iyong pangalan at pindutin ito
kiosk-done = tapos na
kiosk-not-me = Hindi ako ito
kiosk-question-n = Tanong { $n } sa { $total }
kiosk-choose-all = Piliin ang lahat ng tama.
kiosk-up = Iakyat
kiosk-down = Ibaba
kiosk-order-done = Ito ang pagkakasunod ko
kiosk-back = Bumalik
kiosk-next = Susunod
kiosk-finish = Tapusin ({ $answered } sa { $total } ang nasagot)
kiosk-thanks = Salamat, { $name }. Pakiabot ang laptop sa susunod na tao.
kiosk-trainer = Trainer: isara ang test
kiosk-close = Isara ang test

agenda-start = Oras ng simula
agenda-minutes = Minuto
agenda-session = Sesyon
agenda-move = Ilipat
agenda-save = I-save ang agenda
agenda-saved = Na-save.

cert-section = Mga sertipiko ng pagtatapos
cert-help = Nasa wika ng bawat tao ang kanyang sertipiko. Ang “Nakatapos” ay nangangahulugang dumalo siya sa tatlong-kapat (3/4) o higit pa ng mga sesyon.
cert-completed = Mga sertipiko para sa lahat ng nakatapos
cert-chosen = { $count ->
    [one] Sertipiko para sa { $count } napiling tao
   *[other] Mga sertipiko para sa { $count } napiling tao
}

report-heading = Ulat
report-csv = I-save bilang CSV (para sa mga analyst)
report-xlsx = I-save bilang XLSX (para basahin ng tao)

error-no-trainer = Naka-lock ang trainer mode. Buksan ito gamit ang PIN ng trainer.
error-roster-unreadable = Hindi mabasa ang file na ito bilang listahan ng mga tao.
error-print-failed = Hindi nagawa o hindi na-save ang file.

present-back = Bumalik sa workshop
present-projector = Ipakita sa projector
present-slide = Slide { $n } sa { $total }
present-up-next = Susunod
present-notes = Para sa trainer
present-minutes = Mga { $minutes } minuto
present-timing = Oras
present-notes-heading = Mga paalala
present-activity = Gawain
present-materials = Mga kailangan
present-key-points = Mahahalagang punto
present-debrief = Pag-usapan natin
register-group-hint = Kadalasang pareho ang mga ito sa buong grupo: mananatiling nakasulat ang mga ito para sa susunod na tao.
attendance-whole-day = Buong araw
register-language = Wika
register-language-workshop = Wika ng workshop
cert-separate = Isang file bawat tao
register-year-or-age = Taon ng kapanganakan (o edad)
workshops-all-heading = Lahat ng { $count } workshop sa laptop na ito
present-fullscreen = Projector: full screen, buksan o isara
rates-link = Mga reference exchange rate
rates-heading = Mga reference exchange rate
rates-intro = Ikinukumpara ng mga money tool ang alok ng remittance provider sa mga rate na ito. Isulat ang araw at kung saan galing ang bawat rate (halimbawa, website ng central bank): makikita ng mga nag-aaral ang dalawa sa tabi ng bawat resulta.
rates-file-problem = May mali sa rates file, kaya walang rate na ginagamit ang mga tool. Kapag nag-save ka ng rate dito, itatabi ang lumang file.
rates-none = Wala pang rate: hihilingin ng mga tool sa mga nag-aaral na mag-type ng isa.
rates-pair = Mga currency
rates-rate = Rate
rates-date = Petsa
rates-source = Pinagmulan
rates-edit = Baguhin
rates-remove = Alisin
rates-add = Magdagdag o magbago ng rate
rates-from = Mula
rates-to = Papunta
rates-source-help = Kung saan mo ito kinuha, para masuri ito ng nag-aaral.
rates-save = I-save ang rate
erase-heading = Burahin
erase-confirm = Burahin ang lahat tungkol kay { $name }?
erase-yes = Oo, burahin

## Ang screen ng Pagsasalin, para sa tagasuri ng isang CSO.
review-link = Suriin ang mga salin
review-heading = Suriin ang mga salin
review-intro = Nasa kaliwa ang Ingles, nasa kanan ang salin. Kapag pareho ang sinasabi ng salin, sa simpleng salita, markahan itong nasuri na. Sa laptop na ito itinatago ang mga marka.
review-language = Wika
review-draft = draft
review-messages = Mga salita sa mga screen
review-lessons = Mga aralin
review-quizzes = Mga pagsusulit
review-status-missing = Hindi pa naisasalin
review-status-draft = Hindi pa nasusuri
review-status-outdated = Nagbago ang Ingles
review-status-reviewed = Nasuri na
review-counts = Nasuri na ang { $reviewed } sa { $total }
review-english = Ingles
review-translation = Salin
review-mark = Markahang nasuri na
review-mark-lesson = Markahang nasuri na ang buong aralin
review-mark-quiz = Markahang nasuri na ang buong pagsusulit
review-quiz-title = Pagsusulit: { $lesson }
review-tests = Mga tanong sa pre-test at post-test
review-glossaries = Mga talahuluganan
review-agendas = Mga agenda ng workshop
review-bank-title = Mga tanong sa test: { $module }
review-glossary-title = Talahuluganan: { $course }
review-agenda-title = Agenda ng workshop: { $course }
review-mark-bank = Markahang nasuri na ang lahat ng tanong na ito
review-mark-glossary = Markahang nasuri na ang buong talahuluganan
review-mark-agenda = Markahang nasuri na ang buong agenda
review-export = I-save ang aking mga marka para sa translation team
review-exported = Na-save ang mga marka: { $count }. File: { $path }. Ipadala ito sa nag-iingat ng mga file ng salin.
review-mark-all = Markahang nasuri na ang lahat ng nakikita
review-changed = Ang nagbago sa Ingles mula nang masuri ito:
review-changed-unknown = Nagbago ang Ingles pagkatapos gawin ang salin na ito. Wala sa laptop na ito ang dating Ingles: basahin nang buo ang dalawang teksto.
review-only-open = Ipakita lang ang kailangang suriin
review-back = Lahat ng salin
review-none-open = Walang kailangang suriin dito.
