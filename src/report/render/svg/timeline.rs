//! The four first steps on a line of time: a row per step, its number,
//! title and status in words above a bar from when it started to when it
//! finished (or to today while in progress) on the date axis, with
//! the assemblies and today as vertical lines. Status is told by the words
//! and the bar's pattern (filled when done, dashed while in progress, none
//! before it starts), never by colour alone.

use chrono::{Datelike, Months, NaiveDate};
use maud::{Markup, html};

use super::flows::shorten;
use super::{FAINT, INK};
use crate::report::chart::{Timeline, TimelineStep};

const WIDTH: u32 = 520;
/// Where the date axis starts and ends: the whole width, the titles
/// being above the bars, so that the chart stays narrow enough for a phone.
const AXIS_START: f64 = 20.0;
const AXIS_END: f64 = 500.0;
/// Room above the rows for the assemblies' labels.
const TOP: f64 = 46.0;
const ROW: f64 = 46.0;
/// Titles longer than this are shortened (the full title is in the row's
/// `<title>` and in the table under the chart).
const TITLE: usize = 58;
/// Days of margin on each side of the dates drawn.
const MARGIN: i64 = 7;
/// At most this many month ticks on the axis.
const TICKS: u32 = 7;

/// The dates the axis spans, and how it places a date.
struct Axis {
    first: NaiveDate,
    days: i64,
}

impl Axis {
    /// Every date the chart draws fits, today included, with a margin.
    fn of(chart: &Timeline) -> Axis {
        let dates = chart
            .steps
            .iter()
            .flat_map(|step| [step.started, step.finished])
            .flatten()
            .chain(chart.events.iter().map(|(date, _)| *date))
            .chain([chart.today]);
        let (first, last) = dates.fold((chart.today, chart.today), |(first, last), date| {
            (first.min(date), last.max(date))
        });
        let first = first - chrono::Duration::days(MARGIN);
        let days = (last - first).num_days() + MARGIN;
        Axis { first, days }
    }

    fn x(&self, date: NaiveDate) -> f64 {
        let share = (date - self.first).num_days() as f64 / self.days as f64;
        round(AXIS_START + share * (AXIS_END - AXIS_START))
    }

    /// The first days of months on the axis, spaced so that at most
    /// [`TICKS`] are labelled.
    fn ticks(&self) -> Vec<NaiveDate> {
        let last = self.first + chrono::Duration::days(self.days);
        let months =
            (last.year() - self.first.year()) as u32 * 12 + last.month() - self.first.month();
        let step = months.div_ceil(TICKS).max(1);
        let start = self.first.with_day(1).unwrap_or(self.first);
        (1..=months)
            .step_by(step as usize)
            .filter_map(|n| start.checked_add_months(Months::new(n)))
            .filter(|date| *date <= last)
            .collect()
    }
}

