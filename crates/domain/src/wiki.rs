//! The wiki's vocabulary: who may read a page, and what a page and a revision are.

use crate::DomainError;
use crate::ids::{PageId, SectionId, UserId};
use crate::time::Timestamp;

/// Who may read a section or page. A page is as private as the most private of its section,
/// its ancestors and itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Visibility {
    /// Anyone, signed in or not.
    Public,
    /// Full members.
    Members,
    /// Editors (co-managers of the wiki) and admins.
    Editors,
}

impl Visibility {
    /// Every level, least private first.
    pub const ALL: [Visibility; 3] = [Visibility::Public, Visibility::Members, Visibility::Editors];

    /// The stable name stored in the database and used in forms.
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Members => "members",
            Visibility::Editors => "editors",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(name: &str) -> Result<Visibility, DomainError> {
        match name {
            "public" => Ok(Visibility::Public),
            "members" => Ok(Visibility::Members),
            "editors" => Ok(Visibility::Editors),
            _ => Err(DomainError::Invalid {
                field: "visibility",
                reason: "choose public, members or editors",
                key: "unknown-visibility",
            }),
        }
    }
}

/// The licences a section's pages may be shared under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Licence {
    /// Creative Commons Attribution-ShareAlike 4.0, the default.
    CcBySa4,
    /// Creative Commons Attribution 4.0.
    CcBy4,
    /// Creative Commons Zero: no rights reserved.
    Cc0,
}

impl Licence {
    /// Every licence offered.
    pub const ALL: [Licence; 3] = [Licence::CcBySa4, Licence::CcBy4, Licence::Cc0];

    /// Its SPDX identifier, as stored.
    pub fn id(self) -> &'static str {
        match self {
            Licence::CcBySa4 => "CC-BY-SA-4.0",
            Licence::CcBy4 => "CC-BY-4.0",
            Licence::Cc0 => "CC0-1.0",
        }
    }

    /// Its short name.
    pub fn name(self) -> &'static str {
        match self {
            Licence::CcBySa4 => "CC BY-SA 4.0",
            Licence::CcBy4 => "CC BY 4.0",
            Licence::Cc0 => "CC0 1.0",
        }
    }

    /// Where its text is.
    pub fn url(self) -> &'static str {
        match self {
            Licence::CcBySa4 => "https://creativecommons.org/licenses/by-sa/4.0/",
            Licence::CcBy4 => "https://creativecommons.org/licenses/by/4.0/",
            Licence::Cc0 => "https://creativecommons.org/publicdomain/zero/1.0/",
        }
    }

    /// Parses an SPDX identifier.
    pub fn parse(id: &str) -> Result<Licence, DomainError> {
        Licence::ALL
            .into_iter()
            .find(|l| l.id() == id)
            .ok_or(DomainError::Invalid {
                field: "licence",
                reason: "choose CC BY-SA 4.0, CC BY 4.0 or CC0",
                key: "unknown-licence",
            })
    }
}

/// A page's place and settings (its text lives in revisions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Its id.
    pub id: PageId,
    /// Its section.
    pub section_id: SectionId,
    /// The page it sits under, if any.
    pub parent_id: Option<PageId>,
    /// Its URL name within the section.
    pub slug: String,
    /// Its current title.
    pub title: String,
    /// Its order among its siblings.
    pub position: i64,
    /// Who may read it (before its section and ancestors are taken into account).
    pub visibility: Visibility,
    /// The number of its latest revision.
    pub current_revision: i64,
    /// The number of the revision readers see (0 while a new page awaits review); later
    /// revisions wait for an editor.
    pub approved_revision: i64,
    /// When an editor moved it to the recycle bin, if they did.
    pub deleted_at: Option<Timestamp>,
    /// When it was created.
    pub created_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
    /// The language it is written in (a code from [`crate::language`]).
    pub language: crate::language::LanguageCode,
    /// Who wrote its first revision (`None` when written by the hub or a deleted account): while
    /// that revision waits for review, they and reviewers alone may read the page.
    pub created_by: Option<UserId>,
}

/// One saved version of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revision {
    /// 1 for the first, then one more for each save.
    pub number: i64,
    /// The revision the author started from (`None` for the first).
    pub base_number: Option<i64>,
    /// Who saved it; `None` once their account is deleted.
    pub author_id: Option<UserId>,
    /// The author's handle at the time of reading (or "former member").
    pub author: String,
    /// The title in this revision.
    pub title: String,
    /// The Markdown text.
    pub body: String,
    /// The author's summary of the change.
    pub summary: String,
    /// Where it stands in review.
    pub review: ReviewState,
    /// When it was saved.
    pub created_at: Timestamp,
}

