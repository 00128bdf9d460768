//! `coal schema`: a JSON Schema that accepts the shipped examples and
//! rejects what `coal check` rejects, checked with a JSON Schema validator on
//! the TOML converted to JSON (dates become strings, as taplo does).

mod common;

use std::path::Path;

use common::*;
use serde_json::Value;

fn to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(n) => Value::from(n),
        toml::Value::Float(x) => Value::from(x),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(to_json).collect()),
        toml::Value::Table(table) => {
            Value::Object(table.into_iter().map(|(k, v)| (k, to_json(v))).collect())
        }
    }
}

fn validator() -> jsonschema::Validator {
    let run = Workdir::new().run(&["schema"]).ok();
    let schema: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn instance(text: &str) -> Value {
    to_json(toml::Value::Table(text.parse::<toml::Table>().unwrap()))
}

#[test]
fn the_examples_are_valid() {
    let validator = validator();
    for name in ["coalition.toml", "housing.toml"] {
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("examples")
                .join(name),
        )
        .unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&instance(&text))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
}

#[test]
fn bad_values_are_rejected() {
    let validator = validator();
    for (bad, what) in [
        (
            "[groups.a]\nname = \"A\"\nstatus = \"ally\"\n",
            "a bad status",
        ),
        (
            "[groups.a]\nname = \"A\"\npower = 7\n",
            "a score out of range",
        ),
        ("[groups.A]\nname = \"A\"\n", "an id with capitals"),
        (
            "[groups.a]\nstatus = \"member\"\n",
            "a group without a name",
        ),
        (
            "[groups.a]\nname = \"A\"\noffers = { cash = \"x\" }\n",
            "an unknown resource type",
        ),
        ("[agreements]\nfeedback_every_days = 0\n", "zero days"),
        (
            "[[assemblies]]\ndate = 2027-04-10\nstart = \"6pm\"\n",
            "a time not written HH:MM",
        ),
        (
            "[[assemblies]]\nplace = \"P\"\n",
            "an assembly without a date",
        ),
        (
            "[[assemblies]]\ndate = 2027-04-10\nanswered = \"A\"\n",
            "who answered not written as a list of ids",
        ),
    ] {
        let text = format!("{MINIMAL}{bad}");
        assert!(!validator.is_valid(&instance(&text)), "{what} was accepted");
    }
    assert!(!validator.is_valid(&instance(
        "schema = 2\n[coalition]\nname = \"C\"\nunity_statement = \"U\"\n"
    )));
    assert!(!validator.is_valid(&instance("schema = 1\n")));
    let assembly = "[[assemblies]]\ndate = 2027-04-10\nstart = \"18:30\"\nlanguages = [\"fr\"]\ninvited = [\"a\"]\nanswered = [\"a\"]\n";
    assert!(validator.is_valid(&instance(&format!("{MINIMAL}{assembly}"))));
}