/// One decimal at most, so that the file is the same on every machine.
fn round(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The chart's width, height and marks.
pub fn draw(chart: &Timeline) -> (u32, u32, Markup) {
    let axis = Axis::of(chart);
    let axis_y = TOP + ROW * chart.steps.len() as f64 + 6.0;
    let today = axis.x(chart.today);
    let body = html! {
        @for (i, (date, label)) in chart.events.iter().enumerate() {
            (event(*date, label, axis.x(*date), axis_y, i))
        }
        g {
            title { (crate::t!("doc-svg-timeline-today-title", date = prose(chart.today))) }
            line x1=(today) y1=(TOP - 6.0) x2=(today) y2=(axis_y) stroke=(INK) stroke-width="2" {}
            text x=(today) y=(axis_y + 34.0) text-anchor=(anchor(today)) font-size="12" font-weight="bold" {
                (crate::t!("doc-svg-timeline-today", date = chart.today.to_string()))
            }
        }
        line x1=(AXIS_START) y1=(axis_y) x2=(AXIS_END) y2=(axis_y) stroke=(INK) {}
        @for tick in axis.ticks() {
            @let x = axis.x(tick);
            line x1=(x) y1=(axis_y) x2=(x) y2=(axis_y + 5.0) stroke=(INK) {}
            text x=(x) y=(axis_y + 18.0) text-anchor="middle" font-size="11" { (tick.format("%Y-%m")) }
        }
        // The rows last, their text haloed in white over the lines it crosses.
        @for (i, step) in chart.steps.iter().enumerate() {
            (row(step, &axis, TOP + ROW * i as f64, chart.today))
        }
        (legend(axis_y + 56.0))
    };
    (WIDTH, (axis_y + 72.0) as u32, body)
}

/// A step: its number and title, its status in words, and its bar.
fn row(step: &TimelineStep, axis: &Axis, top: f64, today: NaiveDate) -> Markup {
    html! {
        g {
            title { (told(step)) }
            text x="10" y=(top + 14.0) font-size="12" stroke="#ffffff" stroke-width="4" paint-order="stroke" {
                (step.number) ". " (shorten(&step.title, TITLE)) " — "
                tspan font-style="italic" font-weight="bold" { (step.status) }
            }
            line x1=(AXIS_START) y1=(top + 42.0) x2=(AXIS_END) y2=(top + 42.0) stroke=(FAINT) stroke-width="0.5" {}
            (bar(step, axis, top + 20.0, today))
        }
    }
}

/// A date in the words of a title: ISO in English as before, « 15
/// septembre 2026 » in French prose.
fn prose(date: NaiveDate) -> String {
    if crate::i18n::current() == crate::i18n::Lang::Fr {
        crate::i18n::date(date)
    } else {
        date.to_string()
    }
}

/// `1. Title: done, from 2026-09-15, to 2026-10-10`, as far as the dates
/// are recorded.
fn told(step: &TimelineStep) -> String {
    let number = step.number.to_string();
    let (number, title, status) = (number.as_str(), step.title.as_str(), step.status.as_str());
    match (step.started, step.finished) {
        (Some(started), Some(finished)) => crate::t!(
            "doc-svg-timeline-step-from-to",
            number = number,
            title = title,
            status = status,
            started = prose(started),
            finished = prose(finished)
        ),
        (Some(started), None) => crate::t!(
            "doc-svg-timeline-step-from",
            number = number,
            title = title,
            status = status,
            started = prose(started)
        ),
        (None, Some(finished)) => crate::t!(
            "doc-svg-timeline-step-to",
            number = number,
            title = title,
            status = status,
            finished = prose(finished)
        ),
        (None, None) => crate::t!(
            "doc-svg-timeline-step",
            number = number,
            title = title,
            status = status
        ),
    }
}

/// The step's bar: from its start to its end, or to today while in
/// progress; a dot when only one date is known; nothing without a date.
fn bar(step: &TimelineStep, axis: &Axis, y: f64, today: NaiveDate) -> Markup {
    let in_progress = step.finished.is_none() && step.in_progress;
    let end = step.finished.or(in_progress.then_some(today));
    let (start, end) = match (step.started, end) {
        (Some(start), Some(end)) => (start, end.max(start)),
        (Some(date), None) | (None, Some(date)) => (date, date),
        (None, None) => return html! {},
    };
    let (x, width) = (axis.x(start), round((axis.x(end) - axis.x(start)).max(6.0)));
    html! {
        @if in_progress {
            rect x=(x) y=(y) width=(width) height="16" fill="#ffffff" stroke=(INK)
                stroke-width="1.5" stroke-dasharray="5 3" {}
        } @else {
            rect x=(x) y=(y) width=(width) height="16" fill=(FAINT) stroke=(INK) {}
        }
    }
}

/// An assembly: a dotted line across the rows and its date above them,
/// labels staggered on two lines so that close dates stay readable.
fn event(date: NaiveDate, label: &str, x: f64, axis_y: f64, i: usize) -> Markup {
    let label_y = if i.is_multiple_of(2) { 14.0 } else { 30.0 };
    html! {
        g {
            title { (label) ", " (date) }
            line x1=(x) y1=(label_y + 4.0) x2=(x) y2=(axis_y) stroke=(INK) stroke-dasharray="2 3" {}
            text x=(x) y=(label_y) text-anchor=(anchor(x)) font-size="12" { (label) " " (date) }
        }
    }
}

/// Labels near the ends of the axis stay inside the picture.
fn anchor(x: f64) -> &'static str {
    if x < AXIS_START + 70.0 {
        "start"
    } else if x > AXIS_END - 70.0 {
        "end"
    } else {
        "middle"
    }
}

