//! A trainer's workshop day in the real app, with the bundled courses: make a
//! trainer profile, plan a workshop in Khmer, import 20 people from a sheet
//! with 2 bad rows (fixed in the preview), register 10 at the door with the
//! keyboard only, take attendance, run the pre-test for 3 learners on the
//! laptop, present a lesson on a second window, run the post-test, print
//! certificates and export the report. Screenshots of every step go to
//! `target/e2e/trainer-*.png`; the certificates are rendered to PNG beside
//! them to be looked at.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use fantoccini::key::Key;
use passage_e2e::{App, output_dir};

const PIN: &str = "2468";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Types into whatever has the keyboard focus, as a trainer at the door does.
async fn keys(app: &App, text: &str) -> Result<()> {
    app.client.active_element().await?.send_keys(text).await?;
    Ok(())
}

/// Scrolls `css` to the top of the window, for a screenshot of it.
async fn show(app: &App, css: &str) -> Result<()> {
    app.wait_for(css).await?;
    app.client
        .execute(
            "document.querySelector(arguments[0]).scrollIntoView({ block: 'start' });",
            vec![css.into()],
        )
        .await?;
    Ok(())
}

async fn text(app: &App, css: &str) -> Result<String> {
    Ok(app.wait_for(css).await?.text().await?)
}

/// Every learner on the kiosk list who has not taken the test takes it:
/// the first option of every question.
async fn take_test(app: &App, people: usize) -> Result<()> {
    for n in 0..people {
        app.wait_for("[data-testid=kiosk]").await?;
        let person = app
            .wait_for("[data-testid=kiosk] .person:not(.done)")
            .await?;
        let name = person.text().await?;
        person.click().await?;
        loop {
            app.click("[data-testid=answers] fieldset button").await?;
            if app
                .client
                .find(fantoccini::Locator::Css("[data-testid=kiosk-next]"))
                .await
                .is_ok()
            {
                app.click("[data-testid=kiosk-next]").await?;
            } else {
                break;
            }
        }
        if n == 0 {
            app.screenshot("trainer-kiosk-question").await?;
        }
        app.click("[data-testid=answers-finish]").await?;
        let thanks = text(app, "[data-testid=kiosk-thanks]").await?;
        assert!(
            thanks.contains(name.lines().next().unwrap_or_default()),
            "{thanks}"
        );
    }
    Ok(())
}

async fn unlock(app: &App) -> Result<()> {
    app.click("[data-testid=kiosk-trainer]").await?;
    app.wait_for("[data-testid=kiosk-pin]")
        .await?
        .send_keys(PIN)
        .await?;
    app.click("[data-testid=kiosk-unlock-button]").await?;
    app.wait_for("[data-testid=workshop-list]").await?;
    app.click("[data-testid=workshop-list] button").await?;
    Ok(())
}

/// Renders one page of a PDF to `target/e2e/<name>-<page>.png`, to look at.
fn render_page(pdf: &str, page: u32, name: &str) -> Result<()> {
    let page = page.to_string();
    let out = output_dir().join(name).display().to_string();
    poppler(
        "pdftoppm",
        &["-r", "60", "-png", "-f", &page, "-l", &page, pdf, &out],
    )?;
    Ok(())
}

