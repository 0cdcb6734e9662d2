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

/// The file without the metadata that says who, where and with what: JPEG APP1–APP15 (EXIF,
/// XMP, IPTC, multi-picture) and comment segments, anywhere, and anything after the image's
/// end (a second picture, a motion photo, a gain map); PNG chunks other than those needed to
/// draw the image; GIF comments and application data other than looping; WebP EXIF and XMP
/// chunks; PDF author, creator and producer fields, as plain text or inside Flate-compressed
/// streams (blanked in place); office documents' property parts (ZIP archives rebuilt, see
/// `strip_zip`). `None` when the file is malformed (it is refused rather than kept with
/// its metadata).
pub fn strip_metadata(kind: FileKind, bytes: &[u8]) -> Option<Vec<u8>> {
    match kind {
        FileKind::Jpeg => strip_jpeg(bytes),
        FileKind::Png => strip_png(bytes),
        FileKind::Webp => strip_webp(bytes),
        FileKind::Gif => strip_gif(bytes),
        FileKind::Pdf => Some(blank_pdf_authors(bytes)),
        FileKind::Zip => strip_zip(bytes),
        FileKind::Text => Some(bytes.to_vec()),
    }
}

/// Office documents' property parts: who wrote and last changed the document, its company,
/// template, custom fields and editing times (OOXML `docProps/…`, OpenDocument `meta.xml`).
/// Each is replaced by an empty one of its kind, so the document still opens.
const EMPTIED_PARTS: &[(&str, &str)] = &[
    (
        "docProps/core.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"></cp:coreProperties>",
    ),
    (
        "docProps/app.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"></Properties>",
    ),
    (
        "docProps/custom.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\"></Properties>",
    ),
    (
        "meta.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.2\"><office:meta/></office:document-meta>",
    ),
];

fn u16_at(bytes: &[u8], at: usize) -> Option<usize> {
    Some(usize::from(u16::from_le_bytes(
        bytes.get(at..at + 2)?.try_into().ok()?,
    )))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// CRC-32 (IEEE), as ZIP entries carry it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xedb8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// One entry as the rebuilt archive holds it.
struct ZipEntry<'a> {
    name: &'a [u8],
    method: u16,
    flags: u16,
    time: u32,
    crc: u32,
    compressed: std::borrow::Cow<'a, [u8]>,
    size: u32,
}

