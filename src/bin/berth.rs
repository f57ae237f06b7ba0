//! `berth`: the command-line front end over the same engine as the widget.
//!
//! The commands and their options are in [`USAGE`], the one usage text
//! (`berth --help`). The arguments are parsed once (with `lexopt`) into a
//! [`Command`]; each command then has one function, `run_*`.
//!
//! Exit codes: 0 success; 1 invalid catalog (`check`, `--catalog`) or I/O error;
//! 2 bad arguments (unknown question, bad unit, malformed number, …).

use berth::{model::QuestionKind, recommend, render, report, Answers, Catalog, Lang};
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
berth — where should my container run on AWS?

USAGE:
  berth recommend [--lang ko|en] [--json] [--catalog FILE] question=answer...
  berth record    [--lang ko|en] [--catalog FILE] question=answer...
  berth questions [--lang ko|en] [--json] [--catalog FILE]
  berth check FILE.json [--lang ko|en]     (a catalog, a quiz or a bundle)
  berth export
  berth bundle --lang ko|en [--binary catalog|quiz] [--catalog FILE] [QUIZ.json]
                                           (the widget's one-language content bundle: JSON,
                                           or with --binary one part of the widget's binary
                                           form, e.g. > content/en.catalog.bin)
  berth facts [--lang ko|en] [--json] [--catalog FILE]
                                           (the capability matrix with sources and quotes)
  berth schema [quiz]

EXAMPLES:
  berth recommend workload=batch runtime=40m image=6GB
  berth recommend --lang ko workload=web ops=none
  berth questions            (lists question ids, answer ids and units)
";

const SCHEMA: &str = include_str!("../../schema/catalog.schema.json");
const QUIZ_SCHEMA: &str = include_str!("../../schema/quiz.schema.json");

/// What the command line asks for, parsed once. Every command accepts every
/// option; the ones it has no use for are ignored.
enum Command {
    /// `-h`, `--help` or `help`: the usage text.
    Help,
    /// The ranking as plain text, or with `--json` as a report.
    Recommend {
        common: Common,
        json: bool,
        answers: Vec<String>,
    },
    /// A Markdown decision record.
    Record {
        common: Common,
        answers: Vec<String>,
    },
    /// The questions with their answer ids and units.
    Questions {
        common: Common,
        json: bool,
    },
    /// Validates a catalog, a quiz or a bundle.
    Check {
        common: Common,
        file: PathBuf,
    },
    /// The catalog as JSON.
    Export {
        common: Common,
    },
    /// The widget's one-language content bundle, or one binary part of it.
    Bundle {
        common: Common,
        part: Option<BinaryPart>,
        /// The quiz to bundle (the default quiz when `None`).
        quiz: Option<PathBuf>,
    },
    /// The capability matrix with sources and quotes.
    Facts {
        common: Common,
        json: bool,
    },
    Schema {
        kind: SchemaKind,
    },
}

/// The options that most commands use.
struct Common {
    lang: Lang,
    /// `--catalog FILE` (the default catalog when `None`).
    catalog: Option<PathBuf>,
}

/// `bundle --binary catalog|quiz`: which binary part to write.
#[derive(Clone, Copy)]
enum BinaryPart {
    Catalog,
    Quiz,
}

/// `schema` or `schema quiz`.
#[derive(Clone, Copy)]
enum SchemaKind {
    Catalog,
    Quiz,
}

enum Failure {
    /// Bad arguments: exit 2.
    Usage(String),
    /// Invalid catalog or I/O: exit 1.
    Runtime(String),
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Failure {
        Failure::Runtime(error.to_string())
    }
}

impl From<serde_json::Error> for Failure {
    fn from(error: serde_json::Error) -> Failure {
        Failure::Runtime(error.to_string())
    }
}

fn usage(message: impl Into<String>) -> Failure {
    Failure::Usage(message.into())
}

/// The options and positional arguments after the command name, in any order.
#[derive(Default)]
struct Flags {
    lang: Lang,
    json: bool,
    catalog: Option<PathBuf>,
    binary: Option<String>,
    positional: Vec<OsString>,
}

const VALID_OPTIONS: &str = "Valid options: --lang, --json, --catalog, --binary";

/// Parses the arguments after the program name: the command first, then its options.
fn parse(mut raw: impl Iterator<Item = OsString>) -> Result<Command, Failure> {
    let name = match raw.next() {
        Some(name) => name.to_string_lossy().into_owned(),
        None => return Err(usage("missing command")),
    };
    if matches!(name.as_str(), "-h" | "--help" | "help") {
        return Ok(Command::Help);
    }
    match parse_flags(lexopt::Parser::from_args(raw))? {
        Some(flags) => command(&name, flags),
        None => Ok(Command::Help),
    }
}

