//! Which field of a group or person each column is: by its header, in
//! English or French or as `coal report groups --format csv` writes it, or
//! as `--map "Column=field"` says.

use crate::cli::ImportKind;
use crate::error::{Error, Result};
use crate::import::words::fold;

/// A field a column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Id,
    Name,
    Status,
    Participation,
    Public,
    Impacted,
    Power,
    Interest,
    Unpredictability,
    Members,
    Spectrum,
    SpectrumTarget,
    Roles,
    Tactics,
    Offers,
    Needs,
    Joined,
    Left,
    ContactName,
    ContactEmail,
    ContactPhone,
    Intentions,
    Notes,
    /// The groups a person is part of.
    Groups,
}

const GROUP_FIELDS: [Field; 23] = [
    Field::Id,
    Field::Name,
    Field::Status,
    Field::Participation,
    Field::Public,
    Field::Impacted,
    Field::Power,
    Field::Interest,
    Field::Unpredictability,
    Field::Members,
    Field::Spectrum,
    Field::SpectrumTarget,
    Field::Roles,
    Field::Tactics,
    Field::Offers,
    Field::Needs,
    Field::Joined,
    Field::Left,
    Field::ContactName,
    Field::ContactEmail,
    Field::ContactPhone,
    Field::Intentions,
    Field::Notes,
];

const PERSON_FIELDS: [Field; 6] = [
    Field::Id,
    Field::Name,
    Field::Groups,
    Field::ContactEmail,
    Field::ContactPhone,
    Field::Notes,
];

/// The column a rejects file read back adds: not data, left out quietly.
const REASON: &str = "reason";

impl Field {
    /// The fields a sheet of `kind` can fill.
    pub fn of(kind: ImportKind) -> &'static [Field] {
        match kind {
            ImportKind::Groups => &GROUP_FIELDS,
            ImportKind::People => &PERSON_FIELDS,
        }
    }

    /// Its key in the file (`contact.email`), as `--map` takes it.
    pub fn key(self) -> &'static str {
        self.names(ImportKind::Groups)[0]
    }

    /// The headers that name it, folded (see `words::fold`), its key
    /// first; `kind` tells `groupe` (a group's name, or a person's groups).
    fn names(self, kind: ImportKind) -> &'static [&'static str] {
        match self {
            Field::Id => &["id", "identifiant"],
            Field::Name if kind == ImportKind::People => &[
                "name",
                "nom",
                "personne",
                "person",
                "nom complet",
                "full name",
            ],
            Field::Name => &[
                "name",
                "nom",
                "organisation",
                "organization",
                "groupe",
                "group",
                "nom du groupe",
                "group name",
            ],
            Field::Status => &["status", "statut"],
            Field::Participation => &["participation"],
            Field::Public => &["public", "publique", "appui public"],
            Field::Impacted => &["impacted", "impacte", "impactee", "directly impacted"],
            Field::Power => &["power", "pouvoir"],
            Field::Interest => &["interest", "interet"],
            Field::Unpredictability => &["unpredictability", "imprevisibilite"],
            Field::Members => &[
                "members",
                "membres",
                "nombre de membres",
                "number of members",
            ],
            Field::Spectrum => &["spectrum", "spectre", "position"],
            Field::SpectrumTarget => &["spectrum target", "spectre cible", "cible"],
            Field::Roles => &["roles", "role"],
            Field::Tactics => &["tactics", "tactiques", "tactic", "tactique"],
            Field::Offers => &["offers", "offre", "offres", "ressources offertes"],
            Field::Needs => &["needs", "besoins", "besoin", "ressources recherchees"],
            Field::Joined => &[
                "joined",
                "adhesion",
                "date d'adhesion",
                "date adhesion",
                "membre depuis",
            ],
            Field::Left => &["left", "depart", "date de depart", "parti"],
            Field::ContactName => &[
                "contact.name",
                "contact",
                "contact name",
                "personne contact",
                "personne ressource",
            ],
            Field::ContactEmail => &[
                "contact.email",
                "email",
                "courriel",
                "e mail",
                "mail",
                "contact email",
                "adresse courriel",
            ],
            Field::ContactPhone => &[
                "contact.phone",
                "phone",
                "telephone",
                "tel",
                "contact phone",
            ],
            Field::Intentions => &["intentions"],
            Field::Notes => &["notes", "note", "remarques", "commentaires"],
            Field::Groups => &["groups", "groupes", "group", "groupe"],
        }
    }

    fn named(kind: ImportKind, header: &str) -> Option<Field> {
        let folded = fold(header);
        Field::of(kind)
            .iter()
            .copied()
            .find(|field| field.names(kind).iter().any(|name| fold(name) == folded))
    }
}

/// What each column of the sheet is.
#[derive(Debug, Clone, PartialEq)]
pub struct Columns {
    /// For each column, in order, the field it fills (none: left out).
    pub fields: Vec<Option<Field>>,
    /// The headers of the columns no field was found for, to say so.
    pub unmapped: Vec<String>,
}

impl Columns {
    /// The column that fills `field`.
    pub fn of(&self, field: Field) -> Option<usize> {
        self.fields.iter().position(|f| *f == Some(field))
    }
}

