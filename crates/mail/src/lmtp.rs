//! An LMTP listener (RFC 2033): what Postfix, Exim or OpenSMTPD hand local mail to, as they do
//! for Mailman. It owns the conversation, the limits and the timeouts; what becomes of each
//! message is the [`Inbox`]'s to decide, one answer per recipient.
//!
//! Hostile input never stops the listener: every connection runs on its own task, lines and
//! messages are bounded (longer ones are answered with an error, not read into memory), a
//! client that goes quiet is dropped, and a failing inbox answers "try later".

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::watch;

/// An answer to the client: an SMTP code, an enhanced status code and words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// 250, 451, 550…
    pub code: u16,
    /// RFC 3463, e.g. `2.0.0`, `5.1.1`.
    pub status: &'static str,
    /// Words for the sender (ASCII, one line).
    pub text: String,
}

impl Reply {
    /// A reply with these parts.
    pub fn new(code: u16, status: &'static str, text: impl Into<String>) -> Reply {
        Reply {
            code,
            status,
            text: text.into(),
        }
    }

    fn line(&self) -> String {
        let text: String = self
            .text
            .chars()
            .map(|c| if c.is_ascii_graphic() { c } else { ' ' })
            .collect();
        format!("{} {} {}\r\n", self.code, self.status, text)
    }
}

/// A future an inbox returns.
pub type InboxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What the listener hands mail to.
pub trait Inbox: Send + Sync + 'static {
    /// Whether mail for `recipient` is taken at all (asked at `RCPT TO`): `Ok`, or the
    /// refusal (`550 5.1.1` for an address nobody has).
    fn accepts<'a>(&'a self, recipient: &'a str) -> InboxFuture<'a, Result<(), Reply>>;

    /// Takes the message for one recipient: the answer for that recipient after `DATA`.
    fn deliver<'a>(
        &'a self,
        sender: &'a str,
        recipient: &'a str,
        message: &'a [u8],
    ) -> InboxFuture<'a, Reply>;
}

/// The listener's bounds.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The largest message, in bytes.
    pub max_message_bytes: usize,
    /// The longest line of a command or of a message (RFC 5322 allows 998 characters).
    pub max_line_bytes: usize,
    /// Recipients per message.
    pub max_recipients: usize,
    /// How long a client may stay silent.
    pub idle: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_message_bytes: 10 * 1024 * 1024,
            max_line_bytes: 64 * 1024,
            max_recipients: 100,
            idle: Duration::from_secs(60),
        }
    }
}

/// Serves LMTP on `listener` until `shutdown` turns true.
pub async fn serve(
    listener: TcpListener,
    inbox: Arc<dyn Inbox>,
    limits: Limits,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let inbox = Arc::clone(&inbox);
                tokio::spawn(async move {
                    let (read, write) = stream.into_split();
                    let _ = conversation(read, write, inbox.as_ref(), limits).await;
                });
            }
            _ = shutdown.changed() => {
                if *shutdown.borrow() {
                    return;
                }
            }
        }
    }
}

/// How reading one line ended.
enum Line {
    Text(Vec<u8>),
    TooLong,
    Closed,
}

async fn read_line<R: AsyncRead + Unpin>(
    reader: &mut BufReader<R>,
    limits: Limits,
) -> std::io::Result<Line> {
    let mut line = Vec::new();
    loop {
        let read = tokio::time::timeout(limits.idle, reader.fill_buf())
            .await
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "idle"))??;
        if read.is_empty() {
            return Ok(if line.is_empty() {
                Line::Closed
            } else {
                Line::Text(line)
            });
        }
        let (taken, done) = match read.iter().position(|&b| b == b'\n') {
            Some(at) => (at + 1, true),
            None => (read.len(), false),
        };
        if line.len() + taken <= limits.max_line_bytes {
            line.extend_from_slice(&read[..taken]);
        } else {
            line.clear();
            line.push(0); // marks the line as too long; the rest is skipped
        }
        reader.consume(taken);
        if done {
            if line == [0] {
                return Ok(Line::TooLong);
            }
            return Ok(Line::Text(line));
        }
    }
}

