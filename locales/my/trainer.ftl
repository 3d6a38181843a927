### သင်တန်းဆရာအပိုင်း - သင်တန်းဆရာ ဝင်ပေါက်၊ အလုပ်ရုံဆွေးနွေးပွဲများ၊ စာရင်းသွင်းခြင်း၊ တက်ရောက်မှု၊ စစ်ဆေးမှုများ၊ အစီအစဉ်၊ လက်မှတ်များနှင့် အစီရင်ခံစာ

trainer-mode = သင်တန်းဆရာအပိုင်း
trainer-heading = သင်တန်းဆရာအပိုင်း
trainer-intro = အလုပ်ရုံဆွေးနွေးပွဲ ပို့ချသော သင်တန်းဆရာများအတွက် ဖြစ်သည်။ သင်ယူသူများ - ဤအပိုင်းသည် သင့်အတွက် မဟုတ်ပါ၊ သင်တန်းများသို့ ပြန်သွားပါ။
trainer-who = သင်တန်းဆရာ
trainer-open = သင်တန်းဆရာအပိုင်းကို ဖွင့်ရန်
trainer-new = သင်တန်းဆရာအသစ်
trainer-name = သင့်အမည်
trainer-name-help = လက်မှတ်များပေါ်တွင် ပုံနှိပ်စေလိုသည့်အတိုင်း ရေးပါ။
trainer-pin-help = ဂဏန်း ၄ လုံး။ သင်ယူသူများ မဖွင့်နိုင်စေရန် သင်တန်းဆရာအပိုင်းတွင် PIN အမြဲ လိုအပ်သည်။
trainer-create = ကျွန်ုပ်၏ သင်တန်းဆရာပရိုဖိုင်ကို ပြုလုပ်ရန်
trainer-leave = သင်တန်းဆရာအပိုင်းမှ ထွက်ရန်

workshops-heading = အလုပ်ရုံဆွေးနွေးပွဲများ
workshops-new = အလုပ်ရုံဆွေးနွေးပွဲအသစ် စီစဉ်ရန်
workshops-create = အလုပ်ရုံဆွေးနွေးပွဲကို စီစဉ်ရန်
workshops-people = { $count } ဦး
workshop-title = ခေါင်းစဉ်
workshop-organisation = အဖွဲ့အစည်း
workshop-venue = နေရာ
workshop-first-day = ပထမနေ့
workshop-language = အလုပ်ရုံဆွေးနွေးပွဲ၏ ဘာသာစကား
workshop-courses = သင်တန်းများ (အစီအစဉ်ကို သင်တန်းတစ်ခုစီမှ ယူသည်)
workshop-tab-people = တက်ရောက်သူများ
workshop-tab-attendance = တက်ရောက်မှု
workshop-tab-tests = ကြိုတင်နှင့် နောက်ဆုံး စစ်ဆေးမှု
workshop-tab-agenda = အစီအစဉ်
workshop-tab-outputs = လက်မှတ်များနှင့် အစီရင်ခံစာ

register-heading = တက်ရောက်သူကို စာရင်းသွင်းရန်
register-phone = ဖုန်း (မဖြစ်မနေ မလိုပါ)
register-consent = သိမ်းထားမည့်အရာနှင့် အကြောင်းရင်းကို သူ သဘောတူသည် (သဘောတူညီချက် စာသားကို အသံထွက် ဖတ်ပြပါ)
register-submit = စာရင်းသွင်းရန်
register-done = { $name } ကို စာရင်းသွင်းပြီးပါပြီ။
register-duplicate = { $name } ({ $year }) ကို စာရင်းသွင်းပြီးသား ဖြစ်သည်။ ဤသူသည် အခြားလူ ဖြစ်ပါသလား။
register-anyway = ဟုတ်ကဲ့၊ ဤသူကိုလည်း စာရင်းသွင်းပါ

