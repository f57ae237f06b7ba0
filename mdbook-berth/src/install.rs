//! `mdbook-berth install`: copies Berth's built files into the book's `src/`
//! (mdBook copies every non-Markdown file of `src/` into the built book) and
//! registers the preprocessor in `book.toml`. Running it again refreshes the
//! files and leaves `book.toml` as it is.

use crate::book::ASSET_DIR;
use berth::embed::{MODULE_ASSETS, OFFLINE_ASSETS};
use std::fs;
use std::io;
use std::path::Path;

/// What `install` did, for the message it prints.
#[derive(Debug, PartialEq, Eq)]
pub struct Installed {
    pub files: usize,
    pub book_toml_changed: bool,
}

/// Copies what the widget needs of `assets` (a built `dist/` or an unpacked
/// release's `dist/`: `berth::embed::MODULE_ASSETS`, or `OFFLINE_ASSETS`)
/// into `BOOK/src/berth/` and adds `[preprocessor.berth]` to `BOOK/book.toml`.
pub fn install(book: &Path, assets: &Path, offline: bool) -> io::Result<Installed> {
    let needed: &[&str] = if offline {
        &OFFLINE_ASSETS
    } else {
        &MODULE_ASSETS
    };
    if let Some(missing) = needed.iter().find(|path| !assets.join(path).exists()) {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!(
                "{} is not Berth's built folder (no {missing}); build it with ./scripts/build.sh or unpack a release",
                assets.display()
            ),
        ));
    }
    let book_toml = book.join("book.toml");
    let text = fs::read_to_string(&book_toml).map_err(|e| {
        io::Error::new(
            e.kind(),
            format!("cannot read {}: {e}", book_toml.display()),
        )
    })?;
    let mut document: toml_edit::Document = text.parse().map_err(|e| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{}: {e}", book_toml.display()),
        )
    })?;
    let source = document
        .get("book")
        .and_then(|book| book.get("src"))
        .and_then(|src| src.as_str())
        .unwrap_or("src")
        .to_string();
    let target = book.join(source).join(ASSET_DIR);
    if target.exists() {
        fs::remove_dir_all(&target)?;
    }
    let mut files = 0;
    for path in needed {
        files += copy_path(&assets.join(path), &target.join(path))?;
    }
    let before = document.to_string();
    let preprocessors = document["preprocessor"].or_insert(toml_edit::table());
    if let Some(table) = preprocessors.as_table_mut() {
        table.set_implicit(true);
    }
    let berth = preprocessors["berth"].or_insert(toml_edit::table());
    if offline {
        berth["offline"] = toml_edit::value(true);
    }
    let after = document.to_string();
    let book_toml_changed = before != after;
    if book_toml_changed {
        fs::write(&book_toml, after)?;
    }
    Ok(Installed {
        files,
        book_toml_changed,
    })
}

/// Copies a file or a folder tree; returns how many files.
fn copy_path(from: &Path, to: &Path) -> io::Result<usize> {
    if !from.is_dir() {
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::copy(from, to)?;
        return Ok(1);
    }
    fs::create_dir_all(to)?;
    let mut count = 0;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        count += copy_path(&entry.path(), &to.join(entry.file_name()))?;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("mdbook-berth-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        for folder in [
            "assets/static/examples",
            "assets/pkg",
            "assets/content",
            "book",
        ] {
            fs::create_dir_all(dir.join(folder)).unwrap();
        }
        for file in [
            "static/berth-widget.js",
            "static/runtime.js",
            "static/berth.css",
            "static/examples/embed.html",
            "pkg/berth_chooser.js",
            "pkg/berth_chooser_bg.wasm",
            "content/en.catalog.bin",
            "content/ko.catalog.bin",
            "berth-offline.js",
            "index.html",
        ] {
            fs::write(dir.join("assets").join(file), file).unwrap();
        }
        dir
    }

    #[test]
    fn install_copies_assets_registers_once_and_keeps_the_authors_toml() {
        let dir = scratch("once");
        let toml = "# my book\n[book]\ntitle = \"T\"\n\n[output.html]\ndefault-theme = \"navy\"\n";
        fs::write(dir.join("book/book.toml"), toml).unwrap();
        let first = install(&dir.join("book"), &dir.join("assets"), false).unwrap();
        assert_eq!(
            first,
            Installed {
                files: 7,
                book_toml_changed: true
            }
        );
        let copied = dir.join("book/src/berth");
        assert!(
            !copied.join("index.html").exists() && !copied.join("static/examples").exists(),
            "only what the widget needs"
        );
        let written = fs::read_to_string(dir.join("book/book.toml")).unwrap();
        assert!(
            written.starts_with(toml),
            "the author's lines are kept:\n{written}"
        );
        assert!(written.contains("[preprocessor.berth]"), "{written}");
        assert!(dir.join("book/src/berth/static/berth-widget.js").is_file());
        let again = install(&dir.join("book"), &dir.join("assets"), false).unwrap();
        assert!(
            !again.book_toml_changed,
            "a second install leaves book.toml alone"
        );
        let offline = install(&dir.join("book"), &dir.join("assets"), true).unwrap();
        assert!(offline.book_toml_changed);
        assert!(fs::read_to_string(dir.join("book/book.toml"))
            .unwrap()
            .contains("offline = true"));
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn install_follows_a_custom_src_folder() {
        let dir = scratch("src");
        fs::write(dir.join("book/book.toml"), "[book]\nsrc = \"chapters\"\n").unwrap();
        install(&dir.join("book"), &dir.join("assets"), false).unwrap();
        assert!(dir
            .join("book/chapters/berth/static/berth-widget.js")
            .is_file());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn install_refuses_a_folder_that_is_not_a_build() {
        let dir = scratch("bad");
        fs::write(dir.join("book/book.toml"), "").unwrap();
        let error = install(&dir.join("book"), &dir.join("book"), false).unwrap_err();
        assert!(
            error.to_string().contains("no static/berth-widget.js"),
            "{error}"
        );
        fs::remove_file(dir.join("assets/berth-offline.js")).unwrap();
        let error = install(&dir.join("book"), &dir.join("assets"), true).unwrap_err();
        assert!(error.to_string().contains("no berth-offline.js"), "{error}");
        fs::remove_dir_all(dir).unwrap();
    }
}
