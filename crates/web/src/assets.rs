//! Static assets embedded in the binary, served under fingerprinted names
//! (`style.3f2a9c1b0d.css`) so browsers may cache them for a year, and gzip-compressed once at
//! start-up.

use std::collections::HashMap;
use std::io::Write;

use sha2::{Digest, Sha256};

#[derive(rust_embed::Embed)]
#[folder = "assets/"]
struct AssetFiles;

/// One asset, ready to serve.
#[derive(Debug)]
pub struct Asset {
    /// Its `Content-Type`.
    pub content_type: &'static str,
    /// The bytes as stored.
    pub identity: Vec<u8>,
    /// The bytes gzip-compressed, when that is smaller.
    pub gzip: Option<Vec<u8>>,
    /// A strong validator for `ETag`.
    pub etag: String,
}

/// Every asset, by fingerprinted name, and the map from plain to fingerprinted names.
#[derive(Debug, Default)]
pub struct Assets {
    by_served_name: HashMap<String, Asset>,
    served_name: HashMap<String, String>,
}

impl Assets {
    /// Loads, fingerprints and compresses the embedded assets.
    pub fn load() -> Assets {
        let mut assets = Assets::default();
        for name in AssetFiles::iter() {
            let Some(file) = AssetFiles::get(&name) else {
                continue;
            };
            let identity = file.data.into_owned();
            let digest = Sha256::digest(&identity);
            let fingerprint: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
            let served = match name.rsplit_once('.') {
                Some((stem, extension)) => format!("{stem}.{fingerprint}.{extension}"),
                None => format!("{name}.{fingerprint}"),
            };
            let gzip = compress(&identity).filter(|compressed| compressed.len() < identity.len());
            let asset = Asset {
                content_type: content_type(&name),
                etag: format!("\"{fingerprint}\""),
                identity,
                gzip,
            };
            assets.served_name.insert(name.to_string(), served.clone());
            assets.by_served_name.insert(served, asset);
        }
        assets
    }

    /// The URL path of an asset by its plain name, e.g. `/assets/style.3f2a9c1b0d.css`.
    pub fn url(&self, name: &str) -> String {
        match self.served_name.get(name) {
            Some(served) => format!("/assets/{served}"),
            None => {
                tracing::error!(asset = name, "unknown asset referenced");
                format!("/assets/{name}")
            }
        }
    }

    /// The asset served under `served_name`.
    pub fn get(&self, served_name: &str) -> Option<&Asset> {
        self.by_served_name.get(served_name)
    }
}

fn compress(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).ok()?;
    encoder.finish().ok()
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, extension)| extension) {
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    }
}
