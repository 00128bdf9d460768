//! The edit guard: an edit that would add an error to the file is refused
//! and writes nothing, boundary violations included; errors the file had
//! before never block an unrelated edit.

mod common;

use common::*;

/// Groups `a` and `b`, `a` refusing to work with `b`.
fn refusing() -> Workdir {
    let work = Workdir::with(MINIMAL);
    work.run(&["add-group", "Alpha", "--id", "a"]).ok();
    work.run(&["add-group", "Beta", "--id", "b"]).ok();
    work.run(&["add-group", "Gamma", "--id", "c"]).ok();
    work.run(&[
        "add-boundary",
        "a",
        "--against-group",
        "b",
        "--level",
        "refuse",
        "--reason",
        "they took the eviction money",
    ])
    .ok();
    work
}

fn assert_names_the_boundary(run: Run, place: &str) {
    run.stderr_has("would make the coalition file invalid, so nothing was written")
        .stderr_has("groups.a.boundaries[0]: Alpha refuses to work with Beta")
        .stderr_has(&format!("yet both are in {place}"))
        .stderr_has(&format!(
            "hint: seat the two groups apart (not both in {place}); if the group says its boundary no longer holds, lift it with `coal remove-boundary a --against-group b` or change it in `groups.a.boundaries[0]` first"
        ));
}

#[test]
fn a_space_that_seats_a_refused_group_is_refused() {
    let work = refusing();
    let run = work.refused(&["add-space", "Chat", "--group", "a", "--group", "b"], 2);
    assert_names_the_boundary(run, "space `chat`");
    // Without the refused group, the space is fine.
    work.run(&["add-space", "Chat", "--group", "a", "--group", "c"])
        .ok();
}

#[test]
fn a_committee_that_seats_a_limited_group_is_refused() {
    let work = Workdir::with(MINIMAL);
    work.run(&["add-group", "Alpha", "--id", "a"]).ok();
    work.run(&["add-group", "Beta", "--id", "b"]).ok();
    work.run(&[
        "add-boundary",
        "a",
        "--against-group",
        "b",
        "--level",
        "limited",
    ])
    .ok();
    // A limited boundary allows a shared space, not a shared committee.
    work.run(&["add-space", "Chat", "--group", "a", "--group", "b"])
        .ok();
    let run = work.refused(
        &["add-committee", "Steering", "--group", "b", "--group", "a"],
        2,
    );
    run.stderr_has("Alpha limits its work with Beta, yet both are in committee `steering`");
}

#[test]
fn a_boundary_between_groups_already_seated_together_is_refused() {
    let work = Workdir::with(MINIMAL);
    work.run(&["add-group", "Alpha", "--id", "a"]).ok();
    work.run(&["add-group", "Beta", "--id", "b"]).ok();
    work.run(&["add-space", "Chat", "--group", "a", "--group", "b"])
        .ok();
    let run = work.refused(
        &[
            "add-boundary",
            "a",
            "--against-group",
            "b",
            "--level",
            "refuse",
        ],
        2,
    );
    assert_names_the_boundary(run, "space `chat`");
    // A limited one does not forbid a shared space.
    work.run(&[
        "add-boundary",
        "a",
        "--against-group",
        "b",
        "--level",
        "limited",
    ])
    .ok();
}

#[test]
fn co_authors_across_a_boundary_are_refused() {
    let work = refusing();
    let run = work.refused(
        &[
            "step",
            "draft",
            "--co-author",
            "a",
            "--co-author",
            "b",
            "--no-input",
        ],
        2,
    );
    assert_names_the_boundary(run, "the draft's co-authors");
}

#[test]
fn a_second_shared_place_is_a_new_violation() {
    let mut text = refusing().read();
    // Hand-written: the two already share a space.
    text.push_str("\n[spaces.chat]\nname = \"Chat\"\ngroups = [\"a\", \"b\"]\n");
    let work = Workdir::with(&text);
    work.run(&["check"])
        .code(1)
        .stdout_has("boundary-violation");
    // Unrelated edits still work…
    work.run(&["add-group", "Delta"]).ok();
    // …but seating them together once more adds an error.
    let run = work.refused(
        &["add-committee", "Steering", "--group", "a", "--group", "b"],
        2,
    );
    assert_names_the_boundary(run, "committee `steering`");
    // Undoing the old violation is never refused.
    work.run(&["remove-space", "chat", "--force"]).ok();
    work.run(&["check"]).ok();
}

