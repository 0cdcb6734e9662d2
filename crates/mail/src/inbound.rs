//! Reading mail that comes in: who it is from, its subject and text, whether it is a report
//! that a delivery failed for good, and where a reply's own words end. Bounded: a message
//! with more header fields or parts than any real one is refused rather than read.

use mail_parser::{MessageParser, MimeHeaders};

/// The most header fields a message may have.
pub const MAX_HEADERS: usize = 500;
/// The most MIME parts a message may have.
pub const MAX_PARTS: usize = 100;

/// What the hub needs of an incoming message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// The first `From` address, lower case (empty when there is none).
    pub from: String,
    /// The subject (empty when there is none).
    pub subject: String,
    /// The text, from its plain text part or its HTML turned to text; line ends `\n`.
    pub text: String,
}

/// Why a message was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// It is not a message mail-parser can read.
    Malformed,
    /// It has more header fields or parts than allowed.
    TooComplex,
}

/// Parses a message; a parser that panics on it (mail-parser has debug assertions that fire
/// on some malformed input) counts as unreadable, so one message never ends a conversation.
fn parse(message: &[u8]) -> Option<mail_parser::Message<'_>> {
    std::panic::catch_unwind(|| MessageParser::default().parse(message))
        .ok()
        .flatten()
}

/// Reads a message.
pub fn read(message: &[u8]) -> Result<Incoming, Unreadable> {
    let parsed = parse(message).ok_or(Unreadable::Malformed)?;
    if parsed.headers().len() > MAX_HEADERS || parsed.parts.len() > MAX_PARTS {
        return Err(Unreadable::TooComplex);
    }
    Ok(Incoming {
        from: parsed
            .from()
            .and_then(|from| from.first())
            .and_then(|from| from.address())
            .map(str::to_lowercase)
            .unwrap_or_default(),
        subject: parsed.subject().unwrap_or_default().to_owned(),
        text: parsed
            .body_text(0)
            .unwrap_or_default()
            .replace("\r\n", "\n"),
    })
}

/// Whether a message is a delivery status notification (RFC 3464) saying delivery failed for
/// good: a `message/delivery-status` part with `Action: failed` or a `5.x.x` status.
pub fn is_hard_bounce(message: &[u8]) -> bool {
    let Some(parsed) = parse(message) else {
        return false;
    };
    parsed.parts.iter().take(MAX_PARTS).any(|part| {
        part.is_content_type("message", "delivery-status") && {
            let text = String::from_utf8_lossy(part.contents()).to_ascii_lowercase();
            text.lines().any(|line| {
                let line = line.trim();
                line.starts_with("action: failed")
                    || line
                        .strip_prefix("status:")
                        .is_some_and(|status| status.trim().starts_with('5'))
            })
        }
    })
}

/// A mail's text split into what its author wrote and what they quoted or signed below it:
/// a signature from its `-- ` line, and a trailing block of `>` lines with the "On …
/// wrote:" line above it. The web shows the first and folds the second; both are kept.
pub fn split_reply(text: &str) -> (&str, &str) {
    let text = text.trim_end();
    let end = text
        .find("\n-- \n")
        .or_else(|| text.ends_with("\n--").then(|| text.len() - 3))
        .unwrap_or(text.len());
    // Walk back, line by line, over quoted lines, blank lines and one attribution line.
    let mut cut = end;
    let mut saw_quote = false;
    let mut attribution_taken = false;
    while cut > 0 {
        let before = text[..cut].strip_suffix('\n').unwrap_or(&text[..cut]);
        let start = before.rfind('\n').map_or(0, |at| at + 1);
        let line = before[start..].trim();
        if line.starts_with('>') {
            saw_quote = true;
        } else if line.is_empty() {
        } else if saw_quote && !attribution_taken && line.ends_with(':') {
            attribution_taken = true;
        } else {
            break;
        }
        cut = start;
    }
    if !saw_quote {
        cut = end;
    }
    let main = text[..cut].trim_end();
    if main.is_empty() {
        return (text, "");
    }
    (main, text[cut..].trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mail_reply_is_split_from_what_it_quotes_and_its_signature() {
        let mail = "Yes, with a bridge.\n\nOn Monday, Ana wrote:\n> Has anyone crossed?\n> With Tor?\n\n-- \nBo, Nairobi\n";
        assert_eq!(
            split_reply(mail),
            (
                "Yes, with a bridge.",
                "On Monday, Ana wrote:\n> Has anyone crossed?\n> With Tor?\n\n-- \nBo, Nairobi"
            )
        );
        assert_eq!(split_reply("Thanks.\n-- \nBo"), ("Thanks.", "-- \nBo"));
        assert_eq!(
            split_reply("> inline quote\nmy answer\n> another"),
            ("> inline quote\nmy answer", "> another"),
            "only the trailing block folds"
        );
        assert_eq!(
            split_reply("> all quoted"),
            ("> all quoted", ""),
            "nothing left to show is shown whole"
        );
        assert_eq!(split_reply("Just text:"), ("Just text:", ""));
        assert_eq!(split_reply(""), ("", ""));
        assert_eq!(split_reply("\n>\n"), ("\n>", ""));
        assert_eq!(
            split_reply("Search for hähä"),
            ("Search for hähä", ""),
            "ends inside no character"
        );
    }

    #[test]
    fn bounded_reading() {
        let many = format!("{}\r\nhi\r\n", "X-A: b\r\n".repeat(MAX_HEADERS + 1));
        assert_eq!(read(many.as_bytes()), Err(Unreadable::TooComplex));
        let fine = read(b"From: Bo <Bo@Example.org>\r\nSubject: Hi\r\n\r\nHello\r\n").unwrap();
        assert_eq!(fine.from, "bo@example.org");
        assert_eq!(fine.text, "Hello\n");
    }
}
