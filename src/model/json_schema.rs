//! A JSON Schema (draft 2020-12) of schema 1, made from `super::schema`, so
//! that editors (taplo, Even Better TOML) check and complete the file.

use serde_json::{Map, Value, json};

use super::register::Register;
use super::schema::{self, Field, Ty};

const ID_PATTERN: &str = "^[a-z0-9][a-z0-9-]{0,63}$";
const TIME_PATTERN: &str = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

pub fn json_schema() -> Value {
    let mut properties = Map::new();
    properties.insert(
        "schema".into(),
        json!({ "const": 1, "description": "The version of the file format." }),
    );
    properties.insert("coalition".into(), object(schema::COALITION));
    properties.insert("agreements".into(), object(schema::AGREEMENTS));
    properties.insert("steps".into(), object(schema::STEPS));
    for register in Register::ALL {
        properties.insert(
            register.key().into(),
            json!({
                "type": "object",
                "description": format!("The {}, keyed by id.", register.key()),
                "propertyNames": { "pattern": ID_PATTERN },
                "additionalProperties": object(schema::entry_fields(register)),
            }),
        );
    }
    properties.insert(
        "assemblies".into(),
        json!({
            "type": "array",
            "description": "The general assemblies after the first (step 3), in the order given.",
            "items": object(schema::ASSEMBLY),
        }),
    );
    properties.insert(
        "decisions".into(),
        json!({ "type": "array", "items": object(schema::DECISION) }),
    );
    properties.insert(
        "feedback".into(),
        json!({ "type": "array", "items": object(schema::FEEDBACK) }),
    );
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "coalition.toml (coal, schema 1)",
        "description": "A coalition's groups, tactics, resources, boundaries, spaces, structure, assemblies, decisions and feedback.",
        "type": "object",
        "required": ["schema", "coalition"],
        "properties": properties,
    })
}

fn object(fields: &[Field]) -> Value {
    let properties: Map<String, Value> = fields
        .iter()
        .map(|f| (f.key.to_string(), value(f)))
        .collect();
    let required: Vec<&str> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.key)
        .collect();
    json!({ "type": "object", "properties": properties, "required": required })
}

fn id() -> Value {
    json!({ "type": "string", "pattern": ID_PATTERN })
}

fn value(field: &Field) -> Value {
    match field.ty {
        Ty::Text if field.required => json!({ "type": "string", "pattern": "\\S" }),
        Ty::Text => json!({ "type": "string" }),
        Ty::Bool => json!({ "type": "boolean" }),
        Ty::Int { min, max } if max == i64::MAX => json!({ "type": "integer", "minimum": min }),
        Ty::Int { min, max } => json!({ "type": "integer", "minimum": min, "maximum": max }),
        Ty::Date | Ty::AssemblyDate => json!({ "type": "string", "format": "date" }),
        Ty::Time => json!({ "type": "string", "pattern": TIME_PATTERN }),
        Ty::Texts => json!({ "type": "array", "items": { "type": "string" } }),
        Ty::Word(vocab) => json!({ "enum": (vocab.words)() }),
        Ty::Words(vocab) => json!({ "type": "array", "items": { "enum": (vocab.words)() } }),
        Ty::Ref(_) | Ty::DecidedBy => id(),
        Ty::Refs(_) => json!({ "type": "array", "items": id() }),
        Ty::Resources => json!({
            "type": "object",
            "propertyNames": { "enum": (schema::RESOURCE.words)() },
            "additionalProperties": {
                "oneOf": [
                    { "type": "string", "pattern": "\\S" },
                    {
                        "type": "array",
                        "items": { "type": "string", "pattern": "\\S" },
                        "minItems": 1,
                    },
                ],
            },
        }),
        Ty::Table(fields) => object(fields),
        Ty::List(fields) => json!({ "type": "array", "items": object(fields) }),
    }
}