#[test]
fn an_old_dangling_reference_does_not_block_a_group_whose_name_it_resembles() {
    let text = format!(
        "{MINIMAL}\n[[feedback]]\ndate = 2026-11-01\ngroup = \"tenantz\"\ntext = \"Rent strike news\"\n"
    );
    let work = Workdir::with(&text);
    work.run(&["check"]).code(1).stdout_has("invalid-reference");
    // Its message now suggests `tenants`: still the same error.
    work.run(&["add-group", "Tenants"]).ok();
    work.run(&["check"])
        .code(1)
        .stdout_has("did you mean `tenants`?");
}

#[test]
fn an_old_error_that_moves_up_a_list_is_not_new() {
    let text = format!(
        "{MINIMAL}\n[groups.x]\nname = \"X\"\n\n[[feedback]]\ndate = 2026-11-01\ngroup = \"x\"\ntext = \"About x\"\n\n[[feedback]]\ndate = 2026-11-02\ngroup = \"gone\"\ntext = \"About a group removed by hand\"\n"
    );
    let work = Workdir::with(&text);
    work.run(&["check"]).code(1).stdout_has("feedback[1].group");
    // Removing `x` removes `feedback[0]`: the old error is now `feedback[0]`.
    work.run(&["remove-group", "x", "--force"]).ok();
    work.run(&["check"]).code(1).stdout_has("feedback[0].group");
}

#[test]
fn renaming_a_group_with_an_old_violation_is_not_refused() {
    let mut text = refusing().read();
    text.push_str("\n[spaces.chat]\nname = \"Chat\"\ngroups = [\"a\", \"b\"]\n");
    let work = Workdir::with(&text);
    work.run(&["rename-group", "b", "beta"]).ok();
    work.run(&["rename-group", "a", "alpha"]).ok();
    work.run(&["check"])
        .code(1)
        .stdout_has("groups.alpha.boundaries[0]: Alpha refuses to work with Beta");
}

const OLD_DANGLING: &str = "[groups.a]\nname = \"A\"\n\n[people.p]\nname = \"P\"\n\n[[decisions]]\ndate = 2026-11-01\nsummary = \"d\"\naffects = [\"a\", \"gone\"]\nconsulted = [\"a\", \"gone\"]\n\n[[feedback]]\ndate = 2026-11-02\ngroup = \"gone\"\ntext = \"x\"\nby = \"p\"\n";

/// A space already names `zz`, a group nobody has (an old typo). Renaming
/// group `b` to `zz` resolves it, and `a` refuses `b`: the rename seats the
/// two together, a new boundary violation, yet it is written.
#[test]
fn rename_onto_a_dangling_id_must_not_write_a_boundary_violation() {
    let text = format!(
        "{MINIMAL}\n[groups.a]\nname = \"A\"\nboundaries = [{{ group = \"b\" }}]\n\n[groups.b]\nname = \"B\"\n\n[spaces.s]\nname = \"S\"\ngroups = [\"a\", \"zz\"]\n"
    );
    let work = Workdir::with(&text);
    work.run(&["check"]).code(1);
    work.refused(&["rename-group", "b", "zz"], 2);
    // Whatever happens, `check` must not find a boundary violation.
    let check = work.run(&["check"]);
    assert!(
        !check.stdout.contains("boundary-violation"),
        "{}",
        check.stdout
    );
}

/// The feedback entry already names a group that does not exist. Removing
/// the person who gave it (`--force` drops its `by`) adds no error, yet
/// the guard sees the entry's old error as new because the entry changed.
#[test]
fn remove_person_force_is_not_refused_for_an_old_error_in_the_same_feedback() {
    let work = Workdir::with(&format!("{MINIMAL}\n{OLD_DANGLING}"));
    work.run(&["check"]).code(1);
    work.run(&["remove-person", "p", "--force"]).ok();
}

/// The decision already names `gone`; removing group `a` with `--force`
/// takes `a` out of the same decision's lists and adds no error, yet it is
/// refused, the old `gone` errors reported as new.
#[test]
fn remove_group_force_is_not_refused_for_an_old_error_in_the_same_decision() {
    let work = Workdir::with(&format!("{MINIMAL}\n{OLD_DANGLING}"));
    work.run(&["check"]).code(1);
    work.run(&["remove-group", "a", "--force"]).ok();
}
