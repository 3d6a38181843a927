# အဖွဲ့အစည်းများအတွက် ဟပ်ဗ်၏ ဝက်ဘ် ဒက်ရှ်ဘုတ် (crates/passage-hub/src/dashboard)။
# အစီအစဉ်မန်နေဂျာများက ဘရောက်ဇာတွင် ဖတ်သည်။ ရိုးရှင်းသော စကားလုံး၊ အထူးဝေါဟာရ မသုံးပါ။

hub-title = Passage ဟပ်ဗ်
hub-skip = ကိန်းဂဏန်းများသို့ ကျော်သွားရန်
hub-nav-overview = ခြုံငုံသုံးသပ်ချက်
hub-nav-groups = အုပ်စုအလိုက်
hub-nav-workshops = အလုပ်ရုံဆွေးနွေးပွဲများ
hub-nav-trainers = သင်တန်းဆရာများ
hub-nav-questions = မေးခွန်းများ
hub-nav-devices = လက်ပ်တော့များ
hub-nav-export = ထုတ်ယူရန်
hub-nav-audit = လုပ်ဆောင်မှုမှတ်တမ်း
hub-signed-in-as = { $email } ({ $role }) အဖြစ် အကောင့်ဝင်ထားသည်
hub-role-viewer = ကိန်းဂဏန်းများ ကြည့်နိုင်သည်
hub-role-manager = ကိန်းဂဏန်းများနှင့် အမည်များ ကြည့်နိုင်သည်
hub-sign-out = အကောင့်မှ ထွက်ရန်

hub-login-title = ဟပ်ဗ်သို့ အကောင့်ဝင်ရန်
hub-login-email = အီးမေးလ်လိပ်စာ
hub-login-password = စကားဝှက်
hub-login-submit = အကောင့်ဝင်ရန်
hub-login-failed = ထိုအီးမေးလ်လိပ်စာနှင့် စကားဝှက်သည် မည်သည့်အကောင့်နှင့်မျှ မကိုက်ညီပါ။
hub-login-limited = ကြိုးစားမှု များလွန်းသည်။ တစ်မိနစ် စောင့်ပြီး ထပ်ကြိုးစားပါ။
hub-login-expired = စာမျက်နှာကို ကြာလွန်းစွာ ဖွင့်ထားခဲ့သည်။ ကျေးဇူးပြု၍ ထပ်မံ အကောင့်ဝင်ပါ။

hub-overview-title = အလုပ်ရုံဆွေးနွေးပွဲများ၏ ရလဒ်
hub-overview-learners = သင်တန်းပေးခဲ့သော လူဦးရေ
hub-overview-workshops = အလုပ်ရုံဆွေးနွေးပွဲများ
hub-overview-completed = အလုပ်ရုံဆွေးနွေးပွဲ ပြီးဆုံးသူ
hub-overview-pre = ကြိုတင်စစ်ဆေးမှု ပျမ်းမျှရမှတ်
hub-overview-post = နောက်ဆုံးစစ်ဆေးမှု ပျမ်းမျှရမှတ်
hub-overview-gain = ပျမ်းမျှ တိုးလာသည့် အမှတ်
hub-overview-empty = ထပ်တူပြုထားသော အလုပ်ရုံဆွေးနွေးပွဲ မရှိသေးပါ။ သင်တန်းဆရာ၏ လက်ပ်တော့ ထပ်တူပြုပြီးနောက် ကိန်းဂဏန်းများ ဤနေရာတွင် ပေါ်လာမည်။
hub-overview-over-time = အလုပ်ရုံဆွေးနွေးပွဲ စတင်သည့်လအလိုက် စစ်ဆေးမှုရမှတ် (%)
hub-percent = { $value }%
hub-points = { $value } မှတ်
hub-share = { $whole } တွင် { $part }
hub-as-of = { $time } (ဟပ်ဗ်အချိန်၊ UTC) အထိ ရရှိသော မှတ်တမ်းအားလုံး ဤကိန်းဂဏန်းများတွင် ပါဝင်သည်။
hub-suppressed-note = လူများကို ကာကွယ်ရန် လူ 5 ဦးထက်နည်းသော အုပ်စုကို ချန်ထားသည်။ ထိုအုပ်စုကို စုစုပေါင်းမှ တွက်ချက်၍ သိနိုင်မည်ဆိုပါက ဒုတိယအုပ်စုတစ်ခုကိုလည်း ချန်ထားသည်။

hub-groups-title = အုပ်စုအလိုက် ရလဒ်များ

hub-workshops-title = အလုပ်ရုံဆွေးနွေးပွဲများ
hub-col-workshop = အလုပ်ရုံဆွေးနွေးပွဲ
hub-col-trainer = သင်တန်းဆရာ
hub-col-venue = နေရာ
hub-col-dates = ရက်စွဲများ
hub-col-courses = သင်တန်းများ
hub-col-people = လူဦးရေ
hub-col-workshops = အလုပ်ရုံဆွေးနွေးပွဲ အရေအတွက်
hub-dates-range = { $first } မှ { $last } အထိ
hub-no-name = (အမည် မပေးထားပါ)

