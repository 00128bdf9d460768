//! Changing what is there: `update-tactic`, `update-space`,
//! `update-committee`, `update-person`, `update-coalition` and
//! `remove-boundary`. Each edit keeps the comments, leaves a formatted file,
//! and a refused one leaves the file byte for byte.

mod common;

use common::*;

/// Runs an edit that must succeed and leave the file formatted.
fn edit(work: &Workdir, args: &[&str]) -> Run {
    let run = work.run(args).ok();
    work.run(&["fmt", "--check"])
        .ok()
        .stderr_has("is formatted");
    run
}

/// The comments of a file, each once, in order.
fn comments(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|line| line.find('#').map(|at| line[at..].trim_end()))
        .collect()
}

/// The text of a table, from its header to the next blank line.
fn block<'a>(text: &'a str, header: &str) -> &'a str {
    let start = text
        .find(&format!("{header}\n"))
        .unwrap_or_else(|| panic!("no {header} in\n{text}"));
    let rest = &text[start..];
    &rest[..rest.find("\n\n").map_or(rest.len(), |end| end + 1)]
}

#[test]
fn update_tactic_changes_each_field_given() {
    let work = Workdir::with(&example());
    let comments_before: Vec<String> = comments(&work.read())
        .into_iter()
        .map(String::from)
        .collect();
    edit(
        &work,
        &[
            "update-tactic",
            "blockade",
            "--name",
            "Road blockade",
            "--intensity",
            "4",
            "--description",
            "Only with legal observers.",
        ],
    )
    .stderr_has("updated tactic `blockade`");
    assert_eq!(
        block(&work.read(), "[tactics.blockade]"),
        "[tactics.blockade]\nname = \"Road blockade\"\nintensity = 4\ndescription = \"Only with legal observers.\"\n"
    );
    edit(
        &work,
        &["update-tactic", "civil-disobedience", "--description", ""],
    );
    assert_eq!(
        block(&work.read(), "[tactics.civil-disobedience]"),
        "[tactics.civil-disobedience]\nname = \"Civil disobedience\"\nintensity = 4\n"
    );
    assert_eq!(comments(&work.read()), comments_before);
}

#[test]
fn update_space_changes_fields_and_groups() {
    let work = Workdir::with(&example());
    edit(
        &work,
        &[
            "update-space",
            "legal-circle",
            "--name",
            "Legal circle",
            "--medium",
            "",
            "--purpose",
            "Law for tenants and migrants.",
            "--add-group",
            "amis-terre",
            "--remove-group",
            "sol-migrant",
        ],
    )
    .stderr_has("updated space `legal-circle`");
    assert_eq!(
        block(&work.read(), "[spaces.legal-circle]"),
        "[spaces.legal-circle]\nname = \"Legal circle\"\ngroups = [\"legal-clinic\", \"tenants-union\", \"amis-terre\"]\npurpose = \"Law for tenants and migrants.\"\n"
    );
    edit(
        &work,
        &[
            "update-space",
            "legal-circle",
            "--remove-group",
            "legal-clinic",
            "--remove-group",
            "tenants-union",
            "--remove-group",
            "amis-terre",
        ],
    );
    assert_eq!(
        block(&work.read(), "[spaces.legal-circle]"),
        "[spaces.legal-circle]\nname = \"Legal circle\"\npurpose = \"Law for tenants and migrants.\"\n",
        "a space left with no group has no `groups`"
    );
    edit(
        &work,
        &[
            "update-space",
            "legal-circle",
            "--add-group",
            "legal-clinic",
            "--medium",
            "call",
        ],
    );
    assert_eq!(
        block(&work.read(), "[spaces.legal-circle]"),
        "[spaces.legal-circle]\nname = \"Legal circle\"\nmedium = \"call\"\ngroups = [\"legal-clinic\"]\npurpose = \"Law for tenants and migrants.\"\n",
        "new keys go to their schema place"
    );
}

