//! One module per subcommand, each with its own `Args` and `run`.

pub mod analyze;
pub mod ingest;
pub mod ner;
pub mod search;
pub mod segment;
pub mod serve;
pub mod train;