hub-workshop-people = တက်ရောက်သူများ
hub-workshop-people-note = အမည်များသည် ကိုယ်ရေးကိုယ်တာ ဒေတာ ဖြစ်သည်။ ဤစာရင်းကို သင်ကြည့်ရှုခြင်းကို လုပ်ဆောင်မှုမှတ်တမ်းတွင် မှတ်တမ်းတင်ထားသည်။
hub-col-name = အမည်
hub-col-sex = ကျား/မ
hub-col-age = အသက်
hub-col-sessions = တက်ရောက်ခဲ့သော အပိုင်းများ
hub-col-pre = ကြိုတင်စစ်ဆေးမှု
hub-col-post = နောက်ဆုံးစစ်ဆေးမှု
hub-score = { $total } တွင် { $score }
hub-not-taken = မဖြေဆိုခဲ့ပါ
hub-workshop-missing = သင့်အဖွဲ့အစည်းတွင် ထိုအလုပ်ရုံဆွေးနွေးပွဲ မရှိပါ။

hub-trainers-title = သင်တန်းဆရာများ

hub-questions-title = စစ်ဆေးမှုမေးခွန်းများ (အများဆုံး မှားသည်ကို ထိပ်ဆုံးတွင်)
hub-questions-intro = ဤမေးခွန်းများသည် အလုပ်ရုံဆွေးနွေးပွဲအပြီးတွင်ပင် လူများ အများဆုံး မှားနေဆဲ မေးခွန်းများ ဖြစ်သည် - သင်ခန်းစာများနှင့် သင်တန်းဆရာများအတွက် လုပ်ရန်စာရင်း ဖြစ်သည်။
hub-col-course = သင်တန်း
hub-col-question = မေးခွန်း
hub-col-pre-right = ကြိုတင်စစ်ဆေးမှုတွင် မှန်သည်
hub-col-post-right = နောက်ဆုံးစစ်ဆေးမှုတွင် မှန်သည်
hub-col-answers = အဖြေများ
hub-question-unknown = (ဤဟပ်ဗ်တွင် ဤမေးခွန်း၏ စာသား မရှိပါ)
hub-questions-no-key = ဤသင်တန်း၏ အဖြေမှန်များ ဟပ်ဗ်တွင် မရှိသဖြင့် မှန်သောအဖြေများကို ရေတွက်၍ မရပါ။
hub-questions-empty = မည်သူမျှ စစ်ဆေးမှု မဖြေဆိုရသေးပါ။

hub-devices-title = လက်ပ်တော့များ
hub-col-laptop = လက်ပ်တော့
hub-col-enrolled = စာရင်းသွင်းသည့်နေ့
hub-col-last-sync = နောက်ဆုံး ထပ်တူပြုမှု
hub-col-records = ရရှိသော မှတ်တမ်းများ
hub-col-waiting = Waiting to send
hub-waiting-unknown = not reported
hub-waiting-note = “Waiting to send” is how many records a laptop still had to send when it last synced. More than 0 means that sync did not finish. Records made on a laptop after its last sync are counted when it syncs again.
hub-col-state = အခြေအနေ
hub-device-active = အသုံးပြုနေသည်
hub-device-revoked = ရုပ်သိမ်းထားသည်
hub-never = မရှိသေးပါ
hub-devices-empty = စာရင်းသွင်းထားသော လက်ပ်တော့ မရှိသေးပါ။

hub-export-title = ကိန်းဂဏန်းများကို ထုတ်ယူရန်
hub-export-intro = အလုပ်ရုံဆွေးနွေးပွဲတိုင်း၏ ကိန်းဂဏန်းများကို ကျား/မ၊ အသက်၊ မူလနိုင်ငံ၊ သွားမည့်နိုင်ငံနှင့် အလုပ်ကဏ္ဍအလိုက် ပြထားပြီး အုပ်စုငယ်များကို ချန်ထားသည်။ ထုတ်ယူမှုတိုင်းကို လုပ်ဆောင်မှုမှတ်တမ်းတွင် မှတ်တမ်းတင်သည်။
hub-export-csv = CSV ဒေါင်းလုဒ်လုပ်ရန် (ဒေတာ ခွဲခြမ်းစိတ်ဖြာသူများအတွက်)
hub-export-xlsx = XLSX ဒေါင်းလုဒ်လုပ်ရန် (ဇယားဖိုင်များအတွက်)

hub-audit-title = လုပ်ဆောင်မှုမှတ်တမ်း
hub-col-when = အချိန်
hub-col-who = မည်သူ
hub-col-what = လုပ်ဆောင်ချက်
hub-audit-empty = ဘာမှ မရှိသေးပါ။

hub-error-title = တစ်ခုခု မှားယွင်းသွားသည်
hub-error-body = ဟပ်ဗ်က ဤစာမျက်နှာကို မပြနိုင်ပါ။ ခဏနေ၍ ထပ်ကြိုးစားပါ။
hub-not-found = ထိုစာမျက်နှာ မရှိပါ။
hub-forbidden = သင့်အကောင့်ဖြင့် ဤစာမျက်နှာကို ကြည့်ခွင့် မရှိပါ။
