use serde_json::{Value, json};

use std::collections::BTreeMap;

use crate::model::{Coalition, Details, Participation, ResourceType, Spectrum};
use crate::report::{Audience, Block, Context, Kind, Report, Rows};

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    match context.audience {
        Audience::Internal => internal(c),
        Audience::Public => public(c),
    }
}

/// Between the values of a CSV list cell: `coal import` splits on `;` (a
/// comma is common inside a name or a detail).
const LIST: &str = "; ";

fn internal(c: &Coalition) -> Report {
    let mut report = Report::new(Kind::Groups, c, title(c));
    let headers = [
        "id",
        "name",
        "status",
        "participation",
        "public",
        "impacted",
        "power",
        "interest",
        "unpredictability",
        "members",
        "spectrum",
        "spectrum target",
        "roles",
        "tactics",
        "offers",
        "needs",
    ];
    // The same columns for people and for CSV; for people, a list holds one
    // entry per line, positions are in words and resources keep their
    // details.
    let mut rows = Rows::new(&headers);
    let mut table = Rows::new(&[
        "id",
        &crate::t!("report-groups-name"),
        &crate::t!("report-groups-status"),
        &crate::t!("report-groups-participation"),
        &crate::t!("report-groups-public"),
        &crate::t!("report-groups-impacted"),
        &crate::t!("report-groups-power"),
        &crate::t!("report-groups-interest"),
        &crate::t!("report-groups-unpredictability"),
        &crate::t!("report-groups-members"),
        &crate::t!("report-groups-spectrum"),
        &crate::t!("report-groups-spectrum-target"),
        &crate::t!("report-groups-roles"),
        &crate::t!("report-groups-tactics"),
        &crate::t!("report-groups-offers"),
        &crate::t!("report-groups-needs"),
    ]);
    let mut groups = Vec::new();
    for (id, g) in &c.groups {
        let roles: Vec<&str> = g.roles.iter().map(|r| r.as_str()).collect();
        // `type: detail`, one per detail, as `coal import` reads it back.
        let resources = |map: &BTreeMap<ResourceType, Details>| -> String {
            map.iter()
                .flat_map(|(kind, details)| details.0.iter().map(move |d| format!("{kind}: {d}")))
                .collect::<Vec<_>>()
                .join(LIST)
        };
        let row = vec![
            id.clone(),
            g.name.clone(),
            g.status.to_string(),
            super::opt(g.participation()),
            yes_no(g.public),
            yes_no(g.impacted),
            super::opt(g.power),
            super::opt(g.interest),
            super::opt(g.unpredictability),
            super::opt(g.members),
        ];
        // For people, the words in the language read (CSV keeps the file's).
        let mut for_people = row.clone();
        for_people[2] = g.status.word();
        for_people[3] = super::opt(g.participation().map(Participation::word));
        for_people[4] = yes_no_words(g.public);
        for_people[5] = yes_no_words(g.impacted);
        for_people[9] = super::opt(g.members.map(crate::i18n::number));
        for_people.extend([
            super::opt(g.spectrum.map(Spectrum::label)),
            super::opt(g.spectrum_target.map(Spectrum::label)),
            // In words, as the spectrum is (`change agent`).
            g.roles
                .iter()
                .map(|r| r.label())
                .collect::<Vec<_>>()
                .join("\n"),
            tactic_lines(c, &g.tactics),
            resource_lines(&g.offers),
            resource_lines(&g.needs),
        ]);
        table.push(for_people);
        let mut for_csv = row;
        for_csv.extend([
            super::opt(g.spectrum),
            super::opt(g.spectrum_target),
            roles.join(LIST),
            super::tactic_names(c, &g.tactics, LIST),
            resources(&g.offers),
            resources(&g.needs),
        ]);
        rows.push(for_csv);
        groups.push(json!({
            "id": id,
            "name": g.name,
            "status": g.status,
            "participation": g.participation(),
            "public": g.public,
            "impacted": g.impacted,
            "power": g.power,
            "interest": g.interest,
            "unpredictability": g.unpredictability,
            "members": g.members,
            "spectrum": g.spectrum,
            "spectrum_target": g.spectrum_target,
            "roles": g.roles,
            "tactics": g.tactics,
            "offers": g.offers,
            "needs": g.needs,
        }));
    }
    let members = c
        .groups
        .values()
        .filter(|g| g.status == crate::model::Status::Member)
        .count();
    // Only a member endorses: a group outside marked public does not.
    let endorsing = c
        .groups
        .values()
        .filter(|g| crate::report::privacy::listed(g))
        .count();
    report.block(Block::Text(crate::t!(
        "report-groups-counts",
        groups = c.groups.len(),
        members = members,
        endorsing = endorsing
    )));
    report.block(Block::Table(table));
    report.field("groups", Value::Array(groups));
    report.rows = Some(rows);
    report
}

