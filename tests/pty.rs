//! The real prompts, driven in a pseudo-terminal the test makes itself.

mod common;

use common::pty::*;
use common::*;
use rexpect::session::PtySession;

#[test]
fn init_asks_for_the_name_and_the_unity_statement() {
    let work = Workdir::new();
    let mut session = spawn(&work, &["init"]);
    session.exp_string("Name of the coalition").unwrap();
    session.send_line("Front commun pour le logement").unwrap();
    session.exp_string("Unity statement").unwrap();
    // An empty answer is asked again rather than accepted.
    session.send_line("").unwrap();
    session.exp_string("this one is needed").unwrap();
    session.send_line("Un toit pour tout le monde").unwrap();
    session.exp_string("created coalition.toml").unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    let text = work.read();
    assert!(
        text.contains("name = \"Front commun pour le logement\""),
        "{text}"
    );
    assert!(
        text.contains("unity_statement = \"Un toit pour tout le monde\""),
        "{text}"
    );
}

#[test]
fn add_group_asks_for_the_main_fields_and_checks_them() {
    let work = Workdir::with(MINIMAL);
    let mut session = spawn(&work, &["add-group", "--power", "2"]);
    session.exp_string("Name of the group").unwrap();
    session.send_line("Solidarité migrante").unwrap();
    session.exp_string("Where does the group stand").unwrap();
    session.exp_string("watch").unwrap();
    // prospect, contacted, dialogue, member: three steps down.
    keys(&mut session, "\x1b[B\x1b[B\x1b[B\r");
    session.exp_string("directly impacted").unwrap();
    keys(&mut session, "y");
    session
        .exp_string("endorse the coalition publicly")
        .unwrap();
    keys(&mut session, "n");
    // --power was given, so the next question is interest.
    session.exp_string("Interest in the cause").unwrap();
    session.send_line("9").unwrap();
    session.exp_string("must be 1 to 5, got 9").unwrap();
    session.send_line("5").unwrap();
    session
        .exp_string("added group `solidarite-migrante`")
        .unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    let text = work.read();
    assert!(
        text.contains("[groups.solidarite-migrante]\nname = \"Solidarité migrante\"\nstatus = \"member\"\nimpacted = true\npower = 2\ninterest = 5\n"),
        "{text}"
    );
}

#[test]
fn no_input_never_prompts_even_on_a_terminal() {
    let work = Workdir::with(MINIMAL);
    let mut session = spawn(&work, &["add-group", "--no-input"]);
    session.exp_string("missing NAME").unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 2);
    assert_eq!(work.read(), MINIMAL);
}

const THREE_GROUPS: &str = r#"schema = 1

[coalition]
name = "Front commun"
unity_statement = "Un toit pour tout le monde"

[groups.church]
name = "Church"

[groups.tenants]
name = "Tenants"
impacted = true

[groups.union]
name = "Union"
status = "declined"
"#;

#[test]
fn step_contact_walks_through_the_prompts() {
    let work = Workdir::with(THREE_GROUPS);
    let mut session = spawn(&work, &["step", "contact"]);
    session
        .exp_string("First contact with affinity groups")
        .unwrap();
    session.exp_string("nothing about us without us").unwrap();
    session.exp_string("Whom will you contact?").unwrap();
    // Impacted groups come first among equals: Tenants, then Church.
    session.exp_string("Tenants (tenants): impacted").unwrap();
    session.exp_string("Church (church)").unwrap();
    keys(&mut session, &format!(" {DOWN} \r"));
    session
        .exp_string("Tenants: where do things stand?")
        .unwrap();
    session.exp_string("declined").unwrap();
    keys(&mut session, &format!("{DOWN}\r"));
    session
        .exp_string("Church: where do things stand?")
        .unwrap();
    session.exp_string("declined").unwrap();
    keys(&mut session, &format!("{DOWN}{DOWN}\r"));
    session.exp_string("Is this step finished?").unwrap();
    keys(&mut session, "y");
    session.exp_string("step 1 (contact): done").unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    let text = work.read();
    assert!(text.contains("[groups.tenants]\nname = \"Tenants\"\nstatus = \"dialogue\"\nimpacted = true\ncontacted = 2026-11-25\n"), "{text}");
    assert!(
        text.contains(
            "[groups.church]\nname = \"Church\"\nstatus = \"declined\"\ncontacted = 2026-11-25\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "[steps.contact]\nstatus = \"done\"\nstarted = 2026-11-25\nfinished = 2026-11-25\n"
        ),
        "{text}"
    );
    // The walkthrough writes through the same edits as the flags.
    work.refused(&["fmt", "--check"], 0);
}