/// One client, from greeting to `QUIT`.
async fn conversation<R, W>(
    read: R,
    mut write: W,
    inbox: &dyn Inbox,
    limits: Limits,
) -> std::io::Result<()>
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = BufReader::new(read);
    write.write_all(b"220 braid LMTP ready\r\n").await?;
    let mut greeted = false;
    let mut sender: Option<String> = None;
    let mut recipients: Vec<String> = Vec::new();
    loop {
        let line = match read_line(&mut reader, limits).await? {
            Line::Closed => return Ok(()),
            Line::TooLong => {
                write.write_all(b"500 5.5.2 line too long\r\n").await?;
                continue;
            }
            Line::Text(line) => line,
        };
        let line = String::from_utf8_lossy(&line);
        let command = line.trim_end_matches(['\r', '\n']);
        let upper = command.to_ascii_uppercase();
        let reply = if upper.starts_with("LHLO ") {
            greeted = true;
            sender = None;
            recipients.clear();
            format!(
                "250-braid\r\n250-PIPELINING\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250 SIZE {}\r\n",
                limits.max_message_bytes
            )
        } else if upper.starts_with("HELO") || upper.starts_with("EHLO") {
            "500 5.5.1 this is LMTP: say LHLO\r\n".to_owned()
        } else if upper.starts_with("MAIL FROM:") {
            if !greeted {
                "503 5.5.1 LHLO first\r\n".to_owned()
            } else {
                sender = Some(path_of(&command[10..]));
                recipients.clear();
                "250 2.1.0 ok\r\n".to_owned()
            }
        } else if upper.starts_with("RCPT TO:") {
            if sender.is_none() {
                "503 5.5.1 MAIL first\r\n".to_owned()
            } else if recipients.len() >= limits.max_recipients {
                "452 4.5.3 too many recipients\r\n".to_owned()
            } else {
                let recipient = path_of(&command[8..]).to_lowercase();
                match inbox.accepts(&recipient).await {
                    Ok(()) => {
                        recipients.push(recipient);
                        "250 2.1.5 ok\r\n".to_owned()
                    }
                    Err(refusal) => refusal.line(),
                }
            }
        } else if upper == "DATA" {
            if recipients.is_empty() {
                "503 5.5.1 no valid recipient\r\n".to_owned()
            } else {
                write.write_all(b"354 end with <CRLF>.<CRLF>\r\n").await?;
                let message = read_data(&mut reader, limits).await?;
                let from = sender.take().unwrap_or_default();
                let mut replies = String::new();
                for recipient in recipients.drain(..) {
                    let reply = match &message {
                        Some(message) => inbox.deliver(&from, &recipient, message).await,
                        None => Reply::new(552, "5.3.4", "message too big"),
                    };
                    replies.push_str(&reply.line());
                }
                replies
            }
        } else if upper == "RSET" {
            sender = None;
            recipients.clear();
            "250 2.0.0 ok\r\n".to_owned()
        } else if upper == "NOOP" {
            "250 2.0.0 ok\r\n".to_owned()
        } else if upper == "QUIT" {
            write.write_all(b"221 2.0.0 bye\r\n").await?;
            return Ok(());
        } else {
            "500 5.5.2 unknown command\r\n".to_owned()
        };
        write.write_all(reply.as_bytes()).await?;
    }
}

/// The message after `DATA`, dot-unstuffed, or `None` when it was larger than allowed (read
/// to its end and dropped).
async fn read_data<R: AsyncRead + Unpin>(
    reader: &mut BufReader<R>,
    limits: Limits,
) -> std::io::Result<Option<Vec<u8>>> {
    let mut message = Vec::new();
    let mut too_big = false;
    loop {
        let line = match read_line(reader, limits).await? {
            Line::Closed => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    "closed inside DATA",
                ));
            }
            Line::TooLong => {
                too_big = true;
                continue;
            }
            Line::Text(line) => line,
        };
        if line == b".\r\n" || line == b".\n" {
            return Ok((!too_big).then_some(message));
        }
        let line = line.strip_prefix(b".").unwrap_or(&line);
        if message.len() + line.len() > limits.max_message_bytes {
            too_big = true;
            message = Vec::new();
        }
        if !too_big {
            message.extend_from_slice(line);
        }
    }
}

