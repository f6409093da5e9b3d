//! Reading inputs: files, directories (every `.txt`, recursively), stdin
//! (`-`) and JSONL corpora (`{"id", "date", "text"}` per line).

use anyhow::{Context, Result};
use lagebild_core::{DocDate, Document};
use serde::Deserialize;
use std::io::Read;
use std::path::{Path, PathBuf};

/// How to read the inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// `.jsonl` files are JSONL corpora, everything else is one article.
    Auto,
    /// Every input is one article.
    Text,
    /// Every input is a JSONL corpus.
    Jsonl,
}

/// One unit of work: a document, or the reason it could not be read.
pub enum Item {
    Doc(Document),
    Failed(String),
}

#[derive(Deserialize)]
struct JsonlRecord {
    id: Option<serde_json::Value>,
    date: Option<String>,
    text: String,
}

/// Expands the command-line paths into the list of sources, in a stable order.
pub fn expand(paths: &[PathBuf]) -> Vec<Result<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Ok(p.clone()));
        } else if p.is_dir() {
            let mut files = Vec::new();
            if let Err(e) = walk(p, &mut files) {
                out.push(Err(e));
            }
            files.sort();
            out.extend(files.into_iter().map(Ok));
        } else {
            out.push(Ok(p.clone()));
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let rd = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read directory", dir.display()))?;
    for entry in rd {
        let entry = entry.with_context(|| format!("{}: cannot read directory", dir.display()))?;
        let path = entry.path();
        let ft = entry.file_type()?;
        if ft.is_dir() {
            walk(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            files.push(path);
        }
    }
    Ok(())
}

fn read_source(path: &Path) -> Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .context("<stdin>: cannot read")?;
        Ok(buf)
    } else {
        std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))
    }
}

fn doc_id(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "stdin".to_string();
    }
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Reads every source into documents. `date` overrides the documents' dates.
pub fn read_all(paths: &[PathBuf], format: InputFormat, date: Option<DocDate>) -> Vec<Item> {
    let mut items = Vec::new();
    for src in expand(paths) {
        let path = match src {
            Ok(p) => p,
            Err(e) => {
                items.push(Item::Failed(format!("{e:#}")));
                continue;
            }
        };
        let jsonl = match format {
            InputFormat::Jsonl => true,
            InputFormat::Text => false,
            InputFormat::Auto => path.extension().is_some_and(|e| e == "jsonl"),
        };
        let bytes = match read_source(&path) {
            Ok(b) => b,
            Err(e) => {
                items.push(Item::Failed(format!("{e:#}")));
                continue;
            }
        };
        let shown = if path.as_os_str() == "-" {
            PathBuf::from("<stdin>")
        } else {
            path.clone()
        };
        if jsonl {
            read_jsonl(&bytes, &shown, date, &mut items);
        } else {
            match Document::from_bytes(bytes, Some(&shown)) {
                Ok(d) => items.push(Item::Doc(d.with_id(doc_id(&path)).with_date(date))),
                Err(e) => items.push(Item::Failed(e.to_string())),
            }
        }
    }
    items
}

fn read_jsonl(bytes: &[u8], path: &Path, date: Option<DocDate>, items: &mut Vec<Item>) {
    let mut offset = 0usize;
    for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_start = offset;
        offset += line.len() + 1;
        let lineno = n + 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let line = match std::str::from_utf8(line) {
            Ok(l) => l,
            Err(e) => {
                items.push(Item::Failed(format!(
                    "{}:{lineno}: invalid UTF-8 at byte offset {}",
                    path.display(),
                    line_start + e.valid_up_to()
                )));
                continue;
            }
        };
        let rec: JsonlRecord = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                items.push(Item::Failed(format!(
                    "{}:{lineno}: not a {{\"id\", \"date\", \"text\"}} object: {e}",
                    path.display()
                )));
                continue;
            }
        };
        let id = match rec.id {
            Some(serde_json::Value::String(s)) => s,
            Some(v) if !v.is_null() => v.to_string(),
            _ => format!("{}:{lineno}", path.display()),
        };
        let mut doc = Document::new(rec.text).with_id(id);
        if let Some(d) = rec.date.as_deref().filter(|d| !d.is_empty()) {
            match DocDate::parse(d) {
                Some(dd) => doc.date = Some(dd),
                None => doc
                    .warnings
                    .push(format!("malformed date {d:?} in JSONL record; ignored")),
            }
        }
        items.push(Item::Doc(doc.with_date(date)));
    }
}