#[test]
fn step_assembly_asks_again_for_a_malformed_date_and_takes_a_past_one() {
    let work = Workdir::with(THREE_GROUPS);
    let mut session = spawn(&work, &["step", "assembly"]);
    session.exp_string("Date of the assembly").unwrap();
    session.send_line("16/01/2027").unwrap();
    session.exp_string("must be a date written like").unwrap();
    // An assembly already held is recorded with its day.
    session.send_line("2026-11-01").unwrap();
    session.exp_string("Start time").unwrap();
    session.send_line("18h30").unwrap();
    session
        .exp_string("must be a time written like 18:30")
        .unwrap();
    session.send_line("18:30").unwrap();
    session.exp_string("End time").unwrap();
    session.send_line("").unwrap();
    session.exp_string("Place").unwrap();
    session.send_line("Salle communautaire").unwrap();
    session.exp_string("Languages").unwrap();
    session.send_line("français, English").unwrap();
    session.exp_string("childcare").unwrap();
    // Tick childcare, the second offered.
    keys(&mut session, &format!("{DOWN} \r"));
    session.exp_string("Whom to tell").unwrap();
    session.send_line("Sam, 514-555-0100").unwrap();
    session.exp_string("Whom do you invite?").unwrap();
    session.exp_string("Union (union)").unwrap();
    // Every group but the one that declined is ticked already.
    keys(&mut session, "\r");
    session.exp_string("Is this step finished?").unwrap();
    keys(&mut session, "n");
    session.exp_string("step 3 (assembly): doing").unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    let text = work.read();
    assert!(text.contains(
        "[steps.assembly]\nstatus = \"doing\"\nstarted = 2026-11-25\ndate = 2026-11-01\nstart = \"18:30\"\nplace = \"Salle communautaire\"\nlanguages = [\"français\", \"English\"]\naccessibility = [\"childcare\"]\nrsvp = \"Sam, 514-555-0100\"\ninvited = [\"church\", \"tenants\"]\n"
    ), "{text}");
}

#[test]
fn ctrl_c_in_a_menu_leaves_and_writes_nothing() {
    let work = Workdir::with(THREE_GROUPS);
    let mut session = spawn(&work, &["step", "assembly"]);
    session.exp_string("Date of the assembly").unwrap();
    session.send_line("2027-01-16").unwrap();
    for _ in ["start", "end"] {
        session.send_line("").unwrap();
    }
    session.exp_string("Place").unwrap();
    session.send_line("Hall").unwrap();
    session.exp_string("Languages").unwrap();
    session.send_line("").unwrap();
    session.exp_string("What is offered").unwrap();
    keys(&mut session, "\r");
    session.exp_string("Whom to tell").unwrap();
    session.send_line("").unwrap();
    session.exp_string("Union (union)").unwrap();
    keys(&mut session, "\x03");
    session.exp_string("stopped; nothing was written").unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 130);
    assert_eq!(work.read(), THREE_GROUPS);
}

#[test]
fn leaving_a_walkthrough_writes_nothing() {
    let work = Workdir::with(THREE_GROUPS);
    let mut session = spawn(&work, &["step", "assembly"]);
    session.exp_string("Date of the assembly").unwrap();
    session.send_line("2027-01-16").unwrap();
    session.exp_string("Start time").unwrap();
    session.send_line("").unwrap();
    session.exp_string("End time").unwrap();
    session.send_line("").unwrap();
    session.exp_string("Place").unwrap();
    session.send_control('c').unwrap();
    session.exp_eof().unwrap();
    assert_eq!(work.read(), THREE_GROUPS);
}

#[test]
fn update_decision_asks_which_decision_and_what_changed() {
    let text = format!(
        "{THREE_GROUPS}\n[[decisions]]\ndate = 2026-10-01\nsummary = \"Rent the hall\"\nreview_on = 2026-11-01\n\n[[decisions]]\ndate = 2026-11-20\nsummary = \"Meet weekly\"\n"
    );
    let work = Workdir::with(&text);
    let mut session = spawn(&work, &["update-decision"]);
    session.exp_string("Which decision?").unwrap();
    // The newest first: down once to the first decision.
    session.exp_string("1. 2026-10-01 Rent the hall").unwrap();
    keys(&mut session, &format!("{DOWN}\r"));
    session.exp_string("What has changed?").unwrap();
    session.exp_string("groups it affects").unwrap();
    // Tick "it was reviewed", then take today for its date.
    keys(&mut session, " \r");
    session.exp_string("Reviewed on (Enter for today").unwrap();
    session.send_line("").unwrap();
    session.exp_string("updated decision 1").unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    assert_eq!(
        work.read(),
        text.replace(
            "review_on = 2026-11-01\n",
            "review_on = 2026-11-01\nreviewed = 2026-11-25\n"
        )
    );
}