#[test]
fn update_committee_seats_and_unseats_groups_and_sets_steering() {
    let work = Workdir::with(&example());
    let comments_before: Vec<String> = comments(&work.read())
        .into_iter()
        .map(String::from)
        .collect();
    edit(
        &work,
        &[
            "update-committee",
            "steering",
            "--add-group",
            "union-301",
            "--remove-group",
            "amis-terre",
            "--name",
            "Steering",
            "--mandate",
            "Decide between assemblies.",
        ],
    );
    assert_eq!(
        block(&work.read(), "[committees.steering]"),
        "[committees.steering]\nname = \"Steering\"\nsteering = true\nmandate = \"Decide between assemblies.\"\ngroups = [\"sol-migrant\", \"tenants-union\", \"union-301\"]\n"
    );
    edit(&work, &["update-committee", "steering", "--no-steering"]);
    assert!(
        block(&work.read(), "[committees.steering]").contains("steering = false\n"),
        "{}",
        work.read()
    );
    edit(&work, &["update-committee", "assembly-prep", "--steering"]);
    assert_eq!(
        block(&work.read(), "[committees.assembly-prep]"),
        "[committees.assembly-prep]\nname = \"Assembly preparation\"\nsteering = true\nmandate = \"Organize the January assembly: room, food, interpretation, childcare.\"\ngroups = [\"artivistes\", \"faith-network\", \"youth-climate\"]\n"
    );
    work.refused(
        &[
            "update-committee",
            "steering",
            "--steering",
            "--no-steering",
        ],
        2,
    )
    .stderr_has("cannot be used with");
    assert_eq!(comments(&work.read()), comments_before);
    work.run(&["check"]).ok();
}

#[test]
fn seating_a_group_beside_one_that_refuses_it_is_refused() {
    let work = Workdir::with(&example());
    work.refused(
        &["update-committee", "steering", "--add-group", "greenfuture"],
        2,
    )
    .stderr_has("refuses to work with GreenFuture Corp, yet both are in committee `steering`")
    .stderr_has("hint: seat the two groups apart (not both in committee `steering`); if the group says its boundary no longer holds, lift it with `coal remove-boundary sol-migrant --against-group greenfuture` or change it in `groups.sol-migrant.boundaries[0]` first");
    work.refused(
        &["update-space", "legal-circle", "--add-group", "greenfuture"],
        2,
    )
    .stderr_has("yet both are in space `legal-circle`");
    // Once the boundary is lifted, the seat is possible.
    edit(
        &work,
        &[
            "remove-boundary",
            "sol-migrant",
            "--against-group",
            "greenfuture",
        ],
    );
    edit(
        &work,
        &["update-committee", "steering", "--add-group", "greenfuture"],
    );
}

#[test]
fn groups_already_there_are_noted_and_groups_not_there_refused() {
    let work = Workdir::with(&example());
    let before = work.read();
    work.run(&["update-committee", "steering", "--add-group", "sol-migrant"])
        .ok()
        .stderr_has(
            "group `sol-migrant` is already in the groups of committee `steering`; left as it is",
        )
        .stderr_has("nothing to change: the file already says that");
    assert_eq!(work.read(), before);
    edit(
        &work,
        &[
            "update-committee",
            "steering",
            "--add-group",
            "sol-migrant",
            "--add-group",
            "legal-clinic",
            "--add-group",
            "legal-clinic",
        ],
    );
    assert!(work.read().contains(
        "groups = [\"amis-terre\", \"sol-migrant\", \"tenants-union\", \"legal-clinic\"]\n"
    ));
    work.refused(
        &[
            "update-committee",
            "steering",
            "--remove-group",
            "union-301",
        ],
        2,
    )
    .stderr_has("error: group `union-301` is not in the groups of committee `steering`")
    .stderr_has("hint: they are amis-terre, sol-migrant, tenants-union, legal-clinic");
    work.refused(
        &[
            "update-person",
            "jo",
            "--add-group",
            "jo",
            "--remove-group",
            "jo",
        ],
        2,
    )
    .stderr_has("both added to and removed from");
}

#[test]
fn references_are_checked_and_nothing_is_written() {
    let work = Workdir::with(&example());
    work.refused(
        &["update-space", "coord-signal", "--add-group", "tenants"],
        2,
    )
    .stderr_has("there is no group `tenants`");
    work.refused(
        &[
            "update-committee",
            "steering",
            "--remove-group",
            "sol-migrnt",
        ],
        2,
    )
    .stderr_has("did you mean `sol-migrant`?");
    // Not an id, perhaps a name: looked up as every reference is.
    work.refused(&["update-person", "jo", "--add-group", "Bad Id"], 2)
        .stderr_has("there is no group `Bad Id`");
    for (command, id, kind) in [
        ("update-tactic", "blokade", "tactic"),
        ("update-space", "legal-cercle", "space"),
        ("update-committee", "steerin", "committee"),
        ("update-person", "samm", "person"),
    ] {
        work.refused(&[command, id, "--name", "X"], 2)
            .stderr_has(&format!("there is no {kind} `{id}`"))
            .stderr_has("did you mean");
    }
    work.refused(&["update-tactic", "vigil", "--intensity", "6"], 2)
        .stderr_has("must be 1 to 5, got 6");
    work.refused(&["update-tactic", "vigil", "--name", " "], 2)
        .stderr_has("must not be empty");
}

