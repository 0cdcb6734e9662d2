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

/// A section's tree as a reader sees it, depth first, with each entry's parent and list of
/// siblings worked out once, so that the tree beside one page visits only what it shows
/// (issue 29: walking the whole outline on every view made a signed-in view cost follow the
/// pages in its section).
#[derive(Debug, Default)]
pub struct Outline {
    depths: Vec<usize>,
    parents: Vec<Option<usize>>,
    /// Each list of siblings by its parent (`None`: the top pages), in tree order.
    siblings: std::collections::HashMap<Option<usize>, Vec<usize>>,
    /// Where each entry is in its list of siblings.
    place: Vec<usize>,
}

impl Outline {
    /// The outline of a tree given depth first as each entry's depth.
    pub fn new(depths: impl IntoIterator<Item = usize>) -> Outline {
        let mut outline = Outline::default();
        let mut open: Vec<usize> = Vec::new();
        for (index, depth) in depths.into_iter().enumerate() {
            open.truncate(depth);
            let parent = open.last().copied();
            let list = outline.siblings.entry(parent).or_default();
            outline.place.push(list.len());
            list.push(index);
            outline.depths.push(depth);
            outline.parents.push(parent);
            open.push(index);
        }
        outline
    }

    /// How many entries it has.
    pub fn len(&self) -> usize {
        self.depths.len()
    }

    /// Whether it has none.
    pub fn is_empty(&self) -> bool {
        self.depths.is_empty()
    }

    /// The tree beside entry `current`: the top pages, the pages under each of its ancestors,
    /// and the pages under it. A list of more than `2 × SIBLINGS_AROUND + 1` siblings is cut
    /// to the pages around the one on the way down (or its first pages), and what is cut is
    /// counted. `link` makes entry `index` a link (`true` for the current one); only the
    /// entries shown are visited.
    pub fn nearby(
        &self,
        current: Option<usize>,
        link: impl Fn(usize, bool) -> PageLink,
    ) -> Vec<TreeEntry> {
        // The way down, from the top: each list shown holds one of these, or none (the
        // current page's children).
        let mut way: Vec<usize> = Vec::new();
        let mut at = current.filter(|&index| index < self.len());
        while let Some(index) = at {
            way.push(index);
            at = self.parents[index];
        }
        way.reverse();
        let mut entries = Vec::new();
        self.shown_list(None, &way, current, &link, &mut entries);
        entries
    }

    /// The list of siblings under `parent` as shown, with the list under its entry on `way`
    /// after that entry.
    fn shown_list(
        &self,
        parent: Option<usize>,
        way: &[usize],
        current: Option<usize>,
        link: &impl Fn(usize, bool) -> PageLink,
        entries: &mut Vec<TreeEntry>,
    ) {
        let Some(list) = self.siblings.get(&parent) else {
            return;
        };
        let depth = self.depths[list[0]];
        let on_the_way = way.first().copied();
        let window = 2 * SIBLINGS_AROUND + 1;
        let start = match on_the_way {
            _ if list.len() <= window => 0,
            Some(index) => self.place[index]
                .saturating_sub(SIBLINGS_AROUND)
                .min(list.len() - window),
            None => 0,
        };
        let end = (start + window).min(list.len());
        if start > 0 {
            entries.push(TreeEntry::More {
                depth,
                hidden: start,
            });
        }
        for &index in &list[start..end] {
            entries.push(TreeEntry::Page(link(index, Some(index) == current)));
            if Some(index) == on_the_way {
                self.shown_list(Some(index), &way[1..], current, link, entries);
            }
        }
        if end < list.len() {
            entries.push(TreeEntry::More {
                depth,
                hidden: list.len() - end,
            });
        }
    }
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
        let outline = Outline::new(tree.iter().map(|link| link.depth));
        let current = tree.iter().position(|link| link.current);
        outline.nearby(current, |index, _| tree[index].clone())
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
    fn the_tree_beside_a_page_in_a_large_section_visits_only_what_it_shows() {
        // 50,000 pages: 100 top pages with 499 children each, the page deep in the middle.
        let depths = (0..100).flat_map(|_| std::iter::once(0).chain([1; 499]));
        let outline = Outline::new(depths);
        assert_eq!(outline.len(), 50_000);
        let current = 50 * 500 + 250;
        let visited = std::cell::Cell::new(0);
        let entries = outline.nearby(Some(current), |index, is_current| {
            visited.set(visited.get() + 1);
            assert_eq!(is_current, index == current);
            PageLink {
                title: index.to_string(),
                slug: index.to_string(),
                href: String::new(),
                depth: 0,
                current: is_current,
            }
        });
        // Eleven top pages, eleven of the page's siblings, and the two cut runs of each.
        assert_eq!(visited.get(), 22);
        assert_eq!(entries.len(), 26);
        assert!(entries.contains(&TreeEntry::More {
            depth: 1,
            hidden: 244
        }));
    }

    #[test]
    fn a_page_not_in_the_tree_shows_the_top_pages() {
        let pages = tree(&[("A", 0), ("B", 1), ("C", 0)], "nowhere");
        assert_eq!(lines(&shown(&pages)), ["A", "C"]);
    }
}
