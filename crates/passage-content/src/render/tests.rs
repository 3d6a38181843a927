use super::*;

const BASE: MediaBase<'static> = MediaBase {
    url: "passage-media://localhost/pack/",
    lesson_dir: "lessons/red-flags",
};

fn render(md: &str) -> Rendered {
    render_markdown(md, BASE)
}

const ALLOWED_TAGS: &[&str] = &[
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "del",
    "a",
    "img",
    "blockquote",
    "code",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
    "br",
    "div",
    "sup",
];
const ALLOWED_ATTRS: &[&str] = &[
    "href",
    "title",
    "src",
    "alt",
    "data-tool",
    "class",
    "start",
    "rel",
    "data-lesson",
    "data-term",
];

/// The output can run nothing, load nothing from outside the lesson, and
/// style nothing: every tag and attribute is on the allow-list and every URL
/// has an allowed scheme. Parses the serialized HTML (quote-aware: a `>` or
/// an escaped quote inside an attribute value is just text).
fn assert_inert(md: &str, html: &str) {
    let chars: Vec<char> = html.chars().collect();
    let mut i = 0;
    let fail = |why: String| -> ! { panic!("{why} in {html:?} (from {md:?})") };
    while i < chars.len() {
        if chars[i] != '<' {
            i += 1;
            continue;
        }
        i += 1;
        let closing = chars.get(i) == Some(&'/');
        if closing {
            i += 1;
        }
        let name: String = chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        i += name.len();
        if !ALLOWED_TAGS.contains(&name.as_str()) {
            fail(format!("tag `{name}`"));
        }
        loop {
            while chars.get(i).is_some_and(|c| c.is_whitespace()) {
                i += 1;
            }
            match chars.get(i) {
                None => fail("unclosed tag".into()),
                Some('>') => {
                    i += 1;
                    break;
                }
                Some('/') => {
                    i += 1;
                    continue;
                }
                Some(_) => {}
            }
            let attr: String = chars[i..]
                .iter()
                .take_while(|c| !c.is_whitespace() && **c != '=' && **c != '>')
                .collect();
            i += attr.chars().count();
            if !ALLOWED_ATTRS.contains(&attr.as_str()) {
                fail(format!("attribute `{attr}`"));
            }
            if chars.get(i) != Some(&'=') {
                continue;
            }
            if chars.get(i + 1) != Some(&'"') {
                fail(format!("unquoted value of `{attr}`"));
            }
            i += 2;
            let value: String = chars[i..].iter().take_while(|c| **c != '"').collect();
            i += value.chars().count() + 1;
            if attr == "href" || attr == "src" {
                let ok = ["https://", "http://", "mailto:", "tel:", "#"]
                    .iter()
                    .any(|p| value.starts_with(p))
                    || value.starts_with("passage-media://localhost/pack/lessons/red-flags/")
                        && !value.contains("..");
                if !ok {
                    fail(format!("URL `{value}`"));
                }
            }
            if attr == "class" && value != "passage-tool" {
                fail(format!("class `{value}`"));
            }
        }
    }
}

