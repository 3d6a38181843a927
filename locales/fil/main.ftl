### Passage UI messages: the home screen.

app-title = Passage
home-tagline = Matuto bago ka umalis at habang nasa abroad. Gumagana ang lahat kahit walang internet.
home-courses-heading = Mga kurso
course-module-count = { $count ->
        [one] { $count } modyul
       *[other] { $count } modyul
    }
course-shown-in-fallback = Hindi pa naisasalin: ipinapakita sa { $language }
translation-draft-notice = Draft na salin: hindi pa nasusuri ng tagasuri
home-content-problems = May mga course pack na hindi mabuksan. Humingi ng bagong kopya sa iyong trainer o organisasyon.
app-loading = Binubuksan…
app-error = Hindi mabuksan ng Passage ang mga kurso.
language-label = Wika
error-content-unreadable = Hindi mabasa ang mga file ng kurso. Humingi ng bagong kopya ng Passage sa iyong trainer o organisasyon.
error-content-invalid = May sira o kulang ang isang file ng kurso. Humingi ng bagong kopya sa iyong trainer o organisasyon.
display-text-size = Laki ng titik
display-smaller = Mas maliit na titik
display-larger = Mas malaking titik
display-contrast = Mataas na contrast
display-native-digits = Ipakita ang mga numero sa sariling digit ng wikang ito
display-language = Wika