/// What the bars and lines mean.
fn legend(y: f64) -> Markup {
    html! {
        rect x="10" y=(y - 10.0) width="24" height="12" fill=(FAINT) stroke=(INK) {}
        text x="40" y=(y) font-size="12" { (crate::t!("doc-svg-timeline-legend-done")) }
        rect x="90" y=(y - 10.0) width="24" height="12" fill="#ffffff" stroke=(INK) stroke-dasharray="5 3" {}
        text x="120" y=(y) font-size="12" { (crate::t!("doc-svg-timeline-legend-in-progress")) }
        line x1="270" y1=(y - 4.0) x2="300" y2=(y - 4.0) stroke=(INK) stroke-dasharray="2 3" {}
        text x="306" y=(y) font-size="12" { (crate::t!("doc-svg-timeline-legend-assembly")) }
        line x1="380" y1=(y - 4.0) x2="410" y2=(y - 4.0) stroke=(INK) stroke-width="2" {}
        text x="416" y=(y) font-size="12" { (crate::t!("doc-svg-timeline-legend-today")) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn step(
        number: u8,
        status: &str,
        started: Option<&str>,
        finished: Option<&str>,
    ) -> TimelineStep {
        TimelineStep {
            number,
            title: format!("step {number}"),
            status: status.into(),
            in_progress: status == "in progress",
            started: started.map(date),
            finished: finished.map(date),
        }
    }

    fn timeline(steps: Vec<TimelineStep>, events: &[&str], today: &str) -> Timeline {
        Timeline {
            title: "t".into(),
            description: "d".into(),
            steps,
            events: events
                .iter()
                .map(|d| (date(d), "assembly".into()))
                .collect(),
            today: date(today),
        }
    }

    #[test]
    fn the_axis_holds_every_date_and_today_inside_its_ends() {
        let chart = timeline(
            vec![step(1, "done", Some("2026-09-15"), Some("2026-10-10"))],
            &["2027-01-16"],
            "2026-11-25",
        );
        let axis = Axis::of(&chart);
        for d in ["2026-09-15", "2026-10-10", "2027-01-16", "2026-11-25"] {
            let x = axis.x(date(d));
            assert!(x > AXIS_START && x < AXIS_END, "{d} at {x}");
        }
        assert!(axis.x(date("2026-09-15")) < axis.x(date("2026-10-10")));
    }

    #[test]
    fn ticks_are_first_days_of_months_and_few_even_over_years() {
        let chart = timeline(vec![], &["2020-01-16", "2030-06-01"], "2026-11-25");
        let ticks = Axis::of(&chart).ticks();
        assert!(
            !ticks.is_empty() && ticks.len() <= TICKS as usize,
            "{ticks:?}"
        );
        assert!(ticks.iter().all(|t| t.day() == 1));
    }

    #[test]
    fn a_step_without_dates_has_no_bar_and_one_in_progress_runs_to_today() {
        let chart = timeline(vec![], &[], "2026-11-25");
        let axis = Axis::of(&chart);
        let today = date("2026-11-25");
        assert_eq!(
            bar(&step(4, "not started", None, None), &axis, 0.0, today).into_string(),
            ""
        );
        let doing = bar(
            &step(3, "in progress", Some("2026-11-20"), None),
            &axis,
            0.0,
            today,
        );
        assert!(doing.into_string().contains("stroke-dasharray=\"5 3\""));
    }

    #[test]
    fn coordinates_have_one_decimal_at_most() {
        assert_eq!(round(1.0 / 3.0), 0.3);
        assert_eq!(round(230.04), 230.0);
    }
}