/// Rebuilds a ZIP archive from its central directory: each entry's data copied as it is,
/// office documents' property parts emptied (`EMPTIED_PARTS`), and what else can say who or
/// where dropped: extra fields (Unix owners, exact times), the archive comment, entry
/// comments, and anything outside the entries. Encrypted, multi-disk or ZIP64 archives are
/// refused.
fn strip_zip(bytes: &[u8]) -> Option<Vec<u8>> {
    // The end-of-central-directory record: the last one, within a comment's reach of the end.
    let floor = bytes.len().saturating_sub(22 + 65_535);
    let end = (floor..=bytes.len().checked_sub(22)?)
        .rev()
        .find(|&at| bytes[at..].starts_with(b"PK\x05\x06"))?;
    let count = u16_at(bytes, end + 10)?;
    let directory = usize::try_from(u32_at(bytes, end + 16)?).ok()?;
    if u16_at(bytes, end + 4)? != 0 || u16_at(bytes, end + 6)? != 0 || count == 0xffff {
        return None;
    }
    let mut entries = Vec::with_capacity(count);
    let mut at = directory;
    for _ in 0..count {
        if !bytes.get(at..)?.starts_with(b"PK\x01\x02") {
            return None;
        }
        let flags = u16::try_from(u16_at(bytes, at + 8)?).ok()?;
        let method = u16::try_from(u16_at(bytes, at + 10)?).ok()?;
        let time = u32_at(bytes, at + 12)?;
        let crc = u32_at(bytes, at + 16)?;
        let compressed_size = u32_at(bytes, at + 20)?;
        let size = u32_at(bytes, at + 24)?;
        let name_len = u16_at(bytes, at + 28)?;
        let extra_len = u16_at(bytes, at + 30)?;
        let comment_len = u16_at(bytes, at + 32)?;
        let local = usize::try_from(u32_at(bytes, at + 42)?).ok()?;
        let name = bytes.get(at + 46..at + 46 + name_len)?;
        if flags & 1 != 0 || compressed_size == u32::MAX || size == u32::MAX {
            return None;
        }
        // The data follows the local header, whose name and extra field may differ in length.
        if !bytes.get(local..)?.starts_with(b"PK\x03\x04") {
            return None;
        }
        let data = local + 30 + u16_at(bytes, local + 26)? + u16_at(bytes, local + 28)?;
        let compressed = bytes.get(data..data + usize::try_from(compressed_size).ok()?)?;
        let emptied = EMPTIED_PARTS
            .iter()
            .find(|(part, _)| part.as_bytes() == name)
            .map(|(_, empty)| empty.as_bytes());
        entries.push(match emptied {
            Some(empty) => ZipEntry {
                name,
                method: 0,
                flags: flags & 0x0800,
                time,
                crc: crc32(empty),
                compressed: std::borrow::Cow::Borrowed(empty),
                size: u32::try_from(empty.len()).ok()?,
            },
            None => ZipEntry {
                name,
                method,
                // Only the UTF-8 name flag and the compression options stay; sizes are
                // written in the header, so no data descriptor follows.
                flags: flags & 0x0806,
                time,
                crc,
                compressed: std::borrow::Cow::Borrowed(compressed),
                size,
            },
        });
        at += 46 + name_len + extra_len + comment_len;
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut offsets = Vec::with_capacity(entries.len());
    let header = |out: &mut Vec<u8>, entry: &ZipEntry<'_>| -> Option<()> {
        out.extend_from_slice(&20u16.to_le_bytes());
        out.extend_from_slice(&entry.flags.to_le_bytes());
        out.extend_from_slice(&entry.method.to_le_bytes());
        out.extend_from_slice(&entry.time.to_le_bytes());
        out.extend_from_slice(&entry.crc.to_le_bytes());
        out.extend_from_slice(&u32::try_from(entry.compressed.len()).ok()?.to_le_bytes());
        out.extend_from_slice(&entry.size.to_le_bytes());
        out.extend_from_slice(&u16::try_from(entry.name.len()).ok()?.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        Some(())
    };
    for entry in &entries {
        offsets.push(u32::try_from(out.len()).ok()?);
        out.extend_from_slice(b"PK\x03\x04");
        header(&mut out, entry)?;
        out.extend_from_slice(entry.name);
        out.extend_from_slice(&entry.compressed);
    }
    let directory_at = u32::try_from(out.len()).ok()?;
    for (entry, offset) in entries.iter().zip(&offsets) {
        out.extend_from_slice(b"PK\x01\x02");
        out.extend_from_slice(&20u16.to_le_bytes());
        header(&mut out, entry)?;
        // No comment, disk 0, no attributes, then where the entry starts.
        out.extend_from_slice(&[0; 10]);
        out.extend_from_slice(&offset.to_le_bytes());
        out.extend_from_slice(entry.name);
    }
    let directory_len = u32::try_from(out.len()).ok()? - directory_at;
    let count = u16::try_from(entries.len()).ok()?;
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&directory_len.to_le_bytes());
    out.extend_from_slice(&directory_at.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    Some(out)
}

/// Rebuilds a JPEG from the segments it keeps: each scan's entropy-coded data is followed to
/// the next marker (so a comment between the scans of a progressive image is seen), and
/// nothing after the end-of-image marker is copied.
fn strip_jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(bytes.get(..2)?);
    let mut at = 2;
    loop {
        if *bytes.get(at)? != 0xff {
            return None;
        }
        // Fill bytes may pad any marker.
        while *bytes.get(at + 1)? == 0xff {
            at += 1;
        }
        let marker = *bytes.get(at + 1)?;
        if marker == 0xd9 {
            out.extend_from_slice(&[0xff, 0xd9]);
            return Some(out);
        }
        let length = usize::from(u16::from_be_bytes([
            *bytes.get(at + 2)?,
            *bytes.get(at + 3)?,
        ]));
        if length < 2 {
            return None;
        }
        let end = at.checked_add(2)?.checked_add(length)?;
        let segment = bytes.get(at..end)?;
        // APP0 (JFIF) stays; APP1–APP15 and COM carry metadata.
        let metadata = (0xe1..=0xef).contains(&marker) || marker == 0xfe;
        if !metadata {
            out.extend_from_slice(segment);
        }
        at = end;
        if marker == 0xda {
            // The scan's data runs to the next marker that is not a stuffed zero or a restart.
            let start = at;
            loop {
                if *bytes.get(at)? == 0xff {
                    let next = *bytes.get(at + 1)?;
                    if next != 0x00 && !(0xd0..=0xd7).contains(&next) && next != 0xff {
                        break;
                    }
                }
                at += 1;
            }
            out.extend_from_slice(&bytes[start..at]);
        }
    }
}

