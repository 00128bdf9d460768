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

#[test]
fn the_same_name_sixteen_times_gets_sixteen_ids() {
    let work = Workdir::with(MINIMAL);
    let children: Vec<_> = (0..16)
        .map(|_| {
            work.command()
                .args(["-q", "add-group", "Tenants"])
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let text = work.read();
    assert!(text.contains("[groups.tenants]"));
    for n in 2..=16 {
        assert!(text.contains(&format!("[groups.tenants-{n}]")), "{text}");
    }
}
