//! Ids are slugs: `^[a-z0-9][a-z0-9-]{0,63}$`, unique within their register.

pub const MAX_ID_LEN: usize = 64;

pub fn is_valid_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= MAX_ID_LEN
        && (bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_digit())
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
}

/// Checks an id given on the command line or at a prompt.
pub fn parse_id(id: &str) -> Result<String, String> {
    if is_valid_id(id) {
        Ok(id.to_string())
    } else {
        let suggestion = slugify(id);
        let mut message = not_an_id(id);
        if !suggestion.is_empty() {
            message = crate::t!("id-try", message = message, suggestion = suggestion);
        }
        Err(message)
    }
}

/// Why `id` is refused, with the rule an id follows.
pub fn not_an_id(id: &str) -> String {
    crate::t!("id-not-valid", id = id)
}

/// Derives a slug from a name: accents folded (`é` → `e`), lower-case,
/// every other run of characters becomes one `-`.
pub fn slugify(name: &str) -> String {
    let folded = deunicode::deunicode(name).to_ascii_lowercase();
    let mut slug = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    // Leave room for a `-NN` suffix on collision.
    slug.truncate(MAX_ID_LEN - 4);
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

/// A slug for `name` that `taken` does not hold yet: `name`, `name-2`, `name-3`...
pub fn unique_slug(name: &str, fallback: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut base = slugify(name);
    if base.is_empty() {
        base = fallback.to_string();
    }
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !taken(candidate))
        .expect("an unbounded range always yields a free slug")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_accents_and_collapse_separators() {
        assert_eq!(slugify("Solidarité migrante"), "solidarite-migrante");
        assert_eq!(slugify("  Front commun — Québec!! "), "front-commun-quebec");
        assert_eq!(slugify("ÇA IRA"), "ca-ira");
        assert_eq!(slugify("!!!"), "");
    }

    #[test]
    fn collisions_get_a_number() {
        let taken = ["solidarite-migrante", "solidarite-migrante-2"];
        let slug = unique_slug("Solidarité Migrante", "group", |s| taken.contains(&s));
        assert_eq!(slug, "solidarite-migrante-3");
        assert_eq!(unique_slug("???", "group", |_| false), "group");
    }

    #[test]
    fn id_rule() {
        assert!(is_valid_id("sol-migrant"));
        assert!(is_valid_id("350-mtl"));
        assert!(!is_valid_id("Sol"));
        assert!(!is_valid_id("-sol"));
        assert!(!is_valid_id("a b"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id(&"a".repeat(65)));
        assert!(is_valid_id(&"a".repeat(64)));
        let err = parse_id("Sol Migrant").unwrap_err();
        assert!(err.contains("try `sol-migrant`"), "{err}");
    }
}

/// The candidate nearest to `id` by edit distance, when it is near enough to
/// be a likely typo (at most a third of the id's length away), or else the
/// shortest one that `id` begins (`comite` for `comite-logement-rosemont`).
pub fn closest<'a>(id: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (id.chars().count() / 3).max(1);
    let candidates: Vec<&str> = candidates.into_iter().collect();
    let near = candidates
        .iter()
        .map(|candidate| (strsim::osa_distance(id, candidate), *candidate))
        .filter(|(distance, _)| *distance <= limit)
        .min()
        .map(|(_, candidate)| candidate);
    near.or_else(|| {
        candidates
            .into_iter()
            .filter(|candidate| id.len() >= 3 && candidate.starts_with(id))
            .min_by_key(|candidate| (candidate.len(), *candidate))
    })
}

/// What a person most likely meant by `typed`, which names no entry, among
/// `entries` (id and name): the entry of that very name (whatever its case
/// and accents: `Comité BAIL` is `comite bail`), else a near id, else a near
/// name. True when the name matched exactly.
pub fn meant<'a>(typed: &str, entries: &'a [(String, String)]) -> Option<(&'a str, bool)> {
    let wanted = folded(typed);
    if let Some(id) = named(typed, entries).first() {
        return Some((id, true));
    }
    let ids = || entries.iter().map(|(id, _)| id.as_str());
    if let Some(id) = closest(typed, ids()).or_else(|| closest(&slugify(typed), ids())) {
        return Some((id, false));
    }
    let names: Vec<String> = entries.iter().map(|(_, name)| folded(name)).collect();
    let near = closest(&wanted, names.iter().map(String::as_str))?;
    let index = names.iter().position(|name| name == near)?;
    Some((&entries[index].0, false))
}

/// The ids of the entries named `typed` (whatever its case and accents):
/// two groups may share a name.
pub fn named<'a>(typed: &str, entries: &'a [(String, String)]) -> Vec<&'a str> {
    let wanted = folded(typed);
    entries
        .iter()
        .filter(|(_, name)| folded(name) == wanted)
        .map(|(id, _)| id.as_str())
        .collect()
}

/// A name as compared by `meant`: accents folded, lower-case, spaces single.
fn folded(name: &str) -> String {
    let plain = deunicode::deunicode(name).to_lowercase();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod closest_tests {
    use super::closest;

    #[test]
    fn suggests_a_near_id_only() {
        let ids = ["sol-migrant", "tenants", "union-local"];
        assert_eq!(closest("sol-migrnt", ids), Some("sol-migrant"));
        assert_eq!(closest("tenant", ids), Some("tenants"));
        assert_eq!(closest("zzz", ids), None);
        assert_eq!(closest("union", ids), Some("union-local"));
    }

    #[test]
    fn a_name_leads_to_its_id() {
        use super::meant;
        let entries: Vec<(String, String)> = [
            ("bail", "Comité BAIL"),
            ("sol-migrant", "Solidarité migrante"),
        ]
        .map(|(id, name)| (id.to_string(), name.to_string()))
        .into();
        assert_eq!(meant("comite  bail", &entries), Some(("bail", true)));
        assert_eq!(meant("Comité BAIL", &entries), Some(("bail", true)));
        assert_eq!(meant("sol-migrnt", &entries), Some(("sol-migrant", false)));
        assert_eq!(
            meant("Solidarite migrant", &entries),
            Some(("sol-migrant", false))
        );
        assert_eq!(meant("nobody at all", &entries), None);
    }
}
