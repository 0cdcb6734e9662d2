use super::*;
use crate::snippet::{escape_into, opening};
use braid_domain::wiki::Visibility;

fn document(id: &str, language: &str, title: &str, body: &str) -> SearchDocument {
    SearchDocument {
        id: id.to_owned(),
        kind: Kind::Page,
        readers: Audience::PUBLIC,
        language: braid_domain::language::LanguageCode::new(language).unwrap(),
        title: title.to_owned(),
        body: body.to_owned(),
        href: format!("/wiki/discover/{id}"),
        section: "discover".to_owned(),
        section_title: "Discover".to_owned(),
        labels: Vec::new(),
        updated: Timestamp(1),
    }
}

/// The audiences of a reader who may read up to `level`.
fn reader(level: Visibility) -> Audience {
    Visibility::ALL
        .into_iter()
        .filter(|visibility| *visibility <= level)
        .fold(Audience::NONE, |set, visibility| {
            set.union(Audience::reading(visibility))
        })
}

fn index_of(documents: &[SearchDocument]) -> (tempfile::TempDir, SearchIndex) {
    let dir = tempfile::tempdir().unwrap();
    let index = SearchIndex::open(&dir.path().join("search")).unwrap();
    for document in documents {
        index.upsert(document).unwrap();
    }
    index.commit().unwrap();
    (dir, index)
}

fn find(index: &SearchIndex, query: &str) -> Vec<String> {
    find_as(index, query, Visibility::Editors, "en", &Filters::default())
        .hits
        .into_iter()
        .map(|hit| hit.id)
        .collect()
}

fn find_as(
    index: &SearchIndex,
    query: &str,
    readable: Visibility,
    reader_language: &str,
    filters: &Filters,
) -> SearchResults {
    index
        .search(&SearchRequest {
            query,
            audience: reader(readable),
            reader_language,
            filters,
            offset: 0,
            limit: 20,
        })
        .unwrap()
}

#[test]
fn each_language_matches_across_inflections_and_folds_accents() {
    let (_dir, index) = index_of(&[
        document(
            "en",
            "en",
            "Phone seizure",
            "When phones are seized at the border.",
        ),
        document(
            "es",
            "es",
            "Organización",
            "Guía para la organización de talleres.",
        ),
        document(
            "fr",
            "fr",
            "Sécurité",
            "Les organisations partenaires et leurs téléphones.",
        ),
        document(
            "pt",
            "pt",
            "Segurança",
            "Proteção das organizações e dos ativistas.",
        ),
        document(
            "ru",
            "ru",
            "Безопасность",
            "Организация защищает своих сотрудников.",
        ),
        document("ar", "ar", "الأمان", "تحتاج المنظمات إلى خطة أمان."),
        document(
            "tr",
            "tr",
            "Güvenlik",
            "Örgütler sınırda telefonlarını korumalı.",
        ),
        document(
            "de",
            "de",
            "Sicherheit",
            "Die Organisationen schützen ihre Telefone.",
        ),
    ]);
    let cases = [
        ("phone", "en"),
        ("seizing", "en"),
        ("organizaciones", "es"),
        ("organizacion", "es"),
        ("guias", "es"),
        ("organisation", "fr"),
        ("telephone", "fr"),
        ("organização", "pt"),
        ("ativista", "pt"),
        ("организации", "ru"),
        ("сотрудник", "ru"),
        ("منظمة", "ar"),
        ("المنظمة", "ar"),
        ("örgüt", "tr"),
        ("güvenliği", "tr"),
        ("Organisation", "de"),
        ("telefon", "de"),
    ];
    for (query, expected) in cases {
        let found = find(&index, query);
        assert!(
            found.iter().any(|id| id == expected),
            "{query:?} should find the {expected} page, found {found:?}"
        );
    }
    assert_eq!(
        find(&index, "sécurité"),
        ["fr"],
        "accents in the query fold too"
    );
}

