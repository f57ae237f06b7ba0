//! Browser component tests: the widget mounted in real headless Chromium.

use berth::Lang;
use berth_web::{Mode, Widget, WidgetProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Registers the built-in content in both languages, as the page script's
/// loader would after fetching `content/{en,ko}.{catalog,quiz}.bin`.
fn builtin_content() {
    let catalog = berth::default_catalog();
    for lang in Lang::ALL {
        let parts =
            berth::bundle::make_binary(&catalog, berth::quiz::DEFAULT_QUIZ_JSON, lang).unwrap();
        assert_eq!(
            berth_web::platform::content::register_bundle(&parts.catalog, Some(&parts.quiz))
                .unwrap(),
            vec![lang]
        );
    }
}

/// Mounts a widget with `fragment`, `lang` and `mode`; returns its root.
async fn mount_mode(fragment: &str, lang: Lang, mode: Mode, quiz: &[(&str, &str)]) -> Element {
    builtin_content();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = WidgetProps {
        lang,
        fragment: fragment.into(),
        mode,
        quiz_attributes: quiz
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        fallback_seed: 7,
        sync_url: false,
        answers: String::new(),
        compare: Vec::new(),
        content: None,
        content_error: None,
        host: None,
        scope: Default::default(),
        modes: Vec::new(),
        upgrade: None,
        handover: false,
        chooser_reported: false,
    };
    yew::Renderer::<Widget>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

async fn mount(fragment: &str, lang: Lang) -> Element {
    mount_mode(fragment, lang, Mode::Chooser, &[]).await
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

fn winner(root: &Element) -> String {
    root.query_selector(".berth-winner")
        .unwrap()
        .and_then(|e| e.get_attribute("data-option"))
        .unwrap_or_default()
}

/// The prompt of the built-in quiz's first question, drawn as the widget draws it
/// (default settings, `mount_mode`'s seed 7).
fn first_quiz_prompt(lang: Lang) -> String {
    let quiz = berth::quiz::default_quiz(&berth::default_catalog());
    let mut settings = berth::quiz::Settings::defaults(&quiz);
    settings.seed = 7;
    let first = berth::quiz::draw(&quiz, &settings)[0].question;
    quiz.question(first).prompt.get(lang).to_string()
}

async fn click(root: &Element, selector: &str) {
    let el: HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .expect(selector)
        .dyn_into()
        .unwrap();
    el.click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn mounts_with_the_first_question_and_no_verdict() {
    let root = mount("", Lang::En).await;
    assert_eq!(
        text(&root, ".berth-chooser legend"),
        "What kind of workload is it?"
    );
    assert_eq!(winner(&root), "", "no winner card before any answer");
    assert_eq!(
        text(&root, ".berth-prompt"),
        "Answer a question to see a recommendation."
    );
    assert_eq!(text(&root, ".berth-summary-line"), "No answers yet");
}

#[wasm_bindgen_test]
async fn answering_updates_the_ranking() {
    let root = mount("", Lang::En).await;
    let name = root
        .query_selector("input[type=radio]")
        .unwrap()
        .unwrap()
        .get_attribute("name")
        .unwrap();
    click(&root, &format!("#{name}-event")).await;
    assert_eq!(
        winner(&root),
        "lambda",
        "an event-triggered function → Lambda"
    );
    assert!(
        text(&root, ".berth-chooser > .berth-sr").contains("Lambda"),
        "live region announces the top pick"
    );
    // Next question is a quantity: type an exact value that rules Lambda out.
    click(&root, "button[type=submit]").await;
    let input: HtmlInputElement = root
        .query_selector(".berth-input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value("2h");
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    // An exact value counts once committed (Next), not per keystroke.
    click(&root, "button[type=submit]").await;
    assert_ne!(winner(&root), "lambda");
    click(&root, ".berth-show-all").await;
    assert!(text(&root, ".berth-whynot[data-option=lambda]")
        .contains("Runs for at most 15 min at a time; this needs 2 h."));
}

#[wasm_bindgen_test]
async fn language_switch_keeps_answers() {
    let root = mount("#workload=batch&runtime=40m", Lang::En).await;
    let before = winner(&root);
    click(&root, "button[lang=ko]").await;
    assert_eq!(winner(&root), before);
    // The link resumes at the first unanswered essential, now in Korean.
    assert_eq!(
        text(&root, ".berth-chooser legend"),
        "Kubernetes에 대한 입장"
    );
    assert!(text(&root, ".berth-kicker").contains("1순위"));
}

#[wasm_bindgen_test]
async fn fragment_restores_state() {
    let root = mount("#workload=web&ops=none&lang=ko", Lang::En).await;
    assert_eq!(winner(&root), "ecs-express");
    assert_eq!(
        root.query_selector(".berth")
            .unwrap()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("ko")
    );
    click(&root, ".berth-summary-line button").await;
    assert!(text(&root, ".berth-chips").contains("웹 앱 또는 HTTP API"));
}

#[wasm_bindgen_test]
async fn malformed_fragment_shows_a_notice_and_keeps_the_rest() {
    let root = mount("#workload=batch&runtime=soon&%%%&colour=blue", Lang::En).await;
    let notice = text(&root, ".berth-notice");
    assert!(notice.contains("could not be read"), "{notice}");
    assert!(notice.contains("runtime=soon"), "{notice}");
    assert!(notice.contains("unknown question 'colour'"), "{notice}");
    assert_eq!(winner(&root), "batch-fargate", "valid answers still count");
}

#[wasm_bindgen_test]
async fn switching_to_the_quiz_and_back_keeps_the_chooser_answers() {
    let root = mount("#workload=event&runtime=20s", Lang::En).await;
    click(&root, "button[data-mode=quiz]").await;
    assert_eq!(
        text(&root, ".berth-quiz legend"),
        first_quiz_prompt(Lang::En),
        "the quiz shows its first question"
    );
    click(&root, "button[data-mode=chooser]").await;
    assert_eq!(winner(&root), "lambda");
}

#[wasm_bindgen_test]
async fn quiz_feedback_and_score() {
    let root = mount_mode(
        "",
        Lang::En,
        Mode::Quiz,
        &[
            ("count", "2"),
            ("topics", "lambda"),
            ("seed", "3"),
            ("shuffle", "no"),
        ],
    )
    .await;
    assert!(text(&root, ".berth-quiz .berth-intro").contains("2 questions"));
    // Answer with the first choice, check, continue; twice.
    for _ in 0..2 {
        if let Some(first) = root.query_selector(".berth-quiz input").unwrap() {
            first.dyn_into::<HtmlElement>().unwrap().click();
            yew::scheduler::flush().await;
        }
        click(&root, ".berth-quiz button[type=submit]").await; // Check answer
        let verdict = text(&root, ".berth-verdict");
        assert!(
            verdict.starts_with('✓') || verdict.starts_with('✗') || verdict.starts_with('◐'),
            "verdict in words and symbols: {verdict}"
        );
        click(&root, ".berth-quiz button[type=submit]").await; // Next / Finish
    }
    assert!(text(&root, ".berth-score").starts_with("Score:"));
    assert!(text(&root, ".berth-quiz-summary").contains("pass mark 70%"));
}

#[wasm_bindgen_test]
async fn custom_content_problems_are_shown_with_paths_in_the_widget() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = WidgetProps {
        lang: Lang::Ko,
        fragment: String::new(),
        mode: Mode::Chooser,
        quiz_attributes: Vec::new(),
        fallback_seed: 1,
        sync_url: false,
        answers: String::new(),
        compare: Vec::new(),
        content: Some(r#"{"format": "berth-catalog/1", "id": "x", "title": {"en": "X"}}"#.into()),
        content_error: None,
        host: None,
        scope: Default::default(),
        modes: Vec::new(),
        upgrade: None,
        handover: false,
        chooser_reported: false,
    };
    yew::Renderer::<Widget>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let panel = text(&root, ".berth-error");
    assert!(panel.contains("콘텐츠에 문제가"), "{panel}");
    assert!(
        panel.contains("$.title.ko: 한국어 번역이 없습니다"),
        "{panel}"
    );
    assert!(panel.contains("$.options"), "{panel}");
}