/// Keeps only the chunks that draw the image (and animate it), up to and with `IEND`.
fn strip_png(bytes: &[u8]) -> Option<Vec<u8>> {
    const KEPT: [&[u8]; 13] = [
        b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"pHYs",
        b"acTL", b"fcTL", b"fdAT",
    ];
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(bytes.get(..8)?);
    let mut at = 8;
    while at < bytes.len() {
        let length =
            usize::try_from(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?)).ok()?;
        let kind = bytes.get(at + 4..at + 8)?;
        let end = at.checked_add(12)?.checked_add(length)?;
        let chunk = bytes.get(at..end)?;
        if KEPT.contains(&kind) {
            out.extend_from_slice(chunk);
        }
        at = end;
        if kind == b"IEND" {
            return Some(out);
        }
    }
    None
}

/// Rebuilds a GIF without comment, plain-text and application extensions (but the looping
/// one browsers read), up to and with its trailer.
fn strip_gif(bytes: &[u8]) -> Option<Vec<u8>> {
    // Sub-blocks from `at` to the zero-length terminator; returns the end.
    let sub_blocks = |mut at: usize| -> Option<usize> {
        loop {
            let size = usize::from(*bytes.get(at)?);
            at = at.checked_add(1)?.checked_add(size)?;
            if size == 0 {
                return Some(at);
            }
        }
    };
    let colour_table = |flags: u8| {
        if flags & 0x80 != 0 {
            3usize << ((flags & 0x07) + 1)
        } else {
            0
        }
    };
    let header_end = 13usize.checked_add(colour_table(*bytes.get(10)?))?;
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(bytes.get(..header_end)?);
    let mut at = header_end;
    loop {
        match *bytes.get(at)? {
            0x3b => {
                out.push(0x3b);
                return Some(out);
            }
            0x2c => {
                let flags = *bytes.get(at + 9)?;
                let data = at.checked_add(10)?.checked_add(colour_table(flags))?;
                // The LZW code size byte, then the image's sub-blocks.
                let end = sub_blocks(data.checked_add(1)?)?;
                out.extend_from_slice(bytes.get(at..end)?);
                at = end;
            }
            0x21 => {
                let label = *bytes.get(at + 1)?;
                let end = sub_blocks(at + 2)?;
                let looping = label == 0xff
                    && matches!(
                        bytes.get(at + 3..at + 14),
                        Some(b"NETSCAPE2.0" | b"ANIMEXTS1.0")
                    );
                if label == 0xf9 || looping {
                    out.extend_from_slice(bytes.get(at..end)?);
                }
                at = end;
            }
            _ => return None,
        }
    }
}

/// A PDF with the values of its `/Author`, `/Creator` and `/Producer` entries and their XMP
/// counterparts blanked where they are plain text: each byte of a value becomes a space, so
/// every offset the document's cross-reference table gives stays right; then the same inside
/// compressed streams (`blank_compressed_author_fields`).
fn blank_pdf_authors(bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    blank_author_fields(&mut out);
    blank_compressed_author_fields(&mut out);
    out
}

/// The largest stream inflated to look for author fields: a decompression bomb stops here.
const MAX_INFLATED_STREAM: u64 = 16 * 1024 * 1024;