#[test]
fn scripts_without_spaces_are_found_by_pairs_of_characters() {
    let (_dir, index) = index_of(&[
        document("zh", "zh", "数字安全指南", "手机被没收时应该怎么办。"),
        document(
            "ja",
            "ja",
            "セキュリティ",
            "携帯電話が押収された場合の対応。",
        ),
        document("th", "th", "ความปลอดภัย", "เมื่อโทรศัพท์ถูกยึด"),
    ]);
    assert_eq!(find(&index, "安全"), ["zh"]);
    assert_eq!(find(&index, "没收"), ["zh"]);
    assert_eq!(find(&index, "押収"), ["ja"]);
    assert_eq!(find(&index, "โทรศัพท์"), ["th"]);
    assert!(
        find(&index, "安全手机").is_empty(),
        "pairs match as a phrase, in order"
    );
}

#[test]
fn phrases_prefixes_exclusions_and_typos() {
    let (_dir, index) = index_of(&[
        document(
            "a",
            "en",
            "Border crossing",
            "Phones are searched when crossing a border.",
        ),
        document(
            "b",
            "en",
            "Border walls",
            "A border and a crossing, far apart.",
        ),
        document(
            "c",
            "en",
            "Encryption",
            "Full-disk encryption protects seized laptops.",
        ),
    ]);
    assert_eq!(find(&index, "\"crossing a border\""), ["a"]);
    let mut both = find(&index, "border crossing");
    both.sort();
    assert_eq!(both, ["a", "b"]);
    assert_eq!(find(&index, "encrypt*"), ["c"]);
    assert_eq!(
        find(&index, "full-dis*"),
        ["c"],
        "a phrase ending in a prefix"
    );
    assert_eq!(find(&index, "border -walls"), ["a"]);
    assert_eq!(
        find(&index, "encyrption"),
        ["c"],
        "one transposition in a long word"
    );
    assert_eq!(find(&index, "lpatops"), ["c"]);
    assert!(
        find(&index, "ncryption").is_empty(),
        "the first letter is taken as typed"
    );
    assert!(
        find(&index, "bodr").is_empty(),
        "short words must be spelt right"
    );
    assert!(
        find(&index, "-border").is_empty(),
        "only exclusions find nothing"
    );
    assert!(
        find(&index, "((( \" *").is_empty(),
        "stray syntax is no error"
    );
}

#[test]
fn readers_find_only_what_they_may_read_and_counts_and_facets_never_tell_more() {
    let mut private = document("p", "en", "Partner list", "Phone numbers of partners.");
    private.readers = Audience::reading(Visibility::Members);
    private.section = "strategise".to_owned();
    private.labels = vec!["contacts".to_owned()];
    let mut secret = document("s", "en", "Response rota", "Phone tree for incidents.");
    secret.readers = Audience::reading(Visibility::Editors);
    let (_dir, index) = index_of(&[
        document(
            "o",
            "en",
            "Phone seizure",
            "What to do when a phone is seized.",
        ),
        private,
        secret,
    ]);
    let anonymous = find_as(
        &index,
        "phone",
        Visibility::Public,
        "en",
        &Filters::default(),
    );
    assert_eq!(anonymous.count, 1);
    assert_eq!(anonymous.hits[0].id, "o");
    assert!(
        anonymous.hits[0].snippet_html.contains("<b>phone</b>"),
        "{}",
        anonymous.hits[0].snippet_html
    );
    assert_eq!(anonymous.facets.sections, [("discover".to_owned(), 1)]);
    assert!(
        anonymous.facets.labels.is_empty(),
        "a members-only label is not even named"
    );
    let members = find_as(
        &index,
        "phone",
        Visibility::Members,
        "en",
        &Filters::default(),
    );
    assert_eq!(members.count, 2);
    assert_eq!(members.facets.labels, [("contacts".to_owned(), 1)]);
    assert_eq!(
        find_as(
            &index,
            "phone",
            Visibility::Editors,
            "en",
            &Filters::default()
        )
        .count,
        3
    );
    // Filtering cannot reach past the permission either.
    let filters = Filters {
        label: Some("contacts".to_owned()),
        ..Filters::default()
    };
    assert_eq!(
        find_as(&index, "phone", Visibility::Public, "en", &filters).count,
        0
    );
    assert_eq!(
        find_as(&index, "phone", Visibility::Members, "en", &filters).count,
        1
    );

    index.delete("o").unwrap();
    index
        .upsert(&document("p", "en", "Partner list", "Now public."))
        .unwrap();
    index.commit().unwrap();
    let replaced = find_as(
        &index,
        "partner",
        Visibility::Public,
        "en",
        &Filters::default(),
    );
    assert_eq!(
        (replaced.count, replaced.hits[0].id.as_str()),
        (1, "p"),
        "replaced, not duplicated"
    );
    assert_eq!(find(&index, "seized"), Vec::<String>::new());
}

