//! Tables and cards on a terminal the test makes itself, read on the screen
//! a person would see.

mod common;

use common::pty::*;
use common::*;

/// The screen once `coal ARGS` has left, on a terminal `cols` wide.
fn screen(work: &Workdir, args: &[&str], cols: u16) -> String {
    let mut session = spawn_sized(work, args, cols, &[("NO_COLOR", "1")]);
    let mut screen = Screen::new(cols);
    screen.finish(&mut session);
    screen.text()
}

// A new user follows the README: `coal init`, then `coal list groups` on a
// 60-column terminal (a split pane), too narrow for the table's headers.
// Zero cards must not leave the screen blank: it says the list is empty.
#[test]
fn list_groups_on_a_new_coalition_says_it_is_empty() {
    let work = Workdir::with(MINIMAL);
    let text = screen(&work, &["list", "groups"], 60);
    assert!(text.contains("none yet"), "{text:?}");
}
