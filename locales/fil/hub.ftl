# Ang web dashboard ng hub para sa mga organisasyon (crates/passage-hub/src/dashboard).
# Binabasa ng mga programme manager sa browser; simpleng salita, walang jargon.

hub-title = Passage hub
hub-skip = Lumaktaw sa mga numero
hub-nav-overview = Buod
hub-nav-groups = Ayon sa grupo
hub-nav-workshops = Mga workshop
hub-nav-trainers = Mga trainer
hub-nav-questions = Mga tanong
hub-nav-devices = Mga laptop
hub-nav-export = I-export
hub-nav-audit = Audit log
hub-signed-in-as = Naka-sign in bilang { $email } ({ $role })
hub-role-viewer = nakakakita ng mga numero
hub-role-manager = nakakakita ng mga numero at pangalan
hub-sign-out = Mag-sign out

hub-login-title = Mag-sign in sa hub
hub-login-email = E-mail address
hub-login-password = Password
hub-login-submit = Mag-sign in
hub-login-failed = Walang account na tugma sa e-mail address at password na iyan.
hub-login-limited = Masyadong maraming pagsubok. Maghintay ng isang minuto at subukan ulit.
hub-login-expired = Masyadong matagal na nakabukas ang pahina. Paki-sign in ulit.

hub-overview-title = Ang nakamit ng mga workshop
hub-overview-learners = Mga taong na-train
hub-overview-workshops = Mga workshop
hub-overview-completed = Nakatapos ng workshop
hub-overview-pre = Average na iskor sa pre-test
hub-overview-post = Average na iskor sa post-test
hub-overview-gain = Average na dagdag
hub-overview-empty = Wala pang workshop na nag-sync. Lalabas dito ang mga numero kapag nag-sync na ang laptop ng isang trainer.
hub-overview-over-time = Mga iskor sa test ayon sa buwan ng pagsisimula ng workshop (%)
hub-percent = { $value }%
hub-points = { $value } puntos
hub-share = { $part } sa { $whole }
hub-as-of = Kasama sa mga numero ang bawat record na natanggap hanggang { $time } (oras ng hub, UTC).
hub-suppressed-note = Para protektahan ang mga tao, nakatago ang grupong wala pang 5 tao. Kung makukuwenta pa rin ang grupong iyon mula sa kabuuan, nakatago rin ang isa pang grupo.

hub-groups-title = Mga resulta ayon sa grupo

hub-workshops-title = Mga workshop
hub-col-workshop = Workshop
hub-col-trainer = Trainer
hub-col-venue = Lugar
hub-col-dates = Mga petsa
hub-col-courses = Mga kurso
hub-col-people = Mga kalahok
hub-col-workshops = Mga workshop
hub-dates-range = { $first } hanggang { $last }
hub-no-name = (walang ibinigay na pangalan)

hub-workshop-people = Mga lumahok
hub-workshop-people-note = Personal na datos ang mga pangalan. Itinatala sa audit log ang pagtingin mo sa listahang ito.
hub-col-name = Pangalan
hub-col-sex = Kasarian
hub-col-age = Edad
hub-col-sessions = Mga sesyong dinaluhan
hub-col-pre = Pre-test
hub-col-post = Post-test
hub-score = { $score } sa { $total }
hub-not-taken = hindi kumuha
hub-workshop-missing = Walang ganitong workshop sa iyong organisasyon.

hub-trainers-title = Mga trainer

hub-questions-title = Mga tanong sa test, ang pinakamadalas na mali muna
hub-questions-intro = Ito ang mga tanong na pinakamadalas pa ring mali ng mga tao pagkatapos ng workshop: listahan ng dapat gawin para sa mga aralin at mga trainer.
hub-col-course = Kurso
hub-col-question = Tanong
hub-col-pre-right = Tama sa pre-test
hub-col-post-right = Tama sa post-test
hub-col-answers = Mga sagot
hub-question-unknown = (wala sa hub na ito ang teksto ng tanong na ito)
hub-questions-no-key = Wala sa hub ang mga sagot ng kursong ito, kaya hindi mabilang ang mga tamang sagot.
hub-questions-empty = Wala pang kumuha ng test.

hub-devices-title = Mga laptop
hub-col-laptop = Laptop
hub-col-enrolled = Na-enrol
hub-col-last-sync = Huling sync
hub-col-records = Mga natanggap na record
hub-col-waiting = Naghihintay maipadala
hub-waiting-unknown = hindi iniulat
hub-waiting-note = Ang “Naghihintay maipadala” ay kung ilang record pa ang kailangang ipadala ng laptop noong huli itong nag-sync. Kung higit sa 0, hindi natapos ang sync na iyon. Ang mga record na ginawa sa laptop pagkatapos ng huling sync ay mabibilang kapag nag-sync itong muli.
hub-col-state = Katayuan
hub-device-active = aktibo
hub-device-revoked = binawi
hub-never = hindi pa kailanman
hub-devices-empty = Wala pang laptop na naka-enrol.

hub-export-title = I-export ang mga numero
hub-export-intro = Ang mga numero ng bawat workshop, ayon sa kasarian, edad, bansang pinagmulan, bansang pupuntahan at uri ng trabaho, nang hindi ipinapakita ang maliliit na grupo. Itinatala sa audit log ang bawat export.
hub-export-csv = I-download ang CSV (para sa mga analyst)
hub-export-xlsx = I-download ang XLSX (para sa spreadsheet)

hub-audit-title = Audit log
hub-col-when = Kailan
hub-col-who = Sino
hub-col-what = Ano
hub-audit-empty = Wala pa.

hub-error-title = May nangyaring mali
hub-error-body = Hindi maipakita ng hub ang pahinang ito. Subukan ulit maya-maya.
hub-not-found = Walang ganitong pahina.
hub-forbidden = Hindi pinapayagan ang iyong account na makita ang pahinang ito.

hub-pages = Mga pahina
hub-page-previous = Nakaraan
hub-page-next = Susunod
hub-page-of = Pahina { $page } ng { $pages }