/// The review date prompt: Enter takes today and nothing else is promised;
/// a date before the decision is asked again, as one after today is.
#[test]
fn the_review_date_prompt_promises_today_only_and_asks_again_before_the_decision() {
    let work = Workdir::with(&example());
    let mut session = spawn(&work, &["update-decision", "1"]);
    session.exp_string("What has changed?").unwrap();
    keys(&mut session, " \r");
    session.exp_string("Reviewed on").unwrap();
    // Up to the `›` that ends the prompt, as rexpect reads its UTF-8.
    let prompt = session.exp_string("\u{80}\u{ba}").unwrap();
    assert!(
        prompt.contains(" (Enter for today, 2026-11-25)") && !prompt.contains("skip"),
        "{prompt}"
    );
    keys(&mut session, "2026-11-01\r");
    session
        .exp_string("2026-11-01 is before the decision itself (2026-11-05)")
        .unwrap();
    keys(&mut session, &"\u{8}".repeat(10));
    keys(&mut session, "2026-11-20\r");
    session.exp_string("updated decision 1").unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    assert!(work.read().contains("reviewed = 2026-11-20"));
}

#[test]
fn an_answer_without_its_question_picks_among_the_open_ones() {
    let text = THREE_GROUPS.replace(
        "\n[groups.church]",
        "\n[steps.presentation]\nstatus = \"doing\"\nstarted = 2026-11-20\nquestions = [{ question = \"Who decides?\", answer = \"We do\" }, { question = \"Is there childcare?\" }, { question = \"Where?\" }]\n\n[groups.church]",
    );
    let work = Workdir::with(&text);
    let mut session = spawn(&work, &["step", "presentation", "--answer", "Next door"]);
    session
        .exp_string("Which question does it answer?")
        .unwrap();
    session.exp_string("3. Where?").unwrap();
    keys(&mut session, &format!("{DOWN}\r"));
    session.exp_string("2 answered").unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    assert!(
        work.read()
            .contains("{ question = \"Where?\", answer = \"Next door\" }"),
        "{}",
        work.read()
    );
}

#[test]
fn update_committee_without_flags_ticks_the_seats_to_change() {
    let work = Workdir::with(&format!(
        "{THREE_GROUPS}\n[committees.k]\nname = \"K\"\ngroups = [\"church\"]\n"
    ));
    let mut session = spawn(&work, &["update-committee", "k"]);
    session.exp_string("Groups holding a seat").unwrap();
    session.exp_string("Union").unwrap();
    // Church is ticked: untick it, tick Tenants.
    keys(&mut session, &format!(" {DOWN} \r"));
    session.exp_string("updated committee `k`").unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    let text = work.read();
    assert!(
        text.ends_with("[committees.k]\nname = \"K\"\ngroups = [\"tenants\"]\n"),
        "{text}"
    );
}

#[test]
fn remove_boundary_without_flags_offers_the_group_s_boundaries() {
    let text = THREE_GROUPS.replace(
        "[groups.church]\nname = \"Church\"\n",
        "[groups.church]\nname = \"Church\"\nboundaries = [{ group = \"union\" }, { group = \"tenants\", level = \"limited\" }]\n",
    );
    let work = Workdir::with(&text);
    let mut session = spawn(&work, &["remove-boundary", "church"]);
    session
        .exp_string("Which boundary does the group lift?")
        .unwrap();
    session.exp_string("group tenants (limited)").unwrap();
    keys(&mut session, &format!("{DOWN}\r"));
    session
        .exp_string("group `church` no longer holds a boundary against group `tenants`")
        .unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    assert!(
        work.read()
            .contains("[groups.church]\nname = \"Church\"\nboundaries = [{ group = \"union\" }]\n"),
        "{}",
        work.read()
    );
}

#[test]
fn add_assembly_asks_for_its_date_time_place_and_access() {
    let work = Workdir::with(THREE_GROUPS);
    let mut session = spawn(&work, &["add-assembly"]);
    session.exp_string("Date of the assembly").unwrap();
    session.send_line("2027-04-10").unwrap();
    session.exp_string("Start time").unwrap();
    session.send_line("18h30").unwrap();
    session
        .exp_string("must be a time written like 18:30")
        .unwrap();
    session.send_line("18:30").unwrap();
    session.exp_string("End time").unwrap();
    session.send_line("").unwrap();
    session.exp_string("Place").unwrap();
    session.send_line("Hall").unwrap();
    session.exp_string("Languages").unwrap();
    session.send_line("fr, en").unwrap();
    session.exp_string("step-free access").unwrap();
    // Tick the first (interpretation) and the third (step-free access).
    keys(&mut session, &format!(" {DOWN}{DOWN} \r"));
    session.exp_string("Whom to tell").unwrap();
    session.send_line("").unwrap();
    session.exp_string("Whom do you invite?").unwrap();
    session.exp_string("tenants").unwrap();
    // The declined union is not offered: church, then tenants.
    keys(&mut session, &format!("{DOWN} \r"));
    session
        .exp_string("added the assembly of 2027-04-10")
        .unwrap();
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    let text = work.read();
    assert!(
        text.ends_with("[[assemblies]]\ndate = 2027-04-10\nstart = \"18:30\"\nplace = \"Hall\"\nlanguages = [\"fr\", \"en\"]\naccessibility = [\"interpretation\", \"step-free access\"]\ninvited = [\"tenants\"]\n"),
        "{text}"
    );
}

