//! Median time to render and sanitise Markdown, per KB, on a realistic page (headings, lists,
//! a table, links, code, footnotes) repeated to 10 KB and 100 KB. Run by `bench/wiki.sh`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use braid_text::markdown::{WikiTarget, render};

const SECTION: &str = "## Before you travel\n\n\
Check what the device holds and **leave behind** what you do not need. See [[Device seizure]] \
and the [EFF guide](https://ssd.eff.org/) for details.[^1]\n\n\
- Full-disk encryption on, with a *strong* passphrase.\n\
- Messaging apps set to delete old messages.\n\
- [ ] Backups made and tested.\n\n\
| Threat | Likelihood | Impact |\n|:--|:-:|:-:|\n| Seizure | high | high |\n| Loss | medium | medium |\n\n\
```\ngpg --list-keys\n```\n\n\
> Assume what was on the device is known.\n\n\
[^1]: Updated each year.\n\n";

fn main() {
    for target_kb in [10, 100] {
        let mut text = String::new();
        while text.len() < target_kb * 1024 {
            text.push_str(SECTION);
        }
        let kb = text.len() as f64 / 1024.0;
        let resolve = |title: &str| WikiTarget {
            href: format!("/wiki/actualise/{}", title.len()),
            exists: true,
        };
        let mut samples = Vec::new();
        for _ in 0..30 {
            let started = Instant::now();
            let rendered = render(&text, &resolve);
            samples.push(started.elapsed().as_secs_f64() * 1e6);
            assert!(!rendered.html.is_empty());
        }
        samples.sort_by(|a, b| a.total_cmp(b));
        let median = samples[samples.len() / 2];
        println!(
            "| render + sanitise, {kb:.0} KB page | {:.2} ms ({:.0} µs per KB, median of 30) |",
            median / 1000.0,
            median / kb
        );
    }
}
