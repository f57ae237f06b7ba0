//! `berth`: the command-line front end over the same engine as the widget.
//!
//! ```text
//! berth recommend [--lang ko|en] [--json] [--catalog FILE] question=answer…
//! berth record    [--lang ko|en] [--catalog FILE] question=answer…   (Markdown decision record)
//! berth questions [--lang ko|en] [--json] [--catalog FILE]
//! berth check FILE.json [--lang ko|en]
//! berth export
//! berth bundle --lang ko|en [--binary catalog|quiz] [--catalog FILE] [QUIZ.json]
//!                                                    (one-language widget bundle; JSON, or a binary part)
//! berth facts   [--lang ko|en] [--json] [--catalog FILE]   (the capability matrix, for review)
//! berth schema
//! ```
//! Exit codes: 0 success; 1 invalid catalog (`check`, `--catalog`) or I/O error;
//! 2 bad arguments (unknown question, bad unit, malformed number, …).

use berth::{model::QuestionKind, recommend, render, report, Answers, Catalog, Lang};
use std::io::Write;
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

struct Args {
    command: String,
    lang: Lang,
    json: bool,
    catalog: Option<String>,
    /// `bundle --binary catalog|quiz`: write that binary part.
    binary: Option<String>,
    positional: Vec<String>,
}

enum Failure {
    /// Bad arguments: exit 2.
    Usage(String),
    /// Invalid catalog or I/O: exit 1.
    Runtime(String),
}

fn parse_args(raw: Vec<String>) -> Result<Args, Failure> {
    let mut it = raw.into_iter();
    let command = match it.next() {
        Some(c) if c == "-h" || c == "--help" || c == "help" => {
            return Err(Failure::Usage(String::new()))
        }
        Some(c) => c,
        None => return Err(Failure::Usage("missing command".into())),
    };
    let mut args = Args {
        command,
        lang: Lang::En,
        json: false,
        catalog: None,
        binary: None,
        positional: Vec::new(),
    };
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => args.json = true,
            "--lang" => {
                let v = it
                    .next()
                    .ok_or_else(|| Failure::Usage("--lang needs a value: ko or en".into()))?;
                args.lang = Lang::from_tag(&v).ok_or_else(|| {
                    Failure::Usage(format!("unknown language '{v}': use ko or en"))
                })?;
            }
            "--catalog" => {
                args.catalog = Some(
                    it.next()
                        .ok_or_else(|| Failure::Usage("--catalog needs a file".into()))?,
                );
            }
            "--binary" => {
                args.binary = Some(it.next().ok_or_else(|| {
                    Failure::Usage("--binary needs a part: catalog or quiz".into())
                })?);
            }
            s if s.starts_with("--binary=") => args.binary = Some(s[9..].to_string()),
            "-h" | "--help" => return Err(Failure::Usage(String::new())),
            s if s.starts_with("--lang=") => {
                let v = &s[7..];
                args.lang = Lang::from_tag(v).ok_or_else(|| {
                    Failure::Usage(format!("unknown language '{v}': use ko or en"))
                })?;
            }
            s if s.starts_with("--catalog=") => args.catalog = Some(s[10..].to_string()),
            s if s.starts_with("--") => {
                return Err(Failure::Usage(format!(
                    "unknown option '{s}'. Valid options: --lang, --json, --catalog, --binary"
                )))
            }
            _ => args.positional.push(a),
        }
    }
    Ok(args)
}

fn read_file(path: &str) -> Result<String, Failure> {
    std::fs::read_to_string(path).map_err(|e| Failure::Runtime(format!("cannot read {path}: {e}")))
}

fn problems_text(problems: &[berth::Problem], lang: Lang) -> String {
    problems
        .iter()
        .map(|p| format!("{}: {}\n", p.path, p.message(lang)))
        .collect()
}

fn load_catalog(args: &Args) -> Result<Catalog, Failure> {
    match &args.catalog {
        None => Ok(berth::default_catalog()),
        Some(path) => {
            let text = read_file(path)?;
            Catalog::from_json(&text).map_err(|p| {
                Failure::Runtime(format!(
                    "{path} is not a valid catalog:\n{}",
                    problems_text(&p, args.lang)
                ))
            })
        }
    }
}

