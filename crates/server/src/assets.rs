//! The web UI, compiled into the binary. Asset routes look names up in this
//! fixed table and nothing else: there is no file system path to traverse.

pub struct Asset {
    pub name: &'static str,
    pub content_type: &'static str,
    pub body: &'static str,
}

pub const ASSETS: &[Asset] = &[
    Asset {
        name: "app.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_str!("../assets/app.js"),
    },
    Asset {
        name: "app.css",
        content_type: "text/css; charset=utf-8",
        body: include_str!("../assets/app.css"),
    },
    Asset {
        name: "favicon.svg",
        content_type: "image/svg+xml",
        body: include_str!("../assets/favicon.svg"),
    },
];

pub const PAGE_SEARCH: &str = include_str!("../assets/search.html");
pub const PAGE_ARTICLE: &str = include_str!("../assets/article.html");
pub const PAGE_ACTOR: &str = include_str!("../assets/actor.html");
pub const PAGE_TIMELINE: &str = include_str!("../assets/timeline.html");
pub const PAGE_NOT_FOUND: &str = include_str!("../assets/404.html");
pub const OPENAPI: &str = include_str!("../openapi.json");
pub const API_DOC: &str = include_str!("../API.md");

pub fn find(name: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|a| a.name == name)
}