fn poppler(tool: &str, args: &[&str]) -> Result<String> {
    let out = Command::new(tool)
        .args(args)
        .output()
        .with_context(|| format!("{tool} is missing: install poppler-utils"))?;
    if !out.status.success() {
        bail!("{tool} failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[tokio::test]
async fn a_trainer_runs_a_workshop_day_from_registration_to_certificates() -> Result<()> {
    let app = App::start("en_US.UTF-8").await?;

    // The door to trainer mode: a trainer profile needs a PIN.
    app.new_trainer_form("Dara Sok", PIN).await?;
    app.wait_for("[data-testid=trainer-create]").await?;
    app.screenshot("trainer-1-new-trainer").await?;
    app.click("[data-testid=trainer-create-button]").await?;

    // Plan a one-day workshop in Khmer from the safe-migration course.
    let form = "[data-testid=workshop-form]";
    app.fill(
        form,
        &[
            ("title", "Safe migration, Kampot"),
            ("organisation", "Example Migrant Network"),
            ("venue", "Kampot community hall"),
        ],
    )
    .await?;
    app.choose(&format!("{form} [data-field=locale]"), "km")
        .await?;
    app.click("[data-course=safe-migration]").await?;
    app.screenshot("trainer-2-plan-workshop").await?;
    app.click("[data-testid=workshop-create]").await?;
    app.wait_for("[data-testid=workshop]").await?;

    // Import the organiser's sheet: 2 bad rows stop it until fixed here.
    let sheet = repo().join("crates/passage-app/tests/roster/twenty-with-two-bad-rows.csv");
    app.wait_for("[data-testid=import-file]")
        .await?
        .send_keys(&sheet.display().to_string())
        .await?;
    let summary = text(&app, "[data-testid=import-summary]").await?;
    assert!(
        summary.contains("20 rows") && summary.contains("2 rows to fix"),
        "{summary}"
    );
    show(&app, "[data-testid=import-summary]").await?;
    app.screenshot("trainer-3-import-preview").await?;
    let sex = app
        .wait_for("[data-testid=import-preview] tr[data-line=\"9\"] [data-field=sex]")
        .await?;
    sex.clear().await?;
    sex.send_keys("F").await?;
    app.wait_for("[data-testid=import-preview] tr[data-line=\"16\"] [data-field=name]")
        .await?
        .send_keys("Sokha Meas")
        .await?;
    app.click("[data-testid=import-confirm]").await?;
    app.wait_text("[data-testid=import-done]", "20").await?;
    app.wait_text("[data-testid=participant-count]", "20 people")
        .await?;

    // Ten people at the door, keyboard only: name, Tab, the first letter of
    // their sex as the list shows it ("Woman", "Man"), Tab, year of birth,
    // Tab, Space (consent), Enter.
    let door = [
        ("សុខ ចាន់ធា", "w", "1996"),
        ("Vannak Chea", "m", "2001"),
        ("Sreypov Kim", "w", "1999"),
        ("Rithy Long", "m", "1990"),
        ("Malis Heng", "w", "1993"),
        ("Piseth Noun", "m", "1987"),
        ("Channary Ouk", "w", "2003"),
        ("Bopha Lim", "w", "1998"),
        ("Sovann Yim", "m", "1985"),
        ("Kanha Touch", "w", "2000"),
    ];
    let mut keystrokes = 0;
    app.click("[data-testid=register-form] [data-field=name]")
        .await?;
    for (n, (name, sex, year)) in door.iter().enumerate() {
        let typed = format!(
            "{name}{tab}{sex}{tab}{year}{tab} {enter}",
            tab = char::from(Key::Tab),
            enter = char::from(Key::Enter)
        );
        keystrokes += typed.chars().count();
        // Vannak reads Burmese: his certificate will be in Burmese.
        if n == 1 {
            app.choose("[data-testid=register-form] [data-field=locale]", "my")
                .await?;
            app.click("[data-testid=register-form] [data-field=name]")
                .await?;
        }
        keys(&app, &typed).await?;
        app.wait_text("[data-testid=register-last]", name).await?;
        if n == 1 {
            app.choose("[data-testid=register-form] [data-field=locale]", "")
                .await?;
            app.click("[data-testid=register-form] [data-field=name]")
                .await?;
        }
        if n == 0 {
            app.screenshot("trainer-4-register-at-the-door").await?;
        }
    }
    app.wait_text("[data-testid=participant-count]", "30 people")
        .await?;
    let per_person = keystrokes / door.len();
    std::fs::write(
        output_dir().join("trainer-keystrokes.txt"),
        format!(
            "{keystrokes} keystrokes for {} people: {per_person} each on average\n",
            door.len()
        ),
    )?;
    // Name plus seven keys: the form needs nothing else.
    assert!(keystrokes <= door.iter().map(|d| d.0.chars().count() + 10).sum::<usize>());
    let registered = app.texts("[data-testid=participants] tbody tr").await?;
    for (name, sex, year) in door {
        let row = registered
            .iter()
            .find(|r| r.contains(name))
            .with_context(|| format!("{name} is not in {registered:?}"))?;
        let word = if sex == "w" { "Woman" } else { "Man" };
        assert!(row.contains(word) && row.contains(year), "{row}");
    }
    app.screenshot("trainer-5-people").await?;

    // Attendance: everyone, at every session, one click per column.
    app.click("[data-tab=attendance]").await?;
    let columns = app
        .client
        .find_all(fantoccini::Locator::Css("[data-session-all]"))
        .await?;
    assert!(columns.len() >= 6, "{} sessions", columns.len());
    let mut ids = Vec::new();
    for column in columns {
        ids.extend(column.attr("data-session-all").await?);
    }
    for id in ids {
        // As a trainer would: scroll the column into sight, then click.
        let column = format!("[data-session-all=\"{id}\"]");
        app.client
            .execute(
                "document.querySelector(arguments[0]).scrollIntoView({ inline: 'center', block: 'nearest' });",
                vec![column.clone().into()],
            )
            .await?;
        app.click(&column).await?;
        tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    }
    app.wait_for("button.mark.here").await?;
    // A whole day in one click: off for one person, and on again.
    let first_day = app.wait_for("[data-day-person]").await?;
    assert_eq!(
        first_day.attr("aria-pressed").await?.as_deref(),
        Some("true")
    );
    first_day.click().await?;
    for _ in 0..50 {
        let now = app.wait_for("[data-day-person]").await?;
        if now.attr("aria-pressed").await?.as_deref() == Some("false") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    app.click("[data-day-person]").await?;
    app.click("[data-testid=sign-in-sheet]").await?;
    let sheet_pdf = text(&app, "[data-testid=saved-file] code").await?;
    assert!(sheet_pdf.ends_with("-sign-in-day-1.pdf"), "{sheet_pdf}");
    app.screenshot("trainer-6-attendance").await?;

    // The pre-test for three learners, on the laptop; trainer mode locks.
    app.click("[data-tab=tests]").await?;
    app.click("[data-testid=open-pre-test]").await?;
    app.wait_for("[data-testid=kiosk]").await?;
    app.screenshot("trainer-7-kiosk-names").await?;
    take_test(&app, 3).await?;
    unlock(&app).await?;

    // Present a lesson: notes for the trainer, the slide on the projector.
    app.click("[data-tab=agenda]").await?;
    app.screenshot("trainer-8-agenda").await?;
    app.click("[data-present]").await?;
    app.wait_for("[data-testid=facilitator-notes]").await?;
    app.click("[data-testid=slide-next]").await?;
    app.wait_text("[data-testid=slide-number]", "2").await?;
    let main = app.client.window().await?;
    app.click("[data-testid=open-projector]").await?;
    let mut windows = app.client.windows().await?;
    for _ in 0..50 {
        if windows.len() > 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        windows = app.client.windows().await?;
    }
    assert_eq!(windows.len(), 2, "the projector window opened");
    app.screenshot("trainer-9-present").await?;
    let projector = windows
        .into_iter()
        .find(|w| *w != main)
        .context("projector window")?;
    app.client.switch_to_window(projector).await?;
    let on_wall = app
        .wait_for("[data-testid=projector] [data-testid=slide] h2")
        .await?;
    let heading = on_wall.text().await?;
    assert!(!heading.is_empty());
    app.screenshot("trainer-10-projector").await?;
    app.client.switch_to_window(main).await?;
    app.click("[data-testid=present-leave]").await?;

    // The post-test for the same three.
    app.click("[data-tab=tests]").await?;
    app.click("[data-testid=open-post-test]").await?;
    take_test(&app, 3).await?;
    unlock(&app).await?;
    app.click("[data-tab=tests]").await?;
    app.wait_for("[data-testid=test-results]").await?;
    let pre = text(&app, "[data-testid=pre-average]").await?;
    assert!(pre.ends_with('%'), "{pre}");
    app.screenshot("trainer-11-results").await?;

    // Certificates and the report.
    app.click("[data-tab=outputs]").await?;
    app.click("[data-testid=cert-completed]").await?;
    let certificates = text(&app, "[data-testid=saved-file] code").await?;
    assert!(
        certificates.ends_with("-certificates.pdf"),
        "{certificates}"
    );
    app.wait_for("[data-testid=report] svg").await?;
    let groups = app
        .texts("[data-testid=report] tbody td:first-child")
        .await?;
    assert!(
        groups.iter().any(|g| g == "Indonesia") && !groups.iter().any(|g| g == "ID"),
        "countries by name: {groups:?}"
    );
    show(&app, "[data-testid=report]").await?;
    app.screenshot("trainer-12-report").await?;
    show(&app, "[data-testid=report] .charts").await?;
    app.screenshot("trainer-13-report-charts").await?;
    app.click("[data-testid=report-xlsx]").await?;
    app.wait_text("[data-testid=saved-file] code", ".xlsx")
        .await?;
    app.click("[data-testid=report-csv]").await?;
    let csv = app
        .wait_text("[data-testid=saved-file] code", ".csv")
        .await?;
    let report = std::fs::read_to_string(&csv)?;
    assert!(report.contains("all,all,30,30,30,3,3,3,"), "{report}");

    // Someone asks for their data to be erased: two clicks, and they are gone.
    app.click("[data-tab=people]").await?;
    app.click("[data-testid=participants] tbody tr:last-child [data-erase]")
        .await?;
    app.screenshot("trainer-13b-erase").await?;
    app.click("[data-testid=erase-yes]").await?;
    app.wait_text("[data-testid=participant-count]", "29 people")
        .await?;

    // A second workshop (money, two days): the list then sums up the laptop.
    app.click("nav.crumbs button").await?;
    app.click("[data-testid=workshop-plan]").await?;
    app.fill(
        form,
        &[
            ("title", "Money for migrants, Kampot"),
            ("organisation", "Example Migrant Network"),
        ],
    )
    .await?;
    app.click("[data-course=money-for-migrants]").await?;
    app.click("[data-testid=workshop-create]").await?;
    // Two days, from the course's agenda.
    app.wait_text("[data-testid=workshop] p.muted", " – ")
        .await?;
    app.click("nav.crumbs button").await?;
    let overall = app.wait_text("[data-testid=all-workshops]", "29").await?;
    assert!(overall.contains('2'), "{overall}");
    app.screenshot("trainer-14-all-workshops").await?;

    // The reference rates the money tools use: dated, with their source.
    app.click("[data-testid=rates-link]").await?;
    let rate = "[data-testid=rate-form]";
    app.wait_for(rate).await?;
    app.choose(&format!("{rate} [data-field=from]"), "MYR")
        .await?;
    app.choose(&format!("{rate} [data-field=to]"), "KHR")
        .await?;
    app.fill(
        rate,
        &[
            ("rate", "905.5"),
            ("source", "Central bank website, noon rate"),
        ],
    )
    .await?;
    app.click("[data-testid=rate-save]").await?;
    app.wait_text("[data-testid=rates-table]", "905.5 KHR")
        .await?;
    app.screenshot("trainer-15-rates").await?;

    // The certificates: 30 pages, each in Khmer, the Khmer name shaped.
    let info = poppler("pdfinfo", &[&certificates])?;
    assert!(info.contains("Pages:           30"), "{info}");
    let words = poppler("pdftotext", &[&certificates, "-"])?;
    assert!(
        words.replace(char::is_whitespace, "").contains("សុខចាន់ធា"),
        "{words}"
    );
    // Page 22 is Vannak's, in Burmese.
    let burmese = poppler("pdftotext", &["-f", "22", "-l", "22", &certificates, "-"])?;
    assert!(
        burmese.contains("Vannak Chea")
            && burmese
                .chars()
                .any(|c| ('\u{1000}'..='\u{109F}').contains(&c)),
        "{burmese}"
    );
    render_page(&certificates, 21, "trainer-certificate-km")?;
    render_page(&sheet_pdf, 1, "trainer-sign-in-sheet")?;
    render_page(&certificates, 22, "trainer-certificate-my")?;
    app.close().await
}