#[test]
fn add_assembly_asks_again_for_a_date_taken_or_an_end_before_the_start() {
    let work = Workdir::with(&example());
    let mut session = spawn(&work, &["add-assembly"]);
    session.exp_string("Date of the assembly").unwrap();
    // Step 3's date, then one before it.
    session.send_line("2027-01-16").unwrap();
    session
        .exp_string("the first assembly (step 3) is on 2027-01-16")
        .unwrap();
    session.send_line("2027-01-10").unwrap();
    // The reason is wrapped to the terminal's width, under the prompt.
    session.exp_string("an assembly added later comes").unwrap();
    session.send_line("2027-04-10").unwrap();
    session.exp_string("Start time").unwrap();
    session.send_line("18:30").unwrap();
    session.exp_string("End time").unwrap();
    session.send_line("18:00").unwrap();
    session
        .exp_string("the end must be after the start (18:30)")
        .unwrap();
    session.send_line("21:00").unwrap();
    session.exp_string("Place").unwrap();
    session.send_control('c').unwrap();
    session.exp_eof().unwrap();
    assert_eq!(work.read(), example());
}

/// Issue 14's situation: a big NGO in opposition and an impacted community
/// kitchen nobody has placed on the spectrum.
const KITCHEN_AND_NGO: &str = r#"schema = 1

[coalition]
name = "C"
unity_statement = "U"

[groups.kitchen]
name = "Community kitchen"
impacted = true
power = 1
interest = 3

[groups.ngo]
name = "Big Green NGO"
power = 5
interest = 5
spectrum = "passive_opposition"

[groups.teachers]
name = "Teachers"
power = 4
interest = 4
spectrum = "neutral"
"#;

#[test]
fn step_contact_offers_the_impacted_kitchen_first_with_why_and_never_the_opposed_ngo() {
    let work = Workdir::with(KITCHEN_AND_NGO);
    let mut session = spawn(&work, &["step", "contact"]);
    session.exp_string("Whom will you contact?").unwrap();
    // The terminal's bytes come back one by one, so the `·` between the
    // reasons is not matched: each reason is, in its order.
    let mut between = String::new();
    for part in [
        "Community kitchen (kitchen): impacted ",
        " not yet placed ",
        " interest 3 ",
        " power 1",
        "Teachers (teachers): neutral ",
        " interest 4 ",
        " power 4",
    ] {
        between.push_str(&session.exp_string(part).unwrap());
    }
    assert!(!between.contains("Big Green NGO"), "{between}");
    keys(&mut session, " \r");
    let shown = session
        .exp_string("Community kitchen: where do things stand?")
        .unwrap();
    assert!(!shown.contains("Big Green NGO"), "{shown}");
    keys(&mut session, &format!("{DOWN}\r"));
    session.exp_string("Is this step finished?").unwrap();
    keys(&mut session, "n");
    session.exp_eof().unwrap();
    assert_eq!(exit_code(&session), 0);
    let text = work.read();
    assert!(
        text.contains("[groups.kitchen]\nname = \"Community kitchen\"\nstatus = \"dialogue\"\n"),
        "{text}"
    );
    assert!(
        text.contains("[groups.ngo]\nname = \"Big Green NGO\"\npower = 5\n"),
        "{text}"
    );
}

#[test]
fn a_sized_terminal_shows_the_prompt_on_its_screen() {
    let work = Workdir::with(THREE_GROUPS);
    let mut session = spawn_sized(&work, &["step", "contact"], 80, &[]);
    let mut screen = Screen::new(80);
    screen.wait_for(&mut session, "Whom will you contact?");
    assert!(screen.coloured(), "{}", screen.text());
    session.send_control('c').unwrap();
    screen.finish(&mut session);
    assert!(
        screen.text().contains("stopped; nothing was written"),
        "{}",
        screen.text()
    );
    assert_eq!(exit_code(&session), 130);
}

/// Issue 15: Esc, the width of the terminal, colour and hints, read on the
/// screen a person would see, at 80 and 160 columns.
const WIDTHS: [u16; 2] = [80, 160];

/// A long group name, to make prompts and items wider than 80 columns.
const LONG_NAME: &str =
    "Association des locataires de Villeray et du quartier Saint-Michel pour le droit au logement";

fn long_named() -> String {
    THREE_GROUPS.replace(
        "[groups.tenants]\nname = \"Tenants\"",
        &format!("[groups.tenants]\nname = \"{LONG_NAME}\""),
    )
}

/// A session on a terminal `cols` wide and the screen it shows.
fn on_screen(
    work: &Workdir,
    args: &[&str],
    cols: u16,
    env: &[(&str, &str)],
) -> (PtySession, Screen) {
    (spawn_sized(work, args, cols, env), Screen::new(cols))
}

