### The reader: courses and lessons.

nav-home = ပင်မစာမျက်နှာ
nav-back-to-course = သင်တန်းသို့ ပြန်သွားရန်
course-open = သင်တန်းကို ဖွင့်ရန်
course-no-lessons = ဤအခန်း၏ သင်ခန်းစာများ မကြာမီ ရောက်ရှိပါမည်။
lesson-minutes = { $minutes } မိနစ်
lesson-objectives = ဤသင်ခန်းစာတွင် သင်လေ့လာရမည့်အရာ
lesson-key-points = မှတ်ထားပါ
lesson-previous = ယခင်
lesson-next = နောက်တစ်ခု
lesson-read-in = ဤသင်ခန်းစာကို ဖတ်ရန် ဘာသာစကား
lesson-fallback = ဤသင်ခန်းစာသည် သင့်ဘာသာစကားဖြင့် မရှိသေးပါ။ { $language } ဖြင့် ပြသထားသည်။
lesson-narration = ဤသင်ခန်းစာကို နားထောင်ရန်
tool-coming-soon = သင်အသုံးပြုနိုင်သော ဂဏန်းတွက်စက်ကို ဤနေရာတွင် ထားမည်။ ငွေကြေးကိရိယာများနှင့်အတူ ရောက်ရှိမည်။
error-not-found = ဤစာမျက်နှာကို ရှာမတွေ့ပါ။
course-lesson-count = သင်ခန်းစာ { $count } ခု
search-label = သင်ခန်းစာများတွင် ရှာရန်
search-button = ရှာရန်
search-no-results = ဤစကားလုံးပါသော သင်ခန်းစာ မရှိပါ။ ပိုတိုသော စကားလုံးကို စမ်းကြည့်ပါ။
search-results = တွေ့ရှိသော သင်ခန်းစာများ
error-search-unavailable = ယခု ရှာဖွေ၍ မရပါ။ သင်ခန်းစာများကို ဆက်ဖတ်နိုင်ပါသည်။
