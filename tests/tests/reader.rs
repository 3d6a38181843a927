//! Reading a course in the real app: home -> course -> lesson, the lesson's
//! image through the media protocol, the per-lesson language switch, next.

use anyhow::Result;
use passage_e2e::App;

/// Fills the remittance tool: 1,000 MYR typed in Khmer digits, a fee of
/// 10, 5,300 VND offered against 5,400 fair; then works it out.
async fn send_1000_ringgit(app: &App, tool: &str) -> Result<()> {
    app.wait_for(tool).await?;
    app.fill(
        tool,
        &[
            ("amount", "១០០០"),
            ("fee", "10"),
            ("offeredRate", "5300"),
            ("referenceRate", "5400"),
        ],
    )
    .await?;
    app.click(&format!("{tool} [data-testid=tool-calculate]"))
        .await
}

#[tokio::test]
async fn a_learner_opens_a_course_reads_a_lesson_and_switches_its_language() -> Result<()> {
    let fixture = App::fixture_content();
    let app = App::start_with("km_KH.UTF-8", Some(&fixture)).await?;

    app.click("[data-course=sample] h3 button").await?;
    app.wait_for("[data-testid=module-list]").await?;
    let lessons = app.texts("[data-lesson]").await?;
    assert_eq!(lessons.len(), 3, "{lessons:?}");
    assert!(lessons[0].contains("រក្សាលិខិតឆ្លងដែនដោយខ្លួនឯង"), "{lessons:?}");
    // Not translated into Khmer: listed in English, and tagged so.
    assert!(
        lessons[1].contains("Copies of your documents") && lessons[1].contains("English"),
        "{lessons:?}"
    );
    app.screenshot("reader-course-km").await?;

    app.click("[data-lesson=keep-your-passport]").await?;
    app.wait_for("[data-testid=lesson-body] img").await?;
    let title = app.texts("[data-testid=lesson] h1").await?;
    assert_eq!(title, ["រក្សាលិខិតឆ្លងដែនដោយខ្លួនឯង"]);
    assert_eq!(
        app.texts("[data-testid=lesson-draft]").await?.len(),
        1,
        "draft must be said"
    );
    // The image really loaded through passage-media:// under the CSP.
    let loaded = app
        .client
        .execute_async(
            r#"const done = arguments[0];
               const img = document.querySelector('[data-testid=lesson-body] img');
               const check = () => done({ ok: img.complete && img.naturalWidth > 0, src: img.src });
               img.complete ? check() : (img.onload = check, img.onerror = check);"#,
            vec![],
        )
        .await?;
    assert_eq!(loaded["ok"], true, "lesson image did not load: {loaded}");
    app.screenshot("reader-lesson-km").await?;
    // At 200% zoom the lesson still fits the window's width: no sideways scrolling.
    let overflow = app
        .client
        .execute(
            "document.documentElement.style.zoom = '2'; \
             return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
            vec![],
        )
        .await?;
    app.screenshot("reader-lesson-km-200").await?;
    assert!(
        overflow.as_i64().unwrap_or(i64::MAX) <= 0,
        "horizontal overflow at 200%: {overflow}"
    );
    app.client
        .execute("document.documentElement.style.zoom = '';", vec![])
        .await?;

    // Read the same lesson in Thai, then go on: the next lesson stays in Thai.
    app.click("[data-testid=lesson-languages] [data-locale=th]")
        .await?;
    app.client
        .wait()
        .for_element(fantoccini::Locator::XPath(
            "//h1[text()='เก็บหนังสือเดินทางของคุณไว้เอง']",
        ))
        .await?;
    app.screenshot("reader-lesson-th").await?;
    app.click("[data-testid=lesson-next]").await?;
    app.client
        .wait()
        .for_element(fantoccini::Locator::XPath(
            "//h1[text()='สำเนาเอกสารของคุณ']",
        ))
        .await?;

    // A lesson with no Khmer text falls back to English and says so in Khmer.
    app.click("[data-testid=lesson-languages] [data-locale=en]")
        .await?;
    app.client
        .wait()
        .for_element(fantoccini::Locator::XPath(
            "//h1[text()='Copies of your documents']",
        ))
        .await?;
    app.click("[data-testid=lesson-next]").await?;
    // The remittance tool lives in the lesson: amounts typed in Khmer digits.
    let tool = "[data-testid=lesson-body] [data-testid=remittance-tool]";
    send_1000_ringgit(&app, tool).await?;
    let result = app
        .wait_for(&format!("{tool} [data-testid=tool-result]"))
        .await?
        .text()
        .await?;
    // 1,000 MYR, fee 10, 5,300 offered vs 5,400 fair: 28.52 MYR, 2.85%.
    assert!(result.contains("28.52 MYR"), "{result}");
    assert!(result.contains("2.85"), "{result}");
    app.client
        .execute(
            "document.querySelector('[data-testid=remittance-tool]').scrollIntoView();",
            vec![],
        )
        .await?;
    app.screenshot("reader-lesson-tool").await?;
    // With Khmer digits on, the figures Passage worked out follow, and so
    // do the numbers in the messages' own words ("below 3%").
    // (The lesson is drawn again in the new digits, so the tool starts anew.)
    app.click("[data-testid=native-digits]").await?;
    send_1000_ringgit(&app, tool).await?;
    let result = app
        .wait_text(&format!("{tool} [data-testid=tool-result]"), "២៨.៥២ MYR")
        .await?;
    assert!(result.contains("២.៨៥"), "{result}");
    assert!(!result.chars().any(|c| c.is_ascii_digit()), "{result}");
    app.screenshot("reader-lesson-tool-khmer-digits").await?;
    app.close().await
}

#[tokio::test]
async fn a_learner_searches_for_a_thai_word_and_opens_the_lesson() -> Result<()> {
    let fixture = App::fixture_content();
    let app = App::start_with("th_TH.UTF-8", Some(&fixture)).await?;
    let search_box = app.wait_for("[data-testid=search-box]").await?;
    // "employer": a word inside a Thai sentence that has no spaces.
    search_box.send_keys("นายจ้าง").await?;
    app.click("form[role=search] button[type=submit]").await?;
    if app
        .wait_for("[data-testid=search-results] button")
        .await
        .is_err()
    {
        app.screenshot("search-th-failed").await?;
        anyhow::bail!("no search results; see target/e2e/search-th-failed.png");
    }
    let marks = app.texts("[data-testid=search-results] mark").await?;
    assert_eq!(
        marks.first().map(String::as_str),
        Some("นายจ้าง"),
        "{marks:?}"
    );
    app.screenshot("search-th").await?;

    app.click("[data-testid=search-results] button").await?;
    app.client
        .wait()
        .for_element(fantoccini::Locator::XPath(
            "//h1[text()='เก็บหนังสือเดินทางของคุณไว้เอง']",
        ))
        .await?;

    // Nothing found is said plainly.
    app.click("[data-testid=lesson] ~ nav, nav.crumbs button")
        .await?;
    let search_box = app.wait_for("[data-testid=search-box]").await?;
    search_box.send_keys("zzqqxx").await?;
    app.click("form[role=search] button[type=submit]").await?;
    app.wait_for("[data-testid=search-empty]").await?;
    // One letter is too short: the reader asks for two instead of "nothing found".
    search_box.clear().await?;
    search_box.send_keys("น").await?;
    app.click("form[role=search] button[type=submit]").await?;
    let hint = app
        .wait_for("[data-testid=search-short]")
        .await?
        .text()
        .await?;
    assert!(!hint.is_empty());
    app.screenshot("search-too-short").await?;
    app.close().await
}
