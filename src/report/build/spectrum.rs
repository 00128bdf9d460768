//! The spectrum of allies, and the one-step moves to aim for.

use serde_json::json;

use crate::model::{Coalition, Group, Spectrum, Status};
use crate::report::chart::{Chart, SpectrumChart};
use crate::report::{Block, Context, Kind, Report, Rows};

use super::moves::{self, Moves};

/// One step from `from` towards `to` along the spectrum.
fn one_step(from: Spectrum, to: Spectrum) -> Spectrum {
    let at = Spectrum::ALL
        .iter()
        .position(|s| *s == from)
        .expect("a position");
    let goal = Spectrum::ALL
        .iter()
        .position(|s| *s == to)
        .expect("a position");
    Spectrum::ALL[if goal < at { at - 1 } else { at + 1 }]
}

/// The step to propose for a placed group whose organizers set no target:
/// one step closer to active ally; none for an active ally. An opponent
/// (`Group::is_opponent`: in opposition, or watched) is not courted as a
/// partner: the aim is one step toward neutral, so one in opposition gets
/// that step, and a watched group already neutral or placed among the
/// allies gets none (moving it toward neutral would push it away, and
/// toward active ally would court it). A group that declined to join said
/// no: like step 1, coal does not court it, and treats it so too.
fn proposed_step(from: Spectrum, not_courted: bool) -> Option<Spectrum> {
    if not_courted {
        from.is_opposition()
            .then(|| one_step(from, Spectrum::Neutral))
    } else {
        (from != Spectrum::ActiveAlly).then(|| one_step(from, Spectrum::ActiveAlly))
    }
}

/// Opponents and groups that declined are not courted (`proposed_step`).
fn not_courted(g: &Group) -> bool {
    g.is_opponent() || g.status == Status::Declined
}

/// Where a group placed at `from` is aimed: the target its organizers set,
/// else the step coal proposes; none when it stands there already.
fn aim(g: &Group, from: Spectrum) -> Option<Spectrum> {
    match g.spectrum_target {
        Some(to) => (to != from).then_some(to),
        None => proposed_step(from, not_courted(g)),
    }
}

/// The moves `--since` asks for, and the bound's label.
pub(super) fn moves<'a>(c: &Coalition, context: &Context<'a>) -> Option<(&'a str, Moves)> {
    let since = context.since?;
    Some((
        since.label,
        moves::since(c, &since.history.changes, since.base),
    ))
}

