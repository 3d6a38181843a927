//! The home screen of the real app, in a real webview, as a learner first sees it.

use anyhow::{Result, ensure};
use passage_e2e::App;

const COURSE_TITLES: &str = "[data-testid=course-list] li h3";

#[tokio::test]
async fn home_screen_lists_the_bundled_courses_in_english() -> Result<()> {
    let app = App::start("en_US.UTF-8").await?;
    app.wait_for(COURSE_TITLES).await?;
    let titles = app.texts(COURSE_TITLES).await?;
    assert_eq!(
        titles,
        ["Safe migration", "Money for migrants and their families"]
    );
    // The page title (the window title comes from tauri.conf.json).
    assert_eq!(app.client.title().await?, "Passage");
    let lang = app
        .client
        .execute("return document.documentElement.lang", vec![])
        .await?;
    assert_eq!(lang, "en");
    assert!(
        app.texts("[data-testid=draft-notice]").await?.is_empty(),
        "English is the source: no draft notice"
    );
    let cards = app.texts("[data-testid=course-list] li").await?;
    assert!(cards[0].contains("10 modules"), "{cards:?}");
    assert!(cards[1].contains("9 modules"), "{cards:?}");
    app.screenshot("home-en").await?;

    // The app keeps its data and logs in the platform data folder.
    let logs = app.data_dir().join("logs");
    let log_text: String = std::fs::read_dir(&logs)?
        .flatten()
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    ensure!(
        log_text.contains("home screen served"),
        "log in {}: {log_text}",
        logs.display()
    );
    app.close().await
}

/// For each language with its own script: the system language is picked, the
/// bundled font for that script is loaded (no system font, no network), and a
/// screenshot is kept to look at the shaping.
#[tokio::test]
async fn system_language_picks_the_ui_language_and_its_bundled_font() -> Result<()> {
    let cases = [
        ("km_KH.UTF-8", "km", "Noto Sans Khmer", "ចំណាកស្រុកដោយសុវត្ថិភាព"),
        (
            "my_MM.UTF-8",
            "my",
            "Noto Sans Myanmar",
            "ဘေးကင်းသော ရွှေ့ပြောင်းသွားလာခြင်း",
        ),
        ("lo_LA.UTF-8", "lo", "Noto Sans Lao", "ການເຄື່ອນຍ້າຍຢ່າງປອດໄພ"),
        ("th_TH.UTF-8", "th", "Noto Sans Thai", "การย้ายถิ่นอย่างปลอดภัย"),
        ("tl_PH.UTF-8", "fil", "Noto Sans", "Ligtas na pandarayuhan"),
    ];
    for (lang, code, font, first_title) in cases {
        let app = App::start(lang).await?;
        app.wait_for(COURSE_TITLES).await?;
        let titles = app.texts(COURSE_TITLES).await?;
        assert_eq!(
            titles.first().map(String::as_str),
            Some(first_title),
            "{lang}"
        );
        let html_lang = app
            .client
            .execute("return document.documentElement.lang", vec![])
            .await?;
        assert_eq!(html_lang, code, "{lang}");
        let notice = app.texts("[data-testid=draft-notice]").await?;
        assert_eq!(
            notice.len(),
            1,
            "{lang}: an unreviewed translation must say so"
        );

        let loaded = app
            .client
            .execute_async(
                r#"const [family, done] = arguments;
                   document.fonts.ready.then(() => done(
                     [...document.fonts].filter(f => f.family.replaceAll('"', '') === family && f.status === 'loaded').length));"#,
                vec![serde_json::json!(font)],
            )
            .await?;
        assert!(
            loaded.as_u64().unwrap_or(0) > 0,
            "{lang}: bundled font {font} not loaded ({loaded})"
        );
        app.screenshot(&format!("home-{code}")).await?;
        app.close().await?;
    }
    Ok(())
}

/// Content is untrusted: the CSP must stop injected scripts and any network
/// use, and the window may call only the commands it was granted.
#[tokio::test]
async fn csp_and_capabilities_confine_the_page() -> Result<()> {
    // A server on this machine that records whether anything reached it.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let port = listener.local_addr()?.port();
    let reached = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = reached.clone();
    let server = tokio::spawn(async move {
        while listener.accept().await.is_ok() {
            flag.store(true, std::sync::atomic::Ordering::SeqCst);
        }
    });

    let app = App::start("en_US.UTF-8").await?;
    app.wait_for(COURSE_TITLES).await?;
    let outcome = app
        .client
        .execute_async(
            r#"const [port, done] = arguments;
               const violations = [];
               document.addEventListener('securitypolicyviolation',
                 e => violations.push(e.effectiveDirective || e.violatedDirective));
               const s = document.createElement('script');
               s.textContent = 'window.__inline = 1';
               document.body.appendChild(s);
               const d = document.createElement('div');
               d.innerHTML = '<img src="missing.png" onerror="window.__handler = 1">';
               document.body.appendChild(d);
               fetch(`http://127.0.0.1:${port}/`, { mode: 'no-cors' }).catch(() => {})
                 .finally(() => setTimeout(() => done({
                   inline: window.__inline === 1,
                   handler: window.__handler === 1,
                   violations,
                 }), 500));"#,
            vec![serde_json::json!(port)],
        )
        .await?;
    assert_eq!(outcome["inline"], false, "inline script ran: {outcome}");
    assert_eq!(
        outcome["handler"], false,
        "inline event handler ran: {outcome}"
    );
    let violations = outcome["violations"].to_string();
    assert!(
        violations.contains("script-src"),
        "no script-src violation seen: {outcome}"
    );
    assert!(
        violations.contains("connect-src"),
        "no connect-src violation seen: {outcome}"
    );
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(
        !reached.load(std::sync::atomic::Ordering::SeqCst),
        "the page reached a server on this machine"
    );
    server.abort();

    // A command Tauri has but the main window was not granted is refused.
    let refused = app
        .client
        .execute_async(
            r#"const done = arguments[0];
               window.__TAURI_INTERNALS__.invoke('plugin:window|set_title', { value: 'pwned' })
                 .then(() => done('allowed'), e => done(String(e)));"#,
            vec![],
        )
        .await?;
    let refused = refused.as_str().unwrap_or_default().to_owned();
    assert!(
        refused.contains("not allowed"),
        "set_title was not refused: {refused}"
    );
    app.close().await
}