#[test]
fn update_person_changes_groups_contacts_and_notes() {
    let work = Workdir::with(&example());
    edit(
        &work,
        &[
            "update-person",
            "sam",
            "--name",
            "Samira",
            "--add-group",
            "legal-clinic",
            "--remove-group",
            "union-301",
            "--contact-phone",
            "514-555-0100",
        ],
    );
    assert_eq!(
        block(&work.read(), "[people.sam]"),
        "[people.sam]\nname = \"Samira\"\ngroups = [\"tenants-union\", \"legal-clinic\"]\ncontact = { email = \"sam@example.org\", phone = \"514-555-0100\" }\nnotes = \"Translates between union and community ways of working.\"\n"
    );
    edit(
        &work,
        &["update-person", "sam", "--contact-email", "", "--notes", ""],
    );
    assert_eq!(
        block(&work.read(), "[people.sam]"),
        "[people.sam]\nname = \"Samira\"\ngroups = [\"tenants-union\", \"legal-clinic\"]\ncontact = { phone = \"514-555-0100\" }\n"
    );
    edit(&work, &["update-person", "sam", "--contact-phone", ""]);
    edit(
        &work,
        &["update-person", "jo", "--contact-email", "jo@example.org"],
    );
    let text = work.read();
    assert_eq!(
        block(&text, "[people.sam]"),
        "[people.sam]\nname = \"Samira\"\ngroups = [\"tenants-union\", \"legal-clinic\"]\n",
        "a contact left empty is removed"
    );
    assert_eq!(
        block(&text, "[people.jo]"),
        "[people.jo]\nname = \"Jo\"\ngroups = [\"artivistes\", \"youth-climate\"]\ncontact = { email = \"jo@example.org\" }\n"
    );
}

#[test]
fn without_a_flag_and_without_a_terminal_the_flags_are_named() {
    let work = Workdir::with(&example());
    for (args, flags) in [
        (
            &["update-tactic", "vigil"][..],
            "`--name N`, `--intensity N`, `--description X`",
        ),
        (
            &["update-space", "legal-circle"][..],
            "`--medium X`, `--purpose X`, `--add-group ID`, `--remove-group ID`",
        ),
        (
            &["update-committee", "steering"][..],
            "`--steering` or `--no-steering`, `--add-group ID`",
        ),
        (
            &["update-person", "jo"][..],
            "`--contact-email X`, `--contact-phone X`, `--notes X`",
        ),
        (
            &["update-coalition"][..],
            "`--no-public-denouncing yes|no`, `--diversity-of-tactics yes|no`, `--feedback-every-days N`",
        ),
    ] {
        let mut no_input = vec!["--no-input"];
        no_input.extend(args);
        work.refused(&no_input, 2)
            .stderr_has("error: nothing to change for ")
            .stderr_has(flags);
    }
    work.refused(&["--no-input", "remove-boundary", "faith-network"], 2)
        .stderr_has("missing --against-group ID or --against-tactic ID");
    work.refused(&["--no-input", "remove-boundary"], 2)
        .stderr_has("missing GROUP (the first argument)");
}

#[test]
fn dry_run_shows_the_change_and_writes_nothing() {
    let work = Workdir::with(&example());
    for (args, line) in [
        (
            &["update-tactic", "vigil", "--intensity", "3"][..],
            "+intensity = 3",
        ),
        (
            &["update-space", "legal-circle", "--add-group", "amis-terre"][..],
            "+groups = [\"legal-clinic\", \"sol-migrant\", \"tenants-union\", \"amis-terre\"]",
        ),
        (
            &["update-committee", "steering", "--no-steering"][..],
            "+steering = false",
        ),
        (
            &["update-person", "jo", "--notes", "N"][..],
            "+notes = \"N\"",
        ),
        (
            &["update-coalition", "--feedback-every-days", "30"][..],
            "+feedback_every_days = 30      # hear from every member group at least this often",
        ),
        (
            &[
                "remove-boundary",
                "faith-network",
                "--against-tactic",
                "blockade",
            ][..],
            "-boundaries = [{ tactic = \"blockade\"",
        ),
    ] {
        let mut dry = vec!["--dry-run"];
        dry.extend(args);
        work.refused(&dry, 0)
            .stdout_has(line)
            .stderr_has("(dry run: nothing written)");
    }
}

