//! The UI in each of its nine languages, switched from the picker every
//! screen carries: the home screen, a lesson and its quiz are screenshotted
//! in each (`target/e2e/lang-<code>-*.png`) to be looked at for shaping,
//! clipping and missing words. The first lesson of the safe-migration course
//! is translated into every language: it is shown translated (marked as a
//! draft), not in English. The choice survives a restart.

use anyhow::Result;
use passage_e2e::App;

const LANGUAGES: [&str; 9] = ["en", "fil", "id", "vi", "th", "km", "my", "lo", "ms"];

/// Picks a language the way a person does with the `<select>`.
async fn pick(app: &App, code: &str) -> Result<()> {
    app.wait_for("[data-testid=ui-language]").await?;
    app.client
        .execute(
            "const s = document.querySelector('[data-testid=ui-language]'); s.value = arguments[0]; \
             s.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![code.into()],
        )
        .await?;
    for _ in 0..100 {
        let lang = app
            .client
            .execute("return document.documentElement.lang;", vec![])
            .await?;
        if lang.as_str() == Some(code) {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    anyhow::bail!("the page never switched to {code}")
}

#[tokio::test]
async fn every_language_from_the_picker_on_home_and_in_a_lesson() -> Result<()> {
    let mut app = App::start("en_US.UTF-8").await?;
    app.wait_for("[data-testid=course-list] li h3").await?;
    let english_heading = app
        .wait_for("[data-testid=course-list] li h3")
        .await?
        .text()
        .await?;
    let english_label = app
        .wait_for("[data-testid=language-picker]")
        .await?
        .text()
        .await?;
    let (mut english_body, mut english_prompt) = (String::new(), String::new());
    for code in LANGUAGES {
        pick(&app, code).await?;
        app.wait_for("[data-testid=course-list] li h3").await?;
        let label = app
            .wait_for("[data-testid=language-picker] .label")
            .await?
            .text()
            .await?;
        if code != "en" && code != "ms" && code != "id" {
            // Malay and Indonesian both say "Bahasa".
            assert!(
                !english_label.starts_with(&label),
                "{code}: the picker's label is not translated"
            );
        }
        app.screenshot(&format!("lang-{code}-home")).await?;
        app.click("[data-course=safe-migration] h3 button").await?;
        app.click("[data-testid=module-list] [data-lesson]").await?;
        let body = app
            .wait_for("[data-testid=lesson-body]")
            .await?
            .text()
            .await?;
        // The picker is on the lesson too.
        app.wait_for("[data-testid=ui-language]").await?;
        if code == "en" {
            english_body.clone_from(&body);
        } else {
            assert_ne!(body, english_body, "{code}: the lesson is shown in English");
            app.wait_for("[data-testid=lesson-draft]").await?;
            assert!(
                app.client
                    .find(fantoccini::Locator::Css("[data-testid=lesson-fallback]"))
                    .await
                    .is_err(),
                "{code}: the lesson says it fell back to English"
            );
        }
        app.screenshot(&format!("lang-{code}-lesson")).await?;
        // Its quiz, answered once so the feedback shows too.
        app.client
            .execute(
                "document.querySelector('[data-testid=quiz]').scrollIntoView();",
                vec![],
            )
            .await?;
        let prompt = app
            .wait_for("[data-testid=quiz-prompt]")
            .await?
            .text()
            .await?;
        if code == "en" {
            english_prompt.clone_from(&prompt);
        } else {
            assert_ne!(prompt, english_prompt, "{code}: the quiz is in English");
        }
        app.click("[data-testid=quiz] .option").await?;
        app.click("[data-testid=quiz-check]").await?;
        app.wait_for("[data-testid=quiz-result]").await?;
        app.client
            .execute(
                "document.querySelector('[data-testid=quiz]').scrollIntoView();",
                vec![],
            )
            .await?;
        app.screenshot(&format!("lang-{code}-quiz")).await?;
        app.click("nav.crumbs button").await?;
        app.wait_for("[data-testid=course-list] li h3").await?;
    }
    pick(&app, "km").await?;
    app.restart().await?;
    app.wait_for("[data-testid=course-list] li h3").await?;
    let lang = app
        .client
        .execute("return document.documentElement.lang;", vec![])
        .await?;
    assert_eq!(lang.as_str(), Some("km"), "the choice is kept");
    let _ = english_heading;

    // Khmer digits, from the button beside the language picker: the
    // course's lesson minutes turn to ០–៩, and the choice is kept too.
    let khmer_digit = |c: char| ('\u{17E0}'..='\u{17E9}').contains(&c);
    app.click("[data-course=safe-migration] h3 button").await?;
    let before = app
        .wait_for("[data-testid=module-list]")
        .await?
        .text()
        .await?;
    assert!(!before.chars().any(khmer_digit), "{before}");
    app.click("[data-testid=native-digits]").await?;
    let mut after = String::new();
    for _ in 0..100 {
        after = app
            .wait_for("[data-testid=module-list]")
            .await?
            .text()
            .await?;
        if after.chars().any(khmer_digit) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(after.chars().any(khmer_digit), "{after}");
    app.screenshot("lang-km-native-digits").await?;
    app.restart().await?;
    app.click("[data-course=safe-migration] h3 button").await?;
    let kept = app
        .wait_for("[data-testid=module-list]")
        .await?
        .text()
        .await?;
    assert!(kept.chars().any(khmer_digit), "the digits are kept: {kept}");
    app.close().await
}

/// A CSO's reviewer, in trainer mode, reads the Khmer words of the reader
/// screens beside the English, marks two reviewed, then reviews a whole
/// lesson; the counts on the list follow. Screenshots:
/// `target/e2e/review-*.png`.
#[tokio::test]
async fn a_reviewer_reads_khmer_beside_english_and_marks_it_reviewed() -> Result<()> {
    let app = App::start("en_US.UTF-8").await?;
    app.new_trainer_form("Dara Sok", "2468").await?;
    app.click("[data-testid=trainer-create-button]").await?;
    app.click("[data-testid=open-review]").await?;
    app.choose("[data-testid=review-language]", "km").await?;
    app.wait_text("[data-group=\"ui/reader\"]", "0 of").await?;
    let mut shown = serde_json::Value::Null;
    for _ in 0..100 {
        shown = app
            .client
            .execute(
                "return document.querySelector('[data-testid=review-language]').value;",
                vec![],
            )
            .await?;
        if shown.as_str() == Some("km") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(shown.as_str(), Some("km"), "the Khmer overview shows");
    let khmer = app
        .texts("[data-testid=review-language] option")
        .await?
        .into_iter()
        .find(|o| o.starts_with("ខ្មែរ"))
        .unwrap_or_default();
    assert!(khmer.contains("draft"), "drafts are said: {khmer:?}");
    app.screenshot("review-1-groups").await?;

    // The reader's words, English beside Khmer, every one still to review.
    app.click("[data-group=\"ui/reader\"]").await?;
    let row = "[data-testid=review-rows] tr[data-key=\"nav-home\"]";
    app.wait_for(row).await?;
    let cells = app.texts(&format!("{row} td")).await?;
    assert!(cells[0].contains("Home"), "{cells:?}");
    assert!(cells[1].contains("ទំព័រដើម"), "{cells:?}");
    let open = app.texts("[data-testid=review-rows] tbody tr").await?.len();
    assert!(open > 40, "{open} rows to review");
    app.screenshot("review-2-side-by-side").await?;

    // Two marked: they leave the list of what needs review…
    app.click("[data-mark=\"nav-home\"]").await?;
    app.click("[data-mark=\"lesson-next\"]").await?;
    for _ in 0..100 {
        if app.texts("[data-testid=review-rows] tbody tr").await?.len() == open - 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(
        app.texts("[data-testid=review-rows] tbody tr").await?.len(),
        open - 2
    );
    // …and show as reviewed with everything else.
    app.click("[data-testid=review-only-open]").await?;
    app.wait_text(&format!("{row} td.actions"), "Reviewed")
        .await?;

    // The list counts them.
    app.click("[data-testid=review-back]").await?;
    app.wait_text("[data-group=\"ui/reader\"]", "2 of").await?;

    // A whole lesson, English beside Khmer, reviewed at once.
    app.click("[data-group=\"lesson/safe-migration/asean-commitments\"]")
        .await?;
    app.wait_text("[data-testid=review-lesson-status]", "Not reviewed")
        .await?;
    let title = app
        .texts("[data-testid=review-rows] tr[data-key=title] td")
        .await?;
    assert!(
        title[1]
            .chars()
            .any(|c| ('\u{1780}'..='\u{17FF}').contains(&c)),
        "{title:?}"
    );
    app.screenshot("review-3-lesson").await?;
    app.click("[data-testid=review-mark-lesson]").await?;
    app.wait_text("[data-testid=review-lesson-status]", "Reviewed")
        .await?;
    app.click("[data-testid=review-back]").await?;
    app.wait_text(
        "[data-group=\"lesson/safe-migration/asean-commitments\"]",
        "1 of 1",
    )
    .await?;
    app.screenshot("review-4-counted").await?;

    // The lesson's quiz: each question and option beside its Khmer.
    app.click("[data-group=\"quiz/safe-migration/asean-commitments\"]")
        .await?;
    app.wait_text("[data-testid=review-group-title]", "Quiz: ")
        .await?;
    let prompt = app
        .texts("[data-testid=review-rows] tr[data-key=q1-prompt] td")
        .await?;
    assert!(prompt[0].contains("Aung Ko"), "{prompt:?}");
    assert!(
        prompt[1]
            .chars()
            .any(|c| ('\u{1780}'..='\u{17FF}').contains(&c)),
        "{prompt:?}"
    );
    app.wait_text("[data-testid=review-mark-lesson]", "quiz")
        .await?;
    app.screenshot("review-6-quiz").await?;
    app.click("[data-testid=review-mark-lesson]").await?;
    app.wait_text("[data-testid=review-lesson-status]", "Reviewed")
        .await?;
    app.click("[data-testid=review-back]").await?;
    app.wait_text(
        "[data-group=\"quiz/safe-migration/asean-commitments\"]",
        "1 of 1",
    )
    .await?;

    // The course's glossary: each term and definition beside its Khmer.
    app.click("[data-group=\"glossary/safe-migration\"]")
        .await?;
    app.wait_text("[data-testid=review-group-title]", "Glossary: ")
        .await?;
    let broker = app
        .texts("[data-testid=review-rows] tr[data-key=broker] td")
        .await?;
    assert!(broker[0].contains("Broker"), "{broker:?}");
    assert!(broker[1].contains("មេខ្យល់"), "{broker:?}");
    app.wait_text("[data-testid=review-mark-lesson]", "glossary")
        .await?;
    app.screenshot("review-8-glossary").await?;
    app.click("[data-testid=review-back]").await?;

    // The marks go to the translation team as a file: two messages, the
    // lesson and its quiz.
    app.click("[data-testid=review-export]").await?;
    let saved = app
        .wait_text("[data-testid=review-exported]", "Marks saved: 4.")
        .await?;
    assert!(saved.contains("review-marks-km-"), "{saved}");

    // The same screen in Burmese, for a reviewer who reads the app in it.
    pick(&app, "my").await?;
    app.click("[data-group=\"ui/reader\"]").await?;
    app.wait_for("[data-testid=review-rows]").await?;
    app.screenshot("review-5-burmese").await?;
    app.click("[data-testid=review-back]").await?;
    app.click("[data-group=\"quiz/safe-migration/asean-commitments\"]")
        .await?;
    app.wait_text("[data-testid=review-group-title]", "မေးခွန်းလွှာ")
        .await?;
    // The quiz card sat low in the list; the quiz opens at its title.
    let scrolled = app.client.execute("return window.scrollY", vec![]).await?;
    assert_eq!(scrolled.as_f64(), Some(0.0), "opened scrolled down");
    app.screenshot("review-7-quiz-burmese").await?;
    // A module's test questions and the marks file, in Burmese too.
    app.click("[data-testid=review-back]").await?;
    app.click("[data-group=\"bank/safe-migration/deciding-to-go\"]")
        .await?;
    app.wait_text("[data-testid=review-group-title]", "စစ်ဆေးမှု မေးခွန်းများ")
        .await?;
    app.screenshot("review-9-tests-burmese").await?;
    app.click("[data-testid=review-back]").await?;
    app.click("[data-testid=review-export]").await?;
    app.wait_text("[data-testid=review-exported]", "review-marks-km-")
        .await?;
    app.screenshot("review-10-marks-saved-burmese").await?;
    // Digits: 0–9 until the reviewer asks for Burmese ones, then a card's
    // counts and its chips agree.
    let card = app.texts("[data-group=\"ui/budget\"]").await?.join(" ");
    assert!(card.contains("23") && !card.contains("၂၃"), "{card}");
    app.click("[data-testid=native-digits]").await?;
    let card = app
        .wait_text("[data-group=\"ui/budget\"]", "မစစ်ဆေးရသေးပါ ၂၃")
        .await?;
    assert!(!card.chars().any(|c| c.is_ascii_digit()), "{card}");
    app.screenshot("review-11-burmese-digits").await?;
    app.close().await
}
