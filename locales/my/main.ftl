### Passage UI messages: the home screen.

app-title = Passage
home-tagline = မသွားမီနှင့် နိုင်ငံခြားတွင်ရှိစဉ် လေ့လာပါ။ အင်တာနက်မလိုဘဲ အားလုံးအလုပ်လုပ်သည်။
home-courses-heading = သင်တန်းများ
course-module-count = အခန်း { $count } ခန်း
course-shown-in-fallback = မဘာသာပြန်ရသေးပါ - { $language } ဖြင့် ပြသထားသည်
translation-draft-notice = မူကြမ်းဘာသာပြန် - စစ်ဆေးသူ မစစ်ဆေးရသေးပါ
home-content-problems = သင်တန်းအထုပ်အချို့ကို ဖွင့်၍မရပါ။ သင့်သင်တန်းဆရာ သို့မဟုတ် အဖွဲ့အစည်းထံမှ မိတ္တူအသစ် တောင်းပါ။
app-loading = ဖွင့်နေသည်…
app-error = Passage သည် သင်တန်းများကို ဖွင့်၍မရပါ။
language-label = ဘာသာစကား
error-content-unreadable = သင်တန်းဖိုင်များကို ဖတ်၍မရပါ။ သင့်သင်တန်းဆရာ သို့မဟုတ် အဖွဲ့အစည်းထံမှ Passage မိတ္တူအသစ် တောင်းပါ။
error-content-invalid = သင်တန်းဖိုင်တစ်ခု ပျက်စီးနေသည် သို့မဟုတ် မပြည့်စုံပါ။ သင့်သင်တန်းဆရာ သို့မဟုတ် အဖွဲ့အစည်းထံမှ မိတ္တူအသစ် တောင်းပါ။
display-text-size = စာလုံးအရွယ်အစား
display-smaller = စာလုံး သေးရန်
display-larger = စာလုံး ကြီးရန်
display-contrast = အရောင်ခြားနားမှု မြင့်မားစွာ
display-native-digits = ဂဏန်းများကို မြန်မာဂဏန်းဖြင့် ပြပါ
display-language = ဘာသာစကား