/// The address in `<…>` after `MAIL FROM:` or `RCPT TO:` (parameters after it ignored).
fn path_of(argument: &str) -> String {
    let argument = argument.trim();
    match (argument.find('<'), argument.find('>')) {
        (Some(start), Some(end)) if start < end => argument[start + 1..end].to_owned(),
        _ => argument
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::sync::Mutex;

    use super::*;

    #[derive(Default)]
    struct Kept(Mutex<Vec<(String, String, Vec<u8>)>>);

    impl Inbox for Kept {
        fn accepts<'a>(&'a self, recipient: &'a str) -> InboxFuture<'a, Result<(), Reply>> {
            Box::pin(async move {
                if recipient.ends_with("@hub.test") {
                    Ok(())
                } else {
                    Err(Reply::new(550, "5.1.1", "no such list"))
                }
            })
        }

        fn deliver<'a>(
            &'a self,
            sender: &'a str,
            recipient: &'a str,
            message: &'a [u8],
        ) -> InboxFuture<'a, Reply> {
            Box::pin(async move {
                if message.windows(5).any(|w| w == b"PANIC") {
                    #[allow(clippy::panic)]
                    {
                        panic!("the inbox failed");
                    }
                }
                self.0.lock().unwrap().push((
                    sender.to_owned(),
                    recipient.to_owned(),
                    message.to_owned(),
                ));
                Reply::new(250, "2.0.0", "taken")
            })
        }
    }

    async fn talk(inbox: Arc<Kept>, limits: Limits, script: &[u8]) -> String {
        let (client, server) = tokio::io::duplex(1 << 20);
        let (server_read, server_write) = tokio::io::split(server);
        let serving = tokio::spawn(async move {
            let _ = conversation(server_read, server_write, inbox.as_ref(), limits).await;
        });
        let (mut client_read, mut client_write) = tokio::io::split(client);
        client_write.write_all(script).await.unwrap();
        drop(client_write);
        let mut answer = Vec::new();
        tokio::io::AsyncReadExt::read_to_end(&mut client_read, &mut answer)
            .await
            .unwrap();
        let _ = serving.await;
        String::from_utf8(answer).unwrap()
    }

    #[tokio::test]
    async fn each_recipient_gets_its_own_answer_and_dots_are_unstuffed() {
        let inbox = Arc::new(Kept::default());
        let answer = talk(
            Arc::clone(&inbox),
            Limits::default(),
            b"LHLO mta\r\nMAIL FROM:<ana@example.org> SIZE=100\r\nRCPT TO:<a@hub.test>\r\nRCPT TO:<x@elsewhere.test>\r\nRCPT TO:<B@Hub.Test>\r\nDATA\r\nSubject: hi\r\n\r\n..leading dot\r\n.\r\nQUIT\r\n",
        )
        .await;
        assert!(answer.contains("550 5.1.1 no such list"), "{answer}");
        assert_eq!(answer.matches("250 2.0.0 taken").count(), 2, "{answer}");
        let kept = inbox.0.lock().unwrap();
        assert_eq!(kept[0].0, "ana@example.org");
        assert_eq!(kept[1].1, "b@hub.test");
        assert_eq!(kept[0].2, b"Subject: hi\r\n\r\n.leading dot\r\n");
    }

    #[tokio::test]
    async fn overlong_lines_and_messages_are_refused_without_being_kept() {
        let inbox = Arc::new(Kept::default());
        let limits = Limits {
            max_message_bytes: 100,
            max_line_bytes: 50,
            ..Limits::default()
        };
        let mut script =
            b"LHLO mta\r\nMAIL FROM:<a@b>\r\nRCPT TO:<a@hub.test>\r\nDATA\r\n".to_vec();
        script.extend(
            std::iter::repeat_n(b"x".repeat(40).as_slice(), 10).flat_map(|l| [l, b"\r\n"].concat()),
        );
        script.extend_from_slice(b".\r\n");
        script.extend_from_slice(&b"y".repeat(200));
        script.extend_from_slice(b"\r\nNOOP\r\nQUIT\r\n");
        let answer = talk(Arc::clone(&inbox), limits, &script).await;
        assert!(answer.contains("552 5.3.4 message too big"), "{answer}");
        assert!(answer.contains("500 5.5.2 line too long"), "{answer}");
        assert!(
            answer.contains("221 2.0.0 bye"),
            "the conversation goes on: {answer}"
        );
        assert!(inbox.0.lock().unwrap().is_empty());
    }

    #[tokio::test]
    async fn the_listener_outlives_an_inbox_that_fails() {
        let inbox = Arc::new(Kept::default());
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let (stop, shutdown) = watch::channel(false);
        let served = tokio::spawn(serve(listener, inbox.clone(), Limits::default(), shutdown));
        for body in ["PANIC", "fine"] {
            let stream = tokio::net::TcpStream::connect(address).await.unwrap();
            let (read, mut write) = stream.into_split();
            write
                .write_all(
                    format!("LHLO m\r\nMAIL FROM:<a@b>\r\nRCPT TO:<a@hub.test>\r\nDATA\r\n{body}\r\n.\r\nQUIT\r\n")
                        .as_bytes(),
                )
                .await
                .unwrap();
            let mut answer = String::new();
            let _ = tokio::io::AsyncReadExt::read_to_string(&mut BufReader::new(read), &mut answer)
                .await;
        }
        assert_eq!(
            inbox.0.lock().unwrap().len(),
            1,
            "the second message was taken"
        );
        stop.send(true).unwrap();
        served.await.unwrap();
    }
}
