//! Braid's HTTP edge: router, middleware, handlers, templates, assets and interface strings.
//!
//! Pages are server-rendered and work without JavaScript. Every response passes through the
//! edge middleware ([`middleware::edge`]), which gives it a request id, the security headers
//! and, for errors, the one error page. This crate calls services in `braid-app` only; it never
//! touches the store, search index or mail directly (CI checks that it cannot).
#![forbid(unsafe_code)]

mod assets;
mod chrome;
pub mod client_limits;
mod compression;
mod connections;
mod device;
mod error;
mod handlers;
pub use braid_i18n as i18n;
mod middleware;
mod public_pages;
mod request_id;
mod session;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::StatusCode;
use axum::routing::{get, post};
use braid_app::App;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::csrf::CsrfLayer;
use tower_http::timeout::TimeoutLayer;

pub use connections::{ConnectionLimits, serve};
pub use error::WebError;

/// Settings of the web layer, taken from the configuration.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Shown in the header of every page.
    pub community_name: String,
    /// The address readers use, e.g. `https://hub.example.org` (no trailing slash). Decides
    /// whether cookies are `Secure` and whether HSTS is sent.
    pub public_url: String,
    /// The interface language when a reader asks for none we have.
    pub default_language: String,
    /// A request taking longer than this is answered with 503.
    pub request_timeout: Duration,
    /// Larger request bodies are refused with 413.
    pub max_body_bytes: usize,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// Why the web layer could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// A shipped locale or the default language is wrong.
    #[error(transparent)]
    Locale(#[from] i18n::LocaleError),
    /// `public_url` is not an http(s) origin.
    #[error(
        "public_url {0:?} must be an http:// or https:// address such as https://hub.example.org"
    )]
    PublicUrl(String),
}

/// What handlers share: the services and the web layer's own settings.
#[derive(Clone)]
pub struct AppState {
    shared: Arc<Shared>,
}

struct Shared {
    app: App,
    config: WebConfig,
    locales: Arc<i18n::Locales>,
    assets: assets::Assets,
    /// Whether readers reach us over TLS (or an onion service, which browsers treat as
    /// secure): cookies get `Secure` and the `__Host-` prefix.
    secure_transport: bool,
    /// Whether to send HSTS (real TLS only; not onion services).
    hsts: bool,
    /// Failed sign-ins per client, in memory.
    client_limits: client_limits::ClientLimits,
    /// Finished pages for anonymous readers.
    public_pages: public_pages::PublicPages,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("config", &self.shared.config)
            .finish_non_exhaustive()
    }
}

impl AppState {
    /// Builds the web layer's state over the services.
    pub fn new(app: App, config: WebConfig) -> Result<AppState, SetupError> {
        let locales = Arc::new(i18n::Locales::load(&config.default_language)?);
        let url = config.public_url.trim_end_matches('/');
        let (https, rest) = if let Some(rest) = url.strip_prefix("https://") {
            (true, rest)
        } else if let Some(rest) = url.strip_prefix("http://") {
            (false, rest)
        } else {
            return Err(SetupError::PublicUrl(config.public_url.clone()));
        };
        let host = rest.split(['/', ':']).next().unwrap_or("");
        if host.is_empty() {
            return Err(SetupError::PublicUrl(config.public_url.clone()));
        }
        let onion = host.ends_with(".onion");
        let config = WebConfig {
            public_url: url.to_owned(),
            ..config
        };
        let client_limits = client_limits::ClientLimits::new(config.trusted_proxies.clone());
        Ok(AppState {
            shared: Arc::new(Shared {
                app,
                config,
                locales,
                assets: assets::Assets::load(),
                secure_transport: https || onion,
                hsts: https,
                client_limits,
                public_pages: public_pages::PublicPages::default(),
            }),
        })
    }

    fn app(&self) -> &App {
        &self.shared.app
    }
}

