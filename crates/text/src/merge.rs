//! Three-way merge of concurrent edits: nobody's work is overwritten.

/// How merging an edit made from an older revision turned out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Merge {
    /// The changes did not overlap: both are in the text.
    Clean(String),
    /// They overlap: the text holds both versions between conflict markers, for the editor to
    /// resolve; nothing of either side is lost.
    Conflict(String),
}

/// Merges `mine` (an edit of `base`) with `theirs` (the revision saved meanwhile, also from
/// `base`). Lines are the unit; a conflict is marked with `<<<<<<< yours`, `=======` and
/// `>>>>>>> saved meanwhile`.
pub fn merge(base: &str, mine: &str, theirs: &str) -> Merge {
    let mut options = diffy::MergeOptions::new();
    options.set_conflict_style(diffy::ConflictStyle::Merge);
    match options.merge(
        &with_final_newline(base),
        &with_final_newline(mine),
        &with_final_newline(theirs),
    ) {
        Ok(merged) => Merge::Clean(merged),
        Err(conflicted) => Merge::Conflict(
            conflicted
                .replace("<<<<<<< ours", "<<<<<<< yours")
                .replace(">>>>>>> theirs", ">>>>>>> saved meanwhile"),
        ),
    }
}

/// Line merges need every line terminated, or an edit on the last line conflicts with itself.
fn with_final_newline(text: &str) -> String {
    let mut text = text.replace("\r\n", "\n");
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// Whether `text` still carries conflict markers (a save must not store them by accident).
pub fn has_conflict_markers(text: &str) -> bool {
    // Only the three lines Braid writes, in the order it writes them and outside fenced code:
    // a setext heading's `=======` or a code block that shows a git conflict are Markdown.
    const MARKERS: [&str; 3] = ["<<<<<<< yours", "=======", ">>>>>>> saved meanwhile"];
    let mut next = 0;
    let mut fence: Option<&str> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        let opens = ["```", "~~~"].into_iter().find(|f| trimmed.starts_with(f));
        match (fence, opens) {
            (None, Some(opening)) => {
                fence = Some(opening);
                continue;
            }
            (Some(open), Some(closing)) if open == closing => {
                fence = None;
                continue;
            }
            _ => {}
        }
        if fence.is_none() && line.trim_end() == MARKERS[next] {
            next += 1;
            if next == MARKERS.len() {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "# Phones\n\nKeep them updated.\n\nUse a PIN.\n";

    #[test]
    fn only_the_markers_braid_wrote_count_as_a_conflict() {
        // Issue 27: a setext heading underline and a code block showing a git conflict are
        // valid Markdown and were refused.
        assert!(!has_conflict_markers("Title\n=======\n\nText.\n"));
        assert!(!has_conflict_markers(
            "```\n<<<<<<< yours\na\n=======\nb\n>>>>>>> saved meanwhile\n```\n"
        ));
        assert!(!has_conflict_markers(
            "<<<<<<< HEAD\na\n=======\nb\n>>>>>>> main\n"
        ));
        assert!(has_conflict_markers(
            "x\n<<<<<<< yours\na\n=======\nb\n>>>>>>> saved meanwhile\ny\n"
        ));
    }

    #[test]
    fn edits_to_different_lines_merge_cleanly() {
        let mine = "# Phones\n\nKeep them updated, always.\n\nUse a PIN.\n";
        let theirs = "# Phones\n\nKeep them updated.\n\nUse a long PIN.\n";
        assert_eq!(
            merge(BASE, mine, theirs),
            Merge::Clean("# Phones\n\nKeep them updated, always.\n\nUse a long PIN.\n".into())
        );
    }

    #[test]
    fn edits_to_the_same_line_keep_both_sides() {
        let mine = "# Phones\n\nKeep them patched.\n\nUse a PIN.\n";
        let theirs = "# Phones\n\nKeep them current.\n\nUse a PIN.\n";
        let Merge::Conflict(text) = merge(BASE, mine, theirs) else {
            panic!("expected a conflict");
        };
        assert!(text.contains("<<<<<<< yours\nKeep them patched.\n=======\nKeep them current.\n>>>>>>> saved meanwhile"), "{text}");
        assert!(has_conflict_markers(&text));
        assert!(!has_conflict_markers(BASE));
    }

    #[test]
    fn a_missing_final_newline_is_not_a_conflict() {
        assert_eq!(
            merge("a\nb\nc", "a\nb\nc changed", "a2\nb\nc"),
            Merge::Clean("a2\nb\nc changed\n".into())
        );
    }
}
