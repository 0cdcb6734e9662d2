//! The part of a section's tree shown beside a page: the way down to it and what lies around
//! it, so that a page costs the same to send whether its section holds ten pages or ten
//! thousand. The whole tree stays on the section's own page.

/// A link to a page, for trees, breadcrumbs and neighbours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageLink {
    /// Its title.
    pub title: String,
    /// Its slug in its section.
    pub slug: String,
    /// Its address.
    pub href: String,
    /// How deep in the tree (0 for a section's top pages).
    pub depth: usize,
    /// Whether it is the page being shown.
    pub current: bool,
}

/// How many pages are shown on each side of the page on the way down, in a long list of
/// siblings.
const SIBLINGS_AROUND: usize = 5;

/// One line of the tree beside a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TreeEntry {
    /// A page.
    Page(PageLink),
    /// Pages left out of a long list of siblings, at this depth.
    More {
        /// How deep in the tree.
        depth: usize,
        /// How many pages were left out.
        hidden: usize,
    },
}

/// The tree beside a page, from the section's whole tree (depth first, the current page
/// marked): the top pages, the pages under each of the current page's ancestors, and the
/// pages under the current page. A list of more than `2 × SIBLINGS_AROUND + 1` siblings is cut
/// to the pages around the one on the way down (or its first pages), and what is cut is
/// counted.
///
/// `place` gives an entry's depth and whether it is the current page; only the entries shown
/// are made into links, so a large section costs little here.
pub fn nearby<T>(
    tree: &[T],
    place: impl Fn(&T) -> (usize, bool),
    link: impl Fn(&T) -> PageLink,
) -> Vec<TreeEntry> {
    let depth = |entry: &T| place(entry).0;
    // Each entry's parent, as an index into `tree`.
    let mut parents: Vec<Option<usize>> = Vec::with_capacity(tree.len());
    let mut open: Vec<usize> = Vec::new();
    for (index, entry) in tree.iter().enumerate() {
        open.truncate(depth(entry));
        parents.push(open.last().copied());
        open.push(index);
    }
    // The current page and its ancestors: the pages whose children are shown.
    let mut expanded: Vec<usize> = Vec::new();
    let mut at = tree.iter().position(|entry| place(entry).1);
    while let Some(index) = at {
        expanded.push(index);
        at = parents[index];
    }
    let shown_parent = |parent: Option<usize>| parent.is_none_or(|p| expanded.contains(&p));

    // Which links of each shown list of siblings are kept.
    let mut kept = vec![false; tree.len()];
    let mut siblings: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    for (index, parent) in parents.iter().enumerate() {
        if !shown_parent(*parent) {
            continue;
        }
        match siblings.iter_mut().find(|(p, _)| p == parent) {
            Some((_, list)) => list.push(index),
            None => siblings.push((*parent, vec![index])),
        }
    }
    for (_, list) in &siblings {
        let window = 2 * SIBLINGS_AROUND + 1;
        let on_the_way = list.iter().position(|index| expanded.contains(index));
        let start = match on_the_way {
            _ if list.len() <= window => 0,
            Some(at) => at.saturating_sub(SIBLINGS_AROUND).min(list.len() - window),
            None => 0,
        };
        for index in list.iter().skip(start).take(window) {
            kept[*index] = true;
        }
    }

    // In tree order, with each run of cut siblings counted where it was.
    let mut entries = Vec::new();
    let mut hidden: Option<(usize, usize)> = None;
    for (index, entry) in tree.iter().enumerate() {
        if !shown_parent(parents[index]) {
            continue;
        }
        if kept[index] {
            if let Some((depth, count)) = hidden.take() {
                entries.push(TreeEntry::More {
                    depth,
                    hidden: count,
                });
            }
            entries.push(TreeEntry::Page(link(entry)));
        } else {
            let at_depth = depth(entry);
            match &mut hidden {
                Some((depth, count)) if *depth == at_depth => *count += 1,
                _ => {
                    if let Some((depth, count)) = hidden.take() {
                        entries.push(TreeEntry::More {
                            depth,
                            hidden: count,
                        });
                    }
                    hidden = Some((at_depth, 1));
                }
            }
        }
    }
    if let Some((depth, count)) = hidden {
        entries.push(TreeEntry::More {
            depth,
            hidden: count,
        });
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tree from `(title, depth)` pairs, with `current` marked.
    fn tree(pages: &[(&str, usize)], current: &str) -> Vec<PageLink> {
        pages
            .iter()
            .map(|(title, depth)| PageLink {
                title: (*title).to_owned(),
                slug: title.to_lowercase(),
                href: format!("/wiki/s/{}", title.to_lowercase()),
                depth: *depth,
                current: *title == current,
            })
            .collect()
    }

    fn shown(tree: &[PageLink]) -> Vec<TreeEntry> {
        nearby(tree, |link| (link.depth, link.current), PageLink::clone)
    }

    fn lines(entries: &[TreeEntry]) -> Vec<String> {
        entries
            .iter()
            .map(|entry| match entry {
                TreeEntry::Page(link) => format!("{}{}", "  ".repeat(link.depth), link.title),
                TreeEntry::More { depth, hidden } => {
                    format!("{}+{hidden}", "  ".repeat(*depth))
                }
            })
            .collect()
    }

    #[test]
    fn the_way_down_its_siblings_and_children_are_shown_and_other_branches_folded() {
        let pages = tree(
            &[
                ("Discover", 0),
                ("Interviews", 1),
                ("Consent", 2),
                ("Questions", 1),
                ("Threats", 2),
                ("Phones", 3),
                ("Borders", 3),
                ("Allies", 2),
                ("Strategise", 0),
                ("Plans", 1),
            ],
            "Threats",
        );
        assert_eq!(
            lines(&shown(&pages)),
            [
                "Discover",
                "  Interviews",
                "  Questions",
                "    Threats",
                "      Phones",
                "      Borders",
                "    Allies",
                "Strategise",
            ]
        );
    }

    #[test]
    fn a_long_list_of_siblings_is_cut_around_the_page_and_what_is_cut_is_counted() {
        let titles: Vec<String> = (0..40).map(|n| format!("P{n}")).collect();
        let mut pages: Vec<(&str, usize)> = titles.iter().map(|t| (t.as_str(), 0)).collect();
        pages.insert(21, ("Child", 1));
        let entries = shown(&tree(&pages, "P20"));
        assert_eq!(
            lines(&entries),
            [
                "+15", "P15", "P16", "P17", "P18", "P19", "P20", "  Child", "P21", "P22", "P23",
                "P24", "P25", "+14"
            ]
        );
        // Near the start the window keeps its width; a page's many children show their first.
        let start = shown(&tree(&pages, "P1"));
        assert_eq!(lines(&start)[..2], ["P0", "P1"]);
        assert_eq!(lines(&start).last().map(String::as_str), Some("+29"));
        let end = shown(&tree(&pages, "P39"));
        assert_eq!(lines(&end).first().map(String::as_str), Some("+29"));
        assert_eq!(end.len(), 12);
    }

    #[test]
    fn a_page_not_in_the_tree_shows_the_top_pages() {
        let pages = tree(&[("A", 0), ("B", 1), ("C", 0)], "nowhere");
        assert_eq!(lines(&shown(&pages)), ["A", "C"]);
    }
}
