//! Mail that comes in (SECURITY-PLAN T27): any bytes through what the hub reads of a message
//! (bounded parsing, the sender, subject and text), the delivery-report check, and the split
//! of a reply's own words from what it quotes. None may panic; the split's two halves are
//! always pieces of the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|message: &[u8]| {
    let _ = braid_mail::inbound::is_hard_bounce(message);
    if let Ok(incoming) = braid_mail::inbound::read(message) {
        let (main, folded) = braid_mail::inbound::split_reply(&incoming.text);
        assert!(incoming.text.contains(main) && incoming.text.contains(folded));
    }
    let text = String::from_utf8_lossy(message);
    let (main, folded) = braid_mail::inbound::split_reply(&text);
    assert!(text.contains(main) && text.contains(folded));
});
