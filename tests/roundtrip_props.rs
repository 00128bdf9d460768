//! Properties of writing: any valid coalition coal writes reads back as the
//! same data, and `coal fmt` is idempotent and keeps the data.

use std::collections::BTreeMap;
use std::path::Path;

use coal::cli::GroupFields;
use coal::model::{Coalition, Details, Group, Participation, ResourceType, Role, Spectrum, Status};
use proptest::prelude::*;
use toml_edit::DocumentMut;

const HEAD: &str = "schema = 1\n\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n";

#[derive(Debug, Clone)]
struct Spec {
    name: String,
    fields: GroupFieldsSpec,
}

#[derive(Debug, Clone)]
struct GroupFieldsSpec {
    status: Option<Status>,
    participation: Option<Participation>,
    public: Option<bool>,
    impacted: Option<bool>,
    power: Option<u8>,
    members: Option<u64>,
    spectrum: Option<Spectrum>,
    roles: Vec<Role>,
    /// Several details of one type may come, and the same one twice.
    offers: Vec<(ResourceType, String)>,
    notes: Option<String>,
    email: Option<String>,
}

fn text() -> impl Strategy<Value = String> {
    // Accents, quotes, backslashes, tabs, emoji, newlines: what names hold.
    "[a-zA-Z0-9éàçÉ'\"\\\\\t \u{1F600}\n#=\\[\\]{},.-]{1,24}"
        .prop_filter("not blank", |s| !s.trim().is_empty())
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    prop::sample::select(all)
}

fn fields() -> impl Strategy<Value = GroupFieldsSpec> {
    (
        prop::option::of(pick(Status::ALL)),
        prop::option::of(pick(Participation::ALL)),
        prop::option::of(any::<bool>()),
        prop::option::of(any::<bool>()),
        prop::option::of(1..=5u8),
        prop::option::of(0..1_000_000u64),
        prop::option::of(pick(Spectrum::ALL)),
        prop::sample::subsequence(Role::ALL, 0..=4),
        prop::collection::vec((pick(ResourceType::ALL), text()), 0..4),
        prop::option::of(text()),
        prop::option::of(text()),
    )
        .prop_map(
            |(
                status,
                participation,
                public,
                impacted,
                power,
                members,
                spectrum,
                roles,
                offers,
                notes,
                email,
            )| {
                GroupFieldsSpec {
                    status,
                    participation,
                    public,
                    impacted,
                    power,
                    members,
                    spectrum,
                    roles: roles.to_vec(),
                    offers,
                    notes,
                    email,
                }
            },
        )
}

fn specs() -> impl Strategy<Value = Vec<Spec>> {
    prop::collection::vec(
        (text(), fields()).prop_map(|(name, fields)| Spec { name, fields }),
        0..12,
    )
}

/// The coalition as coal writes it: `add-group` for each spec.
fn write(specs: &[Spec]) -> (String, Vec<String>) {
    let mut doc: DocumentMut = HEAD.parse().unwrap();
    let mut ids = Vec::new();
    for spec in specs {
        let f = &spec.fields;
        let fields = GroupFields {
            status: f.status,
            participation: f.participation,
            public: f.public == Some(true),
            private: f.public == Some(false),
            impacted: f.impacted == Some(true),
            not_impacted: f.impacted == Some(false),
            power: f.power,
            members: f.members,
            spectrum: f.spectrum,
            roles: f.roles.clone(),
            offers: f.offers.clone(),
            notes: f.notes.clone(),
            contact_email: f.email.clone(),
            ..GroupFields::default()
        };
        // Two specs may share a name: the second gets its own id, as an
        // organizer gives `--id` (add-group refuses a taken id).
        let id = coal::model::id::unique_slug(&spec.name, "group", |candidate| {
            ids.iter().any(|id| id == candidate)
        });
        let added =
            coal::commands::add_group::add(&mut doc, &spec.name, Some(id), &fields, today());
        ids.push(added.unwrap());
    }
    (doc.to_string(), ids)
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// The model those specs describe.
fn expected(specs: &[Spec], ids: &[String]) -> BTreeMap<String, Group> {
    specs
        .iter()
        .zip(ids)
        .map(|(spec, id)| {
            let f = &spec.fields;
            let mut offers: BTreeMap<ResourceType, Details> = BTreeMap::new();
            for (kind, detail) in &f.offers {
                let details = &mut offers.entry(*kind).or_default().0;
                if !details.contains(detail) {
                    details.push(detail.clone());
                }
            }
            let status = f.status.unwrap_or_default();
            let group = Group {
                name: spec.name.clone(),
                status: f.status.unwrap_or_default(),
                participation: f.participation.unwrap_or_default(),
                public: f.public.unwrap_or(false),
                impacted: f.impacted.unwrap_or(false),
                power: f.power,
                members: f.members,
                spectrum: f.spectrum,
                roles: f.roles.clone(),
                offers,
                joined: (status == Status::Member).then(today),
                left: (status == Status::Left).then(today),
                notes: f.notes.clone(),
                contact: f.email.as_ref().map(|email| coal::model::Contact {
                    email: Some(email.clone()),
                    ..Default::default()
                }),
                ..Group::default()
            };
            (id.clone(), group)
        })
        .collect()
}

fn read(text: &str) -> Coalition {
    let validated = coal::store::load::parse(Path::new("c.toml"), text).unwrap();
    assert!(
        validated.findings.is_empty(),
        "{:?}\n{text}",
        validated.findings
    );
    validated.coalition
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn what_coal_writes_reads_back_the_same(specs in specs()) {
        let (text, ids) = write(&specs);
        let coalition = read(&text);
        prop_assert_eq!(coalition.groups, expected(&specs, &ids));
    }

    #[test]
    fn fmt_keeps_the_data_and_is_idempotent(specs in specs()) {
        let (text, _) = write(&specs);
        let path = Path::new("c.toml");
        let once = coal::store::formatted(path, &text).unwrap();
        let twice = coal::store::formatted(path, &once).unwrap();
        prop_assert_eq!(&once, &twice);
        prop_assert_eq!(read(&once), read(&text));
    }
}