/// Where a revision stands in review. Only published revisions are part of a page's public
/// record; the others are seen by their author and by editors, everywhere (history, diffs,
/// recent changes, feeds, contributors, exports).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewState {
    /// Part of the page's record: saved by a trusted member, or approved.
    Published,
    /// Waiting for an editor.
    Pending,
    /// Refused by an editor.
    SentBack,
    /// Hidden by an admin because it exposed something (an address, a name): seen only by
    /// admins, whatever it was before.
    Suppressed,
}

impl ReviewState {
    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewState::Published => "published",
            ReviewState::Pending => "pending",
            ReviewState::SentBack => "sent_back",
            ReviewState::Suppressed => "suppressed",
        }
    }

    /// Reads the stored form.
    pub fn parse(value: &str) -> Result<ReviewState, DomainError> {
        match value {
            "published" => Ok(ReviewState::Published),
            "pending" => Ok(ReviewState::Pending),
            "sent_back" => Ok(ReviewState::SentBack),
            "suppressed" => Ok(ReviewState::Suppressed),
            _ => Err(DomainError::Invalid {
                field: "review state",
                reason: "use published, pending, sent_back or suppressed",
                key: "review-state-unknown",
            }),
        }
    }
}

/// Limits on what a page may hold.
pub mod limits {
    /// Longest title, in characters.
    pub const TITLE_CHARS: usize = 150;
    /// Longest text, in bytes (a long handbook chapter is ~100 KB).
    pub const BODY_BYTES: usize = 512 * 1024;
    /// Longest edit summary, in characters.
    pub const SUMMARY_CHARS: usize = 300;
}

/// A title, trimmed and checked.
pub fn page_title(title: &str) -> Result<String, DomainError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(DomainError::Empty { field: "title" });
    }
    if title.chars().count() > limits::TITLE_CHARS {
        return Err(DomainError::TooLong {
            field: "title",
            max: limits::TITLE_CHARS,
        });
    }
    if title
        .chars()
        .any(|c| c.is_control() || is_direction_override(c))
    {
        return Err(DomainError::Invalid {
            field: "title",
            reason: "remove control and direction-override characters",
            key: "control-characters",
        });
    }
    Ok(title.to_owned())
}

/// A page text, checked for size. Line endings become `\n`.
pub fn page_body(body: &str) -> Result<String, DomainError> {
    if body.len() > limits::BODY_BYTES {
        return Err(DomainError::TooLong {
            field: "text",
            max: limits::BODY_BYTES,
        });
    }
    Ok(body.replace("\r\n", "\n"))
}

/// An edit summary, trimmed and checked.
pub fn edit_summary(summary: &str) -> Result<String, DomainError> {
    let summary = summary.trim();
    if summary.chars().count() > limits::SUMMARY_CHARS {
        return Err(DomainError::TooLong {
            field: "summary",
            max: limits::SUMMARY_CHARS,
        });
    }
    Ok(summary.chars().filter(|c| !c.is_control()).collect())
}

/// The longest label, in characters.
pub const LABEL_CHARS: usize = 40;
/// Labels a page may carry.
pub const LABELS_PER_PAGE: usize = 12;

/// Labels from a comma-separated list: trimmed, lowercased, inner spaces single, duplicates
/// dropped, each letters, digits, spaces and hyphens only.
pub fn labels(list: &str) -> Result<Vec<String>, DomainError> {
    let mut found: Vec<String> = Vec::new();
    for raw in list.split(',') {
        let label = raw
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if label.is_empty() {
            continue;
        }
        if label.chars().count() > LABEL_CHARS {
            return Err(DomainError::TooLong {
                field: "label",
                max: LABEL_CHARS,
            });
        }
        if !label
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
        {
            return Err(DomainError::Invalid {
                field: "labels",
                reason: "use letters, digits, spaces and hyphens, with commas between labels",
                key: "label-characters",
            });
        }
        if !found.contains(&label) {
            found.push(label);
        }
    }
    if found.len() > LABELS_PER_PAGE {
        return Err(DomainError::Invalid {
            field: "labels",
            reason: "use at most 12 labels",
            key: "too-many-labels",
        });
    }
    Ok(found)
}

