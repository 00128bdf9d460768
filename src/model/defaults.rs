//! What an absent optional key means: its default, written into the data.
//!
//! The defaults are not retyped here: they come from the model's `Default`
//! values (serialised), and which keys are optional comes from the schema.
//! Comparing two versions after `fill` makes `public` absent and
//! `public = false` the same value, as every reader of the file sees them.
//! `fill` also writes in one spelling the values the file may spell two
//! ways, as the loader reads them: one detail of an offer or a need as a
//! text (`"bus rental"` and `["bus rental"]` are the same data), a time of
//! day as `"18:30"` (not `18:30:00`).

use std::sync::OnceLock;

use serde::Serialize;
use toml::{Table, Value};

use super::coalition::*;
use super::register::Register;
use super::schema::{self, Field, Ty};

/// The defaults of one kind of table, by key.
struct Defaults {
    coalition: Table,
    agreements: Table,
    steps: [Table; 4],
    question: Table,
    boundary: Table,
    entries: [Table; 5],
    assembly: Table,
    decision: Table,
    feedback: Table,
}

fn table_of(value: impl Serialize) -> Table {
    Table::try_from(value).expect("the model serialises to a table")
}

/// The defaults of a log entry whose required keys have no default: read a
/// minimal entry into the model and write it back.
fn log_defaults<T: Serialize + serde::de::DeserializeOwned>(minimal: &str) -> Table {
    let entry: T = toml::from_str(minimal).expect("a minimal entry is valid");
    table_of(entry)
}

fn defaults() -> &'static Defaults {
    static DEFAULTS: OnceLock<Defaults> = OnceLock::new();
    DEFAULTS.get_or_init(|| Defaults {
        coalition: table_of(Info::default()),
        agreements: table_of(Agreements::default()),
        steps: [
            table_of(StepContact::default()),
            table_of(StepDraft::default()),
            table_of(StepAssembly::default()),
            table_of(StepPresentation::default()),
        ],
        question: table_of(Question::default()),
        boundary: table_of(Boundary::default()),
        entries: [
            table_of(Group::default()),
            table_of(Tactic::default()),
            table_of(Space::default()),
            table_of(Committee::default()),
            table_of(Person::default()),
        ],
        assembly: log_defaults::<Assembly>("date = \"2000-01-01\""),
        decision: log_defaults::<Decision>("date = \"2000-01-01\"\nsummary = \"\""),
        feedback: log_defaults::<Feedback>("date = \"2000-01-01\"\ngroup = \"g\"\ntext = \"\""),
    })
}

const STEP_KEYS: [&str; 4] = ["contact", "draft", "assembly", "presentation"];

/// Writes the default of every absent optional key of schema 1 into `root`:
/// the top-level tables, registers and logs (created empty when absent),
/// each register entry, each log entry and each element of their lists;
/// and writes the details of offers and needs, and times of day, in their
/// one spelling. Values of the wrong type are left as they are.
pub fn fill(root: &mut Table) {
    let d = defaults();
    for register in Register::ALL {
        root.entry(register.key())
            .or_insert_with(|| Value::Table(Table::new()));
    }
    for &log in schema::LOGS {
        root.entry(log).or_insert_with(|| Value::Array(Vec::new()));
    }
    fill_at(root, "coalition", schema::COALITION, &d.coalition);
    fill_at(root, "agreements", schema::AGREEMENTS, &d.agreements);
    if let Value::Table(steps) = root
        .entry("steps")
        .or_insert_with(|| Value::Table(Table::new()))
    {
        for ((step, fields), defaults) in STEP_KEYS.iter().zip(step_fields()).zip(&d.steps) {
            fill_at(steps, step, fields, defaults);
        }
    }
    for (index, register) in Register::ALL.into_iter().enumerate() {
        if let Some(Value::Table(entries)) = root.get_mut(register.key()) {
            for (_, entry) in entries.iter_mut() {
                if let Value::Table(entry) = entry {
                    fill_table(entry, schema::entry_fields(register), &d.entries[index]);
                }
            }
        }
    }
    fill_log(root.get_mut("assemblies"), schema::ASSEMBLY, &d.assembly);
    fill_log(root.get_mut("decisions"), schema::DECISION, &d.decision);
    fill_log(root.get_mut("feedback"), schema::FEEDBACK, &d.feedback);
}

fn step_fields() -> [&'static [Field]; 4] {
    [
        schema::STEP_CONTACT,
        schema::STEP_DRAFT,
        schema::STEP_ASSEMBLY,
        schema::STEP_PRESENTATION,
    ]
}

/// Fills the table at `key` of `parent`, creating it when absent.
fn fill_at(parent: &mut Table, key: &str, fields: &[Field], defaults: &Table) {
    if let Value::Table(table) = parent
        .entry(key)
        .or_insert_with(|| Value::Table(Table::new()))
    {
        fill_table(table, fields, defaults);
    }
}

fn fill_log(log: Option<&mut Value>, fields: &[Field], defaults: &Table) {
    if let Some(Value::Array(entries)) = log {
        for entry in entries {
            if let Value::Table(entry) = entry {
                fill_table(entry, fields, defaults);
            }
        }
    }
}