/// The five columns with every placed group, an arrow to where it is
/// aimed and, with `--since`, the trail of each group that moved.
pub(super) fn chart(c: &Coalition, since: Option<(&str, &Moves)>) -> SpectrumChart {
    let mut groups: Vec<_> = c
        .groups
        .iter()
        .filter_map(|(id, g)| {
            let from = g.spectrum?;
            Some((super::power::mark(id, g), from, aim(g, from)))
        })
        .collect();
    // Column by column, as the chart reads; by id within a column.
    groups.sort_by_key(|(_, from, _)| Spectrum::ALL.iter().position(|s| s == from));
    let aimed = groups.iter().filter(|(_, _, aim)| aim.is_some()).count();
    let description = crate::t!(
        "report-spectrum-chart-description",
        placed = groups.len(),
        aimed = aimed
    );
    let trails = match since {
        Some((_, moves)) => groups
            .iter()
            .map(|(group, _, _)| {
                moves
                    .of(&group.id)
                    .map_or_else(Vec::new, |m| m.past().to_vec())
            })
            .collect(),
        None => Vec::new(),
    };
    SpectrumChart {
        title: crate::t!("report-spectrum-chart-title"),
        description,
        groups,
        trails,
        since: since.map(|(label, _)| label.to_string()),
    }
}

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let since = moves(c, &context);
    let mut report = Report::new(
        Kind::Spectrum,
        c,
        crate::t!(
            "report-spectrum-title",
            coalition = c.coalition.name.as_str()
        ),
    );
    report.block(Block::Chart(Chart::Spectrum(chart(
        c,
        since.as_ref().map(|(label, moves)| (*label, moves)),
    ))));
    let mut positions = serde_json::Map::new();
    let labels: Vec<String> = Spectrum::ALL.iter().map(|s| s.label()).collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let mut grid = Rows::new(&labels);
    let mut column: Vec<Vec<String>> = vec![Vec::new(); Spectrum::ALL.len()];
    for (index, position) in Spectrum::ALL.iter().enumerate() {
        let ids: Vec<&String> = c
            .groups
            .iter()
            .filter(|(_, g)| g.spectrum == Some(*position))
            .map(|(id, _)| id)
            .collect();
        column[index] = ids
            .iter()
            .map(|id| super::one_line(&c.groups[*id].name))
            .collect();
        positions.insert(position.as_str().into(), json!(ids));
    }
    grid.push(column.iter().map(|names| names.join("\n")).collect());
    report.block(Block::Table(grid));

    let not_placed = not_placed(c);
    if !not_placed.is_empty() {
        report.block(Block::Heading(crate::t!("report-spectrum-not-placed")));
        report.block(Block::suggesting(
            crate::t!(
                "report-spectrum-place-them",
                names = super::names(c, &not_placed)
            ),
            "coal update-group ID --spectrum POSITION",
            crate::t!("report-spectrum-place-them-after"),
        ));
    }

    let mut moves = Vec::new();
    let mut proposed = Vec::new();
    let mut rows = Rows::new(&[
        &crate::t!("report-groups-name"),
        &crate::t!("report-power-stands"),
        &crate::t!("report-spectrum-target"),
        &crate::t!("report-spectrum-next-step"),
    ]);
    let mut all = Rows::new(&["id", "name", "spectrum", "target", "next_step", "proposed"]);
    if since.is_some() {
        all.headers
            .extend(["then", "moved", "trail"].map(String::from));
    }
    for (id, g) in &c.groups {
        let Some(from) = g.spectrum else {
            all.push(vec![
                id.clone(),
                g.name.clone(),
                String::new(),
                super::opt(g.spectrum_target),
                String::new(),
                String::new(),
            ]);
            continue;
        };
        let (next, target) = match g.spectrum_target {
            Some(to) if to != from => {
                let next = one_step(from, to);
                moves.push(json!({"id": id, "from": from, "to": to, "next": next}));
                (Some(next), to.label())
            }
            Some(_) => (None, from.label()),
            None => {
                let next = proposed_step(from, not_courted(g));
                if let Some(next) = next {
                    proposed.push(json!({"id": id, "from": from, "next": next}));
                }
                (next, crate::t!("report-spectrum-proposed"))
            }
        };
        let is_proposed = g.spectrum_target.is_none() && next.is_some();
        all.push(vec![
            id.clone(),
            g.name.clone(),
            from.to_string(),
            super::opt(g.spectrum_target),
            super::opt(next),
            if next.is_some() {
                is_proposed.to_string()
            } else {
                String::new()
            },
        ]);
        if let Some(next) = next {
            rows.push(vec![g.name.clone(), from.label(), target, next.label()]);
        }
    }
    report.block(Block::Heading(crate::t!("report-spectrum-moves")));
    report.block(Block::suggesting(
        crate::t!("report-spectrum-one-step"),
        "coal update-group ID --spectrum-target POSITION",
        ".",
    ));
    if rows.rows.is_empty() {
        report.block(Block::Text(crate::t!("report-spectrum-no-moves")));
    } else {
        report.block(Block::Table(rows));
    }
    report.field("spectrum", serde_json::Value::Object(positions));
    report.field("not_placed", json!(not_placed));
    report.field("moves", json!(moves));
    report.field("proposed_moves", json!(proposed));
    if let Some((label, moves)) = &since {
        report.blocks.extend(moved(c, label, moves, context));
        report.field("since", moves.json(label));
        for row in &mut all.rows {
            row.extend(columns(&row[0], moves));
        }
    }
    report.rows = Some(all);
    report
}

/// The CSV columns `then`, `moved` and `trail` of a group: words of the
/// file, the trail's joined by `>`. `moved` is `added` for a group not in
/// the file then, `placed` for one there but not placed, `stayed` for one
/// that never moved, `unplaced` for one no longer placed.
fn columns(id: &str, moves: &Moves) -> [String; 3] {
    let trail = |trail: &[Spectrum]| {
        trail
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(">")
    };
    if let Some((way, m)) = moves.way_of(id) {
        let way = if m.added { "added" } else { way };
        let then = m.then.map_or_else(String::new, |s| s.as_str().to_string());
        return [then, way.to_string(), trail(&m.trail)];
    }
    if let Some((_, then)) = moves.stayed.iter().find(|(stayed, _)| stayed == id) {
        return [then.as_str().to_string(), "stayed".into(), trail(&[*then])];
    }
    match moves.gone.iter().find(|g| g.id == id && !g.removed) {
        Some(g) => [
            g.then.as_str().to_string(),
            "unplaced".into(),
            trail(&[g.then]),
        ],
        None => Default::default(),
    }
}

