//! The README's History section (issue 19) shows what coal prints: its
//! example history is built again here with the real `git` and `coal`,
//! and every line the README shows of an output is in that output, in the
//! same order (the README shortens tables by whole rows).

mod common;

use std::process::Command;

use common::{Run, Workdir, example};

/// The day the README's commands are run.
const DAY: &str = "2027-03-20";

struct Demo {
    work: Workdir,
}

impl Demo {
    /// `program args` in the repository, as `author` on `day` (19:00 in
    /// Montréal), with no git configuration of the machine's.
    fn run(&self, program: &str, args: &[&str], day: &str, author: &str) -> Run {
        let when = format!("{day}T19:00:00-05:00");
        let command = match program {
            "coal" => self.work.command(),
            _ => {
                let mut git = Command::new("git");
                git.current_dir(self.work.dir.path());
                git
            }
        };
        let mut command = command;
        command
            .args(args)
            .env("COAL_TODAY", day)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", author)
            .env("GIT_COMMITTER_NAME", author)
            .env("GIT_AUTHOR_EMAIL", "org@example.org")
            .env("GIT_COMMITTER_EMAIL", "org@example.org")
            .env("GIT_AUTHOR_DATE", &when)
            .env("GIT_COMMITTER_DATE", &when);
        Run::from(command.output().unwrap()).ok()
    }

    /// `coal args` then a commit of the file, as `author` on `day`.
    fn change(&self, args: &[&str], day: &str, author: &str, subject: &str) {
        self.run("coal", args, day, author);
        self.commit(day, author, subject);
    }

    fn commit(&self, day: &str, author: &str, subject: &str) {
        self.run("git", &["add", "coalition.toml"], day, author);
        self.run(
            "git",
            &["-c", "commit.gpgsign=false", "commit", "-q", "-m", subject],
            day,
            author,
        );
    }

    /// What the README shows: the example after its first assembly, a
    /// branch merged back, a group renamed.
    fn new() -> Demo {
        let demo = Demo {
            work: Workdir::with(&example()),
        };
        let day = "2027-01-16";
        demo.run(
            "git",
            &["-c", "init.defaultBranch=main", "init", "-q"],
            day,
            "Amina",
        );
        demo.commit(day, "Amina", "The file after the first assembly");
        demo.change(
            &[
                "-q",
                "update-group",
                "food-coop",
                "--status",
                "dialogue",
                "--spectrum",
                "passive_ally",
            ],
            "2027-02-03",
            "Amina",
            "La Grange: a good first meeting",
        );
        demo.run("git", &["switch", "-q", "-c", "outreach"], day, "Jean");
        demo.change(
            &[
                "-q",
                "update-group",
                "city-council-ngo",
                "--spectrum",
                "passive_ally",
            ],
            "2027-02-10",
            "Jean",
            "Council staff came to the housing forum",
        );
        demo.run("git", &["switch", "-q", "main"], day, "Amina");
        demo.change(
            &[
                "-q",
                "update-group",
                "food-coop",
                "--status",
                "member",
                "--participation",
                "supporter",
            ],
            "2027-02-20",
            "Amina",
            "La Grange joins at the assembly",
        );
        demo.run(
            "git",
            &[
                "-c",
                "commit.gpgsign=false",
                "merge",
                "-q",
                "--no-edit",
                "outreach",
            ],
            "2027-02-21",
            "Jean",
        );
        demo.change(
            &["-q", "rename-group", "food-coop", "la-grange"],
            "2027-03-01",
            "Lucie",
            "Shorter id for La Grange",
        );
        demo.change(
            &["-q", "update-group", "la-grange", "--power", "2"],
            "2027-03-05",
            "Lucie",
            "La Grange opens a second store",
        );
        demo
    }

    /// `coal args` as the README runs it: on a 100-column terminal's width.
    fn coal(&self, args: &[&str]) -> String {
        let mut command = self.work.command();
        command
            .args(args)
            .env("COAL_TODAY", DAY)
            .env("COLUMNS", "100");
        Run::from(command.output().unwrap()).ok().stdout
    }
}

/// The lines the README shows after `$ COMMAND` in a code block.
fn readme_sample(command: &str) -> Vec<String> {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let after = readme
        .split(&format!("```\n$ {command}\n"))
        .nth(1)
        .unwrap_or_else(|| panic!("the README shows no `$ {command}`"));
    let sample = after.split("\n```\n").next().unwrap();
    sample
        .lines()
        .filter(|line| *line != "…")
        .map(str::to_string)
        .collect()
}

/// Each line of `sample` is a line of `output`, in the same order.
fn shown_in(sample: &[String], output: &str) {
    let mut lines = output.lines();
    for line in sample {
        assert!(
            lines.any(|out| out == line),
            "the README shows a line coal does not print (or not there):\n{line}\n\ncoal printed:\n{output}"
        );
    }
}

#[test]
fn the_readme_history_examples_are_what_coal_prints() {
    let demo = Demo::new();
    for command in [
        "coal history food-coop",
        "coal history --field spectrum --since 2027-02-01 --format markdown",
        "coal report spectrum --since 2027-02-01",
    ] {
        let sample = readme_sample(command);
        assert!(sample.len() > 3, "{command}: {sample:?}");
        let args: Vec<&str> = command.split(' ').skip(1).collect();
        shown_in(&sample, &demo.coal(&args));
    }
    // The group's old id and its new one give the same history.
    assert_eq!(
        demo.coal(&["history", "food-coop"]),
        demo.coal(&["history", "la-grange"])
    );
}