#[test]
fn update_coalition_writes_the_coalition_and_its_agreements() {
    let work = Workdir::with(&example());
    let comments_before: Vec<String> = comments(&work.read())
        .into_iter()
        .map(String::from)
        .collect();
    edit(
        &work,
        &[
            "update-coalition",
            "--name",
            "Front Climat-Justice",
            "--unity",
            "Homes and a livable city for all.",
            "--kind",
            "alliance",
            "--visibility",
            "public",
            "--no-public-denouncing",
            "no",
            "--diversity-of-tactics",
            "no",
            "--feedback-every-days",
            "30",
        ],
    )
    .stderr_has("updated the coalition");
    let text = work.read();
    assert!(text.contains("[coalition]\nname = \"Front Climat-Justice\"\n"));
    assert!(text.contains("unity_statement = \"Homes and a livable city for all.\"\nkind = \"alliance\"            # communication"));
    assert!(text.contains("visibility = \"public\"   # informal:"));
    assert!(text.contains("[agreements]\nno_public_denouncing = false   # we may disagree, but not in public\ndiversity_of_tactics = false   # each group keeps its own tactics\nfeedback_every_days = 30      # hear"));
    assert_eq!(comments(&text), comments_before);
    edit(
        &work,
        &["update-coalition", "--no-public-denouncing", "yes"],
    );
    assert!(work.read().contains("no_public_denouncing = true   #"));
    work.refused(&["update-coalition", "--feedback-every-days", "0"], 2)
        .stderr_has("must be a whole number of days from 1 to 3650, got `0`");
    work.refused(&["update-coalition", "--feedback-every-days", "3651"], 2);
    work.refused(&["update-coalition", "--diversity-of-tactics", "maybe"], 2)
        .stderr_has("must be yes or no, got `maybe`");
    work.refused(&["update-coalition", "--kind", "club"], 2);
    work.refused(&["update-coalition", "--unity", ""], 2)
        .stderr_has("must not be empty");
}

#[test]
fn agreements_missing_from_the_file_are_created_at_their_place() {
    let work = Workdir::with(&format!(
        "{MINIMAL}\n[steps.contact]\nstatus = \"doing\"\n\n[groups.a]\nname = \"A\"\n"
    ));
    edit(
        &work,
        &["update-coalition", "--diversity-of-tactics", "yes"],
    );
    assert_eq!(
        work.read(),
        format!(
            "{MINIMAL}\n[agreements]\ndiversity_of_tactics = true\n\n[steps.contact]\nstatus = \"doing\"\n\n[groups.a]\nname = \"A\"\n"
        )
    );
    let work =
        Workdir::with(&MINIMAL.replace("schema = 1\n", "schema = 1\nagreements = \"none\"\n"));
    work.refused(&["update-coalition", "--feedback-every-days", "30"], 2)
        .stderr_has("`agreements` in the file is not a table");
}

