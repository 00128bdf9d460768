//! The dates of a group's membership, kept in step with its status: a group
//! that becomes a member gets `joined`, one that leaves gets `left`.

use chrono::NaiveDate;

use super::vocab::Status;

/// A group's status and membership dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Membership {
    pub status: Status,
    pub joined: Option<NaiveDate>,
    pub left: Option<NaiveDate>,
}

/// What an edit asks for: a status, and dates given by hand (backfilled or
/// corrected).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Change {
    pub status: Option<Status>,
    pub joined: Option<NaiveDate>,
    pub left: Option<NaiveDate>,
}

/// How the person gave the status and the dates, for the reasons to name
/// what they typed: the command line's flags, or a sheet's columns (their
/// headers; `status` is how to refer to the status column, which a sheet
/// may not have).
#[derive(Debug, Clone, Copy)]
pub enum Given<'a> {
    Flags,
    Columns {
        joined: &'a str,
        left: &'a str,
        status: &'a str,
    },
}

impl Given<'_> {
    /// "`--joined`", "column `Adhésion`"
    fn field(&self, joined: bool) -> String {
        match (self, joined) {
            (Given::Flags, true) => "`--joined`".into(),
            (Given::Flags, false) => "`--left`".into(),
            (Given::Columns { joined, .. }, true) => format!("column `{joined}`"),
            (Given::Columns { left, .. }, false) => format!("column `{left}`"),
        }
    }

    /// "`--joined 2026-11-26`", "column `Adhésion` (2026-11-26)"
    fn date(&self, joined: bool, date: NaiveDate) -> String {
        match self {
            Given::Flags => format!("`{} {date}`", self.field(joined).trim_matches('`')),
            Given::Columns { .. } => format!("{} ({date})", self.field(joined)),
        }
    }

    /// "add `--status member`", "put `member` in column `Statut`"
    fn set_status(&self, status: Status) -> String {
        match self {
            Given::Flags => format!("add `--status {status}`"),
            Given::Columns { status: column, .. } => format!("put `{status}` in {column}"),
        }
    }
}

/// The membership after `change`. Becoming a member sets `joined` to today
/// unless a date is given or the group has one already (a member set to
/// member again keeps it); coming back after leaving starts a new
/// membership, so `joined` is today and `left` goes. Leaving sets `left`.
/// Refused: a date after today, a date for a group it does not apply to,
/// and leaving before joining.
pub fn after(was: Membership, change: Change, today: NaiveDate) -> Result<Membership, String> {
    after_given(was, change, today, Given::Flags)
}

/// `after`, its reasons naming what was `given`.
pub fn after_given(
    was: Membership,
    change: Change,
    today: NaiveDate,
    given: Given,
) -> Result<Membership, String> {
    for (joined, date) in [(true, change.joined), (false, change.left)] {
        if let Some(date) = date.filter(|date| *date > today) {
            return Err(format!(
                "{} is after today ({today}): record a date that has passed",
                given.date(joined, date)
            ));
        }
    }
    let status = change.status.unwrap_or(was.status);
    if change.joined.is_some() && !matches!(status, Status::Member | Status::Left) {
        return Err(format!(
            "{} is for a member or a group that has left, and its status is {status}: {}",
            given.field(true),
            given.set_status(Status::Member)
        ));
    }
    if change.left.is_some() && status != Status::Left {
        return Err(format!(
            "{} is for a group that has left, and its status is {status}: {}",
            given.field(false),
            given.set_status(Status::Left)
        ));
    }
    let mut after = Membership { status, ..was };
    if status == Status::Member && was.status != Status::Member {
        let rejoins = was.left.is_some();
        if was.joined.is_none() || rejoins {
            after.joined = Some(today);
        }
        after.left = None;
    }
    if status == Status::Left && was.status != Status::Left {
        after.left = Some(today);
    }
    after.joined = change.joined.or(after.joined);
    after.left = change.left.or(after.left);
    if let (Some(joined), Some(left)) = (after.joined, after.left)
        && left < joined
    {
        return Err(format!(
            "the group would have left ({left}) before it joined ({joined}): give {} or {} the dates it happened",
            given.field(true),
            given.field(false)
        ));
    }
    Ok(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    const TODAY: &str = "2026-11-25";

    fn change(status: Option<Status>) -> Change {
        Change {
            status,
            ..Change::default()
        }
    }

    #[test]
    fn becoming_a_member_sets_joined_once() {
        let today = day(TODAY);
        let joined = after(Membership::default(), change(Some(Status::Member)), today).unwrap();
        assert_eq!(joined.joined, Some(today));
        let member = Membership {
            status: Status::Member,
            joined: Some(day("2026-01-01")),
            left: None,
        };
        let again = after(member, change(Some(Status::Member)), today).unwrap();
        assert_eq!(again.joined, Some(day("2026-01-01")));
    }

    #[test]
    fn leaving_sets_left_and_coming_back_starts_over() {
        let today = day(TODAY);
        let member = Membership {
            status: Status::Member,
            joined: Some(day("2026-01-01")),
            left: None,
        };
        let gone = after(member, change(Some(Status::Left)), today).unwrap();
        assert_eq!(gone.left, Some(today));
        assert_eq!(gone.joined, Some(day("2026-01-01")));
        let back = after(gone, change(Some(Status::Member)), today).unwrap();
        assert_eq!((back.joined, back.left), (Some(today), None));
    }

    #[test]
    fn given_dates_win_and_must_have_passed() {
        let today = day(TODAY);
        let backfilled = Change {
            status: Some(Status::Member),
            joined: Some(day("2025-03-01")),
            left: None,
        };
        let member = after(Membership::default(), backfilled, today).unwrap();
        assert_eq!(member.joined, Some(day("2025-03-01")));
        let future = Change {
            joined: Some(day("2026-11-26")),
            ..backfilled
        };
        assert!(
            after(Membership::default(), future, today)
                .unwrap_err()
                .contains("after today")
        );
    }

    #[test]
    fn dates_must_fit_the_status_and_each_other() {
        let today = day(TODAY);
        let left = Change {
            left: Some(day("2026-01-01")),
            ..Change::default()
        };
        assert!(
            after(Membership::default(), left, today)
                .unwrap_err()
                .contains("add `--status left`")
        );
        let member = Membership {
            status: Status::Member,
            joined: Some(day("2026-06-01")),
            left: None,
        };
        let early = Change {
            status: Some(Status::Left),
            ..left
        };
        assert!(
            after(member, early, today)
                .unwrap_err()
                .contains("before it joined")
        );
    }
}