import-heading = ဇယားဖိုင်မှ စာရင်းကို တင်သွင်းရန်
import-help = ခေါင်းစဉ်အတန်းပါသော CSV သို့မဟုတ် XLSX ဖိုင် (အမည်၊ ကျား/မ၊ အသက် သို့မဟုတ် မွေးနှစ်၊ နိုင်ငံသား၊ သွားမည့်နိုင်ငံ၊ အလုပ်၊ ဖုန်း၊ သဘောတူညီချက်)။ မသိမ်းမီ အားလုံးကို မြင်ရမည်။
import-choose = ဖိုင်ကို ရွေးရန်
import-too-big = ဖိုင်သည် ၅ MB ထက် ကြီးသည်။
import-summary = အတန်း { $rows } တန်း၊ { $problems ->
    [0] ပြဿနာ မရှိပါ။
   *[other] ပြင်ရန် အတန်း { $problems } တန်း (အရောင်ခြယ်ထားသည်)။
}
import-unused = မသုံးပါ
import-line = အတန်း
import-field-name = အမည်
import-field-sex = ကျား/မ
import-field-age = အသက်
import-field-birthYear = မွေးနှစ်
import-field-origin = လာရာနိုင်ငံ
import-field-destination = သွားမည့်နိုင်ငံ
import-field-sector = အလုပ်
import-field-phone = ဖုန်း
import-field-consent = သဘောတူညီချက်
import-group-consent = သဘောတူညီချက် စာသားကို အဖွဲ့အား ဖတ်ပြပြီးပါပြီ၊ ဤစာရင်းရှိ လူတိုင်း သဘောတူကြသည်။
import-confirm = အားလုံးကို စာရင်းသွင်းရန် ({ $count })
import-done = { $count } ဦးကို စာရင်းသွင်းပြီးပါပြီ။

roster-problem-missing-name = အမည် မပါပါ။
roster-problem-name-too-long = အမည် ရှည်လွန်းသည်။
roster-problem-bad-sex = “{ $value }” သည် Passage သိသော ကျား/မ မဟုတ်ပါ (အမျိုးသမီး၊ အမျိုးသား၊ အခြား၊ မပြောလိုပါ)။
roster-problem-bad-age = “{ $value }” သည် အသက် မဟုတ်ပါ။
roster-problem-bad-birth-year = “{ $value }” သည် မွေးနှစ် မဟုတ်ပါ။
roster-problem-age-disagrees = အသက်နှင့် မွေးနှစ် မကိုက်ညီပါ။
roster-problem-bad-country = “{ $value }” သည် Passage သိသော နိုင်ငံ မဟုတ်ပါ။
roster-problem-bad-sector = “{ $value }” သည် Passage သိသော အလုပ်အမျိုးအစား မဟုတ်ပါ။
roster-problem-bad-phone = “{ $value }” သည် ဖုန်းနံပါတ် မဟုတ်ပါ။
roster-problem-bad-consent = “{ $value }” သည် “ဟုတ်ကဲ့” သို့မဟုတ် “မဟုတ်” အဖြေ မဟုတ်ပါ။
roster-problem-no-consent = ဤသူသည် သဘောတူညီချက် စာသားကို သဘောမတူရသေးပါ။
roster-problem-duplicate-in-file = အတန်း { $value } ရှိ လူနှင့် တစ်ယောက်တည်း ဖြစ်သည်။
roster-problem-already-registered = { $value } ကို ဤအလုပ်ရုံဆွေးနွေးပွဲတွင် စာရင်းသွင်းပြီးသား ဖြစ်သည်။

attendance-day = နေ့
attendance-day-n = { $n } ရက်မြောက်နေ့ ({ $date })
attendance-all = အားလုံး
attendance-print = လက်မှတ်ထိုးစာရင်းကို ပုံနှိပ်ရန်
attendance-nobody = တက်ရောက်သူများကို အရင် စာရင်းသွင်းပါ။
saved-to = သိမ်းထားသည် -

