//! Pages as anonymous readers see them (a wiki page, recent changes), kept finished and
//! gzipped while the hub's content version stands still.
//!
//! Reading without an account is most of a hub's traffic (and all of it over Tor Browser's
//! default settings), and a page reads the same for every anonymous reader in one interface
//! language. So the first anonymous view of a page renders and compresses it once, and later
//! ones send those bytes. Nothing signed-in is ever kept here: such a page carries its reader's
//! CSRF token and what only they may see. The content version moves with every committed
//! change that alters what a reader sees (see `App::content_version`), so an edit, a new label
//! or a page made members-only is served from the next request on.

use std::collections::HashMap;
use std::sync::Mutex;

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use braid_app::ContentVersion;

use crate::chrome::Chrome;
use crate::session::Viewer;
use crate::{AppState, WebError};

/// How many pages are kept; the cache is a small fixed part of the server's memory (a page
/// is about 7 KB, and 2 KB gzipped).
const CAPACITY: usize = 256;

/// Which finished page: its address (with its query) and the interface language it was
/// rendered in.
type Key = (String, String);

/// Finished anonymous pages.
#[derive(Debug, Default)]
pub(crate) struct PublicPages {
    entries: Mutex<HashMap<Key, Finished>>,
}

/// A page's bytes, as rendered at a content version.
#[derive(Debug, Clone)]
pub(crate) struct Finished {
    version: ContentVersion,
    html: Bytes,
    /// `None` only if compressing failed.
    gzip: Option<Bytes>,
    loads_script: bool,
}

impl PublicPages {
    /// The page at `path` in `language`, if it was finished at `version`.
    pub(crate) fn get(
        &self,
        path: &str,
        language: &str,
        version: ContentVersion,
    ) -> Option<Finished> {
        let entries = self.entries.lock().ok()?;
        let finished = entries.get(&(path.to_owned(), language.to_owned()))?;
        (finished.version == version).then(|| finished.clone())
    }

    /// Keeps `html`, rendered for `path` in `language` from content read at `version` (taken
    /// before reading, so a write that landed meanwhile makes this entry stale, not wrong).
    pub(crate) fn put(
        &self,
        path: &str,
        language: &str,
        version: ContentVersion,
        html: String,
        loads_script: bool,
    ) -> Finished {
        let finished = Finished {
            version,
            gzip: crate::compression::gzip_best(html.as_bytes()),
            html: Bytes::from(html),
            loads_script,
        };
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= CAPACITY {
                // Pages of older versions go first; if all are current, any one.
                entries.retain(|_, kept| kept.version >= version);
                if entries.len() >= CAPACITY
                    && let Some(key) = entries.keys().next().cloned()
                {
                    entries.remove(&key);
                }
            }
            entries.insert((path.to_owned(), language.to_owned()), finished.clone());
        }
        finished
    }
}

/// An anonymous reader's request: one that the finished pages can answer.
pub(crate) struct PublicRequest {
    path: String,
    language: String,
    version: ContentVersion,
}

impl PublicRequest {
    /// `None` for a signed-in reader. The address is kept with its query (a filter, a part
    /// of a long list): each is a page of its own. Addresses nobody links to only take the
    /// place of others in the fixed number kept, so a flood of made-up queries costs what it
    /// would without keeping. Call before reading anything for the page: the version is
    /// taken now, so content that changes meanwhile is kept as stale, never as current.
    pub(crate) fn of(state: &AppState, chrome: &Chrome, viewer: &Viewer) -> Option<PublicRequest> {
        viewer.session.is_none().then(|| PublicRequest {
            path: chrome.current_path.clone(),
            language: chrome.lang().to_owned(),
            version: state.app().content_version(),
        })
    }

    /// The same request, for a page that also changes with the date (`day`).
    pub(crate) fn for_day(mut self, day: &str) -> PublicRequest {
        self.path = format!("{} @{day}", self.path);
        self
    }

    /// The page, if it was finished at this version.
    pub(crate) fn finished(&self, state: &AppState) -> Option<Finished> {
        state
            .shared
            .public_pages
            .get(&self.path, &self.language, self.version)
    }

    /// Answers with `page`: rendered and kept for a public request, rendered for the reader
    /// alone otherwise.
    pub(crate) fn render(
        public: Option<PublicRequest>,
        state: &AppState,
        page: &impl askama::Template,
        request_headers: &HeaderMap,
    ) -> Result<Response, WebError> {
        match public {
            Some(request) => request.keep(state, page, request_headers),
            None => crate::handlers::render(page),
        }
    }

    /// Renders `page`, keeps it and answers with it.
    fn keep(
        &self,
        state: &AppState,
        page: &impl askama::Template,
        request_headers: &HeaderMap,
    ) -> Result<Response, WebError> {
        let html = crate::handlers::render_html(page)?;
        let loads_script = crate::handlers::loads_script(&html);
        let finished = state.shared.public_pages.put(
            &self.path,
            &self.language,
            self.version,
            html,
            loads_script,
        );
        Ok(finished.response(request_headers))
    }
}

impl Finished {
    /// The response: gzipped when the reader's browser takes it (the compression layer leaves
    /// a response that already has an encoding alone).
    pub(crate) fn response(&self, request_headers: &HeaderMap) -> Response {
        let gzip = self
            .gzip
            .as_ref()
            .filter(|_| crate::compression::accepts_gzip(request_headers));
        let gzipped = gzip.is_some();
        let body = gzip.unwrap_or(&self.html);
        let mut response = (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::VARY, "accept-encoding"),
            ],
            body.clone(),
        )
            .into_response();
        if gzipped {
            response
                .headers_mut()
                .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        }
        if self.loads_script {
            response
                .extensions_mut()
                .insert(crate::middleware::LoadsScript);
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_kept_per_language_and_only_for_its_version() {
        let pages = PublicPages::default();
        let (v1, v2) = (ContentVersion(1), ContentVersion(2));
        pages.put("/wiki/a/b", "en", v1, "<p>hello</p>".into(), false);
        assert_eq!(
            pages.get("/wiki/a/b", "en", v1).map(|f| f.html),
            Some(Bytes::from("<p>hello</p>"))
        );
        assert!(pages.get("/wiki/a/b", "ar", v1).is_none());
        assert!(pages.get("/wiki/a/b", "en", v2).is_none());
        assert!(pages.get("/wiki/a/c", "en", v1).is_none());
    }

    #[test]
    fn it_never_holds_more_than_its_capacity() {
        let pages = PublicPages::default();
        let version = ContentVersion(1);
        for n in 0..CAPACITY * 2 {
            pages.put(&format!("/wiki/a/{n}"), "en", version, String::new(), false);
        }
        assert_eq!(pages.entries.lock().map(|e| e.len()).unwrap_or(0), CAPACITY);
    }

    #[test]
    fn the_gzipped_page_unzips_to_the_page() {
        use std::io::Read;
        let finished = PublicPages::default().put(
            "/",
            "en",
            ContentVersion(1),
            "<p>صفحة</p>".repeat(50),
            false,
        );
        let mut unzipped = String::new();
        let gzip = finished.gzip.unwrap_or_default();
        flate2::read::GzDecoder::new(&gzip[..])
            .read_to_string(&mut unzipped)
            .unwrap_or_default();
        assert_eq!(unzipped, "<p>صفحة</p>".repeat(50));
        assert!(!gzip.is_empty() && gzip.len() < finished.html.len());
    }
}
