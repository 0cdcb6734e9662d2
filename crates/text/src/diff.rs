//! Diffs between two revisions: lines, with the changed words inside changed lines marked,
//! shown inline (one column) or side by side.

use similar::{ChangeTag, DiffOp, TextDiff};

/// What happened to a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineChange {
    /// In both revisions.
    Same,
    /// Only in the older one.
    Removed,
    /// Only in the newer one.
    Added,
}

/// A piece of a line; `changed` pieces are the words that differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Whether this piece changed.
    pub changed: bool,
    /// Its text.
    pub text: String,
}

/// One line of a diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffLine {
    /// What happened to it.
    pub change: LineChange,
    /// Its number in the older revision (1-based), if it is there.
    pub old_number: Option<usize>,
    /// Its number in the newer revision, if it is there.
    pub new_number: Option<usize>,
    /// Its text in pieces, without the line break.
    pub segments: Vec<Segment>,
}

/// A stretch of changes with a few unchanged lines around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hunk {
    /// The lines, in order.
    pub lines: Vec<DiffLine>,
}

/// A row of the side-by-side view: the older line on one side, the newer on the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The older revision's line, if any.
    pub old: Option<DiffLine>,
    /// The newer revision's line, if any.
    pub new: Option<DiffLine>,
}

/// The text ending in a newline. A last line without one would otherwise differ from the same
/// line with one, and adding a line after it would show it removed and added again.
fn with_final_newline(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_empty() || text.ends_with('\n') {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(format!("{text}\n"))
    }
}

/// Unchanged lines shown around each change.
const CONTEXT: usize = 3;

/// The hunks that turn `old` into `new`; empty when they are the same.
pub fn hunks(old: &str, new: &str) -> Vec<Hunk> {
    let (old, new) = (with_final_newline(old), with_final_newline(new));
    let diff = TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_lines(old.as_ref(), new.as_ref());
    diff.grouped_ops(CONTEXT)
        .iter()
        .map(|group| {
            let mut lines = Vec::new();
            for op in group {
                for change in diff.iter_inline_changes(op) {
                    let change_kind = match change.tag() {
                        ChangeTag::Equal => LineChange::Same,
                        ChangeTag::Delete => LineChange::Removed,
                        ChangeTag::Insert => LineChange::Added,
                    };
                    let segments = change
                        .iter_strings_lossy()
                        .map(|(changed, text)| Segment {
                            changed: changed && change_kind != LineChange::Same,
                            text: text.trim_end_matches(['\n', '\r']).to_owned(),
                        })
                        .filter(|segment| !segment.text.is_empty())
                        .collect();
                    lines.push(DiffLine {
                        change: change_kind,
                        old_number: change.old_index().map(|i| i + 1),
                        new_number: change.new_index().map(|i| i + 1),
                        segments,
                    });
                }
            }
            Hunk { lines }
        })
        .collect()
}

/// A hunk's lines as side-by-side rows: removed lines pair with the added lines that replaced
/// them.
pub fn side_by_side(hunk: &Hunk) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut removed: Vec<DiffLine> = Vec::new();
    let mut added: Vec<DiffLine> = Vec::new();
    let flush = |rows: &mut Vec<Row>, removed: &mut Vec<DiffLine>, added: &mut Vec<DiffLine>| {
        let count = removed.len().max(added.len());
        let mut removed = removed.drain(..);
        let mut added = added.drain(..);
        for _ in 0..count {
            rows.push(Row {
                old: removed.next(),
                new: added.next(),
            });
        }
    };
    for line in &hunk.lines {
        match line.change {
            LineChange::Removed => removed.push(line.clone()),
            LineChange::Added => added.push(line.clone()),
            LineChange::Same => {
                flush(&mut rows, &mut removed, &mut added);
                rows.push(Row {
                    old: Some(line.clone()),
                    new: Some(line.clone()),
                });
            }
        }
    }
    flush(&mut rows, &mut removed, &mut added);
    rows
}

/// Counts of lines added and removed, for history lists.
pub fn line_counts(old: &str, new: &str) -> (usize, usize) {
    let (old, new) = (with_final_newline(old), with_final_newline(new));
    let diff = TextDiff::from_lines(old.as_ref(), new.as_ref());
    let mut added = 0;
    let mut removed = 0;
    for op in diff.ops() {
        match *op {
            DiffOp::Insert { new_len, .. } => added += new_len,
            DiffOp::Delete { old_len, .. } => removed += old_len,
            DiffOp::Replace {
                old_len, new_len, ..
            } => {
                added += new_len;
                removed += old_len;
            }
            DiffOp::Equal { .. } => {}
        }
    }
    (added, removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adding_a_line_after_a_last_line_without_newline_adds_one_line() {
        // Issue 27: the unchanged last line showed as removed and added again.
        let hunks = hunks("one\ntwo", "one\ntwo\nthree");
        let changed: Vec<_> = hunks
            .iter()
            .flat_map(|h| &h.lines)
            .filter(|l| l.change != LineChange::Same)
            .collect();
        assert_eq!(changed.len(), 1, "{changed:?}");
        assert_eq!(changed[0].change, LineChange::Added);
        assert_eq!(line_counts("one\ntwo", "one\ntwo\nthree"), (1, 0));
    }

    #[test]
    fn a_changed_word_is_marked_inside_its_line() {
        let hunks = hunks("one\ntwo three\nfour\n", "one\ntwo 3\nfour\n");
        assert_eq!(hunks.len(), 1);
        let lines = &hunks[0].lines;
        let kinds: Vec<LineChange> = lines.iter().map(|l| l.change).collect();
        assert_eq!(
            kinds,
            [
                LineChange::Same,
                LineChange::Removed,
                LineChange::Added,
                LineChange::Same
            ]
        );
        let removed = &lines[1];
        assert_eq!((removed.old_number, removed.new_number), (Some(2), None));
        let changed: Vec<&str> = removed
            .segments
            .iter()
            .filter(|s| s.changed)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(changed, ["three"]);
        let rows = side_by_side(&hunks[0]);
        assert_eq!(rows.len(), 3, "the removed and added line share a row");
        assert_eq!(
            line_counts("one\ntwo three\nfour\n", "one\ntwo 3\nfour\n"),
            (1, 1)
        );
    }

    #[test]
    fn identical_texts_have_no_hunks() {
        assert!(hunks("same\n", "same\n").is_empty());
    }
}
