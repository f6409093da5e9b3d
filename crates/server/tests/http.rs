//! The HTTP surface under hostile input: FTS/SQL syntax, huge queries, path
//! traversal on asset routes, foreign Host headers, write methods, and markup
//! in corpus text. Requests are written by hand on a TCP socket so that paths
//! reach the server exactly as sent (HTTP clients normalise `..`).

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

struct Reply {
    status: u16,
    headers: String,
    body: String,
}

fn raw(addr: SocketAddr, request: &[u8]) -> Option<Reply> {
    let mut s = TcpStream::connect(addr).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(20))).ok()?;
    // A refused request may close the socket before all was sent.
    let _ = s.write_all(request);
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).into_owned();
    let (head, body) = text.split_once("\r\n\r\n")?;
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    Some(Reply {
        status,
        headers: head.to_ascii_lowercase(),
        body: body.to_string(),
    })
}

fn get(addr: SocketAddr, path: &str) -> Reply {
    let req = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    raw(addr, req.as_bytes()).unwrap_or_else(|| panic!("no reply to GET {path}"))
}

fn enc(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn with_server(f: impl FnOnce(SocketAddr)) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("corpus.sqlite");
    common::build_corpus(&db);
    let server = lagebild_server::start(&db, "127.0.0.1:0".parse().expect("addr")).expect("start");
    f(server.addr);
    server.stop().expect("stop");
}

#[test]
fn pages_assets_and_api_answer() {
    with_server(|addr| {
        for (path, ctype) in [
            ("/", "text/html"),
            ("/article/1", "text/html"),
            ("/actor/1", "text/html"),
            ("/timeline", "text/html"),
            ("/assets/app.js", "text/javascript"),
            ("/assets/app.css", "text/css"),
            ("/api/stats", "application/json"),
            ("/api/search?q=Keller", "application/json"),
            ("/api/articles/1", "application/json"),
            ("/api/actors?q=kel", "application/json"),
            ("/api/actors?sort=statements", "application/json"),
            ("/api/actors/1", "application/json"),
            ("/api/timeline?granularity=year", "application/json"),
            ("/api", "text/markdown"),
        ] {
            let r = get(addr, path);
            assert_eq!(r.status, 200, "{path}: {}", r.body);
            assert!(
                r.headers.contains(&format!("content-type: {ctype}")),
                "{path}: {}",
                r.headers
            );
            assert!(
                r.headers
                    .contains("content-security-policy: default-src 'none'; script-src 'self'"),
                "{path}"
            );
            assert!(
                r.headers.contains("x-content-type-options: nosniff"),
                "{path}"
            );
        }
        let r = get(addr, "/api/search?q=Verbandschefin");
        let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
        assert_eq!(v["articles"][0]["ext_id"], "streik-aerzte");
        let r = get(addr, "/api/search?speaker=Keller");
        let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
        assert_eq!(v["total_statements"], 2);
    });
}

#[test]
fn hostile_search_input_is_answered_safely() {
    with_server(|addr| {
        let hostile = [
            "\"",
            "Keller\" OR \"x",
            "NEAR(Keller Albrecht, 1)",
            "text:Keller",
            "{text norm}: Keller",
            "Keller*) OR (*",
            "'; DROP TABLE articles; --",
            "1 OR 1=1",
            "%",
            "_%_",
            "\\",
            "<script>alert(1)</script>",
            "\u{0}",
            "😀 Ärzte",
        ];
        for h in hostile {
            for field in ["q", "actor", "speaker"] {
                let r = get(addr, &format!("/api/search?{field}={}", enc(h)));
                assert_eq!(r.status, 200, "{field}={h:?}: {}", r.body);
                assert!(
                    serde_json::from_str::<serde_json::Value>(&r.body).is_ok(),
                    "{h:?}"
                );
            }
            let r = get(addr, &format!("/api/actors?q={}", enc(h)));
            assert_eq!(r.status, 200, "actors q={h:?}");
        }
        // The corpus is intact.
        let r = get(addr, "/api/stats");
        let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
        assert_eq!(v["articles"], 4);
        // Bad filters and oversized queries are client errors with a message.
        for path in [
            format!("/api/search?q={}", "Keller%20".repeat(300)),
            "/api/search?q=a+b+c+d+e+f+g+h+i+j+k+l+m+n+o+p+q+r".to_string(),
            "/api/search?country=Deutschland".to_string(),
            "/api/search?event=PARTY".to_string(),
            "/api/search?from=gestern".to_string(),
            "/api/search?limit=-1".to_string(),
            "/api/timeline?granularity=hour".to_string(),
            "/api/actors?sort=name".to_string(),
            "/api/articles/abc".to_string(),
            "/api/articles/99999999999999999999999".to_string(),
        ] {
            let r = get(addr, &path);
            assert_eq!(r.status, 400, "{path}: {}", r.body);
        }
        for path in [
            "/api/articles/999",
            "/api/actors/-5",
            "/api/nothing",
            "/api/articles/1/x",
        ] {
            assert_eq!(get(addr, path).status, 404, "{path}");
        }
    });
}