/// The field of each of `headers`, `maps` (`Column=field`) first.
pub fn columns(kind: ImportKind, headers: &[String], maps: &[String]) -> Result<Columns> {
    let mut mapped: Vec<Option<Option<Field>>> = vec![None; headers.len()];
    for map in maps {
        let (column, field) = parse_map(kind, headers, map)?;
        if mapped[column].is_some() {
            return Err(Error::usage(format!(
                "column `{}` is given twice with --map",
                headers[column]
            ))
            .hint("give one --map per column"));
        }
        mapped[column] = Some(field);
    }
    let mut fields = Vec::with_capacity(headers.len());
    let mut unmapped = Vec::new();
    for (header, mapped) in headers.iter().zip(mapped) {
        let field = match mapped {
            Some(field) => field,
            None if [REASON, super::read::COAL_REASON].contains(&fold(header).as_str())
                || header.trim().is_empty() =>
            {
                None
            }
            None => {
                let field = Field::named(kind, header);
                if field.is_none() {
                    unmapped.push(header.clone());
                }
                field
            }
        };
        fields.push(field);
    }
    let columns = Columns { fields, unmapped };
    one_column_each(headers, &columns)?;
    if columns.of(Field::Name).is_none() && columns.of(Field::Id).is_none() {
        return Err(Error::usage(format!(
            "no column names the {kind}: the columns are {}",
            listed(headers)
        ))
        .hint("name one `name` (or `nom`), or say which it is with --map \"Column=name\""));
    }
    Ok(columns)
}

/// Refuses two columns for one field, naming both.
fn one_column_each(headers: &[String], columns: &Columns) -> Result<()> {
    for (at, field) in columns.fields.iter().enumerate() {
        let Some(field) = field else { continue };
        if let Some(other) = columns.fields[..at].iter().position(|f| *f == Some(*field)) {
            return Err(Error::usage(format!(
                "columns `{}` and `{}` are both `{}`",
                headers[other],
                headers[at],
                field.key()
            ))
            .hint(format!(
                "leave one out with --map \"{}=\", or map it to another field",
                headers[at]
            )));
        }
    }
    Ok(())
}

/// `Column=field`: the column's index and the field (none for `Column=`).
fn parse_map(kind: ImportKind, headers: &[String], map: &str) -> Result<(usize, Option<Field>)> {
    let Some((column, field)) = map.rsplit_once('=') else {
        return Err(Error::usage(format!(
            "--map \"{map}\" says no field: write it \"Column=field\""
        ))
        .hint("e.g. --map \"Organisation=name\"; \"Column=\" leaves a column out"));
    };
    let Some(index) = headers.iter().position(|h| fold(h) == fold(column)) else {
        return Err(Error::usage(format!(
            "--map \"{map}\": there is no column `{}`; the columns are {}",
            column.trim(),
            listed(headers)
        )));
    };
    if field.trim().is_empty() {
        return Ok((index, None));
    }
    match Field::named(kind, field) {
        Some(field) => Ok((index, Some(field))),
        None => Err(Error::usage(format!(
            "--map \"{map}\": `{}` is no field of a {}; the fields are {}",
            field.trim(),
            kind.singular(),
            Field::of(kind)
                .iter()
                .map(|f| f.key())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

fn listed(headers: &[String]) -> String {
    headers
        .iter()
        .map(|h| format!("`{h}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl ImportKind {
    pub fn singular(self) -> &'static str {
        match self {
            ImportKind::Groups => "group",
            ImportKind::People => "person",
        }
    }
}

impl std::fmt::Display for ImportKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.singular())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn french_and_english_headers_and_the_report_columns_are_known() {
        let sheet = headers(&[
            "Nom",
            "Statut",
            "Pouvoir",
            "Intérêt",
            "Impacté",
            "Courriel",
            "Téléphone",
            "spectrum target",
            "Nombre de membres",
            "E-mail ",
        ]);
        let err = columns(ImportKind::Groups, &sheet, &[]).unwrap_err();
        assert_eq!(
            err.message,
            "columns `Courriel` and `E-mail ` are both `contact.email`"
        );
        let columns = columns(ImportKind::Groups, &sheet[..9], &[]).unwrap();
        assert_eq!(
            columns.fields,
            [
                Field::Name,
                Field::Status,
                Field::Power,
                Field::Interest,
                Field::Impacted,
                Field::ContactEmail,
                Field::ContactPhone,
                Field::SpectrumTarget,
                Field::Members,
            ]
            .map(Some)
        );
        assert!(columns.unmapped.is_empty());
    }

    #[test]
    fn maps_come_first_and_unknown_columns_are_listed() {
        let sheet = headers(&["Organisation", "Quartier", "Taille", "reason"]);
        let maps = ["taille=members".to_string(), "Quartier=".to_string()];
        let found = columns(ImportKind::Groups, &sheet, &maps).unwrap();
        assert_eq!(
            found.fields,
            [Some(Field::Name), None, Some(Field::Members), None]
        );
        let found = columns(ImportKind::Groups, &sheet, &[]).unwrap();
        assert_eq!(found.unmapped, ["Quartier", "Taille"]);
        let err = columns(ImportKind::Groups, &sheet, &["Size=members".into()]).unwrap_err();
        assert!(err.message.contains("there is no column `Size`"), "{err:?}");
        let err = columns(ImportKind::Groups, &sheet, &["Taille=size".into()]).unwrap_err();
        assert!(
            err.message.contains("`size` is no field of a group"),
            "{err:?}"
        );
    }

    #[test]
    fn groupe_is_a_name_for_groups_and_the_groups_of_a_person() {
        let sheet = headers(&["Nom", "Groupe"]);
        let groups = columns(ImportKind::Groups, &sheet, &[]).unwrap_err();
        assert_eq!(groups.message, "columns `Nom` and `Groupe` are both `name`");
        let people = columns(ImportKind::People, &sheet, &[]).unwrap();
        assert_eq!(people.fields, [Some(Field::Name), Some(Field::Groups)]);
    }

    #[test]
    fn a_sheet_without_names_is_refused() {
        let err = columns(ImportKind::Groups, &headers(&["Statut"]), &[]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.message.starts_with("no column names the group"));
    }
}