/// The notes above the moves: "now" holds uncommitted changes, the file
/// was not in git at the bound (or the clone is shallow), its history
/// starts after a move, versions that did not parse were skipped.
pub(super) fn since_notes(
    label: &str,
    moves: &Moves,
    since: Option<crate::report::Since<'_>>,
) -> Vec<String> {
    let mut notes = Vec::new();
    let Some(since) = since else {
        return notes;
    };
    if since.history.uncommitted {
        notes.push(crate::t!("report-since-uncommitted"));
    }
    let short = |commit: &str| commit.get(..7).unwrap_or(commit).to_string();
    // A shallow clone cut the history: its first version is no proof the
    // groups were added since.
    match &since.history.shallow {
        Some(commit) => notes.push(crate::t!("report-since-shallow", commit = short(commit))),
        None if moves.no_base => {
            notes.push(crate::t!("report-since-no-base", since = label));
        }
        None => {}
    }
    if let Some(commit) = &since.history.starts_in {
        notes.push(crate::t!("report-since-starts-in", commit = short(commit)));
    }
    let skipped = &since.history.skipped;
    if !skipped.is_empty() {
        let commits: Vec<String> = skipped.iter().map(|s| short(&s.commit)).collect();
        notes.push(crate::t!(
            "report-since-skipped",
            count = skipped.len(),
            commits = commits.join(", ")
        ));
    }
    notes
}

/// "Moves since then": who moved closer, who moved away, who came back,
/// who was placed or added, who left.
fn moved(c: &Coalition, label: &str, moves: &Moves, context: Context<'_>) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(crate::t!(
        "report-since-heading",
        since = label
    ))];
    for note in since_notes(label, moves, context.since) {
        blocks.push(Block::Text(note));
    }
    if moves.is_empty() {
        blocks.push(Block::Text(crate::t!("report-since-none", since = label)));
        return blocks;
    }
    let headers = [
        crate::t!("report-groups-name"),
        crate::t!("report-since-then"),
        crate::t!("report-since-now"),
        crate::t!("report-since-trail"),
    ];
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let lists = [
        (&moves.closer, crate::t!("report-since-closer")),
        (&moves.away, crate::t!("report-since-away")),
        (&moves.back, crate::t!("report-since-back")),
        (
            &moves.placed,
            crate::t!("report-since-placed", since = label),
        ),
    ];
    for (list, heading) in lists {
        if list.is_empty() {
            continue;
        }
        let mut rows = Rows::new(&headers);
        for m in list {
            rows.push(vec![
                super::name(c, &m.id).to_string(),
                match (m.then, m.added) {
                    (Some(then), _) => then.label(),
                    (None, true) => crate::t!("report-since-not-in-the-file"),
                    (None, false) => crate::t!("report-since-not-placed"),
                },
                m.now.label(),
                m.in_words(),
            ]);
        }
        blocks.push(Block::Text(heading));
        blocks.push(Block::Table(rows));
    }
    if !moves.gone.is_empty() {
        let mut rows = Rows::new(&headers);
        for g in &moves.gone {
            rows.push(vec![
                super::one_line(&g.name),
                g.then.label(),
                if g.removed {
                    crate::t!("report-since-not-in-the-file")
                } else {
                    crate::t!("report-since-not-placed")
                },
                g.then.label(),
            ]);
        }
        blocks.push(Block::Text(crate::t!("report-since-gone", since = label)));
        blocks.push(Block::Table(rows));
    }
    blocks
}

/// The groups not placed on the spectrum yet, by id.
pub fn not_placed(c: &Coalition) -> Vec<String> {
    c.groups
        .iter()
        .filter(|(_, g)| g.spectrum.is_none())
        .map(|(id, _)| id.clone())
        .collect()
}