#[test]
fn the_readers_language_comes_first_and_facets_narrow() {
    let mut comment = document(
        "comment:1",
        "es",
        "Guía",
        "Un comentario sobre la seguridad digital.",
    );
    comment.kind = Kind::Comment;
    let (_dir, index) = index_of(&[
        document(
            "en",
            "en",
            "Digital security",
            "Digital security digital security digital.",
        ),
        document(
            "es",
            "es",
            "Seguridad digital",
            "La seguridad digital de la organización.",
        ),
        comment,
    ]);
    let spanish = find_as(
        &index,
        "digital",
        Visibility::Members,
        "es",
        &Filters::default(),
    );
    assert_eq!(spanish.count, 3);
    assert_ne!(
        spanish.hits[2].language, "es",
        "Spanish first: {:?}",
        spanish.hits
    );
    assert_eq!(
        spanish.facets.languages,
        [("es".to_owned(), 2), ("en".to_owned(), 1)]
    );
    assert_eq!(
        spanish.facets.kinds,
        [("page".to_owned(), 2), ("comment".to_owned(), 1)]
    );
    let english = find_as(
        &index,
        "digital",
        Visibility::Members,
        "en",
        &Filters::default(),
    );
    assert_eq!(english.hits[0].id, "en");
    let only_comments = Filters {
        kind: Some(Kind::Comment),
        ..Filters::default()
    };
    let comments = find_as(&index, "digital", Visibility::Members, "en", &only_comments);
    assert_eq!((comments.count, comments.hits[0].kind), (1, Kind::Comment));
    let in_english = Filters {
        language: Some("en".to_owned()),
        ..Filters::default()
    };
    assert_eq!(
        find_as(&index, "digital", Visibility::Members, "es", &in_english).count,
        1
    );
}

#[test]
fn suggestions_complete_the_last_word_of_titles() {
    let mut private = document("p", "en", "Phone tree", "");
    private.readers = Audience::reading(Visibility::Members);
    let (_dir, index) = index_of(&[
        document("a", "en", "Phone seizure", "Nothing about trees."),
        document("b", "en", "Physical security", ""),
        private,
    ]);
    let titles = |typed: &str, readable| -> Vec<String> {
        index
            .suggest(typed, reader(readable), 5)
            .unwrap()
            .into_iter()
            .map(|hit| hit.title)
            .collect()
    };
    let mut ph = titles("ph", Visibility::Public);
    ph.sort();
    assert_eq!(ph, ["Phone seizure", "Physical security"]);
    assert_eq!(titles("phone t", Visibility::Public), Vec::<String>::new());
    assert_eq!(titles("phone t", Visibility::Members), ["Phone tree"]);
    assert!(titles("", Visibility::Public).is_empty());
}

#[test]
fn an_index_made_by_another_version_is_discarded_and_built_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("search");
    {
        let index = SearchIndex::open(&path).unwrap();
        index.upsert(&document("a", "en", "Kept", "text")).unwrap();
        index.commit().unwrap();
    }
    assert_eq!(
        SearchIndex::open(&path).unwrap().len(),
        1,
        "same version: kept"
    );
    std::fs::write(path.join(VERSION_FILE), "1").unwrap();
    assert!(
        SearchIndex::open(&path).unwrap().is_empty(),
        "other version: discarded"
    );
}

