//! A text as paragraphs, the unit of translation: blocks of Markdown between blank lines, a
//! fenced code block whole however many blank lines it holds. A translation keeps one
//! paragraph for each of its source's, so the two can be read, edited and compared side by
//! side, and a change to the source can be traced to the paragraphs it touched.

use similar::{Algorithm, DiffOp, capture_diff_slices};

/// The paragraphs of `markdown`, without the blank lines between them.
pub fn split(markdown: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut fence: Option<&str> = None;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        match fence {
            Some(marker) => {
                current.push(line);
                if trimmed.starts_with(marker) {
                    fence = None;
                }
            }
            None if line.trim().is_empty() => {
                if !current.is_empty() {
                    paragraphs.push(current.join("\n"));
                    current.clear();
                }
            }
            None => {
                if trimmed.starts_with("```") {
                    fence = Some("```");
                } else if trimmed.starts_with("~~~") {
                    fence = Some("~~~");
                }
                current.push(line);
            }
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join("\n"));
    }
    paragraphs
}

/// The paragraphs as one text, a blank line between each.
pub fn join(paragraphs: &[String]) -> String {
    paragraphs
        .iter()
        .map(|p| p.trim_end())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Where a paragraph of a newer text came from in an older one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The same paragraph, unchanged, at this place in the older text.
    Kept(usize),
    /// A rewrite of the older text's paragraph at this place.
    Rewritten(usize),
    /// Not in the older text.
    Added,
}

impl Origin {
    /// Whether the paragraph changed since the older text.
    pub fn changed(self) -> bool {
        !matches!(self, Origin::Kept(_))
    }

    /// The place in the older text of the paragraph it is, or rewrites.
    pub fn older(self) -> Option<usize> {
        match self {
            Origin::Kept(at) | Origin::Rewritten(at) => Some(at),
            Origin::Added => None,
        }
    }
}

/// For each paragraph of `newer`, where it came from in `older`: kept as it was, a rewrite of
/// a paragraph (paired in order within each stretch of changes), or added.
pub fn origins(older: &[String], newer: &[String]) -> Vec<Origin> {
    let mut found = vec![Origin::Added; newer.len()];
    for op in capture_diff_slices(Algorithm::Myers, older, newer) {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for k in 0..len {
                    found[new_index + k] = Origin::Kept(old_index + k);
                }
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                for k in 0..new_len.min(old_len) {
                    found[new_index + k] = Origin::Rewritten(old_index + k);
                }
            }
            DiffOp::Insert { .. } | DiffOp::Delete { .. } => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(parts: &[&str]) -> Vec<String> {
        parts.iter().map(|p| (*p).to_owned()).collect()
    }

    #[test]
    fn paragraphs_are_blocks_between_blank_lines_and_code_stays_whole() {
        let text = "# Title\n\nFirst line\nsecond line\n\n\n- a\n- b\n\n```\ncode\n\nmore code\n```\n\nEnd.";
        assert_eq!(
            split(text),
            owned(&[
                "# Title",
                "First line\nsecond line",
                "- a\n- b",
                "```\ncode\n\nmore code\n```",
                "End."
            ])
        );
        assert_eq!(
            join(&split(text)),
            text.replace("\n\n\n", "\n\n"),
            "split then joined gives the text back, blank lines normalised"
        );
        assert!(split("\n\n  \n").is_empty());
    }

    #[test]
    fn origins_tell_kept_rewritten_and_added_paragraphs_apart() {
        let older = owned(&["A", "B", "C", "D"]);
        let newer = owned(&["A", "B2", "C", "new", "D", "E"]);
        assert_eq!(
            origins(&older, &newer),
            [
                Origin::Kept(0),
                Origin::Rewritten(1),
                Origin::Kept(2),
                Origin::Added,
                Origin::Kept(3),
                Origin::Added
            ]
        );
        // Removing a paragraph changes none of those left.
        let shorter = owned(&["A", "C", "D"]);
        assert!(origins(&older, &shorter).iter().all(|o| !o.changed()));
    }
}