/// The whole HTTP application.
pub fn router(state: AppState) -> Router {
    let config = &state.shared.config;
    let csrf = match CsrfLayer::new().add_trusted_origin(&config.public_url) {
        Ok(layer) => layer,
        Err(error) => {
            tracing::warn!(%error, "public_url is not usable as a trusted origin; relying on Sec-Fetch-Site and Host");
            CsrfLayer::new()
        }
    };
    // The largest body any route takes (uploads); `middleware::limit_body` holds every other
    // request to `max_body_bytes`.
    let body_limit = upload_limit(&state);
    Router::new()
        .route("/", get(handlers::home::show))
        .merge(handlers::wiki::routes())
        .merge(handlers::discussion::routes())
        .route(
            "/wiki/{section}/{page}/attachments",
            post(handlers::attachments::upload),
        )
        .route(
            "/attachments/{id}/{name}",
            get(handlers::attachments::download),
        )
        .route(
            "/attachments/{id}/delete",
            post(handlers::attachments::delete),
        )
        .route(
            "/attachments/{id}/approve",
            post(handlers::attachments::approve),
        )
        .route(
            "/sections",
            get(handlers::sections::list).post(handlers::sections::add),
        )
        .route("/sections/{section}", post(handlers::sections::change))
        .route("/search", get(handlers::search::show))
        .route("/search/suggest", get(handlers::search::suggest))
        .route("/recent-changes", get(handlers::recent::show))
        .route("/recent-changes.atom", get(handlers::recent::feed))
        .route(
            "/sign-in",
            get(handlers::accounts::sign_in::show).post(handlers::accounts::sign_in::submit),
        )
        .route(
            "/sign-in/code",
            post(handlers::accounts::sign_in::submit_code),
        )
        .route(
            "/sign-in/passkey",
            post(handlers::accounts::passkeys::start_sign_in),
        )
        .route(
            "/sign-in/passkey/finish",
            post(handlers::accounts::passkeys::finish_sign_in),
        )
        .route("/sign-out", post(handlers::accounts::sign_in::sign_out))
        .route(
            "/account/password",
            get(handlers::accounts::password::show).post(handlers::accounts::password::change),
        )
        .route(
            "/account/email",
            get(handlers::accounts::email::show).post(handlers::accounts::email::change),
        )
        .route(
            "/account/email/confirm/{token}",
            get(handlers::accounts::email::confirm_form).post(handlers::accounts::email::confirm),
        )
        .route(
            "/account/profile",
            get(handlers::accounts::profile::show).post(handlers::accounts::profile::save),
        )
        .route(
            "/account/two-factor",
            get(handlers::accounts::two_factor::show),
        )
        .route(
            "/account/two-factor/start",
            post(handlers::accounts::two_factor::start),
        )
        .route(
            "/account/two-factor/confirm",
            post(handlers::accounts::two_factor::confirm),
        )
        .route(
            "/account/two-factor/remove",
            post(handlers::accounts::two_factor::remove),
        )
        .route(
            "/account/passkeys/start",
            post(handlers::accounts::passkeys::start),
        )
        .route(
            "/account/passkeys/finish",
            post(handlers::accounts::passkeys::finish),
        )
        .route(
            "/account/passkeys/remove",
            post(handlers::accounts::passkeys::remove),
        )
        .route(
            "/join/{token}",
            get(handlers::accounts::join::show).post(handlers::accounts::join::submit),
        )
        .route("/welcome", get(handlers::accounts::account::welcome))
        .route("/account", get(handlers::accounts::account::show))
        .route(
            "/account/sessions",
            get(handlers::accounts::account::sessions),
        )
        .route(
            "/account/sessions/{id}/revoke",
            post(handlers::accounts::account::revoke),
        )
        .route(
            "/account/sessions/revoke-others",
            post(handlers::accounts::account::revoke_others),
        )
        .route(
            "/invitations/new",
            get(handlers::accounts::invitations::new),
        )
        .route(
            "/invitations",
            post(handlers::accounts::invitations::create),
        )
        .route(
            "/invitations/withdraw",
            post(handlers::accounts::invitations::withdraw),
        )
        .route("/language", post(handlers::language::choose))
        .route("/members", get(handlers::accounts::members::directory))
        .route("/admin/members", get(handlers::accounts::members::admin))
        .route("/admin/audit", get(handlers::accounts::members::audit))
        .merge(handlers::status::routes())
        .route("/members/vouch", post(handlers::accounts::members::vouch))
        .route(
            "/admin/second-factor-policy",
            post(handlers::accounts::members::second_factor_policy),
        )
        .route(
            "/account/export",
            get(handlers::accounts::lifecycle::export),
        )
        .route(
            "/account/delete",
            get(handlers::accounts::lifecycle::confirm).post(handlers::accounts::lifecycle::delete),
        )
        .route(
            "/admin/members/role",
            post(handlers::accounts::members::set_role),
        )
        .route(
            "/admin/members/suspend",
            post(handlers::accounts::members::suspend),
        )
        .route(
            "/admin/members/reinstate",
            post(handlers::accounts::members::reinstate),
        )
        .route("/healthz", get(handlers::health::check))
        .route("/assets/{name}", get(handlers::assets::serve))
        .fallback(handlers::not_found)
        // Layers run outside-in from the last one added: compression, then the edge (ids,
        // headers, error pages), then panic capture, timeout, body limit, the cross-origin
        // check, and closest to the handlers the session and its CSRF token.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::authenticate,
        ))
        .layer(csrf)
        .layer(axum::middleware::from_fn(middleware::text_forms))
        .layer(axum::extract::DefaultBodyLimit::max(body_limit))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::limit_body,
        ))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            config.request_timeout,
        ))
        .layer(CatchPanicLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::edge,
        ))
        .layer(axum::middleware::from_fn(compression::gzip_responses))
        .with_state(state)
}

/// The largest request body an upload may send: the attachment limit and room for the form.
pub(crate) fn upload_limit(state: &AppState) -> usize {
    state
        .shared
        .config
        .max_body_bytes
        .max(state.app().attachment_limit().saturating_add(64 * 1024))
}