tests-open-heading = ဤလက်ပ်တော့ပေါ်တွင် စစ်ဆေးမှု ဖြေဆိုစေရန်
tests-open-help = မေးခွန်း { $count } ခု၊ အစနှင့် အဆုံး တူညီသည်။ အဖွဲ့ ဖြေဆိုနေစဉ် သင်တန်းဆရာအပိုင်းကို သော့ခတ်ထားမည်၊ သင့် PIN ဖြင့် ပြန်ဖွင့်နိုင်သည်။
tests-open-pre = အဖွဲ့အတွက် ကြိုတင်စစ်ဆေးမှုကို ဖွင့်ရန်
tests-open-post = အဖွဲ့အတွက် နောက်ဆုံးစစ်ဆေးမှုကို ဖွင့်ရန်
tests-paper-heading = စာရွက်ပေါ်မှ အဖြေများကို ထည့်သွင်းရန်
tests-paper-who = တက်ရောက်သူ
tests-paper-which = စစ်ဆေးမှု
tests-paper-start = ထည့်သွင်းရန်
tests-keyed = { $name } အတွက် သိမ်းပြီးပါပြီ - { $total } တွင် { $score }။
tests-pre = ကြိုတင်စစ်ဆေးမှု
tests-post = နောက်ဆုံးစစ်ဆေးမှု
tests-gain = တိုးလာသည့် အမှတ်
tests-results-heading = ရလဒ်များ
tests-by-question = မေးခွန်းအလိုက် (မှန်သောအဖြေ / အဖြေအားလုံး)
tests-question = မေးခွန်း

kiosk-heading-pre = ကြိုတင်စစ်ဆေးမှု
kiosk-heading-post = နောက်ဆုံးစစ်ဆေးမှု
kiosk-progress = { $total } ဦးတွင် { $done } ဦး ပြီးပါပြီ
kiosk-pick-name = သင့်အမည်ကို ရှာပြီး နှိပ်ပါ
kiosk-done = ပြီးပြီ
kiosk-not-me = ဒါ ကျွန်ုပ် မဟုတ်ပါ
kiosk-question-n = မေးခွန်း { $n } / { $total }
kiosk-choose-all = မှန်သည်များကို အားလုံး ရွေးပါ။
kiosk-up = အပေါ်သို့ ရွှေ့ရန်
kiosk-down = အောက်သို့ ရွှေ့ရန်
kiosk-order-done = စီပြီးပါပြီ
kiosk-back = ယခင်
kiosk-next = နောက်တစ်ခု
kiosk-finish = ပြီးဆုံးရန် ({ $total } ခုတွင် { $answered } ခု ဖြေပြီး)
kiosk-thanks = ကျေးဇူးတင်ပါသည်၊ { $name }။ လက်ပ်တော့ကို နောက်တစ်ယောက်ထံ ပေးပါ။
kiosk-trainer = သင်တန်းဆရာ - စစ်ဆေးမှုကို ပိတ်ရန်
kiosk-close = စစ်ဆေးမှုကို ပိတ်ရန်

agenda-start = စတင်ချိန်
agenda-minutes = မိနစ်
agenda-session = အပိုင်း
agenda-move = ရွှေ့ရန်
agenda-save = အစီအစဉ်ကို သိမ်းရန်
agenda-saved = သိမ်းပြီးပါပြီ။

cert-section = သင်တန်းဆင်းလက်မှတ်များ
cert-help = လက်မှတ်တစ်ခုစီသည် ထိုသူ၏ ဘာသာစကားဖြင့် ဖြစ်သည်။ “ပြီးဆုံး” ဆိုသည်မှာ အပိုင်းများ၏ လေးပုံသုံးပုံ သို့မဟုတ် ထို့ထက်ပို၍ တက်ရောက်ခြင်း ဖြစ်သည်။
cert-completed = ပြီးဆုံးသူ အားလုံးအတွက် လက်မှတ်များ
cert-chosen = ရွေးထားသူ { $count } ဦးအတွက် လက်မှတ်များ

report-heading = အစီရင်ခံစာ
report-csv = CSV အဖြစ် သိမ်းရန် (ဒေတာ ခွဲခြမ်းစိတ်ဖြာသူများအတွက်)
report-xlsx = XLSX အဖြစ် သိမ်းရန် (ဖတ်ရှုရန်)

