//! Uploaded files: what they are by their bytes (never by their name), and images without the
//! metadata cameras and phones write into them (GPS position, device serials, times).

/// The kinds of file a hub accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// PNG image.
    Png,
    /// JPEG image.
    Jpeg,
    /// GIF image.
    Gif,
    /// WebP image.
    Webp,
    /// PDF document.
    Pdf,
    /// A ZIP container: office documents (docx, odt, xlsx…) and archives.
    Zip,
    /// UTF-8 text (including Markdown, CSV, and HTML or SVG source, which are only ever
    /// served as text to download).
    Text,
}

impl FileKind {
    /// The `Content-Type` it is served with.
    pub fn content_type(self) -> &'static str {
        match self {
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Gif => "image/gif",
            FileKind::Webp => "image/webp",
            FileKind::Pdf => "application/pdf",
            FileKind::Zip => "application/octet-stream",
            FileKind::Text => "text/plain; charset=utf-8",
        }
    }

    /// Whether a page may show it inline (raster images only; everything else downloads).
    pub fn is_image(self) -> bool {
        matches!(
            self,
            FileKind::Png | FileKind::Jpeg | FileKind::Gif | FileKind::Webp
        )
    }

    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Png => "png",
            FileKind::Jpeg => "jpeg",
            FileKind::Gif => "gif",
            FileKind::Webp => "webp",
            FileKind::Pdf => "pdf",
            FileKind::Zip => "zip",
            FileKind::Text => "text",
        }
    }

    /// Parses a stored name.
    pub fn parse(name: &str) -> Option<FileKind> {
        [
            FileKind::Png,
            FileKind::Jpeg,
            FileKind::Gif,
            FileKind::Webp,
            FileKind::Pdf,
            FileKind::Zip,
            FileKind::Text,
        ]
        .into_iter()
        .find(|kind| kind.as_str() == name)
    }
}

/// What the bytes are, or `None` for a kind the hub does not accept.
pub fn detect(bytes: &[u8]) -> Option<FileKind> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(FileKind::Png)
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Some(FileKind::Jpeg)
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some(FileKind::Gif)
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some(FileKind::Webp)
    } else if bytes.starts_with(b"%PDF-") {
        Some(FileKind::Pdf)
    } else if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Some(FileKind::Zip)
    } else if !bytes.is_empty() && !bytes.contains(&0) && std::str::from_utf8(bytes).is_ok() {
        Some(FileKind::Text)
    } else {
        None
    }
}

/// The image without its metadata: JPEG APP1–APP15 (EXIF, XMP, IPTC…) and comment
/// segments, PNG text and EXIF chunks, WebP EXIF and XMP chunks. `None` when the image is
/// malformed (it is refused rather than kept with its metadata).
pub fn strip_metadata(kind: FileKind, bytes: &[u8]) -> Option<Vec<u8>> {
    match kind {
        FileKind::Jpeg => strip_jpeg(bytes),
        FileKind::Png => strip_png(bytes),
        FileKind::Webp => strip_webp(bytes),
        FileKind::Gif | FileKind::Pdf | FileKind::Zip | FileKind::Text => Some(bytes.to_vec()),
    }
}

fn strip_jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(bytes.get(..2)?);
    let mut at = 2;
    loop {
        if *bytes.get(at)? != 0xff {
            return None;
        }
        let marker = *bytes.get(at + 1)?;
        // Start of scan: the entropy-coded image follows to the end; copy it all.
        if marker == 0xda {
            out.extend_from_slice(&bytes[at..]);
            return Some(out);
        }
        if marker == 0xd9 {
            out.extend_from_slice(&bytes[at..at + 2]);
            return Some(out);
        }
        let length = usize::from(u16::from_be_bytes([
            *bytes.get(at + 2)?,
            *bytes.get(at + 3)?,
        ]));
        let end = at.checked_add(2)?.checked_add(length)?;
        let segment = bytes.get(at..end)?;
        // APP0 (JFIF) stays; APP1–APP15 and COM carry metadata.
        let metadata = (0xe1..=0xef).contains(&marker) || marker == 0xfe;
        if !metadata {
            out.extend_from_slice(segment);
        }
        at = end;
    }
}

fn strip_png(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(bytes.get(..8)?);
    let mut at = 8;
    while at < bytes.len() {
        let length =
            usize::try_from(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?)).ok()?;
        let kind = bytes.get(at + 4..at + 8)?;
        let end = at.checked_add(12)?.checked_add(length)?;
        let chunk = bytes.get(at..end)?;
        if !matches!(kind, b"tEXt" | b"zTXt" | b"iTXt" | b"eXIf" | b"tIME") {
            out.extend_from_slice(chunk);
        }
        at = end;
        if kind == b"IEND" {
            return Some(out);
        }
    }
    None
}

