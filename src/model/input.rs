//! Values typed by a person, on the command line or at a prompt: one parser
//! each, shared by clap and the prompts.

use chrono::NaiveDate;

use super::vocab::ResourceType;

/// A score from 1 to 5 (power, interest, unpredictability, intensity).
pub fn score(text: &str) -> Result<u8, String> {
    match text.trim().parse::<i64>() {
        Ok(n @ 1..=5) => Ok(n as u8),
        Ok(n) => Err(crate::t!("input-score-range", number = n.to_string())),
        Err(_) => Err(crate::t!("input-score-not-a-number", text = text)),
    }
}

/// A count of people (a group's organized numbers): a whole number, 0 or
/// more, and no larger than a TOML file can hold (an integer of 64 bits
/// with its sign), so that the file says the number given.
pub fn count(text: &str) -> Result<u64, String> {
    let digits = text.trim().trim_start_matches('+');
    match digits.parse::<i64>() {
        Ok(n) if n >= 0 => Ok(n.unsigned_abs()),
        Err(_) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            Err(crate::t!(
                "input-count-too-large",
                max = i64::MAX.to_string(),
                text = text
            ))
        }
        _ => Err(crate::t!("input-count-not-a-number", text = text)),
    }
}

/// Text that shows something: trimmed, and refused when nothing in it
/// would be visible.
pub fn non_empty(text: &str) -> Result<String, String> {
    if blank(text) {
        Err(blank_problem(text))
    } else {
        Ok(text.trim().to_string())
    }
}

/// Unicode's Default_Ignorable_Code_Point: characters a renderer draws as
/// nothing, though they may reorder (bidi controls) or hide (zero-width,
/// fillers, tags) the text around them; and the interlinear annotation
/// marks, which hide the text between them where they are supported.
pub fn invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

/// Whether a value shows nothing at all: only whitespace, blank patterns
/// (U+2800, the empty braille cell) and invisible characters (a name nobody
/// could read or tell apart).
pub fn blank(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || c.is_control() || c == '\u{2800}' || invisible(c))
}

/// What is wrong with a `blank` text, worded for its case.
pub fn blank_problem(text: &str) -> String {
    if text.trim().is_empty() {
        crate::t!("input-empty")
    } else {
        crate::t!("input-invisible")
    }
}

/// `TYPE=DETAIL`, e.g. `space="church basement"`. The detail must show
/// something: a type on its own says too little to match a need with.
pub fn resource(text: &str) -> Result<(ResourceType, String), String> {
    let (kind, detail) = text.split_once('=').ok_or_else(|| {
        crate::t!(
            "input-resource-form",
            types = ResourceType::words().join(", ")
        )
    })?;
    let kind: ResourceType = kind.trim().parse()?;
    if blank(detail) {
        return Err(crate::t!(
            "input-resource-blank-detail",
            kind = kind.as_str(),
            problem = blank_problem(detail)
        ));
    }
    Ok((kind, detail.trim().to_string()))
}

/// `TYPE` (the whole type) or `TYPE=DETAIL` (one detail), for removal.
pub fn resource_removal(text: &str) -> Result<(ResourceType, Option<String>), String> {
    if text.contains('=') {
        resource(text).map(|(kind, detail)| (kind, Some(detail)))
    } else {
        Ok((text.trim().parse()?, None))
    }
}

/// An agreement given as `yes` or `no` (or `true` / `false`, as the file writes it).
pub fn yes_no(text: &str) -> Result<bool, String> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "true" => Ok(true),
        "no" | "false" => Ok(false),
        _ => Err(crate::t!("input-yes-no", text = text)),
    }
}

/// How often to hear from every member group, in days, in the schema's range.
pub fn feedback_every_days(text: &str) -> Result<i64, String> {
    let field = super::schema::AGREEMENTS
        .iter()
        .find(|field| field.key == "feedback_every_days")
        .expect("the schema has feedback_every_days");
    let super::schema::Ty::Int { min, max } = field.ty else {
        unreachable!("feedback_every_days is a number of days")
    };
    match text.trim().parse::<i64>() {
        Ok(days) if (min..=max).contains(&days) => Ok(days),
        _ => Err(crate::t!(
            "input-days-range",
            min = min.to_string(),
            max = max.to_string(),
            text = text
        )),
    }
}