/// Author fields inside Flate-compressed streams (object streams that hold the Info
/// dictionary, compressed XMP metadata): each such stream is inflated, its fields blanked as
/// in plain text, and deflated again into the same bytes; the new data is never longer than
/// the old (blanks compress better than names), and what is left of the old length is zeros
/// after the compressed data's own end, which readers do not read. The offsets of everything
/// else stay as they were.
fn blank_compressed_author_fields(out: &mut [u8]) {
    use std::io::{Read, Write};
    let mut from = 0;
    while let Some(found) = find(&out[from..], b"stream") {
        let keyword = from + found;
        from = keyword + 6;
        // `endstream` also contains the word; only `stream` after a dictionary starts data.
        if keyword >= 3 && &out[keyword - 3..keyword] == b"end" {
            continue;
        }
        let dictionary_start = out[..keyword]
            .windows(2)
            .rposition(|w| w == b"<<")
            .unwrap_or(0);
        let dictionary = &out[dictionary_start..keyword];
        if find(dictionary, b"/FlateDecode").is_none()
            || find(dictionary, b"/DecodeParms").is_some()
        {
            continue;
        }
        let Some(length) = direct_length(dictionary) else {
            continue;
        };
        let mut start = keyword + 6;
        if out.get(start) == Some(&b'\r') {
            start += 1;
        }
        if out.get(start) != Some(&b'\n') {
            continue;
        }
        start += 1;
        let Some(data) = out.get(start..start.saturating_add(length)) else {
            continue;
        };
        let mut inflated = Vec::new();
        let decoder = flate2::read::ZlibDecoder::new(data);
        if decoder
            .take(MAX_INFLATED_STREAM)
            .read_to_end(&mut inflated)
            .is_err()
        {
            continue;
        }
        let before = inflated.clone();
        blank_author_fields(&mut inflated);
        if inflated == before {
            continue;
        }
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        let Ok(deflated) = encoder.write_all(&inflated).and_then(|()| encoder.finish()) else {
            continue;
        };
        if deflated.len() <= length {
            out[start..start + deflated.len()].copy_from_slice(&deflated);
            out[start + deflated.len()..start + length].fill(0);
        }
        from = start + length;
    }
}

/// The `/Length` of a stream dictionary when it is a number there (not a reference).
fn direct_length(dictionary: &[u8]) -> Option<usize> {
    let at = find(dictionary, b"/Length")? + 7;
    let rest = &dictionary[at..];
    let digits: Vec<u8> = rest
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .take_while(|b| b.is_ascii_digit())
        .copied()
        .collect();
    let after = rest
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .skip(digits.len())
        .skip_while(|b| b.is_ascii_whitespace())
        .copied()
        .next();
    // `/Length 12 0 R` names another object: not followed here.
    if after.is_some_and(|b| b.is_ascii_digit()) {
        return None;
    }
    std::str::from_utf8(&digits).ok()?.parse().ok()
}