/// The options and positional arguments; `None` when they ask for help.
fn parse_flags(mut parser: lexopt::Parser) -> Result<Option<Flags>, Failure> {
    use lexopt::Arg::{Long, Short, Value};
    let mut flags = Flags::default();
    while let Some(arg) = parser.next().map_err(parser_failure)? {
        match arg {
            Long("json") => flags.json = true,
            Long("lang") => {
                let tag = flag_value(&mut parser, "--lang needs a value: ko or en")?;
                flags.lang = Lang::from_tag(&tag)
                    .ok_or_else(|| usage(format!("unknown language '{tag}': use ko or en")))?;
            }
            Long("catalog") => {
                let path = parser
                    .value()
                    .map_err(|_| usage("--catalog needs a file"))?;
                flags.catalog = Some(PathBuf::from(path));
            }
            Long("binary") => {
                let part = flag_value(&mut parser, "--binary needs a part: catalog or quiz")?;
                flags.binary = Some(part);
            }
            Long("help") | Short('h') => return Ok(None),
            Value(value) => flags.positional.push(value),
            Long(name) => return Err(usage(format!("unknown option '--{name}'. {VALID_OPTIONS}"))),
            Short(letter) => {
                return Err(usage(format!(
                    "unknown option '-{letter}'. {VALID_OPTIONS}"
                )))
            }
        }
    }
    Ok(Some(flags))
}

/// The value of the option just read, as text; `missing` when there is none.
fn flag_value(parser: &mut lexopt::Parser, missing: &str) -> Result<String, Failure> {
    let value = parser.value().map_err(|_| usage(missing))?;
    Ok(value.to_string_lossy().into_owned())
}

/// An option the parser itself rejects, e.g. a value given to `--json=yes`.
fn parser_failure(error: lexopt::Error) -> Failure {
    match error {
        lexopt::Error::UnexpectedValue { option, value } => usage(format!(
            "unknown option '{option}={}'. {VALID_OPTIONS}",
            value.to_string_lossy()
        )),
        other => usage(other.to_string()),
    }
}

/// The command `name` with its typed arguments.
fn command(name: &str, flags: Flags) -> Result<Command, Failure> {
    let Flags {
        lang,
        json,
        catalog,
        binary,
        positional,
    } = flags;
    let common = Common { lang, catalog };
    let answers = || {
        positional
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect()
    };
    Ok(match name {
        "recommend" => Command::Recommend {
            json,
            answers: answers(),
            common,
        },
        "record" => Command::Record {
            answers: answers(),
            common,
        },
        "questions" => Command::Questions { common, json },
        "check" => match positional.as_slice() {
            [file] => Command::Check {
                common,
                file: PathBuf::from(file),
            },
            _ => return Err(usage("check needs exactly one FILE.json")),
        },
        "export" => Command::Export { common },
        "bundle" => bundle_command(common, binary, &positional)?,
        "facts" => Command::Facts { common, json },
        "schema" => Command::Schema {
            kind: match positional.first() {
                Some(kind) if kind == "quiz" => SchemaKind::Quiz,
                _ => SchemaKind::Catalog,
            },
        },
        other => {
            return Err(usage(format!(
                "unknown command '{other}'. Valid commands: recommend, record, questions, \
                 check, facts, export, bundle, schema"
            )))
        }
    })
}

fn bundle_command(
    common: Common,
    binary: Option<String>,
    positional: &[OsString],
) -> Result<Command, Failure> {
    let quiz = match positional {
        [] => None,
        [path] => Some(PathBuf::from(path)),
        _ => return Err(usage("bundle takes at most one QUIZ.json")),
    };
    let part = match binary.as_deref() {
        None => None,
        Some("catalog") => Some(BinaryPart::Catalog),
        Some("quiz") => Some(BinaryPart::Quiz),
        Some(other) => {
            return Err(usage(format!(
                "unknown part '{other}' for --binary: use catalog or quiz"
            )))
        }
    };
    Ok(Command::Bundle { common, part, quiz })
}

fn read_file(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .map_err(|e| Failure::Runtime(format!("cannot read {}: {e}", path.display())))
}

fn problems_text(problems: &[berth::Problem], lang: Lang) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}\n", p.path, p.message(lang)))
        .collect()
}