/// Characters that reorder text around them (Trojan-Source style spoofing in titles).
fn is_direction_override(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visibility_orders_from_public_to_editors() {
        assert!(
            Visibility::Public < Visibility::Members && Visibility::Members < Visibility::Editors
        );
        for level in Visibility::ALL {
            assert_eq!(Visibility::parse(level.as_str()), Ok(level));
        }
        assert!(Visibility::parse("secret").is_err());
    }

    #[test]
    fn titles_and_texts_are_checked() {
        assert_eq!(
            page_title("  Threat modelling "),
            Ok("Threat modelling".to_owned())
        );
        assert!(page_title(" ").is_err());
        assert!(page_title("a\u{202e}b").is_err());
        assert!(page_title(&"x".repeat(151)).is_err());
        assert_eq!(page_body("a\r\nb"), Ok("a\nb".to_owned()));
        assert!(page_body(&"x".repeat(limits::BODY_BYTES + 1)).is_err());
    }

    #[test]
    fn labels_are_normalised() {
        assert_eq!(
            labels(" Needs  Review, exercise,,needs review, أداة "),
            Ok(vec![
                "needs review".to_owned(),
                "exercise".to_owned(),
                "أداة".to_owned()
            ])
        );
        assert!(labels("a<b").is_err());
        let thirteen: Vec<String> = (1..=13).map(|n| format!("l{n}")).collect();
        assert!(labels(&thirteen.join(",")).is_err());
        assert_eq!(labels(&thirteen[..12].join(",")).map(|l| l.len()), Ok(12));
    }
}

/// Where a page stands in a language it was not written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TranslationState {
    /// No translation yet.
    Missing,
    /// Begun: its translator left paragraphs untranslated, or its first revision awaits
    /// review.
    Draft,
    /// Made from an older revision of the source than the one published now.
    Outdated,
    /// Made from the source as published now.
    UpToDate,
    /// Up to date, and checked by a second translator.
    Reviewed,
}

impl TranslationState {
    /// Every state, from least to most done.
    pub const ALL: [TranslationState; 5] = [
        TranslationState::Missing,
        TranslationState::Draft,
        TranslationState::Outdated,
        TranslationState::UpToDate,
        TranslationState::Reviewed,
    ];

    /// The stable name, for forms, addresses and interface strings.
    pub fn as_str(self) -> &'static str {
        match self {
            TranslationState::Missing => "missing",
            TranslationState::Draft => "draft",
            TranslationState::Outdated => "outdated",
            TranslationState::UpToDate => "up-to-date",
            TranslationState::Reviewed => "reviewed",
        }
    }

    /// The state of a translation whose published revision is `approved` (0 while its first
    /// awaits review), made from the source's revision `from` (`None` when not recorded) and
    /// left a draft or not, of a source published at `source`; `reviewed` is the revision a
    /// second translator checked (0: none).
    pub fn of(source: i64, approved: i64, from: Option<(i64, bool)>, reviewed: i64) -> Self {
        match from {
            _ if approved == 0 => TranslationState::Draft,
            Some((_, true)) => TranslationState::Draft,
            Some((made_from, false)) if made_from >= source => {
                if reviewed == approved {
                    TranslationState::Reviewed
                } else {
                    TranslationState::UpToDate
                }
            }
            _ => TranslationState::Outdated,
        }
    }
}

#[cfg(test)]
mod translation_tests {
    use super::TranslationState::{self, *};

    #[test]
    fn a_translation_s_state_follows_its_source_and_its_review() {
        // Source published at revision 3.
        assert_eq!(TranslationState::of(3, 0, Some((3, false)), 0), Draft);
        assert_eq!(TranslationState::of(3, 2, Some((3, true)), 0), Draft);
        assert_eq!(TranslationState::of(3, 2, Some((2, false)), 0), Outdated);
        assert_eq!(TranslationState::of(3, 2, None, 0), Outdated);
        assert_eq!(TranslationState::of(3, 2, Some((3, false)), 0), UpToDate);
        assert_eq!(TranslationState::of(3, 2, Some((3, false)), 2), Reviewed);
        // A review of an older revision of the translation does not carry over.
        assert_eq!(TranslationState::of(3, 4, Some((3, false)), 2), UpToDate);
        // Nor past a change of the source.
        assert_eq!(TranslationState::of(4, 2, Some((3, false)), 2), Outdated);
    }
}