error-no-trainer = သင်တန်းဆရာအပိုင်းကို သော့ခတ်ထားသည်။ သင်တန်းဆရာ၏ PIN ဖြင့် ဖွင့်ပါ။
error-roster-unreadable = ဤဖိုင်ကို လူစာရင်းအဖြစ် ဖတ်၍မရပါ။
error-print-failed = ဖိုင်ကို ပြုလုပ်၍ သို့မဟုတ် သိမ်း၍ မရပါ။

present-back = အလုပ်ရုံဆွေးနွေးပွဲသို့ ပြန်သွားရန်
present-projector = ပရိုဂျက်တာပေါ်တွင် ပြရန်
present-slide = ဆလိုက် { $n } / { $total }
present-up-next = နောက်တစ်ခု
present-notes = သင်တန်းဆရာအတွက်
present-minutes = မိနစ် { $minutes } ခန့်
present-timing = အချိန်
present-notes-heading = မှတ်ချက်များ
present-activity = လှုပ်ရှားမှု
present-materials = လိုအပ်သည်များ
present-key-points = အဓိကအချက်များ
present-debrief = ဆွေးနွေးကြစို့
register-group-hint = ဤအချက်များသည် အဖွဲ့တစ်ခုလုံးတွင် များသောအားဖြင့် တူညီသည် - နောက်တစ်ယောက်အတွက် ဖြည့်ထားလျက် ကျန်နေမည်။
attendance-whole-day = တစ်နေ့လုံး
register-language = ဘာသာစကား
register-language-workshop = အလုပ်ရုံဆွေးနွေးပွဲ၏ ဘာသာစကား
cert-separate = တစ်ယောက်လျှင် ဖိုင်တစ်ခု
register-year-or-age = မွေးနှစ် (သို့မဟုတ် အသက်)
workshops-all-heading = ဤလက်ပ်တော့ရှိ အလုပ်ရုံဆွေးနွေးပွဲ { $count } ခုလုံး
present-fullscreen = ပရိုဂျက်တာ- မျက်နှာပြင်အပြည့် ဖွင့်/ပိတ်
rates-link = ကိုးကားငွေလဲနှုန်းများ
rates-heading = ကိုးကားငွေလဲနှုန်းများ
rates-intro = ငွေကိရိယာများသည် ငွေလွှဲဝန်ဆောင်မှုပေးသည့်နှုန်းကို ဤနှုန်းများနှင့် နှိုင်းယှဉ်သည်။ နှုန်းတစ်ခုစီ၏ ရက်စွဲနှင့် ရင်းမြစ်ကို ရေးပါ (ဥပမာ ဗဟိုဘဏ်ဝက်ဘ်ဆိုက်)- သင်ယူသူများသည် ရလဒ်တိုင်းဘေးတွင် နှစ်ခုလုံးကို မြင်ရသည်။
rates-file-problem = နှုန်းဖိုင်တွင် အမှားရှိသဖြင့် ကိရိယာများသည် မည်သည့်နှုန်းကိုမျှ မသုံးပါ။ ဤနေရာတွင် နှုန်းတစ်ခု သိမ်းလျှင် ဖိုင်ဟောင်းကို သီးခြားသိမ်းထားမည်။
rates-none = နှုန်း မရှိသေးပါ- ကိရိယာများက သင်ယူသူကို နှုန်းရိုက်ထည့်ခိုင်းမည်။
rates-pair = ငွေကြေး
rates-rate = နှုန်း
rates-date = ရက်စွဲ
rates-source = ရင်းမြစ်
rates-edit = ပြင်ရန်
rates-remove = ဖယ်ရန်
rates-add = နှုန်း ထည့်ရန် သို့မဟုတ် ပြင်ရန်
rates-from = မှ
rates-to = သို့
rates-source-help = သင်ယူသူ စစ်ဆေးနိုင်ရန် မည်သည့်နေရာမှ ယူခဲ့သည်။
rates-save = နှုန်းကို သိမ်းရန်
erase-heading = ဖျက်ရန်
erase-confirm = { $name } ၏ အချက်အလက်အားလုံးကို ဖျက်မလား။
erase-yes = ဟုတ်ကဲ့၊ ဖျက်ပါ
