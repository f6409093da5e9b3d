//! Routes: the pages, the embedded assets and the JSON API (`API.md`).

use crate::assets::{
    self, API_DOC, OPENAPI, PAGE_ACTOR, PAGE_ARTICLE, PAGE_NOT_FOUND, PAGE_SEARCH, PAGE_TIMELINE,
};
use crate::{AppState, MAX_BODY_BYTES, QUERY_TIMEOUT, REQUEST_TIMEOUT};
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use lagebild_store::{Store, TimelineFilter};
use serde::Deserialize;
use serde_json::json;
use std::sync::Arc;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

/// An API error: a status and a message, sent as `{"error": "…"}`.
pub struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

impl From<lagebild_store::Error> for ApiError {
    fn from(e: lagebild_store::Error) -> Self {
        match e {
            lagebild_store::Error::BadQuery(m) => ApiError(StatusCode::BAD_REQUEST, m),
            other => {
                eprintln!("lagebild: error: {other}");
                ApiError(StatusCode::INTERNAL_SERVER_ERROR, "internal error".into())
            }
        }
    }
}

fn not_found(what: &str) -> ApiError {
    ApiError(StatusCode::NOT_FOUND, format!("no such {what}"))
}

/// Runs a store query on the blocking pool with a pooled connection. A query
/// still running after [`QUERY_TIMEOUT`] is interrupted inside SQLite, so a
/// costly request cannot keep a core busy after its client was answered.
async fn with_store<T, F>(st: &Arc<AppState>, f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(&Store) -> lagebild_store::Result<T> + Send + 'static,
{
    let st = st.clone();
    let handle = Arc::new(std::sync::Mutex::new(None));
    let handle2 = handle.clone();
    let job = tokio::task::spawn_blocking(move || {
        let store = st.take()?;
        if let Ok(mut h) = handle2.lock() {
            *h = Some(store.connection().get_interrupt_handle());
        }
        let r = f(&store);
        st.give_back(store);
        r
    });
    match tokio::time::timeout(QUERY_TIMEOUT, job).await {
        Ok(joined) => joined
            .map_err(|_| ApiError(StatusCode::INTERNAL_SERVER_ERROR, "internal error".into()))?
            .map_err(ApiError::from),
        Err(_) => {
            if let Some(h) = handle.lock().ok().and_then(|mut h| h.take()) {
                h.interrupt();
            }
            Err(ApiError(
                StatusCode::SERVICE_UNAVAILABLE,
                "the query took too long and was stopped".into(),
            ))
        }
    }
}

/// The whole application.
pub fn router(state: Arc<AppState>) -> Router {
    let api = Router::new()
        .route("/api/search", get(api_search))
        .route("/api/articles/{id}", get(api_article))
        .route("/api/actors", get(api_actors))
        .route("/api/actors/{id}", get(api_actor))
        .route("/api/timeline", get(api_timeline))
        .route("/api/stats", get(api_stats))
        .route("/api", get(api_doc))
        .route("/api/openapi.json", get(api_openapi));
    Router::new()
        .route("/", get(|| page(PAGE_SEARCH)))
        .route("/article/{id}", get(|| page(PAGE_ARTICLE)))
        .route("/actor/{id}", get(|| page(PAGE_ACTOR)))
        .route("/timeline", get(|| page(PAGE_TIMELINE)))
        .route("/assets/{name}", get(asset))
        .route(
            "/favicon.ico",
            get(|| async { asset(Path("favicon.svg".to_string())).await }),
        )
        .merge(api)
        .fallback(page_fallback)
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .with_state(state)
}

/// Refuses foreign `Host` names on a loopback server (DNS rebinding) and
/// sets the security headers on every response.
async fn guard(State(st): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    if st.loopback_only {
        let host = req
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("");
        if !is_loopback_host(host) {
            return (StatusCode::MISDIRECTED_REQUEST, "unknown host\n").into_response();
        }
    }
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, k: &'static str, v: &'static str| {
        h.insert(k, HeaderValue::from_static(v));
    };
    set(
        h,
        "content-security-policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    set(h, "x-content-type-options", "nosniff");
    set(h, "referrer-policy", "no-referrer");
    set(h, "x-frame-options", "DENY");
    set(h, "cache-control", "no-cache");
    res
}

fn is_loopback_host(host: &str) -> bool {
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.rsplit_once(':').map(|(h, _)| h).unwrap_or(host)
    };
    matches!(name, "localhost" | "::1")
        || name.starts_with("127.") && name.parse::<std::net::Ipv4Addr>().is_ok()
}

async fn page(html: &'static str) -> Html<&'static str> {
    Html(html)
}

async fn asset(Path(name): Path<String>) -> Response {
    match assets::find(&name) {
        Some(a) => ([(header::CONTENT_TYPE, a.content_type)], a.body).into_response(),
        None => (StatusCode::NOT_FOUND, "not found\n").into_response(),
    }
}

async fn page_fallback(uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/api/") {
        return not_found("endpoint (see /api)").into_response();
    }
    (StatusCode::NOT_FOUND, Html(PAGE_NOT_FOUND)).into_response()
}

async fn api_doc() -> Response {
    (
        [(header::CONTENT_TYPE, "text/markdown; charset=utf-8")],
        API_DOC,
    )
        .into_response()
}

async fn api_openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

#[derive(Debug, Deserialize)]
struct SearchParams {
    #[serde(default)]
    q: String,
    actor: Option<String>,
    speaker: Option<String>,
    country: Option<String>,
    event: Option<String>,
    from: Option<String>,
    to: Option<String>,
    limit: Option<usize>,
    offset: Option<usize>,
}

async fn api_search(
    State(st): State<Arc<AppState>>,
    Query(p): Query<SearchParams>,
) -> Result<Response, ApiError> {
    let q = lagebild_store::Query {
        text: p.q,
        actor: p.actor,
        speaker: p.speaker,
        country: p.country,
        event: p.event,
        from: p.from,
        to: p.to,
        limit: p.limit,
        offset: p.offset,
    };
    let r = with_store(&st, move |s| s.search(&q)).await?;
    Ok(Json(r).into_response())
}

async fn api_article(
    State(st): State<Arc<AppState>>,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    match with_store(&st, move |s| s.article(id)).await? {
        Some(a) => Ok(Json(a).into_response()),
        None => Err(not_found("article")),
    }
}

#[derive(Debug, Deserialize)]
struct ActorsParams {
    #[serde(default)]
    q: String,
    limit: Option<usize>,
    /// `articles` (default) or `statements`.
    sort: Option<String>,
}

async fn api_actors(
    State(st): State<Arc<AppState>>,
    Query(p): Query<ActorsParams>,
) -> Result<Response, ApiError> {
    let limit = p.limit.unwrap_or(50);
    let by_statements = match p.sort.as_deref() {
        None | Some("") | Some("articles") => false,
        Some("statements") => true,
        Some(other) => {
            return Err(ApiError(
                StatusCode::BAD_REQUEST,
                format!("sort {other:?}: use articles or statements"),
            ))
        }
    };
    let r = with_store(&st, move |s| {
        if by_statements {
            s.speakers(&p.q, limit)
        } else {
            s.actors(&p.q, limit)
        }
    })
    .await?;
    Ok(Json(json!({ "actors": r })).into_response())
}

async fn api_actor(
    State(st): State<Arc<AppState>>,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    match with_store(&st, move |s| s.actor(id)).await? {
        Some(a) => Ok(Json(a).into_response()),
        None => Err(not_found("actor")),
    }
}

async fn api_timeline(
    State(st): State<Arc<AppState>>,
    Query(f): Query<TimelineFilter>,
) -> Result<Response, ApiError> {
    let r = with_store(&st, move |s| s.timeline(&f)).await?;
    Ok(Json(r).into_response())
}

async fn api_stats(State(st): State<Arc<AppState>>) -> Result<Response, ApiError> {
    let r = with_store(&st, |s| s.stats()).await?;
    Ok(Json(r).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        for (h, ok) in [
            ("localhost", true),
            ("localhost:8080", true),
            ("127.0.0.1:3000", true),
            ("127.1.2.3", true),
            ("[::1]:8080", true),
            ("evil.example", false),
            ("127.0.0.1.evil.example", false),
            ("localhost.evil.example:80", false),
            ("", false),
        ] {
            assert_eq!(is_loopback_host(h), ok, "{h}");
        }
    }
}