/// The groups that endorse the coalition publicly, as outside eyes may see
/// them: by name, with what they chose to say (`privacy::public_view` has
/// left nothing else), and no ids, not even of their tactics.
fn public(c: &Coalition) -> Report {
    let mut report = Report::new(Kind::Groups, c, title(c));
    let headers = ["name", "participation", "impacted", "members", "tactics"];
    let mut rows = Rows::new(&headers);
    let mut table = Rows::new(&[
        &crate::t!("report-groups-name"),
        &crate::t!("report-groups-participation"),
        &crate::t!("report-groups-impacted"),
        &crate::t!("report-groups-members"),
        &crate::t!("report-groups-tactics"),
    ]);
    let mut groups = Vec::new();
    for g in c.groups.values() {
        let tactics: Vec<&str> = g
            .tactics
            .iter()
            .filter_map(|id| c.tactics.get(id))
            .map(|t| t.name.as_str())
            .collect();
        let row = vec![
            g.name.clone(),
            super::opt(g.participation()),
            yes_no(g.impacted),
            super::opt(g.members),
        ];
        let mut for_people = row.clone();
        for_people[1] = super::opt(g.participation().map(Participation::word));
        for_people[2] = yes_no_words(g.impacted);
        for_people[3] = super::opt(g.members.map(crate::i18n::number));
        table.push([for_people, vec![tactics.join("\n")]].concat());
        rows.push([row, vec![tactics.join(", ")]].concat());
        groups.push(json!({
            "name": g.name,
            "participation": g.participation(),
            "impacted": g.impacted,
            "members": g.members,
            "tactics": tactics,
        }));
    }
    report.block(Block::Text(match c.groups.len() {
        0 => crate::t!("report-groups-public-none"),
        n => crate::t!("report-groups-public-count", count = n),
    }));
    report.block(Block::Table(table));
    report.field("groups", Value::Array(groups));
    report.rows = Some(rows);
    report
}

/// A group's tactics by name, one per line.
fn tactic_lines(c: &Coalition, ids: &[String]) -> String {
    ids.iter()
        .map(|id| super::tactic_name(c, id))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Offers or needs, one type per line with its details, as the resources
/// report writes them.
fn resource_lines(resources: &BTreeMap<ResourceType, Details>) -> String {
    resources
        .iter()
        .map(|(kind, details)| format!("{} ({})", kind.word(), details.one_line()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// "Montréal: groups", the title of both audiences.
fn title(c: &Coalition) -> String {
    crate::t!("report-groups-title", coalition = c.coalition.name.as_str())
}

/// `yes` or `no` as CSV writes them, whatever the language.
fn yes_no(flag: bool) -> String {
    if flag { "yes".into() } else { "no".into() }
}

/// Yes or no in a cell for people.
fn yes_no_words(flag: bool) -> String {
    if flag {
        crate::t!("report-yes")
    } else {
        crate::t!("report-no")
    }
}
