//! What stays on a real terminal's screen: prompts and coal's messages
//! fitted to its width, hints that say what Enter keeps, the editor of a
//! longer text. Each test makes its own pseudo-terminal.

mod common;

use common::pty::*;
use common::*;
use rexpect::session::PtySession;

/// Waits until one of `needles` is on the screen and says which.
fn wait_any(screen: &mut Screen, session: &mut PtySession, needles: &[&str]) -> usize {
    let start = std::time::Instant::now();
    loop {
        screen.feed(session);
        let text = screen.text();
        if let Some(i) = needles.iter().position(|n| text.contains(n)) {
            return i;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "none of {needles:?} showed; the screen:\n{text}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// What is on the screen once coal has drawn all it draws for now.
fn settled(screen: &mut Screen, session: &mut PtySession) -> String {
    std::thread::sleep(std::time::Duration::from_millis(200));
    screen.feed(session);
    screen.text()
}

/// Leaves whatever prompt is showing, so the process ends.
fn leave(session: &mut PtySession, screen: &mut Screen) {
    session.send_control('c').unwrap();
    screen.finish(session);
}

/// Lines the terminal had to wrap itself (the screen's text joins a row the
/// terminal wrapped with the next one): lines coal did not fit to the width,
/// which the terminal cuts wherever the edge falls, mid-word.
fn cut_words(screen: &Screen, cols: usize) -> Vec<String> {
    screen
        .text()
        .lines()
        .map(str::trim_end)
        .filter(|row| unicode_columns(row) > cols)
        .map(str::to_string)
        .collect()
}

/// Columns a row takes (an emoji two).
fn unicode_columns(row: &str) -> usize {
    row.chars()
        .map(|c| {
            if c > '\u{2fff}' && c != '✔' && c != '✘' {
                2
            } else {
                1
            }
        })
        .sum()
}

/// An editor that writes `text` into the file it is given, as a person
/// would in their editor.
fn editor_writing(work: &Workdir, text: &str) -> String {
    use std::os::unix::fs::PermissionsExt;
    let path = work.dir.path().join("editor.sh");
    std::fs::write(
        &path,
        format!("#!/bin/sh\nprintf '%s\\n' '{text}' > \"$1\"\n"),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path.to_string_lossy().into_owned()
}

/// `VISUAL=` (as `export VISUAL=` leaves it) or blank beside a real
/// `EDITOR`: coal takes the editor that names a program, and never hands
/// dialoguer an empty one (which crashed, exit 101).
#[test]
fn an_empty_visual_beside_an_editor_does_not_crash_the_draft() {
    for visual in ["", "  ", "''"] {
        let work = Workdir::with(IN_DIALOGUE);
        let editor = editor_writing(&work, "Homes for all");
        let mut session = spawn_sized(
            &work,
            &["step", "draft"],
            80,
            &[
                ("VISUAL", visual),
                ("EDITOR", &editor),
                ("RUST_BACKTRACE", "0"),
            ],
        );
        let mut screen = Screen::new(80);
        let seen = wait_any(
            &mut screen,
            &mut session,
            &["panicked", "Who writes the draft with you?"],
        );
        let text = settled(&mut screen, &mut session);
        leave(&mut session, &mut screen);
        assert_eq!(seen, 1, "VISUAL={visual:?}:\n{text}");
        // The editor was EDITOR's.
        assert!(
            text.contains("✔ Vision: where are we going together? · Homes for all"),
            "{text}"
        );
    }
}

/// With an editor, each draft question is said before the editor opens,
/// wrapped at 80 columns; once closed, what was written stays after a tick
/// as any answer does.
#[test]
fn the_editor_notice_wraps_at_80_columns_and_what_was_written_is_echoed() {
    let work = Workdir::with(IN_DIALOGUE);
    let editor = editor_writing(&work, "Homes for all");
    let mut session = spawn_sized(
        &work,
        &["step", "draft"],
        80,
        &[("EDITOR", &editor), ("VISUAL", &editor)],
    );
    let mut screen = Screen::new(80);
    screen.wait_for(&mut session, "Who writes the draft with you?");
    let text = settled(&mut screen, &mut session);
    let cut = cut_words(&screen, 80);
    leave(&mut session, &mut screen);
    assert!(cut.is_empty(), "cut at 80 columns: {cut:?}\n{text}");
    for question in ["Vision", "Culture", "Structure"] {
        assert!(
            text.lines()
                .any(|l| l.starts_with(&format!("✔ {question}")) && l.ends_with("· Homes for all")),
            "{question}:\n{text}"
        );
    }
    assert!(!text.contains("opening your editor"), "{text}");
}

/// An editor that writes nothing keeps what there was, and says so.
#[test]
fn an_editor_closed_without_saving_echoes_what_is_kept() {
    let text = IN_DIALOGUE.replace(
        "unity_statement = \"Un toit pour tout le monde\"\n",
        "unity_statement = \"Un toit pour tout le monde\"\n\n[steps.draft]\nstatus = \"doing\"\nvision = \"Homes\"\n",
    );
    let work = Workdir::with(&text);
    let mut session = spawn_sized(
        &work,
        &["step", "draft"],
        160,
        &[("EDITOR", "true"), ("VISUAL", "")],
    );
    let mut screen = Screen::new(160);
    screen.wait_for(&mut session, "Who writes the draft with you?");
    let shown = settled(&mut screen, &mut session);
    leave(&mut session, &mut screen);
    assert!(
        shown.contains("✔ Vision: where are we going together? · Homes\n"),
        "{shown}"
    );
    assert!(
        shown.contains("✔ Culture: how do we treat each other? · skipped"),
        "{shown}"
    );
    assert_eq!(work.read(), text);
}

/// Without an editor, a vision cleared and left empty is kept in the file,
/// and the screen says it was kept, not skipped.
#[test]
fn a_cleared_vision_is_echoed_as_kept() {
    let text = IN_DIALOGUE.replace(
        "unity_statement = \"Un toit pour tout le monde\"\n",
        "unity_statement = \"Un toit pour tout le monde\"\n\n[steps.draft]\nstatus = \"doing\"\nvision = \"Homes\"\n",
    );
    let work = Workdir::with(&text);
    let mut session = spawn_sized(
        &work,
        &["step", "draft"],
        160,
        &[("EDITOR", ""), ("VISUAL", "")],
    );
    let mut screen = Screen::new(160);
    screen.wait_for(&mut session, "› Homes");
    keys(&mut session, "\x7f\x7f\x7f\x7f\x7f\r");
    screen.wait_for(&mut session, "Culture");
    let shown = screen.text();
    leave(&mut session, &mut screen);
    let vision = shown
        .lines()
        .find(|l| l.starts_with("✔ Vision"))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(vision.ends_with("· Homes"), "{vision:?}\n{shown}");
}

/// An error and its hint at an 80-column terminal wrap at spaces, under
/// their labels, and keep a command in backticks whole.
#[test]
fn an_error_hint_at_an_80_column_terminal_wraps_at_words() {
    let work = Workdir::with(IN_DIALOGUE);
    let mut session = spawn_sized(&work, &["add-group", "Church", "--no-input"], 80, &[]);
    let mut screen = Screen::new(80);
    screen.finish(&mut session);
    assert_eq!(exit_code(&session), 2);
    let text = screen.text();
    let cut = cut_words(&screen, 80);
    assert!(cut.is_empty(), "cut at 80 columns: {cut:?}\n{text}");
    assert!(text.contains("hint: "), "{text}");
    assert!(text.contains("`coal update-group church`"), "{text}");
    assert_eq!(work.read(), IN_DIALOGUE);
}

/// What an edit did, said at an 80-column terminal, wraps at spaces (an
/// emoji in a name takes two columns).
#[test]
fn the_message_after_an_edit_wraps_at_80_columns() {
    let work = Workdir::with(IN_DIALOGUE);
    let mut session = spawn_sized(
        &work,
        &[
            "add-person",
            "Amélie 🌻 Tremblay",
            "--group",
            "church",
            "--group",
            "tenants",
        ],
        80,
        &[],
    );
    let mut screen = Screen::new(80);
    screen.finish(&mut session);
    assert_eq!(exit_code(&session), 0, "{}", screen.text());
    let text = screen.text();
    assert!(text.contains("added person"), "{text}");
    let cut = cut_words(&screen, 80);
    assert!(cut.is_empty(), "cut at 80 columns: {cut:?}\n{text}");
}

/// The draft walkthrough given nothing, asked again and given nothing,
/// ends with what the step still needs, wrapped at 80 columns.
#[test]
fn the_draft_walkthrough_s_last_words_wrap_at_80_columns() {
    let work = Workdir::with(IN_DIALOGUE);
    let mut session = spawn_sized(
        &work,
        &["step", "draft"],
        80,
        &[("EDITOR", ""), ("VISUAL", "")],
    );
    let mut screen = Screen::new(80);
    for question in ["Vision:", "Culture:", "Structure:"] {
        screen.wait_for(&mut session, question);
        keys(&mut session, "\r");
    }
    screen.wait_for(&mut session, "Who writes the draft with you?");
    keys(&mut session, " \r");
    for question in ["Vision:", "Culture:", "Structure:"] {
        screen.wait_for_times(&mut session, question, 2);
        keys(&mut session, "\r");
    }
    screen.finish(&mut session);
    assert_eq!(exit_code(&session), 0, "{}", screen.text());
    let text = screen.text();
    assert!(text.contains("not done yet"), "{text}");
    let cut = cut_words(&screen, 80);
    assert!(cut.is_empty(), "cut at 80 columns: {cut:?}\n{text}");
}

/// `coal update-tactic march`: each question says what Enter keeps (the
/// tactic has a name, an intensity and a description), and what was kept
/// stays after the tick.
#[test]
fn update_tactic_says_what_enter_keeps_and_echoes_it() {
    let work = Workdir::with(IN_DIALOGUE);
    let mut session = spawn_sized(&work, &["update-tactic", "march"], 80, &[]);
    let mut screen = Screen::new(80);
    screen.wait_for(&mut session, "New name");
    let asked = settled(&mut screen, &mut session);
    for prompt in ["Intensity", "New description"] {
        keys(&mut session, "\r");
        screen.wait_for(&mut session, prompt);
    }
    keys(&mut session, "\r");
    screen.finish(&mut session);
    let text = screen.text();
    assert!(asked.contains("New name (Enter keeps March)"), "{asked}");
    assert!(text.contains("✔ New name · March"), "{text}");
    assert!(text.contains("confrontational) · 2"), "{text}");
    assert!(
        text.contains("✔ New description · A walk through the neighbourhood"),
        "{text}"
    );
    assert!(!text.contains("skipped"), "{text}");
    assert_eq!(work.read(), IN_DIALOGUE);
}

/// In `coal step assembly` with a date and a place recorded, Enter keeps
/// them, and the screen shows the kept date and place after the tick.
#[test]
fn the_assembly_walkthrough_echoes_the_kept_date_and_place() {
    let text = IN_DIALOGUE.replace(
        "unity_statement = \"Un toit pour tout le monde\"\n",
        "unity_statement = \"Un toit pour tout le monde\"\n\n[steps.assembly]\nstatus = \"doing\"\ndate = 2027-01-16\nstart = \"18:30\"\nplace = \"Salle communautaire\"\n",
    );
    let work = Workdir::with(&text);
    let mut session = spawn_sized(&work, &["step", "assembly"], 160, &[]);
    let mut screen = Screen::new(160);
    screen.wait_for(&mut session, "Date of the assembly");
    keys(&mut session, "\r");
    screen.wait_for(&mut session, "End time");
    keys(&mut session, "\r");
    screen.wait_for(&mut session, "? Place");
    keys(&mut session, "\r");
    screen.wait_for(&mut session, "Languages");
    let shown = settled(&mut screen, &mut session);
    leave(&mut session, &mut screen);
    let answered: Vec<&str> = shown.lines().filter(|l| l.starts_with('✔')).collect();
    let find = |what: &str| {
        *answered
            .iter()
            .find(|l| l.contains(what))
            .unwrap_or_else(|| panic!("{shown}"))
    };
    assert!(
        find("Date of the assembly").ends_with("· 2027-01-16"),
        "{shown}"
    );
    assert!(find("Place").ends_with("· Salle communautaire"), "{shown}");
    assert!(
        !shown.contains("✔ Date of the assembly, like 2026-11-25 (Enter"),
        "{shown}"
    );
    assert_eq!(work.read(), text);
}

/// Left with Esc, a prompt leaves its question on the ✘ line, without the
/// key hint it had while asking.
#[test]
fn a_prompt_left_with_esc_leaves_its_question_without_the_hint() {
    let work = Workdir::with(IN_DIALOGUE);
    let mut session = spawn_sized(&work, &["add-space", "Signal"], 160, &[]);
    let mut screen = Screen::new(160);
    screen.wait_for(&mut session, "Medium");
    keys(&mut session, "\x1b");
    screen.finish(&mut session);
    assert_eq!(exit_code(&session), 130);
    let text = screen.text();
    assert!(text.contains("✘ Medium"), "{text}");
    assert!(!text.contains("(Enter to skip)"), "{text}");
    assert_eq!(work.read(), IN_DIALOGUE);
}

/// Ctrl-C at a menu, a multi-select or a text prompt leaves the screen Esc
/// leaves: `✘ question`, nothing of the prompt drawn, exit 130.
#[test]
fn ctrl_c_at_a_menu_or_a_text_prompt_clears_it_as_esc_does() {
    let work = Workdir::with(IN_DIALOGUE);
    let mut session = spawn_sized(&work, &["add-group", "Voisins"], 80, &[]);
    let mut screen = Screen::new(80);
    screen.wait_for(&mut session, "watch");
    keys(&mut session, "\x03");
    screen.finish(&mut session);
    assert_eq!(exit_code(&session), 130);
    let text = screen.text();
    assert!(text.contains("stopped; nothing was written"), "{text}");
    assert!(
        text.contains("✘ Where does the group stand with the coalition?"),
        "{text}"
    );
    assert!(!text.contains("prospect"), "{text}");
    assert!(!text.contains("? "), "{text}");

    let mut session = spawn_sized(&work, &["add-group"], 80, &[]);
    let mut screen = Screen::new(80);
    screen.wait_for(&mut session, "Name of the group");
    keys(&mut session, "Voisins");
    screen.wait_for(&mut session, "Voisins");
    keys(&mut session, "\x03");
    screen.finish(&mut session);
    assert_eq!(exit_code(&session), 130);
    let text = screen.text();
    assert!(text.contains("✘ Name of the group"), "{text}");
    assert!(!text.contains("Voisins"), "{text}");
    assert_eq!(work.read(), IN_DIALOGUE);
}

/// A menu of vocabulary words says what each means (`watch: not a
/// partner…`), and once chosen only the word stays.
#[test]
fn the_status_menu_of_add_group_explains_its_words() {
    let work = Workdir::with(IN_DIALOGUE);
    let mut session = spawn_sized(&work, &["add-group", "Voisins"], 160, &[]);
    let mut screen = Screen::new(160);
    screen.wait_for(&mut session, "Where does the group stand");
    screen.wait_for(&mut session, "watch");
    let menu = settled(&mut screen, &mut session);
    keys(&mut session, "\r");
    screen.wait_for(&mut session, "impacted");
    let answered = settled(&mut screen, &mut session);
    leave(&mut session, &mut screen);
    assert!(menu.contains("watch: not a partner"), "{menu}");
    assert!(
        menu.contains("dialogue: talking with the coalition"),
        "{menu}"
    );
    assert!(
        answered.contains("✔ Where does the group stand with the coalition? · prospect\n"),
        "{answered}"
    );
}
