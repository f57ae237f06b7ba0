//! Interface strings of the widget, in Korean and English. Content strings
//! (questions, options, facts) come from the catalog instead.

use berth::Lang;

macro_rules! strings {
    ($($key:ident => ($ko:expr, $en:expr),)*) => {
        /// A key of an interface string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key { $($key,)* }

        /// Every key with its Korean and English text.
        pub const TABLE: &[(Key, &str, &str)] = &[$((Key::$key, $ko, $en),)*];

        /// The text of `key` in `lang`.
        pub fn t(key: Key, lang: Lang) -> &'static str {
            match key { $(Key::$key => lang.pick($ko, $en),)* }
        }
    };
}

strings! {
    Language => ("언어", "Language"),
    QuestionOf => ("질문 {n} / {total}", "Question {n} of {total}"),
    Answered => ("{n}개 답함", "{n} answered"),
    DontKnow => ("모름", "Don't know"),
    Back => ("이전", "Back"),
    Next => ("다음", "Next"),
    Skip => ("모름으로 건너뛰기", "Skip (don't know)"),
    SeeResults => ("결과 보기", "See results"),
    OtherValue => ("직접 입력", "Exact value"),
    ExactHint => ("숫자와 단위, 예: {example}", "Number and unit, e.g. {example}"),
    Recommendation => ("추천", "Recommendation"),
    TopPick => ("1순위", "Top pick"),
    RankingHeading => ("모든 선택지 순위", "Every option, ranked"),
    TryIt => ("적용해 보기", "Try it"),
    NoChange => ("답 하나만 바꿔서는 1순위가 바뀌지 않습니다.", "No single answer change would change the top pick."),
    CompareHeading => ("상위 3개 비교", "Top three side by side"),
    ChartCaption => ("결정적인 한도 (로그 눈금). 선은 여러분의 필요량입니다.", "Deciding limits (log scale). The line is your need."),
    NoLimit => ("한도 없음", "no stated limit"),
    YourNeed => ("필요량", "your need"),
    Feature => ("항목", "Feature"),
    CopyLink => ("링크 복사", "Copy link"),
    CopyRecord => ("결정 기록 복사 (Markdown)", "Copy as decision record (Markdown)"),
    LinkCopied => ("링크를 복사했습니다.", "Link copied."),
    RecordCopied => ("결정 기록을 복사했습니다.", "Decision record copied."),
    CopyFailed => ("자동 복사가 안 됩니다. 아래 내용을 직접 복사하세요.", "Could not copy automatically; copy the text below."),
    Tie => ("동점", "Tie"),
    NoAnswers => ("아직 답이 없어 기본 순서로 보여 줍니다. 답할수록 결과가 바뀝니다.", "No answers yet, so this is the default order. Results update as you answer."),
    NothingFits => ("모든 선택지가 제외되었습니다. '무엇이 바뀌면'을 보세요.", "Every option is ruled out. See what would change the answer."),
    LinkNotice => ("링크의 일부 답을 읽을 수 없어 무시했습니다:", "Some answers in the link could not be read and were ignored:"),
    Dismiss => ("닫기", "Dismiss"),
    LiveSummary => ("1순위: {top}. {n}개 제외.", "Top pick: {top}. {n} ruled out."),
    LiveNone => ("모든 선택지가 제외되었습니다.", "Every option is ruled out."),
    Edit => ("답 바꾸기", "Change answer"),
    YourAnswers => ("내 답", "Your answers"),
    StatusNote => ("상태", "Status"),
    Percent => ("적합도 {n}%", "fit {n}%"),
    StartOver => ("처음부터", "Start over"),
    Done => ("모든 질문에 답했습니다. 아래 결과를 보세요.", "All questions done. See the results below."),
    InvalidValue => ("값을 읽을 수 없습니다", "Cannot read the value"),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages_and_same_placeholders() {
        for (key, ko, en) in TABLE {
            assert!(!ko.trim().is_empty(), "{key:?} is missing Korean");
            assert!(!en.trim().is_empty(), "{key:?} is missing English");
            let holes = |s: &str| {
                let mut v: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(h, _)| h.to_string()))
                    .collect();
                v.sort();
                v
            };
            assert_eq!(holes(ko), holes(en), "{key:?} placeholders differ");
        }
    }
}