fn load_catalog(common: &Common) -> Result<Catalog, Failure> {
    match &common.catalog {
        None => Ok(berth::default_catalog()),
        Some(path) => {
            let text = read_file(path)?;
            Catalog::from_json(&text).map_err(|p| {
                Failure::Runtime(format!(
                    "{} is not a valid catalog:\n{}",
                    path.display(),
                    problems_text(&p, common.lang)
                ))
            })
        }
    }
}

fn run(command: Command, out: &mut dyn Write) -> Result<(), Failure> {
    match command {
        Command::Help => {
            let _ = write!(out, "{USAGE}");
            Ok(())
        }
        Command::Recommend {
            common,
            json,
            answers,
        } => run_recommend(&common, json, &answers, out),
        Command::Record { common, answers } => run_record(&common, &answers, out),
        Command::Questions { common, json } => run_questions(&common, json, out),
        Command::Check { common, file } => run_check(&common, &file, out),
        Command::Export { common } => {
            writeln!(out, "{}", load_catalog(&common)?.to_json_pretty())?;
            Ok(())
        }
        Command::Bundle { common, part, quiz } => run_bundle(&common, part, quiz.as_deref(), out),
        Command::Facts { common, json } => run_facts(&common, json, out),
        Command::Schema { kind } => {
            let schema = match kind {
                SchemaKind::Catalog => SCHEMA,
                SchemaKind::Quiz => QUIZ_SCHEMA,
            };
            write!(out, "{schema}")?;
            Ok(())
        }
    }
}

/// The catalog, the parsed answers and the engine's result for them.
fn recommendation(
    common: &Common,
    answers: &[String],
) -> Result<(Catalog, Answers, berth::Recommendation), Failure> {
    let catalog = load_catalog(common)?;
    let answers =
        Answers::parse(&catalog, answers).map_err(|e| Failure::Usage(e.message(common.lang)))?;
    let rec = recommend(&answers, &catalog);
    Ok((catalog, answers, rec))
}

fn run_recommend(
    common: &Common,
    json: bool,
    answers: &[String],
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let (catalog, answers, rec) = recommendation(common, answers)?;
    if json {
        let report = report::build(&rec, &catalog, &answers, common.lang);
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else {
        let text = render::plain_text(&rec, &catalog, &answers, common.lang);
        write!(out, "{text}")?;
    }
    Ok(())
}

fn run_record(common: &Common, answers: &[String], out: &mut dyn Write) -> Result<(), Failure> {
    let (catalog, answers, rec) = recommendation(common, answers)?;
    let date = today();
    let meta = berth::record::RecordMeta {
        date: &date,
        link: None,
    };
    let record = berth::record::decision_record(&rec, &catalog, &answers, common.lang, meta);
    write!(out, "{record}")?;
    Ok(())
}

fn run_questions(common: &Common, json: bool, out: &mut dyn Write) -> Result<(), Failure> {
    let catalog = load_catalog(common)?;
    if json {
        let questions: Vec<serde_json::Value> = catalog
            .questions()
            .iter()
            .map(|question| question_json(question, common.lang))
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&questions)?)?;
    } else {
        for question in catalog.questions() {
            write_question(question, common.lang, out)?;
        }
    }
    Ok(())
}

fn question_json(question: &berth::model::Question, lang: Lang) -> serde_json::Value {
    let answers: Vec<serde_json::Value> = question
        .answers
        .iter()
        .map(|a| serde_json::json!({"id": a.id, "label": a.label.get(lang)}))
        .collect();
    serde_json::json!({
        "id": question.id,
        "label": question.label.get(lang),
        "kind": question.kind,
        "answers": answers,
        "dimension": question.dimension,
        "units": question.dimension.map(|d| d.units().to_vec()),
        "presets": question.presets,
    })
}

/// A question's id and label, then each way to answer it in `key=value` form.
fn write_question(
    question: &berth::model::Question,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let id = &question.id;
    writeln!(out, "{id} — {}", question.label.get(lang))?;
    match (question.kind, question.dimension) {
        (QuestionKind::Choice, _) => {
            for answer in &question.answers {
                writeln!(out, "    {id}={:<14} {}", answer.id, answer.label.get(lang))?;
            }
        }
        (QuestionKind::Quantity, Some(dimension)) => {
            let units = dimension.units().join(" ");
            let example = question.presets.first().map(String::as_str);
            let example = example.unwrap_or(dimension.example());
            writeln!(
                out,
                "    {id}=NUMBER+UNIT   units: {units}   e.g. {id}={example}"
            )?;
        }
        (QuestionKind::Quantity, None) => {}
    }
    let unknown = lang.pick("모름 (기본값)", "don't know (the default)");
    writeln!(out, "    {id}=unknown        {unknown}")?;
    Ok(())
}

