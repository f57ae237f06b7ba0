//! Compare mode: the chooser's answers and its top three, or the options the
//! author (`compare` attribute) or the reader (the option picker) chose.
//! The heading says "Top three" only when it is the top three.

use crate::compare::picker::{picker, Picker};
use crate::compare::table::{comparison, Comparison};
use crate::ui::i18n::{t, Key};
use berth::{recommend, Answers, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub lang: Lang,
    /// The chooser's answers.
    pub answers: Answers,
    /// Option ids the author chose; unknown ids are skipped. Empty: the top three.
    pub options: Vec<String>,
    pub uid: usize,
}

/// Which options a comparison shows.
#[derive(Debug, PartialEq, Eq)]
enum Shown {
    /// The chooser's top three: nobody chose.
    TopThree(Vec<usize>),
    /// The reader's pick, else the author's.
    Chosen(Vec<usize>),
}

impl Shown {
    /// The reader's `picked` options win, then the `authored` ones, then the top three.
    fn new(picked: Option<&[usize]>, authored: Vec<usize>, top_three: Vec<usize>) -> Shown {
        match picked {
            Some(picked) => Shown::Chosen(picked.to_vec()),
            None if !authored.is_empty() => Shown::Chosen(authored),
            None => Shown::TopThree(top_three),
        }
    }

    fn options(&self) -> &[usize] {
        match self {
            Shown::TopThree(options) | Shown::Chosen(options) => options,
        }
    }

    /// The heading says "Top three" only when it is the top three.
    fn heading(&self, lang: Lang) -> &'static str {
        match self {
            Shown::TopThree(_) => t(Key::TopThree, lang),
            Shown::Chosen(_) => t(Key::CompareHeading, lang),
        }
    }
}

#[function_component(CompareView)]
pub fn compare_view(props: &CompareViewProps) -> Html {
    let catalog = crate::platform::content::use_catalog();
    let lang = props.lang;
    let rec = {
        let catalog = catalog.clone();
        use_memo(props.answers.clone(), move |answers| {
            recommend(answers, &catalog)
        })
    };
    // The reader's choice, once they use the picker.
    let picked = use_state(|| None::<Vec<usize>>);
    // Bounded and deduplicated (issue #16: 3,000 copies of one id froze the tab).
    let authored: Vec<usize> = catalog.pick_options(props.options.iter().map(String::as_str));
    let top_three: Vec<usize> = rec.ranked.iter().take(3).map(|r| r.option).collect();
    let shown = Shown::new(picked.as_deref(), authored, top_three);
    let on_pick = Callback::from(move |options: Vec<usize>| picked.set(Some(options)));
    let picker = picker(Picker {
        catalog: &catalog,
        rec: &rec,
        chosen: shown.options(),
        lang,
        uid: props.uid,
        on_pick,
    });
    html! {
        <div class="berth-compare-view" part="comparison">
            { comparison(Comparison { catalog: &catalog, options: shown.options(), answers: &props.answers, lang,
                heading: shown.heading(lang), level: 2, picker }) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reader_s_pick_wins_then_the_author_s_then_the_top_three() {
        let top = || vec![7, 8, 9];
        assert_eq!(Shown::new(None, vec![], top()), Shown::TopThree(top()));
        assert_eq!(Shown::new(None, vec![2], top()), Shown::Chosen(vec![2]));
        assert_eq!(
            Shown::new(Some(&[3]), vec![2], top()),
            Shown::Chosen(vec![3])
        );
        // Unticking everything is a choice too: not the top three again.
        assert_eq!(Shown::new(Some(&[]), vec![], top()), Shown::Chosen(vec![]));
        assert_eq!(Shown::TopThree(top()).heading(Lang::En), "Top three");
        assert_eq!(Shown::Chosen(top()).heading(Lang::En), "Comparison");
    }
}