#[test]
fn snippets_highlight_inflected_forms_and_escape_text() {
    let (_dir, index) = index_of(&[document(
        "es",
        "es",
        "Guía",
        "<script>x</script> Las organizaciones aliadas.",
    )]);
    let results = find_as(
        &index,
        "organización",
        Visibility::Public,
        "es",
        &Filters::default(),
    );
    let snippet = &results.hits[0].snippet_html;
    assert!(snippet.contains("<b>organizaciones</b>"), "{snippet}");
    assert!(snippet.contains("&lt;script&gt;"), "{snippet}");
    assert_eq!(opening("a <b> & c"), "a &lt;b&gt; &amp; c");
    let mut escaped = String::new();
    escape_into(&mut escaped, "«a» <b> & \"c\" 'd' 安");
    assert_eq!(escaped, "«a» &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; 安");
}

#[test]
fn overlapping_matches_in_unspaced_text_are_highlighted_once() {
    let (_dir, index) = index_of(&[document("zh", "zh", "指南", "<i>关于数字安全的指南")]);
    let results = find_as(
        &index,
        "数字安全",
        Visibility::Public,
        "zh",
        &Filters::default(),
    );
    assert_eq!(
        results.hits[0].snippet_html,
        "&lt;i&gt;关于<b>数字安全</b>的指南"
    );
}

#[test]
fn a_snippet_is_the_passage_where_the_query_words_meet() {
    let filler = "Nothing relevant here at all. ".repeat(20);
    let body = format!(
        "Keep a spare phone. {filler}Notes on the border. When a phone is seized at the \
         border, call legal aid at once. {filler}"
    );
    let (_dir, index) = index_of(&[document("a", "en", "Guide", &body)]);
    let snippet = &find_as(
        &index,
        "phones seized",
        Visibility::Public,
        "en",
        &Filters::default(),
    )
    .hits[0]
        .snippet_html;
    // Not the first "phone" alone, but where both words meet ("phones" inflected); from the
    // start of that sentence, cut at words, with what is left out marked.
    assert!(
        snippet.starts_with("…When a <b>phone</b> is <b>seized</b> at the border,"),
        "{snippet}"
    );
    assert!(snippet.ends_with("…"), "{snippet}");
    let text = snippet.replace("<b>", "").replace("</b>", "");
    let text = text.trim_matches('…');
    assert!(text.chars().count() <= SNIPPET_CHARS, "{snippet}");
    assert!(body.contains(text), "{text}");
    assert!(body.contains(&format!("{text} ")), "ends at a word: {text}");
}

#[test]
fn a_page_found_by_its_title_or_a_rare_completion_still_has_a_snippet() {
    let mut documents = vec![
        document(
            "title",
            "en",
            "Armadillo care",
            "Feed them well. Nothing else.",
        ),
        document(
            "rare",
            "en",
            "Field notes",
            "We met an armadillo on the road.",
        ),
    ];
    // Five commoner words with the same start, so "armadillo" is not among the completions
    // looked for in every hit.
    for word in ["army", "armour", "armed", "armchair", "armistice"] {
        for copy in 0..2 {
            documents.push(document(&format!("{word}{copy}"), "en", "Other", word));
        }
    }
    let (_dir, index) = index_of(&documents);
    let found = find_as(
        &index,
        "armadillo",
        Visibility::Public,
        "en",
        &Filters::default(),
    );
    let title_only = found.hits.iter().find(|hit| hit.id == "title").unwrap();
    assert_eq!(title_only.snippet_html, "Feed them well. Nothing else.");
    let found = find_as(
        &index,
        "arm*",
        Visibility::Public,
        "en",
        &Filters::default(),
    );
    let rare = found.hits.iter().find(|hit| hit.id == "rare").unwrap();
    assert_eq!(rare.snippet_html, "We met an <b>armadillo</b> on the road.");
}

