//! The overview: where the coalition stands, in one page, and what to know
//! before the next assembly.

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::check;
use crate::model::{Assembly, Coalition, Participation, Question, Status};
use crate::report::{Audience, Block, Context, Kind, Report};
use crate::steps::{Step, for_file, next_action, open_questions};

/// How many findings of `coal check` the overview shows.
const TOP_FINDINGS: usize = 5;

pub fn build(c: &Coalition, context: Context<'_>) -> Report {
    let info = &c.coalition;
    let mut report = Report::new(Kind::Overview, c, info.name.clone());
    report.block(Block::Text(info.unity_statement.clone()));
    let mut fields = vec![
        (crate::t!("report-overview-kind"), info.kind.word()),
        (
            crate::t!("report-overview-visibility"),
            info.visibility.word(),
        ),
    ];
    if let Some(shared) = c.shared_tactics_label() {
        fields.push((crate::t!("report-overview-tactics"), shared));
    }
    report.block(Block::Fields(fields));

    report.block(Block::Heading(crate::t!("report-overview-first-steps")));
    report.block(Block::Fields(
        Step::ALL
            .iter()
            .map(|s| {
                (
                    format!("{}. {}", s.number(), s.title()),
                    // « en cours » stays whole on a narrow screen.
                    s.progress(c).status.word().replace(' ', "\u{a0}"),
                )
            })
            .collect(),
    ));

    let members: Vec<_> = c
        .groups
        .values()
        .filter(|g| g.status == Status::Member)
        .collect();
    let impacted = members.iter().filter(|g| g.impacted).count();
    let share = if members.is_empty() {
        0.0
    } else {
        impacted as f64 / members.len() as f64
    };
    let by_level: Vec<(String, usize)> = Participation::ALL
        .iter()
        .map(|level| {
            (
                level.as_str().to_string(),
                members.iter().filter(|g| g.participation == *level).count(),
            )
        })
        .collect();
    report.block(Block::Heading(crate::t!("report-overview-members")));
    // In public, only the groups that endorse publicly are counted, and
    // the label says so: the others are not to be guessed from a count.
    let counted = match context.audience {
        Audience::Internal => crate::t!("report-overview-member-groups"),
        Audience::Public => crate::t!("report-overview-endorsing"),
    };
    let mut fields: Vec<(String, String)> = vec![(counted, members.len().to_string())];
    fields.extend(
        Participation::ALL
            .iter()
            .zip(&by_level)
            .map(|(level, (_, n))| (level.word(), n.to_string())),
    );
    fields.push((
        crate::t!("report-overview-impacted"),
        crate::t!(
            "report-overview-impacted-share",
            count = impacted,
            percent = super::percent(share)
        ),
    ));
    report.block(Block::Fields(fields));

    report.field("unity_statement", json!(info.unity_statement));
    report.field("kind", json!(info.kind));
    report.field(
        "steps",
        json!(Step::ALL.iter().map(|s| json!({"step": s.key(), "number": s.number(), "status": s.progress(c).status})).collect::<Vec<_>>()),
    );
    report.field("members", json!(members.len()));
    let by_level: serde_json::Map<String, serde_json::Value> = by_level
        .into_iter()
        .map(|(level, n)| (level, json!(n)))
        .collect();
    report.field("members_by_participation", json!(by_level));
    report.field("impacted_share", json!(share));

    next_assembly(c, &context, &mut report);
    if context.audience == Audience::Internal {
        not_heard_from(c, &context, &mut report);
        reviews_due(c, context.today, &mut report);
    }
    questions_open(c, context.audience, &mut report);

    // Findings name groups and internal matters: they stay inside.
    if context.audience == Audience::Internal {
        // Without the private overlay, rules that judge the whole membership
        // would find what they cannot see.
        let read = if crate::store::private::unread() {
            check::Read::SharedOnly
        } else {
            check::Read::Whole
        };
        let findings = check::run_on(c, context.schema_findings, context.today, read);
        report.block(Block::Heading(crate::t!("report-overview-findings")));
        report.block(if findings.is_empty() {
            Block::Text(crate::t!("report-overview-no-findings"))
        } else {
            Block::List(
                findings
                    .iter()
                    .take(TOP_FINDINGS)
                    .map(|f| format!("{} [{}] {}", f.severity.as_str(), f.code, f.message))
                    .collect(),
            )
        });
        report.field(
            "findings",
            json!(findings.iter().take(TOP_FINDINGS).collect::<Vec<_>>()),
        );
        let mut next = next_action(c, context.today);
        next.command = for_file(&next.command, context.file);
        report.block(Block::Fields(vec![
            (crate::t!("report-next"), next.what.clone()),
            (crate::t!("report-overview-command"), next.command.clone()),
        ]));
        report.field("next", json!({"what": next.what, "command": next.command}));
    }
    report
}

/// "in 3 days", "tomorrow", "today".
fn days_to_go(days: i64) -> String {
    match days {
        0 => crate::t!("report-overview-today"),
        1 => crate::t!("report-overview-tomorrow"),
        n => crate::t!("report-overview-in-days", count = n),
    }
}

/// The invited groups of an assembly that answered the invitation (or
/// came), and those with no answer yet. Being a member or giving feedback
/// is no answer to this invitation: only `answered` and `attended` say so.
fn invitees(assembly: &Assembly) -> (Vec<String>, Vec<String>) {
    assembly
        .invited
        .iter()
        .cloned()
        .partition(|id| assembly.answered.contains(id) || assembly.attended.contains(id))
}