#[test]
fn a_boundary_list_written_one_a_line_keeps_its_lines_and_comments() {
    let work = Workdir::with(&format!(
        "{MINIMAL}
[groups.a]
name = \"A\"
# two lines A holds
boundaries = [
  {{ group = \"b\", level = \"limited\" }},
  {{ tactic = \"t\" }}, # since the spring
]

[groups.b]
name = \"B\"

[tactics.t]
name = \"T\"
"
    ));
    edit(&work, &["remove-boundary", "a", "--against-group", "b"])
        .stderr_has("group `a` no longer holds a boundary against group `b`");
    assert_eq!(
        block(&work.read(), "[groups.a]"),
        "[groups.a]\nname = \"A\"\n# two lines A holds\nboundaries = [\n  { tactic = \"t\" }, # since the spring\n]\n"
    );
    edit(&work, &["remove-boundary", "a", "--against-tactic", "t"]);
    assert_eq!(
        block(&work.read(), "[groups.a]"),
        "[groups.a]\nname = \"A\"\n",
        "a group left with no boundary has no `boundaries`"
    );
}

#[test]
fn a_table_list_of_boundaries_loses_only_the_one_lifted() {
    let text = format!(
        "{MINIMAL}
[groups.a]
name = \"A\"

[groups.b]
name = \"B\"

[[groups.b.boundaries]]
group = \"a\"

# the tactic
[[groups.b.boundaries]]
tactic = \"t\"

[tactics.t]
name = \"T\"
"
    );
    let work = Workdir::with(&text);
    work.run(&["remove-boundary", "b", "--against-group", "a"])
        .ok();
    assert_eq!(
        work.read(),
        text.replace("[[groups.b.boundaries]]\ngroup = \"a\"\n\n", "")
    );
    work.run(&["remove-boundary", "b", "--against-tactic", "t"])
        .ok();
    assert!(!work.read().contains("boundaries"), "{}", work.read());
    work.run(&["check"]).ok();
}

#[test]
fn a_boundary_that_is_not_there_is_refused() {
    let work = Workdir::with(&example());
    work.refused(
        &[
            "remove-boundary",
            "faith-network",
            "--against-group",
            "greenfuture",
        ],
        2,
    )
    .stderr_has("error: group `faith-network` holds no boundary against group `greenfuture`")
    .stderr_has("hint: it holds one against tactic `blockade`");
    work.refused(
        &[
            "remove-boundary",
            "union-301",
            "--against-tactic",
            "blockade",
        ],
        2,
    )
    .stderr_has("hint: it holds none");
    work.refused(
        &[
            "remove-boundary",
            "faith-netwrk",
            "--against-tactic",
            "blockade",
        ],
        2,
    )
    .stderr_has("did you mean `faith-network`?");
    work.refused(&["--no-input", "remove-boundary", "faith-netwrk"], 2)
        .stderr_has("there is no group `faith-netwrk`");
    work.refused(
        &[
            "remove-boundary",
            "faith-network",
            "--against-tactic",
            "blockade",
            "--against-group",
            "x",
        ],
        2,
    )
    .stderr_has("cannot be used with");
}

#[test]
fn hints_point_to_the_commands_that_change_what_is_there() {
    let work = Workdir::with(&example());
    work.refused(
        &["add-boundary", "sol-migrant", "--against-group", "greenfuture"],
        2,
    )
    .stderr_has("lift it with `coal remove-boundary sol-migrant --against-group greenfuture` and add it again");
    work.run(&["add-group", "Bakers", "--status", "member"])
        .ok();
    work.run(&["check"]).ok().stdout_has(
        "add it to one (`coal update-space ID --add-group bakers`, or `coal add-space`)",
    );
    edit(
        &work,
        &["update-space", "coord-signal", "--add-group", "bakers"],
    );
    let run = work.run(&["check"]).ok();
    assert!(
        !run.stdout.contains("Bakers is in no communication space"),
        "{}",
        run.stdout
    );
}

/// A group added to a list written one a line, each with a comment, takes
/// no other group's comment: the comment after the last one stays on its
/// line (issue 13, review).
#[test]
fn update_space_add_group_keeps_each_comment_on_its_group() {
    let groups =
        "[groups.a]\nname = \"A\"\n\n[groups.b]\nname = \"B\"\n\n[groups.c]\nname = \"C\"\n";
    let space = |list: &str| {
        format!("{MINIMAL}\n{groups}\n[spaces.s]\nname = \"S\"\ngroups = [\n{list}]\n")
    };
    let work = Workdir::with(&space("  \"a\", # founding\n  \"b\", # joined later\n"));
    edit(&work, &["update-space", "s", "--add-group", "c"]);
    assert_eq!(
        work.read(),
        space("  \"a\", # founding\n  \"b\", # joined later\n  \"c\",\n")
    );
    // Without a comma after the last one, and a comment closing the list.
    let work = Workdir::with(&space(
        "  \"a\",\n  \"b\" # joined later\n  # more to come\n",
    ));
    edit(&work, &["update-space", "s", "--add-group", "c"]);
    assert_eq!(
        work.read(),
        space("  \"a\",\n  \"b\", # joined later\n  \"c\"\n  # more to come\n")
    );
}
