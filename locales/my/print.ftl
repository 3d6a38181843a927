### Passage က ပုံနှိပ်သည့်အရာများ - လက်မှတ်များ၊ လက်မှတ်ထိုးစာရင်းများ၊ အစီရင်ခံစာ ခေါင်းစဉ်များ

month-1 = ဇန်နဝါရီလ
month-2 = ဖေဖော်ဝါရီလ
month-3 = မတ်လ
month-4 = ဧပြီလ
month-5 = မေလ
month-6 = ဇွန်လ
month-7 = ဇူလိုင်လ
month-8 = ဩဂုတ်လ
month-9 = စက်တင်ဘာလ
month-10 = အောက်တိုဘာလ
month-11 = နိုဝင်ဘာလ
month-12 = ဒီဇင်ဘာလ
# A date on a certificate: year, month name, day ("2027 ခုနှစ်၊ မတ်လ 4 ရက်").
date-long = { $year } ခုနှစ်၊ { $month } { $day } ရက်

cert-heading = သင်တန်းဆင်းလက်မှတ်
cert-presented-to = ဤလက်မှတ်ဖြင့် အောက်ပါအတိုင်း အသိအမှတ်ပြုပါသည်
# $dates is cert-dates-one or cert-dates-range; $hours may be 7.5.
cert-body = သည် { $organisation } က { $dates } ကျင်းပခဲ့သော “{ $workshop }” အလုပ်ရုံဆွေးနွေးပွဲ (စုစုပေါင်း { $hours } နာရီ) ကို တက်ရောက်ပြီးဆုံးခဲ့ပါသည်။
cert-dates-one = { $date }နေ့တွင်
cert-dates-range = { $first }မှ { $last }အထိ
cert-signature = သင်တန်းဆရာ

signin-title = လက်မှတ်ထိုးစာရင်း၊ { $day } ရက်မြောက်နေ့
signin-number = စဉ်
signin-name = အမည်
signin-sex = ကျား/မ
signin-age = အသက်
signin-morning = နံနက် - လက်မှတ်
signin-afternoon = နေ့လယ် - လက်မှတ်
signin-footer = သင်တန်းဆရာ - { $trainer }     လက်မှတ် - ____________________

report-col-group = အုပ်စု
report-col-registered = စာရင်းသွင်းသူ
report-col-attended = တက်ရောက်သူ
report-col-completed = ပြီးဆုံးသူ
report-col-pre-taken = ကြိုတင်စစ်ဆေးမှု ဖြေဆိုသူ
report-col-post-taken = နောက်ဆုံးစစ်ဆေးမှု ဖြေဆိုသူ
report-col-paired = နှစ်ကြိမ်လုံး ဖြေဆိုသူ
report-col-pre-average = ကြိုတင်စစ်ဆေးမှု ပျမ်းမျှ (%)
report-col-post-average = နောက်ဆုံးစစ်ဆေးမှု ပျမ်းမျှ (%)
report-col-gain = တိုးလာသည့် အမှတ်
report-col-improved = တိုးတက်သူ
report-col-suppressed = လူများကို ကာကွယ်ရန် ချန်ထားသည်
report-dim-all = တက်ရောက်သူ အားလုံး
report-dim-sex = ကျား/မ အလိုက်
report-dim-age-band = အသက်အုပ်စုအလိုက်
report-dim-origin = မူလနိုင်ငံအလိုက်
report-dim-destination = သွားမည့်နိုင်ငံအလိုက်
report-dim-sector = အလုပ်ကဏ္ဍအလိုက်
report-unknown = မဖော်ပြထားပါ
report-all = အားလုံး
report-col-code = ကုဒ်
report-summary = အနှစ်ချုပ်
report-no-data = ဒေတာ မရှိပါ
report-suppressed = ချန်ထား
report-legend-pre = ကြိုတင်စစ်ဆေးမှု
report-legend-post = နောက်ဆုံးစစ်ဆေးမှု
report-chart-scores-sex = ကျား/မ အလိုက် ပျမ်းမျှ စစ်ဆေးမှုရမှတ် (%)
report-chart-scores-age-band = အသက်အုပ်စုအလိုက် ပျမ်းမျှ စစ်ဆေးမှုရမှတ် (%)
report-chart-attendance-sex = ကျား/မ အလိုက် စာရင်းသွင်းသူ၊ တက်ရောက်သူနှင့် ပြီးဆုံးသူ
