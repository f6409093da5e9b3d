//! Core types of lagebild.
//!
//! Every later stage works on *stand-off annotations*: byte spans into the
//! untouched text of a [`Document`]. Nothing ever rewrites the text, so every
//! fact can always be shown at its evidence. Byte offsets are what Rust string
//! slicing needs and cost nothing to compute; the JSON contract
//! (`../shared/eval/FORMAT.md`) wants Unicode code points, so the conversion
//! happens once, at the edge, in [`output`].
//!
//! The crate holds no linguistics: it defines the record that the stages fill
//! ([`Analysis`]), the trait they implement ([`Stage`]), the document model
//! (header, paragraphs, block quotes, page furniture), and the errors.

pub mod analysis;
pub mod ascii;
pub mod document;
pub mod error;
pub mod output;
pub mod span;
pub mod stage;

pub use analysis::*;
pub use document::{DocDate, Document, Paragraph, Precision};
pub use error::{Error, Result};
pub use span::Span;
pub use stage::Stage;

/// Version of the JSON output schema (`schema/analysis.schema.json`).
pub const SCHEMA_VERSION: &str = "1.0.0";
