//! The `mdbook-berth` command: mdBook runs it as a preprocessor
//! (`mdbook-berth supports RENDERER`, then the book as JSON on stdin);
//! authors run `mdbook-berth install`.

use mdbook_berth::book::{render_book, settings};
use mdbook_berth::install::install;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
mdbook-berth: Berth widgets in mdBook chapters, from ```berth fences

usage:
  mdbook-berth install --assets DIST [--offline] [BOOK_DIR]
      copy Berth's built files (DIST: dist/ of a build or a release) into BOOK_DIR/src/berth/
      and add [preprocessor.berth] to BOOK_DIR/book.toml (BOOK_DIR defaults to .);
      --offline loads the one-file build that also opens from file://
  mdbook-berth spec                  the fence rules as JSON (the MkDocs plugin's copy)
  mdbook-berth supports RENDERER     (run by mdbook)
  mdbook-berth                       (run by mdbook: book JSON on stdin, out on stdout)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("supports") => {
            // Widgets are HTML: only the html renderer shows them.
            if args.get(1).map(String::as_str) == Some("html") {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Some("install") => run_install(&args[1..]),
        Some("spec") => {
            // The fence rules as data, for the MkDocs plugin's copy (mkdocs-berth/mkdocs_berth/spec.json).
            let catalog = berth::default_catalog();
            print!(
                "{}",
                berth::embed::spec_json(&catalog, &berth::quiz::default_quiz(&catalog))
            );
            ExitCode::SUCCESS
        }
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        None => preprocess(),
        Some(other) => {
            eprint!("mdbook-berth: unknown command '{other}'\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run_install(args: &[String]) -> ExitCode {
    let mut assets = None;
    let mut offline = false;
    let mut book = PathBuf::from(".");
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--assets" => assets = rest.next().map(PathBuf::from),
            "--offline" => offline = true,
            other if !other.starts_with('-') => book = PathBuf::from(other),
            other => {
                eprint!("mdbook-berth install: unknown option '{other}'\n\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(assets) = assets else {
        eprint!("mdbook-berth install: --assets DIST is required (Berth's built dist/ folder)\n\n{USAGE}");
        return ExitCode::from(2);
    };
    match install(&book, &assets, offline) {
        Ok(done) => {
            println!(
                "mdbook-berth: copied {} files into {}/src/berth; book.toml {}",
                done.files,
                book.display(),
                if done.book_toml_changed {
                    "now runs the berth preprocessor"
                } else {
                    "already set"
                }
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("mdbook-berth install: {e}");
            ExitCode::FAILURE
        }
    }
}

fn preprocess() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = io::stdin().read_to_string(&mut input) {
        eprintln!("mdbook-berth: cannot read the book from stdin: {e}");
        return ExitCode::FAILURE;
    }
    let parsed: Result<(serde_json::Value, serde_json::Value), _> = serde_json::from_str(&input);
    let Ok((context, mut book)) = parsed else {
        eprintln!("mdbook-berth: stdin is not mdBook's [context, book] JSON (run me through `mdbook build`)");
        return ExitCode::FAILURE;
    };
    let (lang, build) = settings(&context);
    let catalog = berth::default_catalog();
    let quiz = berth::quiz::default_quiz(&catalog);
    match render_book(&mut book, &catalog, &quiz, lang, build) {
        Ok(()) => {
            let mut out = io::stdout().lock();
            match serde_json::to_writer(&mut out, &book).map(|_| out.flush()) {
                Ok(_) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("mdbook-berth: cannot write the book: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("mdbook-berth: {error}");
            }
            eprintln!(
                "mdbook-berth: {} problem(s) in berth blocks; the book was not built",
                errors.len()
            );
            ExitCode::FAILURE
        }
    }
}