fn fill_table(table: &mut Table, fields: &[Field], defaults: &Table) {
    for field in fields {
        match (field.ty, table.get_mut(field.key)) {
            (Ty::Resources, Some(Value::Table(resources))) => resources
                .iter_mut()
                .for_each(|(_, details)| one_spelling_of_details(details)),
            (Ty::Time, Some(value)) => {
                if let Some(text) = super::validate::local_time_text(value) {
                    *value = Value::String(text);
                }
            }
            _ => {}
        }
    }
    for field in fields.iter().filter(|f| !f.required) {
        if let Some(default) = defaults.get(field.key)
            && !table.contains_key(field.key)
        {
            table.insert(field.key.to_string(), default.clone());
        }
        if let Ty::List(element) = field.ty {
            let element_defaults = match field.key {
                "questions" => &self::defaults().question,
                _ => &self::defaults().boundary,
            };
            fill_log(table.get_mut(field.key), element, element_defaults);
        }
    }
}

/// The details of one resource type read into the model and written back,
/// as the loader does: one detail as a text, several as a list.
fn one_spelling_of_details(details: &mut Value) {
    if let Ok(read) = details.clone().try_into::<Details>()
        && let Ok(written) = Value::try_from(read)
    {
        *details = written;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled(text: &str) -> Table {
        let mut table: Table = text.parse().unwrap();
        fill(&mut table);
        table
    }

    #[test]
    fn absent_and_default_are_the_same_value() {
        let absent = filled("schema = 1\n[coalition]\nname = \"C\"\n[groups.a]\nname = \"A\"\n");
        let explicit = filled(
            "schema = 1\n[coalition]\nname = \"C\"\nkind = \"agile\"\n[groups.a]\nname = \"A\"\npublic = false\nstatus = \"prospect\"\nroles = []\n",
        );
        assert_eq!(absent, explicit);
        let public = filled(
            "schema = 1\n[coalition]\nname = \"C\"\n[groups.a]\nname = \"A\"\npublic = true\n",
        );
        assert_ne!(absent, public);
    }

    #[test]
    fn two_spellings_of_one_value_fill_to_the_same_data() {
        let head = "schema = 1\n[coalition]\nname = \"C\"\n";
        let spellings = [
            ("offers = { money = \"bus\" }", "offers.money = [\"bus\"]"),
            (
                "needs = { money = [\"a\", \"b\"] }",
                "needs.money = [\"a\", \"b\"]",
            ),
            (
                "offers = { money = [\"bus\"], space = \"hall\" }",
                "offers = { money = \"bus\", space = [\"hall\"] }",
            ),
        ];
        for (one, other) in spellings {
            assert_eq!(
                filled(&format!("{head}[groups.a]\n{one}\n")),
                filled(&format!("{head}[groups.a]\n{other}\n")),
                "{one} / {other}"
            );
        }
        let times = ["start = \"18:30\"", "start = 18:30:00"];
        assert_eq!(
            filled(&format!("{head}[steps.assembly]\n{}\n", times[0])),
            filled(&format!("{head}[steps.assembly]\n{}\n", times[1])),
        );
        let log = |start: &str| {
            filled(&format!(
                "{head}[[assemblies]]\ndate = 2027-01-01\n{start}\n"
            ))
        };
        assert_eq!(log(times[0]), log(times[1]));
        // One detail is not two, and a value of the wrong type stays as it is.
        assert_ne!(
            filled(&format!("{head}[groups.a]\noffers.money = \"bus\"\n")),
            filled(&format!(
                "{head}[groups.a]\noffers.money = [\"bus\", \"bus\"]\n"
            )),
        );
        let wrong = filled(&format!("{head}[groups.a]\noffers.money = [1]\n"));
        assert_eq!(
            wrong["groups"]["a"]["offers"]["money"],
            Value::Array(vec![Value::Integer(1)])
        );
    }

    #[test]
    fn required_keys_are_not_invented() {
        let table = filled("schema = 1\n[coalition]\n[[feedback]]\ntext = \"x\"\n[groups.a]\n");
        assert!(table["coalition"].get("name").is_none());
        assert!(table["groups"]["a"].get("name").is_none());
        assert!(table["feedback"][0].get("group").is_none());
        assert!(table["feedback"][0].get("date").is_none());
    }

    #[test]
    fn list_elements_and_log_entries_get_their_defaults() {
        let table = filled(
            "schema = 1\n[coalition]\n[[groups.a.boundaries]]\ngroup = \"b\"\n[[decisions]]\ndate = 2026-01-01\nsummary = \"s\"\n[[steps.presentation.questions]]\nquestion = \"q\"\n",
        );
        assert_eq!(
            table["groups"]["a"]["boundaries"][0]["level"].as_str(),
            Some("refuse")
        );
        assert_eq!(table["decisions"][0]["by"].as_str(), Some("assembly"));
        assert!(table["decisions"][0]["affects"].as_array().is_some());
        assert_eq!(
            table["agreements"]["no_public_denouncing"].as_bool(),
            Some(true)
        );
        assert_eq!(
            table["steps"]["presentation"]["questions"][0]["question"].as_str(),
            Some("q")
        );
    }
}