fn strip_webp(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut chunks = Vec::with_capacity(bytes.len());
    let mut at = 12;
    while at < bytes.len() {
        let kind = bytes.get(at..at + 4)?;
        let length = usize::try_from(u32::from_le_bytes(
            bytes.get(at + 4..at + 8)?.try_into().ok()?,
        ))
        .ok()?;
        let end = at
            .checked_add(8)?
            .checked_add(length)?
            .checked_add(length % 2)?;
        let chunk = bytes.get(at..end.min(bytes.len()))?;
        match kind {
            b"EXIF" | b"XMP " => {}
            b"VP8X" => {
                let mut chunk = chunk.to_vec();
                // Clear the "has EXIF" and "has XMP" flags of the extended header.
                if let Some(flags) = chunk.get_mut(8) {
                    *flags &= !0b0000_1100;
                }
                chunks.extend_from_slice(&chunk);
            }
            _ => chunks.extend_from_slice(chunk),
        }
        at = end;
    }
    let size = u32::try_from(chunks.len() + 4).ok()?;
    let mut out = Vec::with_capacity(chunks.len() + 12);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(b"WEBP");
    out.extend_from_slice(&chunks);
    Some(out)
}

/// A file name safe to show and to put in `Content-Disposition`: no path, no control or
/// direction characters, at most 100 characters, never empty.
pub fn safe_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base
        .chars()
        .filter(|c| {
            !c.is_control() && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '"')
        })
        .take(100)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_owned();
    if cleaned.is_empty() {
        "file".to_owned()
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A JPEG with an EXIF (GPS) segment and a comment around a minimal scan.
    fn jpeg_with_exif() -> Vec<u8> {
        let mut bytes = vec![0xff, 0xd8];
        bytes.extend_from_slice(&[0xff, 0xe0, 0x00, 0x06, b'J', b'F', b'I', b'F']);
        let exif = b"Exif\0\0GPS 52.5200 N 13.4050 E";
        bytes.extend_from_slice(&[0xff, 0xe1]);
        bytes.extend_from_slice(&u16::try_from(exif.len() + 2).unwrap_or(0).to_be_bytes());
        bytes.extend_from_slice(exif);
        bytes.extend_from_slice(&[0xff, 0xfe, 0x00, 0x07, b'n', b'o', b't', b'e', b'!']);
        bytes.extend_from_slice(&[0xff, 0xda, 0x00, 0x02, 0x11, 0x22, 0xff, 0xd9]);
        bytes
    }

    #[test]
    fn kinds_come_from_bytes_not_names() {
        assert_eq!(detect(b"\x89PNG\r\n\x1a\n...."), Some(FileKind::Png));
        assert_eq!(detect(&jpeg_with_exif()), Some(FileKind::Jpeg));
        assert_eq!(detect(b"%PDF-1.7"), Some(FileKind::Pdf));
        assert_eq!(
            detect(b"<svg onload=alert(1)>"),
            Some(FileKind::Text),
            "SVG is only text"
        );
        assert_eq!(detect(b"MZ\x90\0\x03"), None, "executables are refused");
        assert_eq!(detect(b""), None);
    }

    #[test]
    fn jpeg_loses_exif_and_comments_but_keeps_the_image() {
        let stripped = strip_metadata(FileKind::Jpeg, &jpeg_with_exif()).unwrap();
        let text = String::from_utf8_lossy(&stripped);
        assert!(!text.contains("GPS") && !text.contains("note"), "{text}");
        assert!(text.contains("JFIF"));
        assert!(stripped.ends_with(&[0xff, 0xda, 0x00, 0x02, 0x11, 0x22, 0xff, 0xd9]));
        assert_eq!(
            strip_metadata(FileKind::Jpeg, &[0xff, 0xd8, 0xff, 0xe1, 0xff]),
            None,
            "truncated"
        );
    }

    #[test]
    fn png_loses_text_and_exif_chunks() {
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = u32::try_from(data.len())
                .unwrap_or(0)
                .to_be_bytes()
                .to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(data);
            c.extend_from_slice(&[0, 0, 0, 0]);
            c
        };
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &[0; 13]));
        png.extend(chunk(b"tEXt", b"Author\0Ana at the office"));
        png.extend(chunk(b"eXIf", b"GPS"));
        png.extend(chunk(b"IDAT", &[1, 2, 3]));
        png.extend(chunk(b"IEND", &[]));
        let stripped = strip_metadata(FileKind::Png, &png).unwrap();
        let text = String::from_utf8_lossy(&stripped);
        assert!(!text.contains("Ana") && !text.contains("GPS"));
        assert!(text.contains("IHDR") && text.contains("IDAT") && text.contains("IEND"));
    }

    #[test]
    fn file_names_lose_paths_and_tricks() {
        assert_eq!(safe_file_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_file_name("C:\\Users\\ana\\plan.pdf"), "plan.pdf");
        assert_eq!(safe_file_name("report\u{202e}fdp.exe"), "reportfdp.exe");
        assert_eq!(safe_file_name(".hidden"), "hidden");
        assert_eq!(safe_file_name("\"x\"\n"), "x");
        assert_eq!(safe_file_name(""), "file");
    }
}