const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "Hello <script>alert(1)</script> world",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"x\" onerror=\"alert(1)\">",
    "<a href=\"javascript:alert(1)\">click</a>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click]( javascript:alert(1) )",
    "[click](java\tscript:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "[click](file:///etc/passwd)",
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "![x](https://tracker.example/pixel.png)",
    "![x](//evil.example/x.png)",
    "![x](../../other-pack/secret.png)",
    "![x](../sibling/photo.png)",
    "![x](/etc/passwd)",
    "![x](media/%2e%2e/%2e%2e/x.png)",
    "![x](media\\..\\..\\x.png)",
    "<svg onload=alert(1)><circle r=10 /></svg>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<object data=\"evil.swf\"></object>",
    "<embed src=\"evil.swf\">",
    "<form action=\"https://evil.example\"><input name=pin><button>Send</button></form>",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
    "<base href=\"https://evil.example/\">",
    "<link rel=stylesheet href=https://evil.example/x.css>",
    "<style>body{display:none}</style>",
    "<p style=\"background:url(javascript:alert(1))\">x</p>",
    "<div onclick=\"alert(1)\">tap</div>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<audio src=x onerror=alert(1)>",
    "<!-- <script>alert(1)</script> -->",
    "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">ok</a>",
    "[ok](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
    "`<script>alert(1)</script>`",
    "```html\n<script>alert(1)</script>\n```",
    "<div class=\"passage-tool\" data-tool=\"x\" onclick=\"alert(1)\"></div>",
    "::remittance-cost\" onclick=\"alert(1)",
    "[a]: javascript:alert(1)\n\n[click][a]",
    "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
    "<img src=\"passage-media://localhost/other-pack/x.png\">",
    "<template><script>alert(1)</script></template>",
    "<marquee onstart=alert(1)>x</marquee>",
    "<body onload=alert(1)>",
    "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
    "> <script>alert(1)</script>\n> quoted",
    "- <svg onload=alert(1)>\n- item",
    "Footnote[^1]\n\n[^1]: <script>alert(1)</script>",
    "[x](lesson:a\"onclick=\"alert(1))",
    "[x](glossary:x%22%20onmouseover%3Dalert(1))",
    "[x](lesson:../../etc/passwd)",
];

#[test]
fn hostile_markdown_renders_inert() {
    assert!(HOSTILE.len() >= 30);
    for md in HOSTILE {
        let out = render(md);
        assert_inert(md, &out.html);
    }
}

#[test]
fn raw_html_and_bad_urls_are_reported_to_authors() {
    let out = render("Hi <b>there</b> [x](javascript:alert(1)) ![y](../../z.png)");
    assert!(out.notes.contains(&RenderNote::RawHtml), "{:?}", out.notes);
    assert!(
        out.notes
            .contains(&RenderNote::UnsafeUrl("javascript:alert(1)".into()))
    );
    assert!(
        out.notes
            .contains(&RenderNote::UnsafeUrl("../../z.png".into()))
    );
    // The alt text of a refused image stays readable.
    let out = render("![A recruiter's flyer](https://x.example/a.png)");
    assert!(out.html.contains("A recruiter"), "{}", out.html);
    assert!(!out.html.contains("<img"), "{}", out.html);
}

#[test]
fn links_to_lessons_and_terms_become_data_attributes() {
    let out = render(
        "See [red flags](lesson:red-flags-in-recruitment) and [remittance](glossary:remittance).",
    );
    assert!(
        out.html.contains(
            "<a data-lesson=\"red-flags-in-recruitment\" rel=\"noopener noreferrer\">red flags</a>"
        ),
        "{}",
        out.html
    );
    assert!(
        out.html.contains("data-term=\"remittance\""),
        "{}",
        out.html
    );
    assert_eq!(
        out.notes,
        vec![
            RenderNote::LessonLink("red-flags-in-recruitment".into()),
            RenderNote::GlossaryLink("remittance".into()),
        ]
    );
    // Anything that is not a plain id is refused, not passed through.
    for bad in ["lesson:Red-Flags", "lesson:", "glossary:a/b", "lesson:../x"] {
        let out = render(&format!("[x]({bad})"));
        assert!(
            out.notes
                .iter()
                .any(|n| matches!(n, RenderNote::UnsafeUrl(_))),
            "{bad}: {:?}",
            out.notes
        );
        assert!(!out.html.contains("data-"), "{bad}: {}", out.html);
    }
}

#[test]
fn ordinary_lessons_keep_their_structure() {
    let md = "## Red flags\n\nA **fee** that is *too high*.\n\n- one\n- two\n\n1. first\n2. second\n\n\
              > Ask: who pays?\n\n| Fee | Who |\n|---|---|\n| 1 | you |\n\n[Call](tel:+123) or \
              [read](https://www.ilo.org/)";
    let html = render(md).html;
    for want in [
        "<h2>Red flags</h2>",
        "<strong>fee</strong>",
        "<em>too high</em>",
        "<ul>",
        "<ol>",
        "<blockquote>",
        "<table>",
        "href=\"tel:+123\"",
        "href=\"https://www.ilo.org/\"",
        "rel=\"noopener noreferrer\"",
    ] {
        assert!(html.contains(want), "`{want}` missing in {html}");
    }
}