/// Esc, then what coal shows and its exit code: it leaves at once, says
/// nothing was written, and keys typed after Esc go nowhere.
fn leaves_on_esc(session: &mut PtySession, screen: &mut Screen) {
    keys(session, "\x1b");
    // Apart from the escape sequence of an arrow, which arrives at once.
    std::thread::sleep(std::time::Duration::from_millis(100));
    let _ = session.send("abc");
    screen.finish(session);
    assert!(
        screen.text().contains("stopped; nothing was written"),
        "{}",
        screen.text()
    );
    assert_eq!(exit_code(session), 130, "{}", screen.text());
}

#[test]
fn esc_at_a_text_prompt_leaves_and_what_follows_is_not_typed_in() {
    for cols in WIDTHS {
        let work = Workdir::new();
        let (mut session, mut screen) = on_screen(&work, &["init"], cols, &[]);
        screen.wait_for(&mut session, "Name of the coalition");
        keys(&mut session, "Front");
        screen.wait_for(&mut session, "Front");
        leaves_on_esc(&mut session, &mut screen);
        let text = screen.text();
        assert!(text.contains("✘ Name of the coalition"), "{text}");
        assert!(!text.contains("abc") && !text.contains('✔'), "{text}");
        assert!(!work.path().exists(), "{text}");
    }
}

#[test]
fn esc_at_a_select_a_multi_select_and_a_confirm_leaves_writing_nothing() {
    for cols in WIDTHS {
        let work = Workdir::with(THREE_GROUPS);
        // At the multi-select: whom to contact.
        let (mut session, mut screen) = on_screen(&work, &["step", "contact"], cols, &[]);
        screen.wait_for(&mut session, "Church (church)");
        leaves_on_esc(&mut session, &mut screen);
        assert!(
            screen.text().contains("✘ Whom will you contact?"),
            "{}",
            screen.text()
        );
        // At the select: where things stand with the group ticked.
        let (mut session, mut screen) = on_screen(&work, &["step", "contact"], cols, &[]);
        screen.wait_for(&mut session, "Church (church)");
        keys(&mut session, " \r");
        screen.wait_for(&mut session, "where do things stand?");
        leaves_on_esc(&mut session, &mut screen);
        assert!(
            screen.text().contains("✘ Tenants: where do things stand?"),
            "{}",
            screen.text()
        );
        // At the yes/no question: no answer is shown as if given.
        let (mut session, mut screen) = on_screen(&work, &["step", "contact"], cols, &[]);
        screen.wait_for(&mut session, "Church (church)");
        // Tenants ticked and now in dialogue: the step may be finished.
        keys(&mut session, " \r");
        screen.wait_for(&mut session, "where do things stand?");
        keys(&mut session, &format!("{DOWN}\r"));
        screen.wait_for(&mut session, "Is this step finished?");
        leaves_on_esc(&mut session, &mut screen);
        let text = screen.text();
        assert!(text.contains("✘ Is this step finished?"), "{text}");
        assert!(!text.contains("✔ Is this step finished?"), "{text}");
        assert_eq!(work.read(), THREE_GROUPS, "{text}");
    }
}

/// The screen's rows, trailing blanks trimmed.
fn rows(screen: &Screen) -> Vec<String> {
    screen
        .text()
        .lines()
        .map(|row| row.trim_end().to_string())
        .collect()
}

#[test]
fn a_prompt_longer_than_the_terminal_is_wrapped_and_cleared_once_answered() {
    for cols in WIDTHS {
        let work = Workdir::with(&long_named());
        let (mut session, mut screen) = on_screen(&work, &["step", "contact"], cols, &[]);
        screen.wait_for(&mut session, "Church (church)");
        // Both groups ticked: the long one's outcome is asked first.
        keys(&mut session, &format!(" {DOWN} \r"));
        screen.wait_for(&mut session, "where do things stand?");
        let text = screen.text();
        // The question is shown once, broken between words.
        assert_eq!(text.matches("Villeray").count(), 2, "{text}");
        assert!(text.contains("? Association des locataires"), "{text}");
        for row in rows(&screen) {
            assert!(
                !row.starts_with("ment") && !row.starts_with("ogement"),
                "a word was split:\n{text}"
            );
        }
        keys(&mut session, &format!("{DOWN}\r"));
        screen.wait_for(&mut session, "Church: where do things stand?");
        let text = screen.text();
        // Answered: the question stays once, after ✔, with the answer and
        // without what was drawn while it was asked.
        assert_eq!(text.matches("Villeray").count(), 2, "{text}");
        assert!(text.contains("✔ Association des locataires"), "{text}");
        assert!(!text.contains("? Association"), "{text}");
        assert_eq!(
            text.matches("contacted, no answer yet").count(),
            1,
            "{text}"
        );
        let answered: Vec<String> = rows(&screen)
            .into_iter()
            .skip_while(|row| !row.starts_with("✔ Association"))
            .take_while(|row| !row.starts_with("? Church"))
            .collect();
        assert!(
            answered.join(" ").contains("stand? · in dialogue"),
            "{text}"
        );
        assert!(answered.iter().all(|row| !row.contains("Enter")), "{text}");
        if cols == 80 {
            assert_eq!(answered.len(), 2, "{text}");
        }
        keys(&mut session, "\r");
        screen.wait_for(&mut session, "Is this step finished?");
        keys(&mut session, "n");
        screen.finish(&mut session);
        assert_eq!(exit_code(&session), 0, "{}", screen.text());
        let text = screen.text();
        assert!(text.contains("✔ Is this step finished? · no"), "{text}");
        // The ticked groups are echoed by name, without their scores.
        assert!(text.contains(&format!("· {}", &LONG_NAME[..30])), "{text}");
        assert!(!text.contains("✔ Whom will you contact? (impacted groups and allies first, then by interest and power) · Association des locataires de Villeray et du quartier Saint-Michel pour le droit au logement (tenants)"), "{text}");
        assert!(!text.contains("impacted ·"), "{text}");
    }
}