/// A date written like 2026-11-25. Its error shows `today` as the example:
/// a date the organizer recognizes, in the form coal reads.
pub fn date(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| crate::t!("input-date-form", example = today.to_string(), text = text))
}

/// A date that records what has happened: today or earlier.
pub fn not_after(date: NaiveDate, today: NaiveDate) -> Result<NaiveDate, String> {
    if date > today {
        Err(crate::t!(
            "input-date-after-today",
            date = date.to_string(),
            today = today.to_string()
        ))
    } else {
        Ok(date)
    }
}

/// A time of day written like 18:30 (or 9:30), as the file spells it:
/// two digits, a colon, two digits.
pub fn time(text: &str) -> Result<String, String> {
    chrono::NaiveTime::parse_from_str(text.trim(), "%H:%M")
        .map(|time| time.format("%H:%M").to_string())
        .map_err(|_| crate::t!("input-time-form", text = text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreements_are_yes_or_no_and_days_in_the_schema_range() {
        assert_eq!(yes_no("yes"), Ok(true));
        assert_eq!(yes_no("False"), Ok(false));
        assert_eq!(
            yes_no("maybe"),
            Err("must be yes or no, got `maybe`".into())
        );
        assert_eq!(feedback_every_days("30"), Ok(30));
        assert_eq!(feedback_every_days("3650"), Ok(3650));
        for wrong in ["0", "3651", "soon"] {
            assert_eq!(
                feedback_every_days(wrong),
                Err(format!(
                    "must be a whole number of days from 1 to 3650, got `{wrong}`"
                ))
            );
        }
    }

    #[test]
    fn scores_are_one_to_five() {
        assert_eq!(score("3"), Ok(3));
        assert_eq!(score("7"), Err("must be 1 to 5, got 7".into()));
        assert!(score("high").unwrap_err().contains("whole number"));
    }

    #[test]
    fn blank_names_are_those_nobody_can_read() {
        assert!(blank(" \u{200b}\u{202e}\u{3000}\u{3164}\u{feff}"));
        assert!(!blank(" a\u{200b}"));
    }

    #[test]
    fn names_must_show_something() {
        assert_eq!(non_empty("  Tenants "), Ok("Tenants".into()));
        assert!(non_empty("\u{200b}\u{202e}").is_err());
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn dates_are_year_month_day_and_the_example_is_today() {
        let today = day("2027-03-04");
        assert_eq!(date("2026-11-25", today), Ok(day("2026-11-25")));
        assert_eq!(
            date("25/11/2026", today),
            Err("must be a date written like 2027-03-04, got `25/11/2026`".into())
        );
        assert!(date("2026-02-30", today).is_err());
    }

    #[test]
    fn what_happened_is_dated_today_or_earlier() {
        let today = day("2026-11-25");
        assert_eq!(not_after(today, today), Ok(today));
        assert_eq!(
            not_after(day("2026-11-26"), today),
            Err("2026-11-26 is after today (2026-11-25)".into())
        );
    }

    #[test]
    fn resources_are_type_equals_detail() {
        assert_eq!(
            resource("space=church basement"),
            Ok((ResourceType::Space, "church basement".into()))
        );
        assert!(
            resource("cash=5")
                .unwrap_err()
                .contains("valid resource types")
        );
        assert!(resource("money").unwrap_err().contains("TYPE=DETAIL"));
        assert_eq!(
            resource("expertise= "),
            Err(
                "the detail after `expertise=` must not be empty: say what is offered or needed"
                    .into()
            )
        );
    }

    #[test]
    fn a_removal_names_a_type_or_one_detail() {
        assert_eq!(resource_removal("money"), Ok((ResourceType::Money, None)));
        assert_eq!(
            resource_removal("money=bus"),
            Ok((ResourceType::Money, Some("bus".into())))
        );
        assert!(resource_removal("cash").is_err());
        assert!(resource_removal("money=").is_err());
    }

    #[test]
    fn times_are_hours_and_minutes() {
        assert_eq!(time("18:30"), Ok("18:30".into()));
        assert_eq!(time(" 9:05 "), Ok("09:05".into()));
        assert!(time("24:00").is_err());
        assert!(time("18h30").is_err());
        assert!(time("18:30:00").is_err());
    }
}