#[test]
fn what_a_query_expanded_to_is_not_highlighted_for_the_next() {
    let (_dir, index) = index_of(&[document(
        "rare",
        "en",
        "Field notes",
        "We met an armadillo on the road.",
    )]);
    let search = |query| {
        find_as(&index, query, Visibility::Public, "en", &Filters::default())
            .hits
            .remove(0)
            .snippet_html
    };
    // The analysers one query used are kept for the next (`SearchIndex::put_back`).
    assert_eq!(search("arm*"), "We met an <b>armadillo</b> on the road.");
    assert_eq!(search("road"), "We met an armadillo on the <b>road</b>.");
    assert_eq!(
        search("armadilo"),
        "We met an <b>armadillo</b> on the road."
    );
    assert_eq!(search("road"), "We met an armadillo on the <b>road</b>.");
}

#[test]
fn a_match_deep_in_a_long_page_is_found_and_highlighted() {
    let filler = "Nothing relevant here at all. ".repeat(3_000);
    let (_dir, index) = index_of(&[
        document(
            "long",
            "es",
            "Guía larga",
            &format!("{filler} Las organizaciones aliadas. {filler}"),
        ),
        document(
            "tail",
            "en",
            "Tail",
            &format!("{filler} the armadillo protocol"),
        ),
    ]);
    let spanish = find_as(
        &index,
        "organización",
        Visibility::Public,
        "es",
        &Filters::default(),
    );
    assert!(
        spanish.hits[0]
            .snippet_html
            .contains("<b>organizaciones</b>"),
        "{}",
        spanish.hits[0].snippet_html
    );
    let tail = find_as(
        &index,
        "armadil*",
        Visibility::Public,
        "en",
        &Filters::default(),
    );
    assert!(
        tail.hits[0].snippet_html.contains("<b>armadillo</b>"),
        "{}",
        tail.hits[0].snippet_html
    );
    assert!(spans_are_the_positions_the_index_counts());
}

#[test]
fn a_passage_deep_in_a_page_is_split_from_the_mark_before_it() {
    // 12 tokens a sentence (8 unspaced pairs, 4 words): the mark the passage is split from
    // (token 2,368) falls inside a run of pairs, and a mark (2,432) lies between the first
    // "phone" (2,412) and the passage's (2,438). The sentence ends where the lead begins.
    let filler = "关于数字安全的指南 and more words here. ".repeat(201);
    let lead = format!("phone {}", "a ".repeat(25));
    let body = format!("{filler}{lead}phone seized at the border.");
    let (_dir, index) = index_of(&[document("deep", "en", "Guide", &body)]);
    let snippet = &find_as(
        &index,
        "phones seized",
        Visibility::Public,
        "en",
        &Filters::default(),
    )
    .hits[0]
        .snippet_html;
    // The first "phone" is alone in its window, so the passage is the second's, and the
    // first, in the lead, is highlighted too.
    assert_eq!(
        snippet,
        &format!(
            "…<b>phone</b> {}<b>phone</b> <b>seized</b> at the border.",
            "a ".repeat(25)
        )
    );
}

fn spans_are_the_positions_the_index_counts() -> bool {
    let text = "¿Qué  hacer? 数字安全";
    analysis::Spans::new(text).nth(2) == Some(("¿Qué  hacer? ".len(), "¿Qué  hacer? 数字".len()))
        && analysis::Spans::new("a b").nth(5).is_none()
}

#[test]
fn an_index_whose_writer_was_let_go_keeps_its_documents_and_takes_new_ones() {
    let (dir, index) = index_of(&[document("a", "en", "Phone seizure", "Call legal aid.")]);
    assert!(index.holds_writer());
    index.release_writer().unwrap();
    assert!(!index.holds_writer());
    assert_eq!(find(&index, "phone"), ["a"]);
    // The next write makes a new writer, which needs the index's lock file: so the old writer
    // must really be gone.
    index
        .upsert(&document("b", "en", "Phone hygiene", "Update it."))
        .unwrap();
    index.delete("a").unwrap();
    index.commit().unwrap();
    index.release_writer().unwrap();
    assert_eq!(find(&index, "phone"), ["b"]);
    // And another process (a restart) opening the same files sees the same.
    drop(index);
    let reopened = SearchIndex::open(&dir.path().join("search")).unwrap();
    assert_eq!(find(&reopened, "phone"), ["b"]);
}