#[test]
fn a_multi_select_without_colour_marks_the_current_item_and_the_ticks() {
    for cols in WIDTHS {
        for (args, env) in [
            (&["step", "contact"][..], &[("NO_COLOR", "1")][..]),
            (&["step", "contact", "--color", "never"][..], &[][..]),
        ] {
            let work = Workdir::with(THREE_GROUPS);
            let (mut session, mut screen) = on_screen(&work, args, cols, env);
            screen.wait_for(&mut session, "Church (church)");
            keys(&mut session, &format!(" {DOWN}"));
            screen.wait_for(&mut session, "› [ ] Church");
            let text = screen.text();
            assert!(text.contains("  [x] Tenants"), "{text}");
            assert!(text.contains("press the space bar to tick"), "{text}");
            assert!(!text.contains("Space to tick"), "{text}");
            assert!(!screen.coloured(), "{args:?} {env:?}: coloured\n{text}");
            session.send_control('c').unwrap();
            screen.finish(&mut session);
            assert_eq!(exit_code(&session), 130);
        }
    }
}

#[test]
fn enter_to_keep_only_when_there_is_something_to_keep_and_the_kept_text_is_echoed() {
    let no_editor = [("EDITOR", ""), ("VISUAL", "")];
    // The unity statement is there: Enter keeps it, and it shows after ✔.
    let work = Workdir::with(THREE_GROUPS);
    let (mut session, mut screen) = on_screen(&work, &["update-coalition"], 80, &no_editor);
    screen.wait_for(
        &mut session,
        "New name of the coalition (Enter keeps Front commun)",
    );
    keys(&mut session, "\r");
    screen.wait_for(&mut session, "(Enter to keep)");
    let text = screen.text();
    assert!(text.contains("› Un toit pour tout le monde"), "{text}");
    assert!(!text.contains("(Enter to skip) (Enter"), "{text}");
    keys(&mut session, "\r");
    screen.finish(&mut session);
    let text = screen.text();
    assert!(
        text.contains("✔ New name of the coalition · Front commun\n"),
        "{text}"
    );
    assert!(
        text.contains("disagreements?\n  · Un toit pour tout le monde"),
        "{text}"
    );
    // A draft without a vision: nothing to keep, so Enter skips.
    let work = Workdir::with(THREE_GROUPS);
    let (mut session, mut screen) = on_screen(&work, &["step", "draft"], 80, &no_editor);
    screen.wait_for(&mut session, "Vision");
    screen.wait_for(&mut session, "(Enter to skip)");
    assert!(
        !screen.text().contains("(Enter to keep)"),
        "{}",
        screen.text()
    );
    session.send_control('c').unwrap();
    screen.finish(&mut session);
    assert_eq!(work.read(), THREE_GROUPS);
}

/// No editor: the draft's texts are typed at the prompt.
const NO_EDITOR: &[(&str, &str)] = &[("EDITOR", ""), ("VISUAL", "")];

