//! `lagebild serve`: a read-only JSON API and a web UI over a corpus.
//!
//! Why this shape: a situation picture is browsed — from a search to an
//! article, from a quote to its speaker, from the speaker to everything they
//! said and did. The UI is four small pages of our own HTML, CSS and
//! JavaScript, compiled into the binary (`include_str!`), so the server needs
//! no files, no CDN and no build step, and asset routes cannot reach the
//! file system at all.
//!
//! Safety: it listens on localhost by default and refuses requests whose
//! `Host` is not a loopback name while it does (DNS rebinding); it opens the
//! corpus read-only and has no write endpoint; requests are limited in body
//! size and time; every page renders corpus text with `textContent`, and a
//! strict Content-Security-Policy forbids inline script. User input reaches
//! SQLite only as parameters and FTS5 only as quoted strings (see
//! `lagebild-store`).

mod assets;
mod routes;

use axum::Router;
use lagebild_store::Store;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub use routes::router;

/// The largest request body accepted (there are no write endpoints; this
/// only bounds what a client can make the server read).
pub const MAX_BODY_BYTES: usize = 16 * 1024;
/// The longest a request may take before it is answered with 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// The longest a database query may run before SQLite is told to stop it.
pub const QUERY_TIMEOUT: Duration = Duration::from_secs(8);

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] lagebild_store::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Shared by every request: where the corpus is and a few open read-only
/// connections to it.
pub struct AppState {
    db: PathBuf,
    pool: Mutex<Vec<Store>>,
    /// Whether to insist on a loopback `Host` header.
    loopback_only: bool,
}

impl AppState {
    /// Opens the corpus read-only (failing early when it is not one).
    pub fn new(db: &Path, loopback_only: bool) -> Result<Arc<AppState>, Error> {
        let first = Store::open_read_only(db)?;
        Ok(Arc::new(AppState {
            db: db.to_path_buf(),
            pool: Mutex::new(vec![first]),
            loopback_only,
        }))
    }

    fn take(&self) -> Result<Store, lagebild_store::Error> {
        let pooled = self.pool.lock().ok().and_then(|mut p| p.pop());
        match pooled {
            Some(s) => Ok(s),
            None => Store::open_read_only(&self.db),
        }
    }

    fn give_back(&self, s: Store) {
        if let Ok(mut p) = self.pool.lock() {
            if p.len() < 8 {
                p.push(s);
            }
        }
    }
}

/// A server running on its own thread and runtime.
pub struct RunningServer {
    pub addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<Result<(), Error>>>,
}

impl RunningServer {
    /// Stops accepting, finishes open requests, and waits for the thread.
    pub fn stop(mut self) -> Result<(), Error> {
        self.stop_inner()
    }

    fn stop_inner(&mut self) -> Result<(), Error> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        match self.thread.take().map(|t| t.join()) {
            Some(Ok(r)) => r,
            Some(Err(_)) => Err(Error::Io(std::io::Error::other("server thread panicked"))),
            None => Ok(()),
        }
    }

    /// Blocks until the server stops (it does not by itself).
    pub fn wait(mut self) -> Result<(), Error> {
        match self.thread.take().map(|t| t.join()) {
            Some(Ok(r)) => r,
            Some(Err(_)) => Err(Error::Io(std::io::Error::other("server thread panicked"))),
            None => Ok(()),
        }
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        let _ = self.stop_inner();
    }
}

/// Binds `addr` (port 0 picks a free port) and serves `db` on a thread of
/// its own; returns once the socket is bound.
pub fn start(db: &Path, addr: SocketAddr) -> Result<RunningServer, Error> {
    let state = AppState::new(db, addr.ip().is_loopback())?;
    let app: Router = router(state);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let listener = rt.block_on(tokio::net::TcpListener::bind(addr))?;
    let bound = listener.local_addr()?;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::spawn(move || -> Result<(), Error> {
        rt.block_on(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = rx.await;
                })
                .await
        })?;
        Ok(())
    });
    Ok(RunningServer {
        addr: bound,
        shutdown: Some(tx),
        thread: Some(thread),
    })
}

/// `lagebild serve`: serves until Ctrl-C.
pub fn serve_blocking(db: &Path, addr: SocketAddr) -> Result<(), Error> {
    let server = start(db, addr)?;
    eprintln!(
        "lagebild: serving {} at http://{}/ (Ctrl-C stops)",
        db.display(),
        server.addr
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        let _ = tokio::signal::ctrl_c().await;
    });
    eprintln!("lagebild: stopping");
    server.stop()
}
