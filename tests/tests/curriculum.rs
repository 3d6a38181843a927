//! The bundled curriculum in the real app: a lesson of the Safe Migration
//! course with its workshop activity, a glossary term and its quiz.

use anyhow::Result;
use passage_e2e::App;

#[tokio::test]
async fn a_learner_reads_a_bundled_lesson_opens_a_term_and_answers_its_quiz() -> Result<()> {
    let app = App::start("en_US.UTF-8").await?;
    app.click("[data-course=safe-migration] h3 button").await?;
    app.click("[data-lesson=red-flags-in-recruitment]").await?;
    app.wait_for("[data-testid=lesson-body] h2").await?;
    app.screenshot("curriculum-lesson").await?;

    // On a common training-centre laptop screen (1366x768), with the text
    // made larger and high contrast on, the lesson still fits the width.
    app.client.set_window_size(1366, 768).await?;
    app.click("[data-testid=text-larger]").await?;
    app.click("[data-testid=text-larger]").await?;
    app.click("[data-testid=contrast]").await?;
    let overflow = app
        .client
        .execute(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
            vec![],
        )
        .await?;
    app.screenshot("curriculum-lesson-1366-large-contrast")
        .await?;
    assert!(
        overflow.as_i64().unwrap_or(i64::MAX) <= 0,
        "horizontal overflow at 1366x768 with larger text: {overflow}"
    );
    app.click("[data-testid=text-smaller]").await?;
    app.click("[data-testid=text-smaller]").await?;
    app.click("[data-testid=contrast]").await?;

    // A glossary term opens its definition in a dialog, and closes again.
    app.click("[data-testid=lesson-body] a[data-term]").await?;
    let dialog = app
        .wait_for("dialog[open][data-testid=glossary-dialog]")
        .await?;
    let definition = dialog.text().await?;
    assert!(definition.split_whitespace().count() > 5, "{definition}");
    app.screenshot("curriculum-glossary").await?;
    app.click("dialog[open] .close").await?;

    // The workshop activity, opened as a trainer would.
    let activity = app
        .wait_for("[data-testid=lesson-activity] summary")
        .await?;
    activity.click().await?;
    app.client
        .execute(
            "document.querySelector('[data-testid=lesson-activity]').scrollIntoView();",
            vec![],
        )
        .await?;
    let steps = app.texts("[data-testid=lesson-activity] ol li").await?;
    assert!(steps.len() >= 3, "{steps:?}");
    app.screenshot("curriculum-activity").await?;

    // The quiz: pick the first option, check, and read why.
    app.client
        .execute(
            "document.querySelector('[data-testid=quiz]').scrollIntoView();",
            vec![],
        )
        .await?;
    if app
        .client
        .find(fantoccini::Locator::Css("[data-testid=quiz] .option"))
        .await
        .is_ok()
    {
        app.click("[data-testid=quiz] .option").await?;
    }
    app.click("[data-testid=quiz-check]").await?;
    let result = app.wait_for("[data-testid=quiz-result]").await?;
    let text = result.text().await?;
    assert!(
        text.contains("Right!") || text.contains("Not quite."),
        "{text}"
    );
    assert!(
        text.contains("Right answer"),
        "the right answer is shown: {text}"
    );
    app.client
        .execute(
            "document.querySelector('[data-testid=quiz]').scrollIntoView();",
            vec![],
        )
        .await?;
    app.screenshot("curriculum-quiz").await?;
    app.click("[data-testid=quiz-next]").await?;
    app.wait_for("[data-testid=quiz-check]").await?;
    app.close().await
}

#[tokio::test]
async fn a_money_lesson_works_out_a_loan_with_its_tool() -> Result<()> {
    let app = App::start("en_US.UTF-8").await?;
    app.click("[data-course=money-for-migrants] h3 button")
        .await?;
    app.click("[data-lesson=the-real-cost-of-a-loan]").await?;
    let tool = "[data-testid=lesson-body] [data-testid=loan-tool]";
    app.wait_for(tool).await?;
    app.fill(
        tool,
        &[
            ("principal", "30,000"),
            ("yearlyRate", "24"),
            ("months", "12"),
            ("salary", "15000"),
        ],
    )
    .await?;
    app.click(&format!("{tool} [data-testid=tool-calculate]"))
        .await?;
    let result = app
        .wait_for(&format!("{tool} [data-testid=tool-result]"))
        .await?
        .text()
        .await?;
    // 30,000 at 24% over 12 months: flat 37,200 in all, declining 34,041.45.
    assert!(result.contains("37,200.00 PHP"), "{result}");
    assert!(result.contains("34,041.45 PHP"), "{result}");
    assert!(result.contains("3,158.55 PHP more"), "{result}");
    app.client
        .execute(
            "document.querySelector('[data-testid=loan-tool] [data-testid=tool-result]').scrollIntoView();",
            vec![],
        )
        .await?;
    app.screenshot("curriculum-loan-tool").await?;
    app.close().await
}