#[test]
fn no_path_traversal_on_asset_routes() {
    with_server(|addr| {
        for path in [
            "/assets/../Cargo.toml",
            "/assets/../../Cargo.toml",
            "/assets/..%2f..%2fCargo.toml",
            "/assets/%2e%2e/%2e%2e/Cargo.toml",
            "/assets/%2e%2e%2f%2e%2e%2fsrc%2flib.rs",
            "/assets/....//....//Cargo.toml",
            "/assets//etc/passwd",
            "/assets/%2fetc%2fpasswd",
            "/assets/app.js%00.png",
            "/assets/..\\..\\Cargo.toml",
            "/../../../../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/assets/",
            "/assets/search.html/../../API.md",
        ] {
            let r = get(addr, path);
            assert_ne!(r.status, 200, "{path} answered 200");
            for secret in [
                "[package]",
                "root:x:",
                "//! `lagebild serve`",
                "# lagebild HTTP API",
            ] {
                assert!(!r.body.contains(secret), "{path} leaked {secret}");
            }
        }
    });
}

#[test]
fn foreign_hosts_write_methods_and_big_requests_are_refused() {
    with_server(|addr| {
        let r = raw(
            addr,
            b"GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n",
        )
        .expect("reply");
        assert_eq!(r.status, 421);
        let r = raw(addr, b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1.attacker.example\r\nConnection: close\r\n\r\n").expect("reply");
        assert_eq!(r.status, 421);
        for method in ["POST", "PUT", "DELETE", "PATCH"] {
            for path in ["/api/search", "/api/articles/1", "/"] {
                let req = format!(
                    "{method} {path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}"
                );
                let r = raw(addr, req.as_bytes()).expect("reply");
                assert_eq!(r.status, 405, "{method} {path}");
            }
        }
        // A body over the limit is refused before it is read.
        let big = vec![b'x'; 1 << 20];
        let mut req = format!(
            "POST /api/search HTTP/1.1\r\nHost: localhost\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            big.len()
        )
        .into_bytes();
        req.extend_from_slice(&big);
        if let Some(r) = raw(addr, &req) {
            assert!(r.status == 413 || r.status == 405, "{}", r.status);
        }
        // A huge request line is refused (or the connection closed), never served.
        let req = format!(
            "GET /api/search?q={} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "a".repeat(200_000)
        );
        if let Some(r) = raw(addr, req.as_bytes()) {
            assert!(r.status >= 400, "{}", r.status);
        }
        // The server still answers.
        assert_eq!(get(addr, "/api/stats").status, 200);
    });
}

#[test]
fn pages_never_embed_corpus_text() {
    // Pages are static; corpus text reaches the browser only as JSON and is
    // rendered with textContent (checked in a real browser by browser.rs).
    with_server(|addr| {
        for path in ["/", "/article/1", "/actor/1", "/timeline"] {
            let r = get(addr, path);
            assert!(!r.body.contains("__lagebild_xss"), "{path}");
            assert!(!r.body.contains("Miriam Keller"), "{path}");
        }
        let r = get(addr, "/api/articles/1");
        assert!(r.headers.contains("content-type: application/json"));
        let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
        assert!(v["text"].as_str().unwrap_or("").contains(common::SCRIPT));
        // The UI script never parses corpus text as HTML.
        let js = get(addr, "/assets/app.js").body;
        for sink in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
        ] {
            assert!(!js.contains(sink), "app.js uses {sink}");
        }
    });
}

/// Checks that `value` has every property `schema` requires, following
/// `$ref`s and descending into objects and arrays.
fn conforms(
    spec: &serde_json::Value,
    schema: &serde_json::Value,
    value: &serde_json::Value,
    at: &str,
) {
    let schema = match schema.get("$ref").and_then(|r| r.as_str()) {
        Some(r) => {
            let name = r.rsplit('/').next().expect("ref name");
            &spec["components"]["schemas"][name]
        }
        None => schema,
    };
    if let Some(req) = schema.get("required").and_then(|r| r.as_array()) {
        for k in req {
            let k = k.as_str().expect("key");
            assert!(value.get(k).is_some(), "{at}: missing {k} in {value}");
        }
    }
    if let (Some(props), Some(obj)) = (
        schema.get("properties").and_then(|p| p.as_object()),
        value.as_object(),
    ) {
        for (k, sub) in props {
            if let Some(v) = obj.get(k).filter(|v| !v.is_null()) {
                conforms(spec, sub, v, &format!("{at}.{k}"));
            }
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), value.as_array()) {
        for (i, v) in arr.iter().enumerate() {
            conforms(spec, items, v, &format!("{at}[{i}]"));
        }
    }
}

#[test]
fn responses_follow_the_openapi_description() {
    with_server(|addr| {
        let spec: serde_json::Value =
            serde_json::from_str(&get(addr, "/api/openapi.json").body).expect("openapi json");
        let paths = spec["paths"].as_object().expect("paths");
        for (path, item) in paths {
            let concrete = path.replace("{id}", "1");
            let query = match path.as_str() {
                "/api/search" => "?q=Keller",
                "/api/timeline" => "?actor=1",
                _ => "",
            };
            let r = get(addr, &format!("{concrete}{query}"));
            assert_eq!(r.status, 200, "{path}");
            let schema = &item["get"]["responses"]["200"]["content"]["application/json"]["schema"];
            if schema.is_null() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
            conforms(&spec, schema, &v, path);
        }
        assert!(paths.len() >= 8);
    });
}