/// Blanks author, creator and producer values where they are plain text in `out`, keeping
/// every byte's position.
fn blank_author_fields(out: &mut [u8]) {
    for key in [&b"/Author"[..], b"/Creator", b"/Producer"] {
        let mut from = 0;
        while let Some(found) = find(&out[from..], key) {
            let mut at = from + found + key.len();
            while out.get(at).is_some_and(|b| b.is_ascii_whitespace()) {
                at += 1;
            }
            match out.get(at) {
                Some(b'(') => {
                    // A literal string: balanced parentheses, backslash escapes.
                    let mut depth = 0usize;
                    let mut escaped = false;
                    let mut end = at;
                    while let Some(&b) = out.get(end) {
                        if escaped {
                            escaped = false;
                        } else if b == b'\\' {
                            escaped = true;
                        } else if b == b'(' {
                            depth += 1;
                        } else if b == b')' {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        end += 1;
                    }
                    for byte in out.iter_mut().take(end).skip(at + 1) {
                        *byte = b' ';
                    }
                    at = end;
                }
                Some(b'<') => {
                    let end = out[at..]
                        .iter()
                        .position(|&b| b == b'>')
                        .map_or(out.len(), |p| at + p);
                    for byte in out.iter_mut().take(end).skip(at + 1) {
                        *byte = b'0';
                    }
                    at = end;
                }
                _ => {}
            }
            from = at.max(from + found + key.len());
        }
    }
    for (open, close) in [
        (&b"<dc:creator>"[..], &b"</dc:creator>"[..]),
        (b"<pdf:Producer>", b"</pdf:Producer>"),
        (b"<xmp:CreatorTool>", b"</xmp:CreatorTool>"),
        (b"<pdf:Author>", b"</pdf:Author>"),
    ] {
        let mut from = 0;
        while let Some(found) = find(&out[from..], open) {
            let start = from + found + open.len();
            let Some(length) = find(&out[start..], close) else {
                break;
            };
            for byte in &mut out[start..start + length] {
                if !byte.is_ascii_whitespace() {
                    *byte = b' ';
                }
            }
            from = start + length + close.len();
        }
    }
}

/// Where `needle` first occurs in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
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

    #[test]
    fn pdf_authors_inside_compressed_streams_are_blanked_in_place() {
        // Issue 27, finding 5: authors in object streams and compressed XMP stayed.
        use std::io::{Read, Write};
        let deflate = |text: &[u8]| {
            let mut encoder =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
            encoder.write_all(text).unwrap();
            encoder.finish().unwrap()
        };
        let info =
            b"1 0 << /Author (Ana Author) /Producer (Safe House Writer 2.1) /Title (Plan) >>";
        let xmp = b"<x:xmpmeta><dc:creator><rdf:Seq><rdf:li>Ana Author</rdf:li></rdf:Seq></dc:creator></x:xmpmeta>";
        let mut pdf = b"%PDF-1.7\n".to_vec();
        for (dictionary, data) in [
            (
                "<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
                deflate(info),
            ),
            (
                "<< /Type /Metadata /Subtype /XML /Filter /FlateDecode",
                deflate(xmp),
            ),
        ] {
            pdf.extend_from_slice(
                format!("{dictionary} /Length {} >>\nstream\n", data.len()).as_bytes(),
            );
            pdf.extend_from_slice(&data);
            pdf.extend_from_slice(b"\nendstream\n");
        }
        pdf.extend_from_slice(b"%%EOF\n");
        let clean = strip_metadata(FileKind::Pdf, &pdf).unwrap();
        assert_eq!(clean.len(), pdf.len(), "every offset stays");
        let mut seen = Vec::new();
        let mut from = 0;
        while let Some(at) = find(&clean[from..], b"stream\n") {
            let start = from + at + 7;
            let mut inflated = Vec::new();
            flate2::read::ZlibDecoder::new(&clean[start..])
                .read_to_end(&mut inflated)
                .ok();
            seen.push(String::from_utf8_lossy(&inflated).into_owned());
            from = start + find(&clean[start..], b"endstream").unwrap() + 9;
        }
        assert_eq!(seen.len(), 2, "both streams still inflate");
        for text in &seen {
            assert!(
                !text.contains("Ana Author") && !text.contains("Safe House"),
                "{text}"
            );
        }
        assert!(
            seen[0].contains("/Title (Plan)"),
            "the rest is kept: {}",
            seen[0]
        );
    }

    /// A ZIP archive of stored entries, with an extra field and a comment, as a test input.
    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut directory = Vec::new();
        for (name, data) in entries {
            let offset = out.len() as u32;
            let extra = b"ux\x0b\x00\x01\x04\xe8\x03\x00\x00\x04\xe8\x03\x00\x00";
            let mut fields = Vec::new();
            fields.extend_from_slice(&0u16.to_le_bytes()); // flags
            fields.extend_from_slice(&0u16.to_le_bytes()); // stored
            fields.extend_from_slice(&0x5a21_4c3eu32.to_le_bytes());
            fields.extend_from_slice(&super::crc32(data).to_le_bytes());
            fields.extend_from_slice(&(data.len() as u32).to_le_bytes());
            fields.extend_from_slice(&(data.len() as u32).to_le_bytes());
            fields.extend_from_slice(&(name.len() as u16).to_le_bytes());
            fields.extend_from_slice(&(extra.len() as u16).to_le_bytes());
            out.extend_from_slice(b"PK\x03\x04\x14\x00");
            out.extend_from_slice(&fields);
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(extra);
            out.extend_from_slice(data);
            directory.extend_from_slice(b"PK\x01\x02\x1e\x03\x14\x00");
            directory.extend_from_slice(&fields);
            directory.extend_from_slice(&0u16.to_le_bytes());
            directory.extend_from_slice(&[0; 8]);
            directory.extend_from_slice(&offset.to_le_bytes());
            directory.extend_from_slice(name.as_bytes());
            directory.extend_from_slice(extra);
        }
        let at = out.len() as u32;
        out.extend_from_slice(&directory);
        out.extend_from_slice(b"PK\x05\x06\x00\x00\x00\x00");
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(directory.len() as u32).to_le_bytes());
        out.extend_from_slice(&at.to_le_bytes());
        let comment = b"made on Ana's laptop";
        out.extend_from_slice(&(comment.len() as u16).to_le_bytes());
        out.extend_from_slice(comment);
        out
    }

    #[test]
    fn office_documents_lose_their_authors_and_keep_their_text() {
        // Issue 27, finding 5: docProps/core.xml and meta.xml kept who wrote the document.
        let body = b"<w:document><w:t>Meet in a place they choose.</w:t></w:document>".as_slice();
        let docx = zip_of(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", body),
            ("docProps/core.xml", b"<cp:coreProperties><dc:creator>Ana Author</dc:creator><cp:lastModifiedBy>Bo</cp:lastModifiedBy></cp:coreProperties>"),
            ("docProps/app.xml", b"<Properties><Company>Safe House Collective</Company></Properties>"),
        ]);
        let odt = zip_of(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", body),
            ("meta.xml", b"<office:meta><meta:initial-creator>Ana Author</meta:initial-creator></office:meta>"),
        ]);
        for (name, file) in [("docx", docx), ("odt", odt)] {
            let clean = strip_metadata(FileKind::Zip, &file).expect(name);
            let text = String::from_utf8_lossy(&clean);
            for secret in ["Ana Author", "Safe House", "Ana's laptop", "\u{3e8}"] {
                assert!(!text.contains(secret), "{name} keeps {secret:?}");
            }
            assert!(
                !clean.windows(2).any(|w| w == b"ux"),
                "{name}: owner fields dropped"
            );
            assert!(
                clean.windows(body.len()).any(|w| w == body),
                "{name}: the text is kept as it was"
            );
            // What comes out reads as a well-formed archive, and rebuilding it changes nothing.
            assert_eq!(
                strip_metadata(FileKind::Zip, &clean).as_deref(),
                Some(clean.as_slice()),
                "{name}"
            );
        }
        assert_eq!(detect(&zip_of(&[("a.txt", b"a")])), Some(FileKind::Zip));
        assert!(strip_metadata(FileKind::Zip, b"PK\x03\x04 broken").is_none());
    }
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

    /// A PNG chunk: length, kind, data and a (blank) checksum.
    fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let mut c = u32::try_from(data.len())
            .unwrap_or(0)
            .to_be_bytes()
            .to_vec();
        c.extend_from_slice(kind);
        c.extend_from_slice(data);
        c.extend_from_slice(&[0, 0, 0, 0]);
        c
    }

    #[test]
    fn png_loses_text_and_exif_chunks() {
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
    fn a_second_picture_and_comments_between_scans_are_gone_from_a_jpeg() {
        // Issue 27, finding 5: phones write a second image after the first end-of-image
        // marker (multi-picture, motion photos, gain maps) with its own EXIF GPS; and a
        // progressive JPEG may carry a comment between its scans.
        let mut jpeg = vec![0xff, 0xd8];
        jpeg.extend_from_slice(&[
            0xff, 0xda, 0x00, 0x02, 0x11, 0xff, 0x00, 0x22, 0xff, 0xd0, 0x33,
        ]);
        jpeg.extend_from_slice(&[
            0xff, 0xfe, 0x00, 0x09, b'h', b'i', b'd', b'd', b'e', b'n', b'!',
        ]);
        jpeg.extend_from_slice(&[0xff, 0xc4, 0x00, 0x03, 0x01]);
        jpeg.extend_from_slice(&[0xff, 0xda, 0x00, 0x02, 0x44, 0x55, 0xff, 0xd9]);
        let mut second = jpeg_with_exif();
        second.extend_from_slice(b"GPS 48.8566 N 2.3522 E");
        jpeg.extend_from_slice(&second);
        let stripped = strip_metadata(FileKind::Jpeg, &jpeg).unwrap();
        let text = String::from_utf8_lossy(&stripped);
        assert!(!text.contains("GPS") && !text.contains("hidden"), "{text}");
        assert_eq!(
            stripped,
            [
                0xff, 0xd8, 0xff, 0xda, 0x00, 0x02, 0x11, 0xff, 0x00, 0x22, 0xff, 0xd0, 0x33, 0xff,
                0xc4, 0x00, 0x03, 0x01, 0xff, 0xda, 0x00, 0x02, 0x44, 0x55, 0xff, 0xd9
            ],
            "both scans, stuffed bytes and restart markers kept as they were"
        );
    }

    #[test]
    fn png_keeps_only_what_draws_the_image() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &[0; 13]));
        png.extend(chunk(b"prVt", b"camera serial 1234"));
        png.extend(chunk(b"gAMA", &[0, 0, 0, 1]));
        png.extend(chunk(b"IDAT", &[1, 2, 3]));
        png.extend(chunk(b"IEND", &[]));
        png.extend_from_slice(b"trailing GPS");
        let text =
            String::from_utf8_lossy(&strip_metadata(FileKind::Png, &png).unwrap()).into_owned();
        assert!(!text.contains("serial") && !text.contains("GPS"), "{text}");
        assert!(text.contains("gAMA") && text.contains("IDAT"));
    }

    #[test]
    fn gif_comments_and_application_data_are_gone_but_looping_stays() {
        let mut gif = b"GIF89a".to_vec();
        gif.extend_from_slice(&[1, 0, 1, 0, 0x80, 0, 0]); // 1x1, a 2-colour global table
        gif.extend_from_slice(&[0, 0, 0, 255, 255, 255]);
        gif.extend_from_slice(&[0x21, 0xfe, 10]);
        gif.extend_from_slice(b"by Ana, 3");
        gif.extend_from_slice(&[b'x', 0]);
        gif.extend_from_slice(&[0x21, 0xff, 11]);
        gif.extend_from_slice(b"XMP DataXMP");
        gif.extend_from_slice(&[5, b'h', b'o', b'm', b'e', b'!', 0]);
        gif.extend_from_slice(&[0x21, 0xff, 11]);
        gif.extend_from_slice(b"NETSCAPE2.0");
        gif.extend_from_slice(&[3, 1, 0, 0, 0]);
        gif.extend_from_slice(&[0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4c, 0x01, 0, 0x3b]);
        let stripped = strip_metadata(FileKind::Gif, &gif).unwrap();
        let text = String::from_utf8_lossy(&stripped);
        assert!(!text.contains("Ana") && !text.contains("home") && !text.contains("XMP"));
        assert!(text.contains("NETSCAPE2.0"));
        assert!(stripped.ends_with(&[0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4c, 0x01, 0, 0x3b]));
        assert_eq!(strip_metadata(FileKind::Gif, &gif[..20]), None, "truncated");
    }

    #[test]
    fn pdf_authors_are_blanked_in_place() {
        let pdf = b"%PDF-1.4\n1 0 obj << /Author (Ana \\(field\\) Lopez) /Creator <416E61> /Producer (Writer) >> endobj\n\
<x:xmpmeta><dc:creator><rdf:li>Ana Lopez</rdf:li></dc:creator></x:xmpmeta>\n%%EOF";
        let stripped = strip_metadata(FileKind::Pdf, pdf).unwrap();
        let text = String::from_utf8_lossy(&stripped);
        assert_eq!(stripped.len(), pdf.len(), "offsets stay right");
        assert!(
            !text.contains("Ana") && !text.contains("Lopez") && !text.contains("416E61"),
            "{text}"
        );
        assert!(!text.contains("Writer"));
        assert!(text.contains("/Author (") && text.contains("%%EOF"));
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
