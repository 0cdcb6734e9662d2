//! A page exported as Markdown with front matter, or as one self-contained HTML file.

use super::*;

/// This module's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/wiki/{section}/{page}/export.md", get(export_markdown))
        .route("/wiki/{section}/{page}/export.html", get(export_html))
}

fn attachment_name(slug: &str, extension: &str) -> String {
    // ASCII for the plain `filename`, the slug itself (any script) for `filename*`.
    let ascii: String = slug
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = form_urlencoded::byte_serialize(slug.as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    format!("attachment; filename=\"{ascii}.{extension}\"; filename*=UTF-8''{encoded}.{extension}")
}

/// The page's Markdown, with its title, licence and contributors in a front-matter block.
pub async fn export_markdown(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((section, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let view = state
        .app()
        .wiki()
        .page(&viewer.actor, &section, &slug, None)
        .await?;
    let yaml_string =
        |value: &str| format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""));
    let text = format!(
        "---\ntitle: {}\nsection: {}\nsource: {}\nrevision: {}\nlicence: {}\ncontributors: [{}]\n---\n\n{}",
        yaml_string(&view.revision.title),
        yaml_string(&view.section.title),
        yaml_string(&source_url(&state, &view)),
        view.revision.number,
        view.section.licence.id(),
        view.contributors
            .iter()
            .map(|c| yaml_string(c))
            .collect::<Vec<_>>()
            .join(", "),
        view.revision.body
    );
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/markdown; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                attachment_name(&view.page.slug, "md"),
            ),
        ],
        text,
    )
        .into_response())
}

/// Where an exported page lives on the hub, for readers of the file to find it again.
fn source_url(state: &AppState, view: &PageView) -> String {
    format!(
        "{}{}",
        state.shared.config.public_url,
        page_href(&view.section, &view.page.slug)
    )
}

#[derive(Template)]
#[template(path = "page_export.html")]
struct ExportPage {
    chrome: Chrome,
    view: PageView,
    /// The page's text, its links made absolute so that they work from a file on disk.
    html: String,
    source: String,
    style: &'static str,
}

/// The page as one self-contained HTML file (its styles inline, no outside requests).
pub async fn export_html(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path((section, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let view = state
        .app()
        .wiki()
        .page(&viewer.actor, &section, &slug, None)
        .await?;
    let name = attachment_name(&view.page.slug, "html");
    let public = &state.shared.config.public_url;
    // The sanitiser writes every attribute in double quotes; site-relative addresses start
    // with one slash (protocol-relative ones never pass it).
    let html = view
        .rendered
        .html
        .replace("href=\"/", &format!("href=\"{public}/"))
        .replace("src=\"/", &format!("src=\"{public}/"));
    let source = source_url(&state, &view);
    let html = ExportPage {
        chrome,
        view,
        html,
        source,
        style: EXPORT_STYLE,
    }
    .render()
    .map_err(|error| WebError::Internal(format!("template: {error}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, name),
        ],
        html,
    )
        .into_response())
}

/// The exported file's own styles: it is opened from disk, where our stylesheet is not.
const EXPORT_STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:70ch;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1f2328}\
table{border-collapse:collapse}th,td{border:1px solid #d9d5cc;padding:.3rem .5rem}pre{overflow-x:auto;background:#f4f2ee;padding:.75rem}\
.align-left{text-align:start}.align-center{text-align:center}.align-right{text-align:end}footer{color:#575d66;font-size:.9rem;border-top:1px solid #d9d5cc;margin-top:2rem}";