#[test]
fn media_resolve_inside_the_lesson_folder_only() {
    let html = render("![Flyer](media/flyer.png)").html;
    assert!(
        html.contains("src=\"passage-media://localhost/pack/lessons/red-flags/media/flyer.png\""),
        "{html}"
    );
    assert!(html.contains("alt=\"Flyer\""), "{html}");
    let notes = render("![a](./media/a.png) ![b](media/../b.png)").notes;
    assert!(
        notes.contains(&RenderNote::Media("lessons/red-flags/media/a.png".into())),
        "{notes:?}"
    );
    assert!(
        notes.contains(&RenderNote::UnsafeUrl("media/../b.png".into())),
        "{notes:?}"
    );
}

#[test]
fn tool_directives_become_placeholders_and_unknown_ones_are_reported() {
    let out = render("Work it out:\n\n::remittance-cost\n\nThen compare.");
    assert!(
        out.html
            .contains("<div class=\"passage-tool\" data-tool=\"remittance-cost\"></div>"),
        "{}",
        out.html
    );
    assert!(
        out.notes
            .contains(&RenderNote::Tool("remittance-cost".into()))
    );
    let out = render("::crypto-wallet");
    assert!(!out.html.contains("data-tool"), "{}", out.html);
    assert_eq!(
        out.notes,
        vec![RenderNote::UnknownDirective("crypto-wallet".into())]
    );
}

#[test]
fn scripts_without_spaces_pass_through_untouched() {
    for text in [
        "ចំណាកស្រុកដោយសុវត្ថិភាព",
        "ဘေးကင်းသော ရွှေ့ပြောင်းသွားလာခြင်း",
        "ການເຄື່ອນຍ້າຍຢ່າງປອດໄພ",
        "การย้ายถิ่นอย่างปลอดภัย",
    ] {
        let html = render(text).html;
        assert_eq!(html.trim(), format!("<p>{text}</p>"));
    }
}

#[test]
fn plain_text_keeps_words_and_drops_markup_and_html() {
    let text = plain_text(
        "## Maria's *passport*\n\nKeep it **yourself**.\n<b>x</b>\n\n- one\n- two\n\n::remittance-cost\n\n![a flyer](media/f.png)",
    );
    assert!(
        text.contains("Maria’s passport\n") || text.contains("Maria's passport\n"),
        "{text:?}"
    );
    assert!(text.contains("Keep it yourself."), "{text:?}");
    assert!(text.contains("one\ntwo"), "{text:?}");
    assert!(
        !text.contains("<b>") && !text.contains("remittance-cost"),
        "{text:?}"
    );
    assert!(text.contains("a flyer"), "alt text is searchable: {text:?}");
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// Any text at all renders without panicking, and inert.
        #[test]
        fn any_text_renders_inert(md in "\\PC{0,400}") {
            let out = render(&md);
            assert_inert(&md, &out.html);
        }

        /// Markdown-ish text built from dangerous pieces renders inert.
        #[test]
        fn dangerous_fragments_render_inert(parts in proptest::collection::vec(prop_oneof![
            Just("<script>"), Just("</script>"), Just("<img src=x onerror=alert(1)>"),
            Just("[a]("), Just(")"), Just("!["), Just("]"), Just("javascript:"), Just("data:"),
            Just("<svg onload=alert(1)>"), Just("../"), Just("::"), Just("remittance-cost"),
            Just("\n\n"), Just("`"), Just("<"), Just(">"), Just("\""), Just("'"), Just("="),
            Just("on"), Just("href"), Just("&#"), Just("x"), Just(" "),
        ], 0..60)) {
            let md: String = parts.concat();
            let out = render(&md);
            assert_inert(&md, &out.html);
        }
    }
}
