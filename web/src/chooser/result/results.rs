//! Live results, the answer first and the evidence on demand: the winner
//! card, the runners-up with what decided them, "Show all" grouped by tier,
//! what would change the answer (at most three), the top three side by side
//! (built when opened) and the copy actions. With no answers there is no
//! verdict, only an invitation to answer.

use crate::chooser::result::all_options::all_options;
use crate::chooser::result::copy_actions::{copy_actions, CopyActions};
use crate::chooser::result::runners_up::runners_up_view;
use crate::chooser::result::what_if::what_if_list;
use crate::chooser::result::winner::winner;
use crate::chooser::state::{Action, CopyStatus};
use crate::compare::table::{comparison, Comparison};
use crate::platform::focus::use_focus;
use crate::ui::i18n::{t, Key};
use berth::engine::Recommendation;
use berth::{Answers, Lang};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub rec: Rc<Recommendation>,
    pub answers: Answers,
    pub lang: Lang,
    /// Move focus to the heading (the reader just finished the questions).
    pub focus_heading: bool,
    pub fragment: String,
    pub copy_status: Option<CopyStatus>,
    pub uid: usize,
    pub on_action: Callback<Action>,
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let catalog = crate::platform::content::use_catalog();
    let lang = props.lang;
    let rec = &props.rec;
    let heading_ref = use_node_ref();
    use_focus(&heading_ref, props.focus_heading, props.focus_heading);
    let comparing = use_state(|| false);
    let showing_all = use_state(|| false);
    let answered = props.answers.answered_count() > 0;
    let body = if !answered {
        html! { <p class="berth-note berth-prompt">{t(Key::AnswerToSee, lang)}</p> }
    } else {
        let toggle = {
            let comparing = comparing.clone();
            Callback::from(move |_: MouseEvent| comparing.set(!*comparing))
        };
        let toggle_all = {
            let showing_all = showing_all.clone();
            Callback::from(move |_: MouseEvent| showing_all.set(!*showing_all))
        };
        let top_three: Vec<usize> = rec.ranked.iter().take(3).map(|r| r.option).collect();
        html! {
            <>
                if rec.ranked.is_empty() {
                    <p class="berth-note">{t(Key::NothingFits, lang)}</p>
                }
                { winner(&catalog, rec, &props.answers, lang) }
                { runners_up_view(&catalog, rec, &props.answers, lang) }
                { all_options(&catalog, rec, &props.answers, lang, props.uid, *showing_all, toggle_all) }
                { what_if_list(&catalog, rec, &props.answers, lang, &props.on_action) }
                { copy_actions(CopyActions { catalog: &catalog, rec, answers: &props.answers, lang,
                    fragment: &props.fragment, status: &props.copy_status, on_action: &props.on_action,
                    more: (!top_three.is_empty()).then(|| html! {
                        <button type="button" class="berth-btn berth-compare-toggle" aria-expanded={comparing.to_string()} onclick={toggle}>
                            {t(Key::CompareTopThree, lang)}
                        </button>
                    }) }) }
                if *comparing && !top_three.is_empty() {
                    { comparison(Comparison { catalog: &catalog, options: &top_three, answers: &props.answers, lang,
                        heading: t(Key::TopThree, lang), level: 3, picker: Html::default() }) }
                }
            </>
        }
    };
    html! {
        <section class="berth-results" part="results">
            <h2 ref={heading_ref} tabindex="-1" class="berth-h2">{t(Key::Recommendation, lang)}</h2>
            { body }
        </section>
    }
}