/// Issue 15's case, on terminals 80 and 160 columns wide: a vision and a
/// culture typed, the structure skipped, a co-author ticked. Before asking
/// whether the step is finished, the structure is asked for again; left
/// empty, every answer is saved and the step is not done; given, the step
/// may be done.
#[test]
fn the_draft_walkthrough_asks_again_for_a_missing_structure_and_keeps_every_answer() {
    for cols in [80, 160] {
        for structure in ["", "A weekly call"] {
            let work = Workdir::with(IN_DIALOGUE);
            let mut session = spawn_sized(&work, &["step", "draft"], cols, NO_EDITOR);
            let mut screen = Screen::new(cols);
            screen.wait_for(&mut session, "Vision:");
            keys(&mut session, "Homes for all\r");
            screen.wait_for(&mut session, "Culture:");
            keys(&mut session, "We listen first\r");
            screen.wait_for(&mut session, "Structure:");
            keys(&mut session, "\r");
            screen.wait_for(&mut session, "Who writes the draft with you?");
            // Church, then Tenants: tick Tenants.
            keys(&mut session, &format!("{DOWN} \r"));
            screen.wait_for(&mut session, "Step 2 still needs a structure.");
            screen.wait_for(&mut session, "Give it now, or leave it empty");
            screen.wait_for_times(&mut session, "Structure:", 2);
            keys(&mut session, &format!("{structure}\r"));
            let draft = if structure.is_empty() {
                screen.finish(&mut session);
                let shown = screen.text();
                assert!(
                    shown.contains("saved; step 2 is not done yet: it still needs a structure"),
                    "{shown}"
                );
                assert!(!shown.contains("Is this step finished?"), "{shown}");
                "[steps.draft]\nstatus = \"doing\"\nstarted = 2026-11-25\nvision = \"Homes for all\"\nculture = \"We listen first\"\nco_authors = [\"tenants\"]\n"
            } else {
                screen.wait_for(&mut session, "Is this step finished?");
                keys(&mut session, "y");
                screen.finish(&mut session);
                assert!(
                    screen.text().contains("step 2 (draft): done"),
                    "{}",
                    screen.text()
                );
                "[steps.draft]\nstatus = \"done\"\nstarted = 2026-11-25\nfinished = 2026-11-25\nvision = \"Homes for all\"\nculture = \"We listen first\"\nstructure = \"A weekly call\"\nco_authors = [\"tenants\"]\n"
            };
            assert_eq!(exit_code(&session), 0, "{}", screen.text());
            assert_eq!(
                work.read(),
                IN_DIALOGUE.replace("\n[groups.church]", &format!("\n{draft}\n[groups.church]")),
                "at {cols} columns"
            );
            work.refused(&["fmt", "--check"], 0);
        }
    }
}

/// `coal add-boundary` on a terminal: whether the line is against a group
/// or a tactic, then which, then how firm it is and why.
#[test]
fn add_boundary_asks_group_or_tactic_then_which() {
    for cols in [80, 160] {
        // Against a group: church holds it; tenants and union are offered.
        let work = Workdir::with(IN_DIALOGUE);
        let mut session = spawn_sized(&work, &["add-boundary", "church"], cols, &[]);
        let mut screen = Screen::new(cols);
        screen.wait_for(&mut session, "Is the line against a group or a tactic?");
        keys(&mut session, "\r");
        screen.wait_for(&mut session, "Against which group?");
        screen.wait_for(&mut session, "union — Union");
        assert!(
            !screen.text().contains("church — Church"),
            "{}",
            screen.text()
        );
        keys(&mut session, &format!("{DOWN}\r"));
        screen.wait_for(&mut session, "How firm is the line?");
        screen.wait_for(&mut session, "limited: a shared space");
        keys(&mut session, "\r");
        screen.wait_for(&mut session, "Why does it hold this line?");
        keys(&mut session, "They evicted us\r");
        screen.wait_for(&mut session, "now holds a refuse boundary");
        screen.finish(&mut session);
        assert_eq!(exit_code(&session), 0);
        assert_eq!(
            work.read(),
            IN_DIALOGUE.replace(
                "name = \"Church\"\nstatus = \"dialogue\"\n",
                "name = \"Church\"\nstatus = \"dialogue\"\nboundaries = [{ group = \"union\", level = \"refuse\", reason = \"They evicted us\" }]\n"
            ),
            "at {cols} columns"
        );
        work.refused(&["fmt", "--check"], 0);

        // Against a tactic: the holder is asked for first.
        let work = Workdir::with(IN_DIALOGUE);
        let mut session = spawn_sized(&work, &["add-boundary"], cols, &[]);
        let mut screen = Screen::new(cols);
        screen.wait_for(&mut session, "Which group holds the boundary?");
        keys(&mut session, &format!("{DOWN}\r"));
        screen.wait_for(&mut session, "Is the line against a group or a tactic?");
        keys(&mut session, &format!("{DOWN}\r"));
        screen.wait_for(&mut session, "Against which tactic?");
        screen.wait_for(&mut session, "sit-in — Sit-in");
        keys(&mut session, &format!("{DOWN}\r"));
        screen.wait_for(&mut session, "takes part only in some ways");
        keys(&mut session, &format!("{DOWN}\r"));
        screen.wait_for(&mut session, "Why does it hold this line?");
        keys(&mut session, "\r");
        screen.wait_for(&mut session, "now holds a limited boundary");
        screen.finish(&mut session);
        assert_eq!(exit_code(&session), 0);
        assert_eq!(
            work.read(),
            IN_DIALOGUE.replace(
                "impacted = true\n",
                "impacted = true\nboundaries = [{ tactic = \"sit-in\", level = \"limited\" }]\n"
            ),
            "at {cols} columns"
        );
        work.refused(&["fmt", "--check"], 0);
    }
}