fn run(args: Args, out: &mut dyn Write) -> Result<ExitCode, Failure> {
    let io = |e: std::io::Error| Failure::Runtime(e.to_string());
    match args.command.as_str() {
        "recommend" | "record" => {
            let catalog = load_catalog(&args)?;
            let answers = Answers::parse(&catalog, &args.positional).map_err(|e| Failure::Usage(e.message(args.lang)))?;
            let rec = recommend(&answers, &catalog);
            if args.command == "record" {
                let date = today();
                let meta = berth::record::RecordMeta { date: &date, link: None };
                write!(out, "{}", berth::record::decision_record(&rec, &catalog, &answers, args.lang, meta)).map_err(io)?;
            } else if args.json {
                let report = report::build(&rec, &catalog, &answers, args.lang);
                let text = serde_json::to_string_pretty(&report).map_err(|e| Failure::Runtime(e.to_string()))?;
                writeln!(out, "{text}").map_err(io)?;
            } else {
                write!(out, "{}", render::plain_text(&rec, &catalog, &answers, args.lang)).map_err(io)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        "questions" => {
            let catalog = load_catalog(&args)?;
            if args.json {
                let qs: Vec<serde_json::Value> = catalog
                    .questions()
                    .iter()
                    .map(|q| {
                        serde_json::json!({
                            "id": q.id,
                            "label": q.label.get(args.lang),
                            "kind": q.kind,
                            "answers": q.answers.iter().map(|a| serde_json::json!({"id": a.id, "label": a.label.get(args.lang)})).collect::<Vec<_>>(),
                            "dimension": q.dimension,
                            "units": q.dimension.map(|d| d.units().to_vec()),
                            "presets": q.presets,
                        })
                    })
                    .collect();
                let text = serde_json::to_string_pretty(&qs).map_err(|e| Failure::Runtime(e.to_string()))?;
                writeln!(out, "{text}").map_err(io)?;
            } else {
                for q in catalog.questions() {
                    writeln!(out, "{} — {}", q.id, q.label.get(args.lang)).map_err(io)?;
                    match q.kind {
                        QuestionKind::Choice => {
                            for a in &q.answers {
                                writeln!(out, "    {}={:<14} {}", q.id, a.id, a.label.get(args.lang)).map_err(io)?;
                            }
                        }
                        QuestionKind::Quantity => {
                            if let Some(d) = q.dimension {
                                writeln!(out, "    {}=NUMBER+UNIT   units: {}   e.g. {}={}", q.id, d.units().join(" "), q.id, q.presets.first().map(String::as_str).unwrap_or(d.example())).map_err(io)?;
                            }
                        }
                    }
                    writeln!(out, "    {}=unknown        {}", q.id, args.lang.pick("모름 (기본값)", "don't know (the default)")).map_err(io)?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        "check" => {
            let [path] = args.positional.as_slice() else {
                return Err(Failure::Usage("check needs exactly one FILE.json".into()));
            };
            let text = read_file(path)?;
            // The `format` field says whether this is a catalog, a quiz or a bundle.
            let catalog = match berth::check::DocumentKind::of(&text) {
                berth::check::DocumentKind::Quiz => load_catalog(&args)?,
                _ => berth::default_catalog(),
            };
            let result = berth::check::check_document(&text, &catalog).map(|c| c.summary(args.lang));
            match result {
                Ok(summary) => {
                    writeln!(out, "{path}: ok ({summary})").map_err(io)?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(problems) => {
                    let n = problems.len();
                    let mut text = problems_text(&problems, args.lang);
                    text.push_str(&match args.lang {
                        Lang::Ko => format!("{path}: 문제 {n}개\n"),
                        Lang::En => format!("{path}: {n} problem{}\n", if n == 1 { "" } else { "s" }),
                    });
                    Err(Failure::Runtime(text))
                }
            }
        }
        "bundle" => {
            let catalog = load_catalog(&args)?;
            let quiz_json = match args.positional.as_slice() {
                [] => berth::quiz::DEFAULT_QUIZ_JSON.to_string(),
                [path] => read_file(path)?,
                _ => return Err(Failure::Usage("bundle takes at most one QUIZ.json".into())),
            };
            let problems = |p: Vec<berth::Problem>| Failure::Runtime(problems_text(&p, args.lang));
            match args.binary.as_deref() {
                None => {
                    let json = berth::bundle::make(&catalog, &quiz_json, args.lang).map_err(problems)?;
                    writeln!(out, "{json}").map_err(io)?;
                }
                Some(part @ ("catalog" | "quiz")) => {
                    // Validated as a bundle before it is written (the widget does not validate it).
                    let parts = berth::bundle::make_binary(&catalog, &quiz_json, args.lang).map_err(problems)?;
                    let bytes = if part == "catalog" { parts.catalog } else { parts.quiz };
                    out.write_all(&bytes).map_err(io)?;
                }
                Some(other) => {
                    return Err(Failure::Usage(format!("unknown part '{other}' for --binary: use catalog or quiz")))
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        "facts" => {
            let catalog = load_catalog(&args)?;
            if args.json {
                let sheet = berth::facts::sheet(&catalog, args.lang);
                let text = serde_json::to_string_pretty(&sheet).map_err(|e| Failure::Runtime(e.to_string()))?;
                writeln!(out, "{text}").map_err(io)?;
            } else {
                write!(out, "{}", berth::facts::markdown(&catalog, args.lang)).map_err(io)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        "export" => {
            let catalog = load_catalog(&args)?;
            writeln!(out, "{}", catalog.to_json_pretty()).map_err(io)?;
            Ok(ExitCode::SUCCESS)
        }
        "schema" => {
            let quiz = args.positional.first().is_some_and(|a| a == "quiz");
            write!(out, "{}", if quiz { QUIZ_SCHEMA } else { SCHEMA }).map_err(io)?;
            Ok(ExitCode::SUCCESS)
        }
        other => Err(Failure::Usage(format!(
            "unknown command '{other}'. Valid commands: recommend, record, questions, check, facts, export, bundle, schema"
        ))),
    }
}

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    // The language for messages printed before or without parsed arguments.
    let ko = raw
        .iter()
        .zip(raw.iter().skip(1).map(Some).chain([None]))
        .find_map(|(a, next)| match a.strip_prefix("--lang=") {
            Some(v) => Some(v),
            None if a == "--lang" => next.map(String::as_str),
            None => None,
        })
        .and_then(Lang::from_tag)
        == Some(Lang::Ko);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let result = parse_args(raw).and_then(|args| run(args, &mut out));
    match result {
        Ok(code) => code,
        Err(Failure::Usage(msg)) => {
            if msg.is_empty() {
                let _ = write!(out, "{USAGE}");
                return ExitCode::SUCCESS;
            }
            let hint = if ko {
                "사용법은 'berth --help'로 보세요."
            } else {
                "Run 'berth --help' for usage."
            };
            eprintln!("berth: {msg}\n\n{hint}");
            ExitCode::from(2)
        }
        Err(Failure::Runtime(msg)) => {
            eprint!("{msg}");
            if !msg.ends_with('\n') {
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
