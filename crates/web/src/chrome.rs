//! What every page shows around its content: the header, language switcher and footer.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use crate::AppState;
use crate::i18n::Translator;
use crate::request_id::RequestId;

/// The name of the cookie that remembers the reader's interface language.
pub(crate) fn language_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-braid_lang"
    } else {
        "braid_lang"
    }
}

/// The reader's language choice from the cookie, if any.
pub(crate) fn chosen_language(headers: &HeaderMap, secure: bool) -> Option<String> {
    crate::session::cookie(headers, language_cookie_name(secure)).map(str::to_owned)
}

/// The page frame: language, strings and the header's links.
#[derive(Debug, Clone)]
pub struct Chrome {
    /// Interface strings in the reader's language.
    pub t: Translator,
    /// Shown in the header.
    pub community_name: String,
    /// The stylesheet's fingerprinted URL.
    pub style_url: String,
    /// The passkey script's fingerprinted URL (only pages with passkey forms load it).
    pub passkey_script_url: String,
    /// The hub's public address: passkeys work only on pages opened there.
    pub public_url: String,
    /// Interface languages as (tag, native name).
    pub languages: Vec<(String, String)>,
    /// Where the language switcher returns to.
    pub current_path: String,
    /// Shown on error pages, to quote to operators.
    pub request_id: String,
    /// What the header's search box shows (the query on the results page).
    pub search_query: String,
    /// The signed-in member's handle, for the header.
    pub handle: Option<String>,
    /// The CSRF token for this viewer's forms (empty when not signed in).
    pub csrf: String,
    /// What the site navigation offers this viewer, and what waits for them.
    pub nav: SiteNav,
}

/// The site navigation's entries beyond the public ones, with what waits behind them.
#[derive(Debug, Clone, Copy, Default)]
pub struct SiteNav {
    /// Signed in: members, notifications.
    pub signed_in: bool,
    /// Unread notifications.
    pub unread: u64,
    /// Pages with edits to review, for editors.
    pub review: Option<u64>,
    /// Administration, for admins.
    pub admin: bool,
}

impl Chrome {
    /// Builds the frame for a request's headers.
    pub(crate) fn build(
        state: &AppState,
        headers: &HeaderMap,
        current_path: String,
        request_id: String,
    ) -> Chrome {
        let shared = &state.shared;
        let chosen = chosen_language(headers, shared.secure_transport);
        let accept = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        Chrome {
            t: shared.locales.negotiate(chosen.as_deref(), accept),
            community_name: shared.config.community_name.clone(),
            style_url: shared.assets.url("style.css"),
            passkey_script_url: shared.assets.url("passkey.js"),
            public_url: shared.config.public_url.clone(),
            languages: shared.locales.available(),
            current_path,
            request_id,
            search_query: String::new(),
            handle: None,
            csrf: String::new(),
            nav: SiteNav::default(),
        }
    }

    /// Whether the page shown is `prefix` or under it, for the navigation's `aria-current`.
    pub fn at(&self, prefix: &str) -> bool {
        let path = self.current_path.split('?').next().unwrap_or("");
        if prefix == "/" {
            return path == "/" || path.starts_with("/wiki");
        }
        path == prefix || path.starts_with(&format!("{prefix}/"))
    }

    /// An interface string.
    pub fn t(&self, id: &str) -> String {
        self.t.t(id)
    }

    /// The string `id` in the reader's language, or `None` when no language has it (an id
    /// built from a stored name that this build does not know).
    pub fn try_t(&self, id: &str) -> Option<String> {
        self.t.try_t(id, &[])
    }

    /// A security event's name in the reader's language (`kind` is its stable name).
    pub fn event_name(&self, kind: &str) -> String {
        self.t
            .try_t(&format!("event-{kind}"), &[])
            .unwrap_or_else(|| self.t.t("event-other"))
    }

    /// A security event's detail in the reader's language: its named values worded by
    /// `event-detail-<kind>`, role names translated. Details recorded as text before they had
    /// names are shown as they are.
    pub fn event_detail(&self, kind: &str, detail: &str) -> String {
        let Ok(serde_json::Value::Object(values)) = serde_json::from_str(detail) else {
            return detail.to_owned();
        };
        let role = |name: &str| {
            self.t
                .try_t(&format!("role-{name}"), &[])
                .unwrap_or_else(|| name.to_owned())
        };
        let args: Vec<(&str, String)> = values
            .iter()
            .map(|(name, value)| {
                let text = value.as_str().unwrap_or_default();
                let worded = match name.as_str() {
                    "role" => role(text),
                    "roles" if text.is_empty() => self.t.t("event-detail-nobody"),
                    "roles" => text.split(',').map(role).collect::<Vec<_>>().join(", "),
                    _ => text.to_owned(),
                };
                (name.as_str(), worded)
            })
            .collect();
        self.t
            .try_t(&format!("event-detail-{kind}"), &args)
            .unwrap_or_default()
    }

