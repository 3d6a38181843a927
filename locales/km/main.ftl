### Passage UI messages: the home screen.

app-title = Passage
home-tagline = រៀនមុនពេលចេញដំណើរ និងពេលនៅបរទេស។ អ្វីៗទាំងអស់ដំណើរការដោយគ្មានអ៊ីនធឺណិត។
home-courses-heading = វគ្គសិក្សា
course-module-count = { $count } មេរៀនធំ
course-shown-in-fallback = មិនទាន់បានបកប្រែ៖ បង្ហាញជាភាសា { $language }
translation-draft-notice = ការបកប្រែព្រាង៖ មិនទាន់បានពិនិត្យដោយអ្នកត្រួតពិនិត្យ
home-content-problems = កញ្ចប់វគ្គសិក្សាមួយចំនួនមិនអាចបើកបាន។ សូមសុំច្បាប់ចម្លងថ្មីពីគ្រូបង្គោល ឬអង្គការរបស់អ្នក។
app-loading = កំពុងបើក…
app-error = Passage មិនអាចបើកវគ្គសិក្សាបានទេ។
language-label = ភាសា
error-content-unreadable = មិនអាចអានឯកសារវគ្គសិក្សាបានទេ។ សូមសុំ Passage ច្បាប់ថ្មីពីគ្រូបង្គោល ឬអង្គការរបស់អ្នក។
error-content-invalid = ឯកសារវគ្គសិក្សាមួយខូច ឬមិនពេញលេញ។ សូមសុំច្បាប់ចម្លងថ្មីពីគ្រូបង្គោល ឬអង្គការរបស់អ្នក។
display-text-size = ទំហំអក្សរ
display-smaller = អក្សរតូចជាងនេះ
display-larger = អក្សរធំជាងនេះ
display-contrast = កម្រិតពណ៌ខ្ពស់
display-native-digits = បង្ហាញលេខជាលេខខ្មែរ
display-language = ភាសា
