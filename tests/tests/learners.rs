//! A learner on a shared laptop, in the real app: make a profile in Khmer
//! with a PIN, finish a lesson and its quiz, let someone else use the laptop,
//! come back after a restart: everything is where it was.

use anyhow::Result;
use passage_e2e::App;

async fn lesson_state(app: &App, lesson: &str) -> Result<String> {
    let button = app
        .wait_for(&format!("button[data-lesson={lesson}]"))
        .await?;
    Ok(button.attr("data-state").await?.unwrap_or_default())
}

#[tokio::test]
async fn a_learner_makes_a_profile_learns_and_finds_it_all_after_a_restart() -> Result<()> {
    let fixture = App::fixture_content();
    let mut app = App::start_with("km_KH.UTF-8", Some(&fixture)).await?;

    // Make a profile in Khmer, with a PIN typed in Khmer digits.
    app.click("[data-testid=new-profile]").await?;
    app.wait_for("[data-testid=profile-form]").await?;
    app.wait_for("[data-testid=profile-name]")
        .await?
        .send_keys("Srey Mom")
        .await?;
    app.wait_for("[data-testid=profile-pin]")
        .await?
        .send_keys("១២៣៤")
        .await?;
    app.click("[data-testid=profile-consent]").await?;
    app.screenshot("learner-new-profile-km").await?;
    app.click("[data-testid=profile-create]").await?;
    let hello = app
        .wait_for("[data-testid=profile-hello]")
        .await?
        .text()
        .await?;
    assert!(hello.contains("Srey Mom"), "{hello}");
    app.screenshot("learner-home-signed-in-km").await?;

    // Read a lesson, answer its quiz, finish it.
    app.click("[data-course=sample] h3 button").await?;
    app.click("button[data-lesson=keep-your-passport]").await?;
    app.wait_for("[data-testid=quiz]").await?;
    app.click("[data-testid=quiz] .option").await?;
    app.click("[data-testid=quiz-check]").await?;
    app.click("[data-testid=quiz-next]").await?;
    app.click("[data-testid=quiz] .option").await?;
    app.click("[data-testid=quiz-check]").await?;
    app.click("[data-testid=quiz-next]").await?;
    app.wait_for("[data-testid=quiz-summary]").await?;
    app.click("[data-testid=lesson-finish]").await?;
    app.wait_for("[data-testid=lesson-finished]").await?;
    app.click("nav.crumbs button:nth-of-type(2)").await?;
    assert_eq!(lesson_state(&app, "keep-your-passport").await?, "completed");
    // The module says how far she got in it.
    app.wait_for("[data-testid=module-progress]").await?;
    app.screenshot("learner-course-progress-km").await?;

    // Work out a remittance and keep the result in her plan.
    app.click("button[data-lesson=fees]").await?;
    let tool = "[data-testid=remittance-tool]";
    app.fill(
        tool,
        &[
            ("amount", "1000"),
            ("fee", "10"),
            ("offeredRate", "5300"),
            ("referenceRate", "5400"),
        ],
    )
    .await?;
    app.click(&format!("{tool} [data-testid=tool-calculate]"))
        .await?;
    app.click(&format!("{tool} [data-testid=save-to-plan]"))
        .await?;
    let status = app
        .wait_for(&format!("{tool} [data-testid=plan-status]"))
        .await?
        .text()
        .await?;
    app.screenshot("learner-plan-saved-km").await?;
    assert!(!status.is_empty(), "the save says what happened");
    app.click("nav.crumbs button:nth-of-type(2)").await?;

    // Someone else takes the laptop: a new profile starts with nothing done.
    app.click("nav.crumbs button").await?;
    app.click("[data-testid=switch-profile]").await?;
    app.click("[data-testid=new-profile]").await?;
    app.wait_for("[data-testid=profile-name]")
        .await?
        .send_keys("Dara")
        .await?;
    app.click("[data-testid=profile-consent]").await?;
    app.click("[data-testid=profile-create]").await?;
    app.wait_for("[data-testid=profile-hello]").await?;
    app.click("[data-course=sample] h3 button").await?;
    assert_eq!(lesson_state(&app, "keep-your-passport").await?, "new");

    // The next day: the app restarts signed out; Srey Mom's PIN opens her progress.
    app.restart().await?;
    app.wait_for("[data-testid=profiles] [data-profile]")
        .await?;
    let names = app
        .texts("[data-testid=profiles] [data-profile] .name")
        .await?;
    assert_eq!(names.len(), 2, "{names:?}");
    app.screenshot("learner-profiles-km").await?;
    app.click("[data-testid=profiles] [data-profile]:has(.lock)")
        .await?;
    app.wait_for("[data-testid=pin-input]")
        .await?
        .send_keys("1234")
        .await?;
    app.click("[data-testid=pin-submit]").await?;
    let hello = app
        .wait_for("[data-testid=profile-hello]")
        .await?
        .text()
        .await?;
    assert!(hello.contains("Srey Mom"), "{hello}");
    // Where she left off, and how far she got, on the home screen.
    app.wait_for("[data-testid=course-progress] progress")
        .await?;
    app.screenshot("learner-home-continue-km").await?;
    app.click("[data-testid=continue]").await?;
    // The last lesson she opened (it has no Khmer text: shown in English).
    app.client
        .wait()
        .for_element(fantoccini::Locator::XPath(
            "//h1[text()='What a transfer costs']",
        ))
        .await?;
    app.click("nav.crumbs button:nth-of-type(2)").await?;
    assert_eq!(lesson_state(&app, "keep-your-passport").await?, "completed");

    // Her plan kept the remittance she worked out.
    app.click("nav.crumbs button").await?;
    app.click("[data-testid=my-data]").await?;
    app.wait_for("[data-testid=my-plan] li").await?;
    let plan = app.texts("[data-testid=my-plan] li").await?;
    assert!(plan[0].contains("28.52 MYR"), "{plan:?}");
    app.screenshot("learner-my-data-km").await?;
    app.close().await
}
