//! Gzip for what Braid sends: every text response is compressed for browsers that take gzip,
//! since many readers are on slow or censored links where each kilobyte is felt.
//!
//! Braid's responses are whole in memory by the time they leave a handler, so they are
//! compressed in one go by a compressor that each thread keeps and resets between responses.
//! Making a compressor allocates and zeroes a few hundred kilobytes of state, which costs more
//! than compressing a 10 KB page does; a general streaming layer makes one per response.
//!
//! How hard to compress depends on how busy the server is. With CPU to spare, a response is
//! compressed at level 2 (dynamic Huffman codes: a 10.6 KB page becomes 2.96 KB in 36 µs). When
//! more requests are in the server than it has cores, they are waiting for CPU, and level 1
//! (zlib-ng's quick strategy with fixed codes: 3.70 KB in 17 µs) shortens every one of those
//! waits, which a reader on a slow link feels more than 0.7 KB.

use std::cell::RefCell;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use flate2::{Compress, Compression, Crc, FlushCompress, Status};

/// Bodies smaller than this are sent as they are: the gzip framing would eat the saving, and
/// they fit in one packet either way.
const SMALLEST: usize = 256;

thread_local! {
    /// This thread's compressor for responses made per request, made on first use.
    static PER_REQUEST: RefCell<Option<Compress>> = const { RefCell::new(None) };
}

/// Requests in this layer now, in this process: being handled or compressed.
static IN_FLIGHT: AtomicUsize = AtomicUsize::new(0);

/// More requests in flight than this means some are waiting for a core.
static CORES: LazyLock<usize> =
    LazyLock::new(|| std::thread::available_parallelism().map_or(1, usize::from));

/// Counts a request in flight until dropped (also when its future is dropped unfinished).
struct InFlight;

impl InFlight {
    fn enter() -> InFlight {
        IN_FLIGHT.fetch_add(1, Ordering::Relaxed);
        InFlight
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        IN_FLIGHT.fetch_sub(1, Ordering::Relaxed);
    }
}

/// The level for a response made per request when `in_flight` requests are in the server.
fn level_for(in_flight: usize, cores: usize) -> Compression {
    if in_flight > cores {
        Compression::fast()
    } else {
        Compression::new(2)
    }
}

