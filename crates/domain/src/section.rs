//! Sections: the top level of the wiki, organised around the phases of orgsec support.

use crate::DomainError;
use crate::ids::SectionId;

/// The part of the hub a section belongs to, which decides where the home page lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionGroup {
    /// A phase of long-term organisational security support (Discover, Strategise, …).
    Phase,
    /// A practice that runs through every phase (remote facilitation, well-being).
    Practice,
    /// About the community itself (guidelines, how to contribute).
    Community,
}

impl SectionGroup {
    /// All groups, in the order the home page shows them.
    pub const ALL: [SectionGroup; 3] = [
        SectionGroup::Phase,
        SectionGroup::Practice,
        SectionGroup::Community,
    ];

    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            SectionGroup::Phase => "phase",
            SectionGroup::Practice => "practice",
            SectionGroup::Community => "community",
        }
    }

    /// Parses a stored name.
    pub fn parse(name: &str) -> Result<SectionGroup, DomainError> {
        match name {
            "phase" => Ok(SectionGroup::Phase),
            "practice" => Ok(SectionGroup::Practice),
            "community" => Ok(SectionGroup::Community),
            _ => Err(DomainError::Invalid {
                field: "section group",
                reason: "unknown group",
                key: "unknown-group",
            }),
        }
    }
}

/// The URL name of a section, e.g. `create-space-and-buy-in`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SectionSlug(String);

impl SectionSlug {
    /// Longest slug accepted, in characters.
    pub const MAX_CHARS: usize = 80;

    /// Validates a slug: letters and digits of any script, separated by single hyphens.
    pub fn new(slug: &str) -> Result<SectionSlug, DomainError> {
        check_slug(slug, "section slug").map(SectionSlug)
    }

    /// The slug as it appears in URLs.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Checks a URL name (a section's, a category's) for `field`: letters and digits of any
/// script, none upper case, separated by single hyphens, at most [`SectionSlug::MAX_CHARS`].
pub(crate) fn check_slug(slug: &str, field: &'static str) -> Result<String, DomainError> {
    if slug.is_empty() {
        return Err(DomainError::Empty { field });
    }
    if slug.chars().count() > SectionSlug::MAX_CHARS {
        return Err(DomainError::TooLong {
            field,
            max: SectionSlug::MAX_CHARS,
        });
    }
    let well_formed = slug.split('-').all(|part| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_alphanumeric() && !c.is_uppercase())
    });
    if !well_formed {
        return Err(DomainError::Invalid {
            field,
            reason: "use lowercase letters and digits separated by single hyphens",
            key: "slug-characters",
        });
    }
    Ok(slug.to_owned())
}

/// A section as read from the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Its id.
    pub id: SectionId,
    /// Its URL name.
    pub slug: SectionSlug,
    /// Its title, e.g. "Discover".
    pub title: String,
    /// A short description shown on the home page and at the top of the section.
    pub summary: String,
    /// Where the home page lists it.
    pub group: SectionGroup,
    /// Its order within the hub; smaller comes first.
    pub position: i64,
    /// Who may read it and its pages.
    pub visibility: crate::wiki::Visibility,
    /// The licence its pages are shared under.
    pub licence: crate::wiki::Licence,
}

/// A section to be created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSection {
    /// Its URL name.
    pub slug: SectionSlug,
    /// Its title.
    pub title: String,
    /// Its short description.
    pub summary: String,
    /// Where the home page lists it.
    pub group: SectionGroup,
    /// Its order within the hub.
    pub position: i64,
}

impl NewSection {
    /// Longest title accepted, in characters.
    pub const MAX_TITLE_CHARS: usize = 120;
    /// Longest summary accepted, in characters.
    pub const MAX_SUMMARY_CHARS: usize = 2000;

    /// Validates the parts of a new section.
    pub fn new(
        slug: &str,
        title: &str,
        summary: &str,
        group: SectionGroup,
        position: i64,
    ) -> Result<NewSection, DomainError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(DomainError::Empty {
                field: "section title",
            });
        }
        if title.chars().count() > Self::MAX_TITLE_CHARS {
            return Err(DomainError::TooLong {
                field: "section title",
                max: Self::MAX_TITLE_CHARS,
            });
        }
        let summary = summary.trim();
        if summary.chars().count() > Self::MAX_SUMMARY_CHARS {
            return Err(DomainError::TooLong {
                field: "section summary",
                max: Self::MAX_SUMMARY_CHARS,
            });
        }
        Ok(NewSection {
            slug: SectionSlug::new(slug)?,
            title: title.to_owned(),
            summary: summary.to_owned(),
            group,
            position,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_accept_any_script_but_no_stray_punctuation() {
        for good in ["discover", "create-space-and-buy-in", "раздел-1", "الرفاه"] {
            assert!(SectionSlug::new(good).is_ok(), "{good} should be accepted");
        }
        for bad in [
            "",
            "Discover",
            "two--hyphens",
            "-leading",
            "trailing-",
            "a/b",
            "a b",
            "../x",
        ] {
            assert!(SectionSlug::new(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(SectionSlug::new(&"a".repeat(81)).is_err());
    }

    #[test]
    fn new_sections_trim_and_check_their_text() {
        let section = NewSection::new(
            "about",
            "  About  ",
            " Who we are. ",
            SectionGroup::Community,
            7,
        )
        .unwrap();
        assert_eq!(section.title, "About");
        assert_eq!(section.summary, "Who we are.");
        assert_eq!(
            NewSection::new("about", "   ", "", SectionGroup::Community, 7).unwrap_err(),
            DomainError::Empty {
                field: "section title"
            }
        );
    }

    #[test]
    fn groups_round_trip() {
        for group in SectionGroup::ALL {
            assert_eq!(SectionGroup::parse(group.as_str()), Ok(group));
        }
        assert!(SectionGroup::parse("other").is_err());
    }
}