fn run_check(common: &Common, file: &Path, out: &mut dyn Write) -> Result<(), Failure> {
    let text = read_file(file)?;
    // The `format` field says whether this is a catalog, a quiz or a bundle.
    let catalog = match berth::check::DocumentKind::of(&text) {
        berth::check::DocumentKind::Quiz => load_catalog(common)?,
        _ => berth::default_catalog(),
    };
    let path = file.display();
    match berth::check::check_document(&text, &catalog) {
        Ok(checked) => {
            writeln!(out, "{path}: ok ({})", checked.summary(common.lang))?;
            Ok(())
        }
        Err(problems) => {
            let count = problems.len();
            let mut text = problems_text(&problems, common.lang);
            text.push_str(&match common.lang {
                Lang::Ko => format!("{path}: 문제 {count}개\n"),
                Lang::En => {
                    let plural = if count == 1 { "" } else { "s" };
                    format!("{path}: {count} problem{plural}\n")
                }
            });
            Err(Failure::Runtime(text))
        }
    }
}

fn run_bundle(
    common: &Common,
    part: Option<BinaryPart>,
    quiz: Option<&Path>,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let catalog = load_catalog(common)?;
    let quiz_json = match quiz {
        None => berth::quiz::DEFAULT_QUIZ_JSON.to_string(),
        Some(path) => read_file(path)?,
    };
    let problems = |p: Vec<berth::Problem>| Failure::Runtime(problems_text(&p, common.lang));
    match part {
        None => {
            let json = berth::bundle::make(&catalog, &quiz_json, common.lang).map_err(problems)?;
            writeln!(out, "{json}")?;
        }
        Some(part) => {
            // Validated as a bundle before it is written (the widget does not validate it).
            let parts =
                berth::bundle::make_binary(&catalog, &quiz_json, common.lang).map_err(problems)?;
            let bytes = match part {
                BinaryPart::Catalog => parts.catalog,
                BinaryPart::Quiz => parts.quiz,
            };
            out.write_all(&bytes)?;
        }
    }
    Ok(())
}

fn run_facts(common: &Common, json: bool, out: &mut dyn Write) -> Result<(), Failure> {
    let catalog = load_catalog(common)?;
    if json {
        let sheet = berth::facts::sheet(&catalog, common.lang);
        writeln!(out, "{}", serde_json::to_string_pretty(&sheet)?)?;
    } else {
        write!(out, "{}", berth::facts::markdown(&catalog, common.lang))?;
    }
    Ok(())
}

/// The language for the hint after a usage error: the first `--lang` given,
/// read straight from the arguments (parsing may have stopped before it).
fn hint_lang(raw: &[OsString]) -> Lang {
    let tag = raw.iter().enumerate().find_map(|(i, arg)| {
        let arg = arg.to_str()?;
        match arg.strip_prefix("--lang=") {
            Some(tag) => Some(tag),
            None if arg == "--lang" => raw.get(i + 1)?.to_str(),
            None => None,
        }
    });
    tag.and_then(Lang::from_tag).unwrap_or(Lang::En)
}

fn main() -> ExitCode {
    let raw: Vec<OsString> = std::env::args_os().skip(1).collect();
    let hint_lang = hint_lang(&raw);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match parse(raw.into_iter()).and_then(|command| run(command, &mut out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => {
            let hint = hint_lang.pick(
                "사용법은 'berth --help'로 보세요.",
                "Run 'berth --help' for usage.",
            );
            eprintln!("berth: {message}\n\n{hint}");
            ExitCode::from(2)
        }
        Err(Failure::Runtime(message)) => {
            eprint!("{message}");
            if !message.ends_with('\n') {
                eprintln!();
            }
            ExitCode::from(1)
        }
    }
}

/// Today's date (UTC) as `YYYY-MM-DD`, for the decision record. The CLI
/// reads the clock; the core never does.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(secs / 86_400)
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard
/// Hinnant's `civil_from_days`).
fn civil_date(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn civil_dates() {
        assert_eq!(super::civil_date(0), "1970-01-01");
        assert_eq!(super::civil_date(11_016), "2000-02-29");
        assert_eq!(super::civil_date(20_783), "2026-11-26");
    }
}