/// A date typed wrong is asked again with today as the example.
#[test]
fn a_date_prompt_gives_today_as_its_example() {
    let work = Workdir::with(IN_DIALOGUE);
    let today = [("COAL_TODAY", "2027-03-04")];
    let mut session = spawn_sized(&work, &["add-assembly"], 80, &today);
    let mut screen = Screen::new(80);
    screen.wait_for(&mut session, "Date of the assembly");
    keys(&mut session, "16/01/2027\r");
    screen.wait_for(&mut session, "must be a date written like 2027-03-04");
    session.send_control('c').unwrap();
    screen.finish(&mut session);
    assert_eq!(exit_code(&session), 130);
    assert_eq!(work.read(), IN_DIALOGUE);
}

/// Under `--dry-run` nothing is saved, and the walkthrough does not say it is.
#[test]
fn a_dry_run_walkthrough_says_the_step_is_not_done_without_saying_saved() {
    let work = Workdir::with(IN_DIALOGUE);
    let mut session = spawn_sized(&work, &["step", "draft", "--dry-run"], 80, NO_EDITOR);
    let mut screen = Screen::new(80);
    screen.wait_for(&mut session, "Vision:");
    keys(&mut session, "Homes for all\r");
    screen.wait_for(&mut session, "Culture:");
    keys(&mut session, "\r");
    screen.wait_for(&mut session, "Structure:");
    keys(&mut session, "\r");
    screen.wait_for(&mut session, "Who writes the draft with you?");
    keys(&mut session, "\r");
    screen.wait_for(
        &mut session,
        "Step 2 still needs a culture, a structure and a co-author.",
    );
    for again in ["Culture:", "Structure:", "Who writes the draft with you?"] {
        screen.wait_for_times(&mut session, again, 2);
        keys(&mut session, "\r");
    }
    screen.finish(&mut session);
    let shown = screen.text();
    assert!(
        shown.contains(
            "\nstep 2 is not done yet: it still needs a culture, a structure and a co-author"
        ),
        "{shown}"
    );
    assert!(shown.contains("(dry run: nothing written)"), "{shown}");
    assert_eq!(exit_code(&session), 0);
    assert_eq!(work.read(), IN_DIALOGUE);
}

/// Issue 18: a walkthrough in French on a real terminal. The questions
/// are French, the yes/no is answered « o », and the file keeps its own
/// words (`status = "member"`), whatever the language of the screen.
#[test]
fn step_presentation_walks_through_in_french() {
    let held = "[steps.assembly]\nstatus = \"done\"\ndate = 2026-11-20\nplace = \"Salle\"\ninvited = [\"church\", \"tenants\"]\n\n[groups.church]";
    let work = Workdir::with(&IN_DIALOGUE.replacen("[groups.church]", held, 1));
    let mut session = spawn_sized(
        &work,
        &["step", "presentation"],
        100,
        &[("COAL_LANG", "fr")],
    );
    let mut screen = Screen::new(100);
    screen.wait_for(&mut session, "Étape 4\u{a0}: Présenter l’ébauche");
    screen.wait_for(
        &mut session,
        "Une question posée (Entrée quand il n’y en a plus)",
    );
    keys(&mut session, "Qui decide\r");
    screen.wait_for(&mut session, "La réponse donnée (Entrée pour passer)");
    keys(&mut session, "L'assemblee\r");
    screen.wait_for(&mut session, "Posée par");
    screen.wait_for(
        &mut session,
        "flèches pour se déplacer, Entrée pour choisir",
    );
    keys(&mut session, "\r");
    screen.wait_for(&mut session, "personne en particulier");
    screen.wait_for_times(&mut session, "Une question posée", 2);
    keys(&mut session, "\r");
    screen.wait_for(
        &mut session,
        "Quels groupes ont rejoint la coalition\u{202f}?",
    );
    screen.wait_for(&mut session, "barre d’espace pour cocher");
    // Church is the first of the groups not members yet.
    keys(&mut session, " \r");
    screen.wait_for(&mut session, "Cette étape est-elle terminée\u{202f}? [o/N]");
    // A word that is neither is asked again, in French.
    keys(&mut session, "peut-etre\r");
    screen.wait_for(&mut session, "n’est ni oui ni non");
    keys(&mut session, &"\u{7f}".repeat(9));
    keys(&mut session, "o\r");
    screen.wait_for(&mut session, "étape 4 (presentation)\u{a0}: faite");
    screen.finish(&mut session);
    assert_eq!(exit_code(&session), 0);
    let shown = screen.text();
    assert!(
        shown.contains("✔ Cette étape est-elle terminée\u{202f}? · oui"),
        "{shown}"
    );
    assert!(shown.contains("Ensuite\u{a0}: coal "), "{shown}");
    let text = work.read();
    assert!(
        text.contains("[groups.church]\nname = \"Church\"\nstatus = \"member\"\n"),
        "{text}"
    );
    assert!(
        text.contains("questions = [{ question = \"Qui decide\", answer = \"L'assemblee\" }]"),
        "{text}"
    );
    assert!(
        text.contains("[steps.presentation]\nstatus = \"done\""),
        "{text}"
    );
}