/// When and where the next assembly is, how far off; inside, who is
/// invited and who of them has answered. In public: its date and place
/// only.
fn next_assembly(c: &Coalition, context: &Context<'_>, report: &mut Report) {
    let internal = context.audience == Audience::Internal;
    let Some(assembly) = c.next_assembly(context.today) else {
        if internal {
            report.block(Block::Heading(crate::t!("report-overview-next-assembly")));
            report.block(Block::Text(crate::t!("report-overview-no-assembly")));
        }
        report.field("next_assembly", Value::Null);
        return;
    };
    let days = (assembly.date - context.today).num_days();
    let mut fields = vec![
        (
            crate::t!("report-overview-when"),
            crate::t!(
                "report-overview-when-value",
                day = crate::i18n::day(assembly.date),
                to_go = days_to_go(days)
            ),
        ),
        (
            crate::t!("report-overview-where"),
            assembly
                .place
                .clone()
                .unwrap_or_else(|| crate::t!("report-overview-place-not-chosen")),
        ),
    ];
    let mut data = json!({
        "date": assembly.date,
        "place": assembly.place,
        "days_to_go": days,
    });
    if internal {
        // Who has no answer yet comes with who is not heard from.
        let (answered, _) = invitees(&assembly);
        fields.push((
            crate::t!("report-overview-invited"),
            names_or(
                c,
                &assembly.invited,
                &crate::t!("report-overview-nobody-yet"),
            ),
        ));
        fields.push((
            crate::t!("report-overview-answered"),
            names_or(c, &answered, &crate::t!("report-none-yet")),
        ));
        data["invited"] = json!(assembly.invited);
        data["answered"] = json!(answered);
    }
    report.block(Block::Heading(crate::t!("report-overview-next-assembly")));
    report.block(Block::Fields(fields));
    report.field("next_assembly", data);
}

fn names_or(c: &Coalition, ids: &[String], none: &str) -> String {
    if ids.is_empty() {
        none.into()
    } else {
        // One name per line: a name may hold a comma of its own.
        super::name_lines(c, ids)
    }
}

/// Member groups that have never given feedback, and invited groups of the
/// next assembly not heard from.
fn not_heard_from(c: &Coalition, context: &Context<'_>, report: &mut Report) {
    let latest = c.latest_feedback();
    let members: Vec<String> = c
        .groups
        .iter()
        .filter(|(id, g)| g.status == Status::Member && !latest.contains_key(id.as_str()))
        .map(|(id, _)| id.clone())
        .collect();
    let invited = c
        .next_assembly(context.today)
        .map(|assembly| invitees(&assembly).1)
        .unwrap_or_default();
    // Two plain lists, "none" when empty: a coalition with no members yet
    // has not heard from everyone.
    let none = crate::t!("report-none");
    report.block(Block::Heading(crate::t!("report-overview-not-heard")));
    report.block(Block::Fields(vec![
        (
            crate::t!("report-overview-no-feedback"),
            names_or(c, &members, &none),
        ),
        (
            crate::t!("report-overview-no-answer"),
            names_or(c, &invited, &none),
        ),
    ]));
    report.field(
        "not_heard_from",
        json!({"members": members, "invited": invited}),
    );
}

/// Decisions whose review date has passed, numbered as `coal list
/// decisions` numbers them.
fn reviews_due(c: &Coalition, today: NaiveDate, report: &mut Report) {
    let due: Vec<(usize, &crate::model::Decision)> = (1..)
        .zip(&c.decisions)
        .filter(|(_, d)| d.review_due(today))
        .collect();
    report.block(Block::Heading(crate::t!("report-overview-reviews")));
    report.block(if due.is_empty() {
        Block::Text(crate::t!("report-overview-none"))
    } else {
        Block::List(
            due.iter()
                .map(|(number, d)| {
                    crate::t!(
                        "report-overview-review",
                        number = number.to_string(),
                        summary = d.summary.as_str(),
                        taken = super::prose_date(d.date),
                        review = super::opt(d.review_on.map(super::prose_date))
                    )
                })
                .collect(),
        )
    });
    report.field(
        "review_due",
        json!(due.iter().map(|(number, d)| json!({"number": number, "date": d.date, "summary": d.summary, "review_on": d.review_on})).collect::<Vec<_>>()),
    );
}

/// Questions from the presentation not answered yet. In public, only
/// those asked by groups that may be named or by no one named, without
/// their numbers.
fn questions_open(c: &Coalition, audience: Audience, report: &mut Report) {
    let internal = audience == Audience::Internal;
    let asker = |q: &Question| super::asker(c, q);
    let open: Vec<(usize, &Question)> = open_questions(c)
        .into_iter()
        .filter(|(_, q)| super::question_shown(c, q, audience))
        .collect();
    if internal || !open.is_empty() {
        report.block(Block::Heading(crate::t!("report-overview-questions")));
        report.block(if open.is_empty() {
            Block::Text(crate::t!("report-overview-none"))
        } else {
            Block::List(
                open.iter()
                    .map(|(number, q)| {
                        let question = if internal {
                            crate::t!(
                                "report-overview-question",
                                number = number.to_string(),
                                question = q.question.as_str()
                            )
                        } else {
                            q.question.clone()
                        };
                        match asker(q) {
                            Some(name) => crate::t!(
                                "report-overview-asked-by",
                                question = question,
                                name = name
                            ),
                            None => question,
                        }
                    })
                    .collect(),
            )
        });
    }
    report.field(
        "open_questions",
        json!(
            open.iter()
                .map(|(number, q)| {
                    let mut entry = json!({"question": q.question, "asked_by_name": asker(q)});
                    if internal {
                        entry["number"] = json!(number);
                        entry["asked_by"] = json!(q.asked_by);
                    }
                    entry
                })
                .collect::<Vec<_>>()
        ),
    );
}