#[test]
fn a_hit_carries_what_was_stored_for_its_document() {
    let mut stored = document(
        "o",
        "fr",
        "Sécurité <des> téléphones",
        "Les téléphones saisis.",
    );
    stored.kind = Kind::Comment;
    stored.updated = Timestamp(1_795_000_000);
    let (_dir, index) = index_of(&[stored.clone()]);
    let hit = &find_as(
        &index,
        "saisis",
        Visibility::Public,
        "fr",
        &Filters::default(),
    )
    .hits[0];
    assert_eq!(
        (
            hit.id.as_str(),
            hit.kind,
            hit.title.as_str(),
            hit.href.as_str(),
            hit.section_title.as_str(),
            hit.language.as_str(),
            hit.updated
        ),
        (
            "o",
            Kind::Comment,
            stored.title.as_str(),
            stored.href.as_str(),
            "Discover",
            "fr",
            Timestamp(1_795_000_000)
        )
    );
}

#[test]
fn pages_changed_one_at_a_time_leave_few_segments_to_search() {
    let (_dir, index) = index_of(&[]);
    for n in 0..10 {
        let id = format!("page-{n}");
        index
            .upsert(&document(
                &id,
                "en",
                "Phone note",
                "Each edit is its own commit.",
            ))
            .unwrap();
        index.commit().unwrap();
    }
    // Letting the writer go waits for its merges and opens what they left.
    index.release_writer().unwrap();
    let segments = index.searcher().segment_readers().len();
    assert!(
        segments < SEGMENTS_MERGED,
        "{segments} segments after ten commits"
    );
    assert_eq!(find(&index, "phone").len(), 10);
}

#[test]
fn facets_and_languages_follow_each_commit_across_segments() {
    // Each commit adds a segment; what queries share is worked out again after each one.
    let (_dir, index) = index_of(&[document("a", "en", "Phone seizure", "Phones get seized.")]);
    let mut labelled = document("b", "en", "Phone hygiene", "Update the phones.");
    labelled.labels = vec!["devices".to_owned()];
    labelled.section = "actualise".to_owned();
    index.upsert(&labelled).unwrap();
    index.commit().unwrap();
    assert_eq!(find(&index, "organizaciones"), Vec::<String>::new());
    index
        .upsert(&document(
            "c",
            "es",
            "Teléfonos",
            "Los teléfonos de la organización.",
        ))
        .unwrap();
    index.commit().unwrap();
    assert!(index.searcher().segment_readers().len() > 1);
    let phones = find_as(
        &index,
        "phone",
        Visibility::Members,
        "en",
        &Filters::default(),
    );
    assert_eq!(phones.count, 2);
    assert_eq!(
        phones.facets.sections,
        [("actualise".to_owned(), 1), ("discover".to_owned(), 1)]
    );
    assert_eq!(phones.facets.labels, [("devices".to_owned(), 1)]);
    assert_eq!(phones.facets.languages, [("en".to_owned(), 2)]);
    // The first Spanish page is found by another inflection of its words at once.
    assert_eq!(find(&index, "organizaciones"), ["c"]);

    index.delete("b").unwrap();
    index.commit().unwrap();
    let remaining = find_as(
        &index,
        "phone",
        Visibility::Members,
        "en",
        &Filters::default(),
    );
    assert_eq!(remaining.count, 1);
    assert_eq!(remaining.facets.sections, [("discover".to_owned(), 1)]);
    assert!(remaining.facets.labels.is_empty(), "{:?}", remaining.facets);
}
