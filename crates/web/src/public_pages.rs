//! Pages as anonymous readers see them (a wiki page, recent changes), kept finished and
//! gzipped while the hub's content version stands still.
//!
//! Reading without an account is most of a hub's traffic (and all of it over Tor Browser's
//! default settings), and a page reads the same for every anonymous reader in one interface
//! language. So the first anonymous view of a page renders and compresses it once, and later
//! ones send those bytes. Nothing signed-in is ever kept here: such a page carries its reader's
//! CSRF token and what only they may see. The content version moves with every committed
//! change that alters what a reader sees (see `App::content_version`), so an edit, a new label
//! or a page made members-only is served from the next request on. A wiki page is kept by its
//! own version instead (`App::page_version`), so an edit of another page's text leaves it.

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use braid_app::ContentVersion;
use braid_app::budget::BudgetCache;

use crate::chrome::Chrome;
use crate::session::Viewer;
use crate::{AppState, WebError};

/// How many bytes of finished pages are kept: gzipped, a page is 2 to 4 KB, so this holds a
/// hub of about 20,000 pages whole, and the most read of a larger one.
const BUDGET_BYTES: usize = 64 * 1024 * 1024;

/// Which finished page: its address (with its query) and the interface language it was
/// rendered in.
type Key = (String, String);

/// Finished anonymous pages, the least recently read leaving first when the budget is full.
#[derive(Debug)]
pub(crate) struct PublicPages {
    entries: BudgetCache<Key, Finished>,
}

impl Default for PublicPages {
    fn default() -> PublicPages {
        PublicPages::within(BUDGET_BYTES)
    }
}

/// A page's bytes, as rendered at a content version: gzipped only (nearly every reader takes
/// gzip; for one who does not, it is unzipped again), so the budget holds twice the pages.
#[derive(Debug, Clone)]
pub(crate) struct Finished {
    version: ContentVersion,
    /// The gzipped page, or the page itself if compressing failed.
    body: Bytes,
    gzipped: bool,
    loads_script: bool,
}

impl PublicPages {
    fn within(budget: usize) -> PublicPages {
        PublicPages {
            entries: BudgetCache::new(budget),
        }
    }

    /// The page at `path` in `language`, if it was finished at `version`.
    pub(crate) fn get(
        &self,
        path: &str,
        language: &str,
        version: ContentVersion,
    ) -> Option<Finished> {
        let finished = self.entries.get(&(path.to_owned(), language.to_owned()))?;
        (finished.version == version).then_some(finished)
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
        let gzip = crate::compression::gzip_best(html.as_bytes());
        let finished = Finished {
            version,
            gzipped: gzip.is_some(),
            body: gzip.unwrap_or_else(|| Bytes::from(html)),
            loads_script,
        };
        let bytes = finished.body.len() + path.len() + language.len() + 96;
        self.entries.put(
            (path.to_owned(), language.to_owned()),
            finished.clone(),
            bytes,
        );
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

    /// The same request, for a page current while `version` stands (taken, as the content
    /// version is, before reading anything for the page).
    pub(crate) fn at(mut self, version: ContentVersion) -> PublicRequest {
        self.version = version;
        self
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
        let send_gzip = self.gzipped && crate::compression::accepts_gzip(request_headers);
        let body = if self.gzipped && !send_gzip {
            gunzip(&self.body)
        } else {
            self.body.clone()
        };
        let mut response = (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::VARY, "accept-encoding"),
            ],
            body,
        )
            .into_response();
        if send_gzip {
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

/// The page again from its gzipped bytes (which this process made, so they unzip).
fn gunzip(gzip: &[u8]) -> Bytes {
    use std::io::Read;
    let mut html = Vec::with_capacity(gzip.len() * 4);
    let _ = flate2::read::GzDecoder::new(gzip).read_to_end(&mut html);
    Bytes::from(html)
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
            pages.get("/wiki/a/b", "en", v1).map(|f| gunzip(&f.body)),
            Some(Bytes::from("<p>hello</p>"))
        );
        assert!(pages.get("/wiki/a/b", "ar", v1).is_none());
        assert!(pages.get("/wiki/a/b", "en", v2).is_none());
        assert!(pages.get("/wiki/a/c", "en", v1).is_none());
    }

    #[test]
    fn it_never_holds_more_than_its_budget_and_keeps_the_pages_read_most_recently() {
        let budget = 256 * 1024;
        let pages = PublicPages::within(budget);
        let version = ContentVersion(1);
        // Text that does not compress: about 8 KB kept per page.
        let page = |n: usize| {
            (0..1000)
                .map(|i| format!("{:x}", (n * 7919 + i * 104_729) % 65_521))
                .collect::<String>()
        };
        let mut n = 0;
        while pages.entries.usage().0 < budget - 16 * 1024 {
            pages.put(&format!("/wiki/a/{n}"), "en", version, page(n), false);
            n += 1;
            // The first page is read all along.
            assert!(pages.get("/wiki/a/0", "en", version).is_some());
        }
        for more in n..n + 10 {
            pages.put(&format!("/wiki/a/{more}"), "en", version, page(more), false);
            assert!(pages.get("/wiki/a/0", "en", version).is_some());
        }
        assert!(pages.entries.usage().0 <= budget);
        assert!(
            pages.get("/wiki/a/1", "en", version).is_none(),
            "the least read left"
        );
    }

    #[test]
    fn the_gzipped_page_unzips_to_the_page() {
        let finished = PublicPages::default().put(
            "/",
            "en",
            ContentVersion(1),
            "<p>صفحة</p>".repeat(50),
            false,
        );
        assert!(finished.gzipped && finished.body.len() < "<p>صفحة</p>".repeat(50).len());
        assert_eq!(
            gunzip(&finished.body),
            Bytes::from("<p>صفحة</p>".repeat(50))
        );
        // A reader who does not take gzip gets the page itself.
        let response = finished.response(&HeaderMap::new());
        assert!(response.headers().get(header::CONTENT_ENCODING).is_none());
    }
}
