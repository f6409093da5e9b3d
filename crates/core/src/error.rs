//! Errors of the core crate: reading and decoding input.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input is not valid UTF-8. `offset` is the byte offset of the first
    /// invalid sequence.
    #[error("{}: invalid UTF-8 at byte offset {offset}", display_path(.path))]
    InvalidUtf8 {
        path: Option<PathBuf>,
        offset: usize,
    },
    /// The input looks like a binary file (NUL bytes or mostly control bytes).
    #[error("{}: binary data, not text (NUL or control byte at byte offset {offset})", display_path(.path))]
    Binary {
        path: Option<PathBuf>,
        offset: usize,
    },
    /// A stage failed in a way the caller should see.
    #[error("stage {stage}: {message}")]
    Stage {
        stage: &'static str,
        message: String,
    },
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

fn display_path(p: &Option<PathBuf>) -> String {
    match p {
        Some(p) => p.display().to_string(),
        None => "<input>".to_string(),
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
