//! Concurrent writers lose nothing (SPEC §4).

mod common;

use common::*;

#[test]
fn sixteen_add_groups_at_once_leave_sixteen_groups() {
    let work = Workdir::with(MINIMAL);
    let children: Vec<_> = (0..16)
        .map(|n| {
            work.command()
                .args(["add-group", &format!("Groupe numéro {n}")])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let text = work.read();
    for n in 0..16 {
        assert!(
            text.contains(&format!("[groups.groupe-numero-{n}]")),
            "group {n} lost:\n{text}"
        );
    }
    work.run(&["check"]).ok();
}

/// Under the lock each writer sees the one before: the first adds the
/// group, the fifteen others find it there and are refused.
#[test]
fn the_same_name_sixteen_times_is_added_once() {
    let work = Workdir::with(MINIMAL);
    let children: Vec<_> = (0..16)
        .map(|_| {
            work.command()
                .args(["-q", "add-group", "Tenants"])
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    let codes: Vec<i32> = children
        .into_iter()
        .map(|mut child| child.wait().unwrap().code().unwrap())
        .collect();
    assert_eq!(codes.iter().filter(|&&c| c == 0).count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|&&c| c == 2).count(), 15, "{codes:?}");
    let text = work.read();
    assert_eq!(text.matches("[groups.tenants").count(), 1, "{text}");
    work.run(&["check"]).ok();
}
