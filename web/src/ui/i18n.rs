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
    TryIt => ("적용해 보기", "Try it"),
    NoChange => ("답 하나만 바꿔서는 1순위가 바뀌지 않습니다.", "No single answer change would change the top pick."),
    CompareHeading => ("비교", "Comparison"),
    TopThree => ("상위 3개", "Top three"),
    CompareTopThree => ("상위 3개 나란히 비교", "Compare the top three side by side"),
    ChooseOptions => ("비교할 선택지 고르기 ({n}개 선택됨)", "Choose what to compare ({n} chosen)"),
    ChooseLegend => ("비교할 선택지", "Options to compare"),
    NothingChosen => ("비교할 선택지를 하나 이상 고르세요.", "Choose at least one option to compare."),
    YourNeedIs => ("필요량: {value}", "Your need: {value}"),
    BelowNeed => ("필요량보다 작음", "below your need"),
    NeedCaption => ("점선은 여러분의 필요량입니다.", "The dashed line is your need."),
    AnswerToSee => ("질문에 답하면 추천이 나옵니다.", "Answer a question to see a recommendation."),
    AlsoConsider => ("다른 후보", "Also consider"),
    TiesWithTop => ("1순위와 동점입니다.", "Tied with the top pick."),
    FitsLess => ("{top}보다 맞는 답이 적습니다.", "Fewer of your answers favour it than {top}."),
    RuledOut => ("제외", "Ruled out"),
    ShowAll => ("전체 {n}개 보기 ({tiers})", "Show all {n} ({tiers})"),
    HideAll => ("전체 목록 접기", "Hide the full list"),
    TierCount => ("{tier} {n}", "{n} {tier}"),
    TierBest => ("최적", "best fit"),
    TierStrong => ("잘 맞음", "strong fit"),
    TierPossible => ("가능", "possible"),
    TierWeak => ("약함", "weak fit"),
    TierOut => ("제외", "ruled out"),
    WhyFits => ("맞는 이유", "Why it fits"),
    NoAnswersYet => ("아직 답이 없습니다", "No answers yet"),
    OneAnswer => ("답 1개", "1 answer"),
    AnswerCount => ("답 {n}개", "{n} answers"),
    EditAnswers => ("보기·바꾸기", "Edit"),
    RefineOf => ("더 정확하게 (선택): 질문 {n} / {total}", "Optional, to refine: question {n} of {total}"),
    FinishNow => ("여기까지 하고 결과 보기", "Done: see the results"),
    DraftEmpty => ("값을 입력하거나 ‘모름’을 고르세요.", "Type a value, or choose “Don't know”."),
    DraftTime => ("“{text}”: 시간으로 읽을 수 없습니다. 숫자와 단위로 쓰세요. 예: 90s, 40m, 2h, 3d", "“{text}” can't be read as a time. Write a number and a unit, for example 90s, 40m, 2h or 3d."),
    DraftSize => ("“{text}”: 크기로 읽을 수 없습니다. 숫자와 단위로 쓰세요. 예: 512MB, 6GB, 1TB", "“{text}” can't be read as a size. Write a number and a unit, for example 512MB, 6GB or 1TB."),
    DraftVcpu => ("“{text}”: vCPU 수로 읽을 수 없습니다. 숫자로 쓰세요. 예: 0.5, 4, 16", "“{text}” can't be read as a number of vCPUs. Write a number, for example 0.5, 4 or 16."),
    CopyByHand => ("복사할 내용", "Text to copy"),
    ChartCaption => ("한도 (로그 눈금: 오른쪽일수록 큼). 줄무늬 막대는 출처가 한도가 없다고 밝힌 경우이고, '명시 없음'은 출처가 값을 밝히지 않은 경우입니다.", "Limits (log scale: further right is larger). A striped bar: the sources state there is no limit. \"Not stated\": they do not give one."),
    Feature => ("항목", "Feature"),
    CopyLink => ("링크 복사", "Copy link"),
    CopyRecord => ("결정 기록 복사 (Markdown)", "Copy as decision record (Markdown)"),
    LinkCopied => ("링크를 복사했습니다.", "Link copied."),
    RecordCopied => ("결정 기록을 복사했습니다.", "Decision record copied."),
    CopyFailed => ("자동 복사가 안 됩니다. 아래 내용을 직접 복사하세요.", "Could not copy automatically; copy the text below."),
    Tie => ("동점", "Tie"),
    NothingFits => ("모든 선택지가 제외되었습니다. '무엇이 바뀌면'을 보세요.", "Every option is ruled out. See what would change the answer."),
    LinkNotice => ("링크의 일부 답을 읽을 수 없어 무시했습니다:", "Some answers in the link could not be read and were ignored:"),
    Dismiss => ("닫기", "Dismiss"),
    LiveSummary => ("1순위: {top}. {n}개 제외.", "Top pick: {top}. {n} ruled out."),
    LiveNone => ("모든 선택지가 제외되었습니다.", "Every option is ruled out."),
    YourAnswers => ("내 답", "Your answers"),
    StatusNote => ("상태", "Status"),
    StartOver => ("처음부터", "Start over"),
    Done => ("모든 질문에 답했습니다. 아래 결과를 보세요.", "All questions done. See the results below."),
    ModeLabel => ("모드", "Mode"),
    ModeChooser => ("선택 도우미", "Chooser"),
    ModeQuiz => ("퀴즈", "Quiz"),
    QuizIntro => ("문제 {n}개 · 합격 기준 {pass}%", "{n} questions · pass mark {pass}%"),
    Hint => ("힌트", "Hint"),
    CheckAnswer => ("정답 확인", "Check answer"),
    Finish => ("끝내고 점수 보기", "Finish and see score"),
    Correct => ("✓ 정답", "✓ Correct"),
    Partly => ("◐ 부분 정답 ({n}%)", "◐ Partly correct ({n}%)"),
    Wrong => ("✗ 오답", "✗ Incorrect"),
    YourChoice => ("내 답", "your answer"),
    RightChoice => ("정답", "correct answer"),
    ChooseAnswer => ("답을 고르세요.", "Choose an answer."),
    MoveUp => ("위로", "Move up"),
    MoveDown => ("아래로", "Move down"),
    Moved => ("{item}: {pos}/{n}번째", "{item}: position {pos} of {n}"),
    OrderHelp => ("위/아래 버튼으로 순서를 바꾸세요.", "Use the Move up / Move down buttons to change the order."),
    SelectAll => ("해당하는 것을 모두 고르세요.", "Select all that apply."),
    Score => ("점수: {points} / {n} ({pct}%)", "Score: {points} / {n} ({pct}%)"),
    Passed => ("✓ 합격 (기준 {pass}%)", "✓ Passed (pass mark {pass}%)"),
    Failed => ("✗ 불합격 (기준 {pass}%)", "✗ Not passed (pass mark {pass}%)"),
    ReviewHeading => ("틀린 문제 다시 보기", "Review of wrong answers"),
    AllRight => ("모두 맞혔습니다!", "Every answer was right!"),
    Retry => ("다시 풀기 (새 문제)", "Retry (new questions)"),
    CopyResult => ("결과 링크 복사", "Copy result link"),
    QuizResult => ("퀴즈 결과", "Quiz result"),
    NoAnswer => ("(답 없음)", "(no answer)"),
    StorageOff => ("이 브라우저에서는 진행 상황을 저장할 수 없습니다. 퀴즈는 그대로 풀 수 있습니다.", "Progress can't be kept in this browser; the quiz still works."),
    StorageCorrupt => ("저장된 진행 상황을 읽을 수 없어 지웠습니다. 처음부터 시작합니다.", "Saved progress could not be read and was discarded; starting fresh."),
    ModeCompare => ("비교", "Compare"),
    ContentProblems => ("이 위젯의 콘텐츠에 문제가 있어 표시할 수 없습니다:", "This widget's content has problems and cannot be shown:"),
    ContentUnreadable => ("콘텐츠를 불러오지 못했습니다: {error}", "The content could not be loaded: {error}"),
    CustomContentUnsupported => ("이 페이지의 Berth 빌드는 기본 콘텐츠만 읽습니다. 직접 만든 콘텐츠는 전체 빌드(berth_web)로 보여 주세요.", "This page's Berth build reads only the built-in content: show your own content with the full build (berth_web)."),
    Loading => ("불러오는 중…", "Loading…"),
    ModeLoadFailed => ("이 부분을 불러오지 못했습니다. 연결을 확인하고 다시 시도하세요.", "This part of Berth could not load. Check the connection and try again."),
    TryAgain => ("다시 시도", "Try again"),
    ModeUnavailable => ("이 페이지의 Berth에는 이 모드가 없습니다.", "This mode is not available on this page."),
    LanguageUnavailable => ("{lang} 콘텐츠를 불러오지 못해 지금 언어로 계속 보여 드립니다: {error}", "The {lang} content could not be loaded, so this stays in the current language: {error}"),
    StorageFull => ("저장 공간이 가득 차 진행 상황을 저장하지 못했습니다. 퀴즈는 그대로 풀 수 있습니다.", "Progress could not be saved (storage full); the quiz still works."),
}

/// A language's name in itself (as on its switch button).
pub fn lang_name(lang: Lang) -> &'static str {
    lang.pick("한국어", "English")
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
