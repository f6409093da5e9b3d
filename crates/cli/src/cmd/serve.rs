//! `lagebild serve`: the JSON API and the web UI over a corpus, read-only.

use anyhow::{Context, Result};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The corpus file (opened read-only).
    #[arg(long)]
    pub db: PathBuf,
    /// Address to listen on. Localhost by default; anything else exposes the
    /// corpus to the network.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
}

pub fn run(args: Args) -> Result<ExitCode> {
    if !args.addr.ip().is_loopback() {
        eprintln!(
            "lagebild: warning: listening on {}, which is reachable from other machines",
            args.addr
        );
    }
    lagebild_server::serve_blocking(&args.db, args.addr)
        .with_context(|| format!("serving {}", args.db.display()))?;
    Ok(ExitCode::SUCCESS)
}