    /// A domain error as the reader should see it: in their language where the interface has
    /// the message, in English otherwise.
    pub fn problem(&self, error: &braid_domain::DomainError) -> String {
        use braid_domain::DomainError;
        let field = |field: &str| {
            let id = format!("field-{}", field.replace(' ', "-"));
            self.t.try_t(&id, &[]).unwrap_or_else(|| field.to_owned())
        };
        let translated = match error {
            DomainError::Empty { field: name } => {
                self.t.try_t("problem-empty", &[("field", field(name))])
            }
            DomainError::TooLong { field: name, max } => self.t.try_t(
                "problem-too-long",
                &[("field", field(name)), ("max", self.number(*max))],
            ),
            DomainError::Invalid { key, .. } => self.t.try_t(&format!("problem-{key}"), &[]),
        };
        translated.unwrap_or_else(|| error.to_string())
    }

    /// A moment as the reader's language writes it, in UTC.
    pub fn when(&self, moment: impl Moment) -> String {
        let (year, month, day, hour, minute) = moment.timestamp().civil_utc();
        self.t.date_time(year, month, day, hour, minute)
    }

    /// A count as the reader's language writes it.
    pub fn number(&self, value: impl Count) -> String {
        self.t.number(value.count())
    }

    /// The reader's language as a language pages may be written in, if it is one: trees,
    /// lists and links show pages translated into it.
    pub fn content_language(&self) -> Option<braid_domain::language::LanguageCode> {
        braid_domain::language::LanguageCode::new(self.t.tag()).ok()
    }

    /// The own name of a language pages are written in (its code when unknown).
    pub fn language_name<'a>(&self, code: &'a str) -> &'a str {
        braid_domain::language::language_name(code)
    }

    /// The `lang` attribute.
    pub fn lang(&self) -> &str {
        self.t.tag()
    }

    /// The `dir` attribute of text written in the language `code`.
    pub fn content_dir(&self, code: &str) -> &'static str {
        match braid_domain::language::content_language(code) {
            Ok(language) if language.rtl => "rtl",
            Ok(_) => "ltr",
            Err(_) => "auto",
        }
    }

    /// The languages pages may be written in.
    pub fn content_languages(&self) -> &'static [braid_domain::language::ContentLanguage] {
        braid_domain::language::CONTENT_LANGUAGES
    }

    /// The `dir` attribute.
    pub fn dir(&self) -> &'static str {
        self.t.direction().as_str()
    }
}

/// A timestamp, however many references deep: templates pass arguments by reference, and
/// a value bound in `if let` is one more.
pub trait Moment {
    /// The timestamp referred to.
    fn timestamp(&self) -> braid_domain::time::Timestamp;
}

impl Moment for braid_domain::time::Timestamp {
    fn timestamp(&self) -> braid_domain::time::Timestamp {
        *self
    }
}

impl<T: Moment + ?Sized> Moment for &T {
    fn timestamp(&self) -> braid_domain::time::Timestamp {
        (**self).timestamp()
    }
}

/// A whole number, however many references deep (see [`Moment`]).
pub trait Count {
    /// The number, saturated to `i64`.
    fn count(&self) -> i64;
}

macro_rules! count {
    ($($integer:ty),*) => {$(
        impl Count for $integer {
            fn count(&self) -> i64 {
                i64::try_from(*self).unwrap_or(i64::MAX)
            }
        }
    )*};
}
count!(u8, i32, i64, u32, u64, usize);

impl<T: Count + ?Sized> Count for &T {
    fn count(&self) -> i64 {
        (**self).count()
    }
}

impl FromRequestParts<AppState> for Chrome {
    type Rejection = crate::WebError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Chrome, Self::Rejection> {
        let request_id = parts
            .extensions
            .get::<RequestId>()
            .map(|id| id.0.clone())
            .unwrap_or_default();
        let path = parts
            .uri
            .path_and_query()
            .map(|pq| pq.as_str().to_owned())
            .unwrap_or_else(|| "/".to_owned());
        let mut chrome = Chrome::build(state, &parts.headers, path, request_id);
        if let Some(viewer) = parts.extensions.get::<crate::session::Viewer>() {
            chrome.handle = viewer.handle().map(str::to_owned);
            chrome.csrf = viewer.csrf.clone();
            if let Some(session) = &viewer.session {
                // The member's own choice wins over this device's cookie and its browser.
                if let Some(tag) = session.interface_language.as_deref()
                    && tag != chrome.t.tag()
                    && state.shared.locales.has(tag)
                {
                    chrome.t = state.shared.locales.negotiate(Some(tag), None);
                }
                chrome.nav = SiteNav {
                    signed_in: true,
                    unread: session.unread_notifications,
                    review: state.app().awaiting_review(&viewer.actor).await?,
                    admin: braid_domain::policy::permits(
                        &viewer.actor,
                        braid_domain::policy::Action::ManageAccounts,
                    ),
                };
            }
        }
        Ok(chrome)
    }
}
