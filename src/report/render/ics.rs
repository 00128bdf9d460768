//! iCalendar (RFC 5545): one event, with text escaped and lines folded at
//! 75 octets. An event with a start time is timed in floating local time
//! (`DTSTART:20270116T183000`, no `Z`: the time where the assembly is held,
//! whatever the reader's time zone), ending at its end or, without one,
//! `DEFAULT_LENGTH` later; without a start time it lasts the whole day.

use crate::output::push_clean;
use crate::report::Report;

/// How long a timed assembly lasts when no end time is given.
pub const DEFAULT_LENGTH: chrono::TimeDelta = chrono::TimeDelta::hours(2);

pub fn render(report: &Report) -> String {
    let Some(event) = &report.event else {
        return String::new();
    };
    let day = |date: chrono::NaiveDate| date.format("%Y%m%d").to_string();
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//coal//coalition planner//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "BEGIN:VEVENT".into(),
        format!("UID:{}", escape(&event.uid)),
        format!("DTSTAMP:{}T000000Z", day(event.stamp)),
    ];
    match event.start {
        Some(start) => {
            let start = event.date.and_time(start);
            let end = match event.end {
                Some(end) if end > start.time() => event.date.and_time(end),
                _ => start + DEFAULT_LENGTH,
            };
            let local = |at: chrono::NaiveDateTime| at.format("%Y%m%dT%H%M%S").to_string();
            lines.push(format!("DTSTART:{}", local(start)));
            lines.push(format!("DTEND:{}", local(end)));
        }
        None => {
            lines.push(format!("DTSTART;VALUE=DATE:{}", day(event.date)));
            let next = event.date.succ_opt().unwrap_or(event.date);
            lines.push(format!("DTEND;VALUE=DATE:{}", day(next)));
        }
    }
    lines.push(format!("SUMMARY:{}", escape(&event.summary)));
    if let Some(location) = &event.location {
        lines.push(format!("LOCATION:{}", escape(location)));
    }
    lines.push(format!("DESCRIPTION:{}", escape(&event.description)));
    lines.push("END:VEVENT".into());
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|line| fold(line)).collect()
}

/// TEXT values: backslash, semicolon, comma and newline are escaped; the
/// rest is cleaned as for a terminal (`output::push_clean`).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c => push_clean(&mut out, c),
        }
    }
    out
}

/// Folds a content line so that no line is longer than 75 octets, never
/// splitting a UTF-8 character; each line ends with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut length = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if length + size > 75 {
            out.push_str("\r\n ");
            length = 1;
        }
        out.push(c);
        length += size;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
        assert_eq!(escape("a\u{1b}]0;x\u{7}\u{202e}"), "a]0\\;x<U+202E>");
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let line = format!("DESCRIPTION:{}", "é".repeat(60));
        let folded = fold(&line);
        for part in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{} octets: {part}", part.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }
}
