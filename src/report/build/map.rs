//! The map: one page of charts for the organizers, each followed by a
//! table or list of the same data (read by screen readers, and when
//! printed in black and white).

use crate::check;
use crate::model::{Coalition, Spectrum};
use crate::report::chart::Chart;
use crate::report::{Block, Context, Kind, Report, Rows};

use super::power::{HIGH, quadrants};

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let title = crate::t!("doc-map-title", coalition = c.coalition.name.as_str());
    let mut report = Report::new(Kind::Map, c, title);
    report.block(Block::Text(crate::t!("doc-map-intro")));
    report.blocks.extend(power(c));
    report.blocks.extend(spectrum(c, &context));
    report.blocks.extend(super::resources::flows(c));
    report.blocks.extend(super::network::blocks(c));
    report
        .blocks
        .extend(super::steps::timeline(c, context.today));
    report.blocks.extend(findings(c, context));
    report
}

fn yes_no(value: bool) -> String {
    if value {
        crate::t!("doc-map-yes")
    } else {
        crate::t!("doc-map-no")
    }
}

fn position(value: Option<Spectrum>) -> String {
    value.map_or_else(|| crate::t!("doc-map-not-placed"), |s| s.label())
}

/// The quadrant a rated partner is in, named as the power report names it.
fn quadrant(power: u8, interest: u8) -> String {
    match (power >= HIGH, interest >= HIGH) {
        (true, true) => crate::t!("doc-map-quadrant-manage"),
        (true, false) => crate::t!("doc-map-quadrant-satisfy"),
        (false, true) => crate::t!("doc-map-quadrant-inform"),
        (false, false) => crate::t!("doc-map-quadrant-monitor"),
    }
}

/// The scatter, the partners in a table (the unrated too, which the chart
/// cannot place), and the opponents in a table of their own.
fn power(c: &Coalition) -> Vec<Block> {
    let q = quadrants(c);
    let chart = super::power::chart(c, &q);
    let mut table = Rows::new(&[
        &crate::t!("doc-map-column-group"),
        &crate::t!("doc-map-column-power"),
        &crate::t!("doc-map-column-interest"),
        &crate::t!("doc-map-column-spectrum"),
        &crate::t!("doc-map-column-impacted"),
        &crate::t!("doc-map-column-quadrant"),
    ]);
    for (group, power, interest) in &chart.partners {
        table.push(vec![
            group.name.clone(),
            power.to_string(),
            interest.to_string(),
            position(group.spectrum),
            yes_no(group.impacted),
            quadrant(*power, *interest),
        ]);
    }
    for id in &q.unrated {
        let g = &c.groups[id];
        table.push(vec![
            g.name.clone(),
            super::opt(g.power),
            super::opt(g.interest),
            position(g.spectrum),
            yes_no(g.impacted),
            crate::t!("doc-map-not-rated"),
        ]);
    }
    let mut apart = Rows::new(&[
        &crate::t!("doc-map-column-group"),
        &crate::t!("doc-map-column-power"),
        &crate::t!("doc-map-column-interest"),
        &crate::t!("doc-map-column-spectrum"),
        &crate::t!("doc-map-column-impacted"),
    ]);
    for (group, power, interest) in &chart.opponents {
        apart.push(vec![
            group.name.clone(),
            super::opt(*power),
            super::opt(*interest),
            position(group.spectrum),
            yes_no(group.impacted),
        ]);
    }
    let opponents = if apart.rows.is_empty() {
        Block::Text(crate::t!("doc-map-no-opponents"))
    } else {
        Block::Table(apart)
    };
    vec![
        Block::Heading(crate::t!("doc-map-power")),
        Block::Chart(Chart::Power(chart)),
        Block::Table(table),
        Block::Text(crate::t!("doc-map-opponents")),
        opponents,
    ]
}

/// The five columns, then each placed group with where it is aimed (and,
/// with `--since`, its trail), and the groups not placed yet.
fn spectrum(c: &Coalition, context: &Context<'_>) -> Vec<Block> {
    let since = super::spectrum::moves(c, context);
    let since = since.as_ref().map(|(label, moves)| (*label, moves));
    let chart = super::spectrum::chart(c, since);
    let mut table = Rows::new(&[
        &crate::t!("doc-map-column-group"),
        &crate::t!("doc-map-column-position"),
        &crate::t!("doc-map-column-target"),
    ]);
    if let Some((label, _)) = since {
        table
            .headers
            .push(crate::t!("doc-map-column-since", since = label));
    }
    for (group, at, aim) in &chart.groups {
        let proposed = c.groups[&group.id].spectrum_target.is_none();
        let target = match aim {
            Some(aim) if proposed => crate::t!("doc-map-target-proposed", target = aim.label()),
            Some(aim) => aim.label(),
            None => crate::t!("doc-map-no-move"),
        };
        let mut row = vec![group.name.clone(), at.label(), target];
        if let Some((_, moves)) = since {
            row.push(match moves.way_of(&group.id) {
                Some((_, m)) if m.added => {
                    crate::t!("doc-map-since-added", trail = m.in_words())
                }
                Some((_, m)) if m.then.is_none() => {
                    crate::t!("doc-map-since-placed", trail = m.in_words())
                }
                Some(("back", m)) => crate::t!("doc-map-since-back", trail = m.in_words()),
                Some((_, m)) => m.in_words(),
                None => crate::t!("doc-map-since-stayed"),
            });
        }
        table.push(row);
    }
    let not_placed = super::spectrum::not_placed(c);
    let mut blocks = vec![
        Block::Heading(crate::t!("doc-map-spectrum")),
        Block::Chart(Chart::Spectrum(chart)),
        Block::Table(table),
    ];
    if let Some((label, moves)) = since {
        for note in super::spectrum::since_notes(label, moves, context.since) {
            blocks.push(Block::Text(note));
        }
        let gone: Vec<String> = moves
            .gone
            .iter()
            .map(|g| {
                crate::t!(
                    "doc-map-since-gone-one",
                    group = super::one_line(&g.name),
                    then = g.then.label(),
                    removed = if g.removed { "yes" } else { "no" }
                )
            })
            .collect();
        if !gone.is_empty() {
            blocks.push(Block::Text(crate::t!(
                "doc-map-since-gone",
                since = label,
                groups = gone.join(", ")
            )));
        }
    }
    if !not_placed.is_empty() {
        blocks.push(Block::Text(crate::t!(
            "doc-map-not-placed-yet",
            groups = super::names(c, &not_placed)
        )));
    }
    blocks
}

/// What `coal check` finds, all of it: the map is the organizers' full view.
fn findings(c: &Coalition, context: Context<'_>) -> Vec<Block> {
    // Without the private overlay, rules that judge the whole membership
    // would find what they cannot see.
    let read = if crate::store::private::unread() {
        check::Read::SharedOnly
    } else {
        check::Read::Whole
    };
    let findings = check::run_on(c, context.schema_findings, context.today, read);
    let body = if findings.is_empty() {
        Block::Text(crate::t!("doc-map-no-findings"))
    } else {
        // Where, as `coal check` says it: two findings of one code differ
        // there.
        let mut table = Rows::new(&[
            &crate::t!("doc-map-column-severity"),
            &crate::t!("doc-map-column-code"),
            &crate::t!("doc-map-column-where"),
            &crate::t!("doc-map-column-message"),
        ]);
        for f in &findings {
            table.push(vec![
                f.severity.as_str().into(),
                f.code.into(),
                super::one_line(&f.path),
                f.message.clone(),
            ]);
        }
        Block::Table(table)
    };
    vec![Block::Heading(crate::t!("doc-map-findings")), body]
}