/// Compresses text responses for browsers that take gzip, and marks every text response as
/// varying by `Accept-Encoding` (so a shared cache never hands gzip to a browser without it).
pub async fn gzip_responses(request: Request, next: Next) -> Response {
    let _in_flight = InFlight::enter();
    let accepts = accepts_gzip(request.headers());
    let mut response = next.run(request).await;
    if !is_text(response.headers()) {
        return response;
    }
    // Also when a handler chose the encoding itself (a kept page, an asset).
    let headers = response.headers_mut();
    if !headers
        .get_all(header::VARY)
        .iter()
        .any(|v| v.as_bytes().eq_ignore_ascii_case(b"accept-encoding"))
    {
        headers.append(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    if headers.contains_key(header::CONTENT_ENCODING) {
        return response;
    }
    let worth_it = response
        .body()
        .size_hint()
        .exact()
        .is_some_and(|size| size >= SMALLEST as u64);
    // A partial response (a byte range) must stay byte for byte what it says it is.
    if !accepts || !worth_it || response.headers().contains_key(header::CONTENT_RANGE) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    // The size is exact, so the body is already whole and collecting it cannot wait or fail.
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let level = level_for(IN_FLIGHT.load(Ordering::Relaxed), *CORES);
    let Some(compressed) = gzip_per_request(&bytes, level) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    parts
        .headers
        .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    Response::from_parts(parts, Body::from(compressed))
}

/// Whether the response is text of a kind that compresses (HTML, CSS, JSON, feeds, scripts).
fn is_text(headers: &HeaderMap) -> bool {
    let Some(content_type) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
    else {
        return false;
    };
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence.starts_with("text/")
        || matches!(
            essence.as_str(),
            "application/json"
                | "application/javascript"
                | "application/atom+xml"
                | "application/xml"
                | "image/svg+xml"
        )
}

/// `bytes` as a gzip member, compressed at `level` by this thread's compressor.
fn gzip_per_request(bytes: &[u8], level: Compression) -> Option<Bytes> {
    PER_REQUEST.with(|slot| {
        let mut slot = slot.borrow_mut();
        let compress = slot.get_or_insert_with(|| Compress::new(level, false));
        compress.reset();
        // On a reset stream this only changes the settings; it cannot fail.
        compress.set_level(level).ok()?;
        gzip_with(compress, bytes).map(Bytes::from)
    })
}

/// `bytes` as a gzip member at the default level, for what is compressed once and sent many
/// times (a finished page). Kept for long, so it holds no more memory than its length: the
/// buffer it was written into is about four times that (issue 29: 64 MiB of finished pages
/// held about 200 MiB).
pub(crate) fn gzip_best(bytes: &[u8]) -> Option<Bytes> {
    let mut gzip = gzip_with(&mut Compress::new(Compression::default(), false), bytes)?;
    gzip.shrink_to_fit();
    Some(Bytes::from(gzip))
}

/// A gzip member (RFC 1952): a fixed header, `bytes` as raw deflate, then their CRC-32 and
/// length. `compress` must be fresh or reset. `None` if deflate fails (memory to memory, it
/// has no reason to).
fn gzip_with(compress: &mut Compress, bytes: &[u8]) -> Option<Vec<u8>> {
    // Magic, deflate, no flags, no time, no extra flags, unknown system.
    const HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    let mut out = Vec::with_capacity(HEADER.len() + bytes.len() / 2 + 64);
    out.extend_from_slice(&HEADER);
    loop {
        let consumed = usize::try_from(compress.total_in()).unwrap_or(usize::MAX);
        let rest = bytes.get(consumed..).unwrap_or_default();
        // `compress_vec` only writes into spare capacity.
        out.reserve(rest.len() / 2 + 256);
        match compress.compress_vec(rest, &mut out, FlushCompress::Finish) {
            Ok(Status::StreamEnd) => break,
            Ok(Status::Ok | Status::BufError) => {}
            Err(_) => return None,
        }
    }
    let mut crc = Crc::new();
    crc.update(bytes);
    out.extend_from_slice(&crc.sum().to_le_bytes());
    // ISIZE is the length modulo 2^32.
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    Some(out)
}

/// Whether `Accept-Encoding` takes gzip (and does not refuse it with `q=0`).
pub(crate) fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|coding| {
            let mut parts = coding.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default();
            let refused = parts.any(|param| {
                param
                    .strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            (name.eq_ignore_ascii_case("gzip") || name == "*") && !refused
        })
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn headers(accept: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(accept).unwrap_or_else(|_| unreachable!()),
        );
        headers
    }

    fn gunzip(bytes: Option<Bytes>) -> Vec<u8> {
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(&bytes.unwrap_or_default()[..])
            .read_to_end(&mut unzipped)
            .unwrap_or_default();
        unzipped
    }

    #[test]
    fn gzip_is_sent_only_to_browsers_that_take_it() {
        assert!(accepts_gzip(&headers("gzip, deflate, br")));
        assert!(accepts_gzip(&headers("br;q=1.0, GZIP;q=0.5")));
        assert!(accepts_gzip(&headers("*")));
        assert!(!accepts_gzip(&headers("gzip;q=0")));
        assert!(!accepts_gzip(&headers("br, identity")));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }

    #[test]
    fn a_reused_compressor_gives_what_a_fresh_one_does() {
        // Text of several sizes, including empty and larger than the 32 KB window, each
        // compressed twice on one thread, unzips to itself.
        let mut seed = 7u32;
        let mut noise = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from(b'a' + (seed >> 16) as u8 % 26)
        };
        for size in [0, 1, 300, 10_000, 100_000] {
            let text: String = (0..size).map(|_| noise()).collect();
            let text = format!("<p>صفحة {text}</p>");
            // Alternating levels on one compressor, as a server's load rises and falls.
            for level in [1, 2, 1, 2] {
                let compressed = gzip_per_request(text.as_bytes(), Compression::new(level));
                assert_eq!(gunzip(compressed), text.as_bytes());
            }
            assert_eq!(gunzip(gzip_best(text.as_bytes())), text.as_bytes());
        }
        let html = "<li><a href=\"/wiki/discover\">Discover</a></li>".repeat(200);
        let compressed = gzip_per_request(html.as_bytes(), Compression::fast()).unwrap_or_default();
        assert!(!compressed.is_empty() && compressed.len() < html.len() / 10);
    }

    #[test]
    fn an_idle_server_sends_smaller_pages_and_a_busy_one_quicker() {
        let cores = 2;
        assert_eq!(level_for(1, cores).level(), 2);
        assert_eq!(level_for(cores, cores).level(), 2);
        assert_eq!(level_for(cores + 1, cores).level(), 1);

        // A page's shape: navigation that repeats, then prose that does not.
        let mut page = String::from("<!DOCTYPE html><html lang=\"en\"><body><nav><ul>");
        for n in 0..40 {
            page += &format!(
                "<li><a href=\"/wiki/discover/page-{n}\" dir=\"auto\">Page {n}</a></li>\n"
            );
        }
        page += "</ul></nav><article>";
        let words: Vec<&str> = "threat model the partner organisation agreed risk likelihood \
             impact well-being of staff and a plan"
            .split_whitespace()
            .collect();
        for n in 0..1500_usize {
            page += words[(n * 7 + n / 3) % words.len()];
            page += if n % 11 == 10 { ".\n" } else { " " };
        }
        page += "</article></body></html>";

        let idle = gzip_per_request(page.as_bytes(), level_for(1, cores)).unwrap_or_default();
        let busy =
            gzip_per_request(page.as_bytes(), level_for(cores + 1, cores)).unwrap_or_default();
        assert_eq!(gunzip(Some(idle.clone())), page.as_bytes());
        assert_eq!(gunzip(Some(busy.clone())), page.as_bytes());
        assert!(
            idle.len() < busy.len(),
            "{} against {}",
            idle.len(),
            busy.len()
        );
    }

    #[test]
    fn only_text_is_compressed() {
        let typed = |content_type: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_str(content_type).unwrap_or_else(|_| unreachable!()),
            );
            is_text(&headers)
        };
        assert!(typed("text/html; charset=utf-8"));
        assert!(typed("application/atom+xml; charset=utf-8"));
        assert!(typed("application/json"));
        assert!(!typed("image/png"));
        assert!(!typed("application/pdf"));
        assert!(!is_text(&HeaderMap::new()));
    }
}
