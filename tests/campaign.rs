//! A campaign's first three months, played by command only: first contact,
//! a draft, a first assembly, questions answered, a second assembly, a
//! committee reshuffle, a decision reviewed, a group leaving and a boundary
//! lifted. Each command runs on its own day (`COAL_TODAY`), as it would
//! have. At the end the coalition checks clean with `--deny-warnings`, the
//! file is formatted, and it says what happened.

mod common;

use common::*;

/// Runs `args` as an organizer would on `day`, and expects success.
fn on(work: &Workdir, day: &str, args: &[&str]) -> Run {
    Run::from(
        work.command()
            .env("COAL_TODAY", day)
            .args(args)
            .output()
            .unwrap(),
    )
    .ok()
}

/// Runs `args` on `day`, expects a refusal, and checks nothing was written.
fn refused_on(work: &Workdir, day: &str, args: &[&str]) -> Run {
    let before = work.read();
    let run = Run::from(
        work.command()
            .env("COAL_TODAY", day)
            .args(args)
            .output()
            .unwrap(),
    )
    .code(2);
    assert_eq!(
        work.read(),
        before,
        "a refused command changed the file: {args:?}"
    );
    run
}

#[test]
fn three_months_of_a_campaign_by_command_only() {
    let work = Workdir::new();

    // September: first contact with affinity groups, the most affected first.
    let day = "2026-09-01";
    on(
        &work,
        day,
        &[
            "init",
            "--name",
            "Front commun de l'Est",
            "--unity",
            "Des logements dignes dans l'Est, sans expulsions.",
        ],
    );
    on(&work, day, &["add-tactic", "Petition", "--intensity", "1"]);
    on(&work, day, &["add-tactic", "Vigil", "--intensity", "2"]);
    on(
        &work,
        day,
        &["add-tactic", "Occupation", "--intensity", "4"],
    );
    on(
        &work,
        day,
        &[
            "add-group",
            "Comité logement Est",
            "--id",
            "comite",
            "--impacted",
            "--power",
            "3",
            "--interest",
            "5",
            "--role",
            "citizen",
            "--role",
            "rebel",
            "--tactic",
            "petition",
            "--tactic",
            "occupation",
            "--need",
            "money=bus rental",
            "--need",
            "money=legal defence",
        ],
    );
    on(
        &work,
        day,
        &[
            "add-group",
            "Syndicat des enseignantes",
            "--id",
            "syndicat",
            "--power",
            "5",
            "--interest",
            "3",
            "--role",
            "reformer",
            "--tactic",
            "petition",
            "--offer",
            "money=bus rental",
            "--offer",
            "space=union hall",
        ],
    );
    on(
        &work,
        day,
        &[
            "add-group",
            "Paroisse Saint-Esprit",
            "--id",
            "paroisse",
            "--power",
            "2",
            "--interest",
            "4",
            "--role",
            "change_agent",
            "--tactic",
            "vigil",
            "--offer",
            "space=church basement",
        ],
    );
    on(
        &work,
        day,
        &[
            "add-group",
            "Locataires solidaires",
            "--id",
            "locataires",
            "--impacted",
            "--power",
            "2",
            "--interest",
            "5",
            "--tactic",
            "occupation",
        ],
    );
    on(
        &work,
        day,
        &[
            "add-group",
            "Promoteur Immo-Est",
            "--id",
            "promoteur",
            "--status",
            "watch",
            "--spectrum",
            "active_opposition",
            "--intentions",
            "Buy the lots on rue Ontario",
        ],
    );
    refused_on(&work, day, &["add-group", "Comite logement Est"])
        .stderr_has("there is already a group `comite` (Comité logement Est)")
        .stderr_has("update-group");
    on(
        &work,
        day,
        &[
            "add-boundary",
            "paroisse",
            "--against-tactic",
            "occupation",
            "--reason",
            "The parish council has not discussed occupations yet",
        ],
    );
    on(
        &work,
        day,
        &[
            "step",
            "contact",
            "--contacted",
            "comite",
            "syndicat",
            "paroisse",
            "locataires",
        ],
    );
    on(
        &work,
        "2026-09-08",
        &[
            "step",
            "contact",
            "--dialogue",
            "comite",
            "syndicat",
            "paroisse",
            "locataires",
            "--done",
        ],
    );

    // The draft, written together by the most affected groups.
    let day = "2026-09-15";
    on(
        &work,
        day,
        &[
            "step",
            "draft",
            "--vision",
            "Nobody in the East End loses their home.",
            "--culture",
            "We disagree in the room, never in public.",
            "--structure",
            "An assembly each season, a steering group between them.",
            "--co-author",
            "comite",
            "locataires",
            "--done",
        ],
    );
    on(
        &work,
        day,
        &[
            "add-person",
            "Sam",
            "--group",
            "comite",
            "--group",
            "syndicat",
        ],
    );

    // A first assembly, invited broadly.
    let day = "2026-09-20";
    on(
        &work,
        day,
        &[
            "step",
            "assembly",
            "--date",
            "2026-10-10",
            "--start-time",
            "18:30",
            "--place",
            "Union hall",
            "--language",
            "fr",
            "--language",
            "en",
            "--accessibility",
            "childcare",
            "--rsvp",
            "rsvp@example.org",
            "--invite",
            "comite",
            "syndicat",
            "paroisse",
            "locataires",
            "--done",
        ],
    );
    let invitation = on(&work, day, &["report", "invitation"]).stdout;
    assert!(invitation.contains("Union hall"), "{invitation}");
    assert!(invitation.contains("18:30"), "{invitation}");

    // The first assembly: the draft presented, questions, groups join.
    let day = "2026-10-10";
    refused_on(&work, "2026-10-09", &["step", "presentation", "--done"]);
    on(
        &work,
        day,
        &[
            "step",
            "presentation",
            "--question",
            "Who pays for the buses?",
            "--asked-by",
            "locataires",
            "--joined",
            "comite",
            "syndicat",
            "paroisse",
            "locataires",
        ],
    );
    refused_on(
        &work,
        day,
        &[
            "step",
            "presentation",
            "--question",
            "who pays for the buses? ",
        ],
    )
    .stderr_has("--answer-question");
    on(
        &work,
        day,
        &[
            "step",
            "presentation",
            "--answer-question",
            "1",
            "--answer",
            "The teachers' union lends its bus budget.",
        ],
    );
    on(&work, day, &["step", "presentation", "--done"]);
    on(
        &work,
        day,
        &[
            "add-committee",
            "Steering group",
            "--id",
            "steering",
            "--steering",
            "--group",
            "comite",
            "--group",
            "syndicat",
            "--mandate",
            "Between assemblies",
        ],
    );
    on(
        &work,
        day,
        &[
            "add-space",
            "Coordination chat",
            "--id",
            "chat",
            "--medium",
            "signal",
            "--group",
            "comite",
            "--group",
            "syndicat",
            "--group",
            "paroisse",
            "--group",
            "locataires",
        ],
    );
    on(
        &work,
        day,
        &[
            "log-decision",
            "Adopt the draft as our common ground",
            "--by",
            "assembly",
            "--assembly",
            "2026-10-10",
            "--affects",
            "comite",
            "--affects",
            "locataires",
            "--consulted",
            "comite",
            "--review-on",
            "2026-11-20",
        ],
    );
    refused_on(
        &work,
        day,
        &[
            "log-feedback",
            "comite",
            "Too early",
            "--date",
            "2026-10-11",
        ],
    );

    // October: the locataires were not consulted; say so.
    let day = "2026-10-20";
    on(
        &work,
        day,
        &["update-decision", "1", "--add-consulted", "locataires"],
    );
    for group in ["comite", "syndicat", "paroisse", "locataires"] {
        on(
            &work,
            day,
            &["log-feedback", group, "Settling in", "--by", "sam"],
        );
    }

    // November: a reshuffle, a boundary lifted, a group leaving.
    let day = "2026-11-05";
    on(
        &work,
        day,
        &[
            "update-committee",
            "steering",
            "--add-group",
            "locataires",
            "--remove-group",
            "syndicat",
        ],
    );
    on(
        &work,
        day,
        &[
            "remove-boundary",
            "paroisse",
            "--against-tactic",
            "occupation",
        ],
    );
    on(
        &work,
        day,
        &[
            "update-group",
            "paroisse",
            "--tactic",
            "vigil",
            "--tactic",
            "occupation",
        ],
    );
    on(
        &work,
        day,
        &[
            "update-group",
            "syndicat",
            "--status",
            "left",
            "--remove-offer",
            "money",
        ],
    );
    on(
        &work,
        day,
        &["update-space", "chat", "--remove-group", "syndicat"],
    );
    on(
        &work,
        day,
        &[
            "add-group",
            "Banque alimentaire",
            "--id",
            "banque",
            "--status",
            "member",
            "--joined",
            "2026-10-10",
            "--impacted",
            "--power",
            "2",
            "--interest",
            "4",
            "--role",
            "reformer",
            "--offer",
            "material=food for assemblies",
        ],
    );
    on(
        &work,
        day,
        &["update-space", "chat", "--add-group", "banque"],
    );

    // A second assembly, and the decision reviewed there.
    let day = "2026-11-12";
    on(
        &work,
        day,
        &[
            "add-assembly",
            "2026-11-21",
            "--start",
            "18:00",
            "--end",
            "20:30",
            "--place",
            "Church basement",
            "--language",
            "fr",
            "--accessibility",
            "interpretation",
            "--rsvp",
            "rsvp@example.org",
            "--invite",
            "comite",
            "paroisse",
            "locataires",
            "banque",
        ],
    );
    let invitation = on(&work, day, &["report", "invitation", "--format", "ics"]).stdout;
    assert!(
        invitation.contains("DTSTART:20261121T180000"),
        "{invitation}"
    );
    let day = "2026-11-21";
    on(
        &work,
        day,
        &[
            "update-assembly",
            "2026-11-21",
            "--attended",
            "comite",
            "paroisse",
            "locataires",
            "banque",
        ],
    );
    on(
        &work,
        day,
        &["update-decision", "1", "--reviewed", "2026-11-21"],
    );
    on(
        &work,
        day,
        &[
            "log-decision",
            "Occupy the empty lots if the sale goes ahead",
            "--by",
            "assembly",
            "--assembly",
            "2026-11-21",
            "--affects",
            "locataires",
            "--consulted",
            "locataires",
        ],
    );
    on(
        &work,
        day,
        &["update-coalition", "--feedback-every-days", "60"],
    );
    for group in ["comite", "paroisse", "locataires", "banque"] {
        on(
            &work,
            day,
            &["log-feedback", group, "Ready for the winter", "--by", "sam"],
        );
    }

    // Early December: the coalition is clean and its file is formatted.
    let day = "2026-12-01";
    let check = on(
        &work,
        day,
        &["check", "--deny-warnings", "--format", "json"],
    );
    let findings: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    assert_eq!(
        (&findings["errors"], &findings["warnings"]),
        (&serde_json::json!(0), &serde_json::json!(0)),
        "{}",
        check.stdout
    );
    on(&work, day, &["fmt", "--check"]);

    let file = work.read();
    for expected in [
        "left = 2026-11-05",
        "joined = 2026-10-10",
        "reviewed = 2026-11-21",
        "[[assemblies]]",
        "answer = \"The teachers' union lends its bus budget.\"",
        "needs = { money = [\"bus rental\", \"legal defence\"] }",
    ] {
        assert!(
            file.contains(expected),
            "the file lacks {expected:?}:\n{file}"
        );
    }
    assert!(
        !file.contains("boundaries"),
        "the boundary was lifted:\n{file}"
    );
    assert_eq!(file.matches("question = ").count(), 1, "{file}");
}
