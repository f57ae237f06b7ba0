//! The compare pane: the comparison for the chooser's answers, or those its
//! start would give.

use crate::compare::view::CompareView;
use berth::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareAnswersProps {
    pub lang: Lang,
    /// The chooser's current answers (`None`: it never ran).
    pub answers: Option<berth::Answers>,
    /// Where the chooser starts (for the answers its start would give).
    pub fragment: String,
    pub options: Vec<String>,
    pub uid: usize,
}

/// The comparison for the chooser's answers, or those its start would give
/// (read from the widget's content, custom or built-in).
#[function_component(CompareAnswers)]
pub fn compare_answers(props: &CompareAnswersProps) -> Html {
    let catalog = crate::platform::content::use_catalog();
    let answers = props.answers.clone().unwrap_or_else(|| {
        crate::chooser::state::State::from_fragment(&props.fragment, props.lang, catalog, false)
            .answers
    });
    html! { <CompareView lang={props.lang} answers={answers} options={props.options.clone()} uid={props.uid} /> }
}
