//! A valid schema-1 coalition of any size, for benchmarks and scale tests:
//! N groups and, in proportion, N/50 tactics, N/20 spaces of 20 groups,
//! N/100 committees, N/4 people, N/5 decisions, N/2 feedback entries, and
//! boundaries on a fifth of the groups. Names carry accents.
#![allow(dead_code)]

use std::fmt::Write;

const STATUSES: [&str; 5] = ["member", "member", "member", "dialogue", "contacted"];
const ROLES: [&str; 4] = ["citizen", "rebel", "reformer", "change_agent"];
const RESOURCES: [&str; 7] = [
    "expertise",
    "money",
    "data",
    "visibility",
    "mobilization",
    "space",
    "material",
];
const NAMES: [&str; 6] = [
    "Solidarité",
    "Comité logement",
    "Syndicat",
    "Écologie",
    "Voisins",
    "Collectif",
];

pub fn coalition(n: usize) -> String {
    let n = n.max(20);
    let tactics = (n / 50).max(2);
    let spaces = (n / 20).max(1);
    let committees = (n / 100).max(1);
    let people = n / 4;
    let decisions = n / 5;
    let feedback = n / 2;
    let mut out = String::with_capacity(n * 700);
    let _ = writeln!(
        out,
        "schema = 1\n\n[coalition]\nname = \"Fédération des comités, {n} groupes\"\nunity_statement = \"Un toit, un climat, une dignité pour tout le monde.\"\nkind = \"agile\"\ncreated = 2026-01-15\n\n[agreements]\nfeedback_every_days = 365\n\n[steps.contact]\nstatus = \"done\"\n"
    );
    for g in 0..n {
        let status = STATUSES[g % STATUSES.len()];
        let _ = writeln!(out, "# Groupe {g}: rencontré à l'assemblée régionale.");
        let _ = writeln!(out, "[groups.g{g:06}]");
        let _ = writeln!(
            out,
            "name = \"{} n° {g} de Montréal-Est\"",
            NAMES[g % NAMES.len()]
        );
        let _ = writeln!(out, "status = \"{status}\"");
        let _ = writeln!(
            out,
            "participation = \"{}\"",
            ["core", "active", "supporter", "observer"][g % 4]
        );
        let _ = writeln!(out, "public = {}\nimpacted = {}", g % 3 == 0, g % 4 == 0);
        let _ = writeln!(
            out,
            "power = {}\ninterest = {}\nunpredictability = {}",
            1 + g % 5,
            1 + (g / 5) % 5,
            1 + (g / 25) % 5
        );
        let _ = writeln!(out, "members = {}", 10 + g * 7 % 900);
        let _ = writeln!(out, "roles = [\"{}\"]", ROLES[g % 4]);
        let _ = writeln!(
            out,
            "tactics = [\"t{:04}\", \"t{:04}\"]",
            g % tactics,
            (g + 1) % tactics
        );
        let _ = writeln!(out, "offers = {{ {} = \"aide n° {g}\" }}", RESOURCES[g % 7]);
        let _ = writeln!(
            out,
            "needs = {{ {} = \"besoin n° {g}\" }}",
            RESOURCES[(g + 3) % 7]
        );
        let _ = writeln!(out, "joined = 2026-{:02}-{:02}", 1 + g % 12, 1 + g % 28);
        let _ = writeln!(
            out,
            "contact = {{ name = \"Personne {g}\", email = \"g{g}@example.org\" }}"
        );
        if g % 5 == 0 {
            let _ = writeln!(
                out,
                "boundaries = [{{ tactic = \"t{:04}\", level = \"limited\", reason = \"Pas de ça chez nous.\" }}]",
                (g + 7) % tactics
            );
        }
        out.push('\n');
    }
    for t in 0..tactics {
        let _ = writeln!(
            out,
            "[tactics.t{t:04}]\nname = \"Tactique {t}\"\nintensity = {}\n",
            1 + t % 5
        );
    }
    for s in 0..spaces {
        let groups: Vec<String> = (0..20)
            .map(|i| format!("\"g{:06}\"", (s * 20 + i) % n))
            .collect();
        let _ = writeln!(
            out,
            "[spaces.s{s:05}]\nname = \"Espace {s}\"\nmedium = \"signal\"\ngroups = [{}]\n",
            groups.join(", ")
        );
    }
    for c in 0..committees {
        let groups: Vec<String> = (0..10)
            .map(|i| format!("\"g{:06}\"", (c * 100 + i * 4) % n))
            .collect();
        let _ = writeln!(
            out,
            "[committees.c{c:04}]\nname = \"Comité {c}\"\nsteering = {}\ngroups = [{}]\n",
            c == 0,
            groups.join(", ")
        );
    }
    for p in 0..people {
        let _ = writeln!(
            out,
            "[people.p{p:06}]\nname = \"Militant·e {p}\"\ngroups = [\"g{:06}\", \"g{:06}\"]\n",
            (p * 4) % n,
            (p * 4 + 1) % n
        );
    }
    for d in 0..decisions {
        let group = format!("\"g{:06}\"", (d * 5) % n);
        let _ = writeln!(
            out,
            "[[decisions]]\ndate = 2026-{:02}-{:02}\nsummary = \"Décision n° {d}\"\nby = \"c0000\"\nrule = \"consent\"\naffects = [{group}]\nconsulted = [{group}]\n",
            1 + d % 12,
            1 + d % 28
        );
    }
    for f in 0..feedback {
        let _ = writeln!(
            out,
            "[[feedback]]\ndate = 2026-11-{:02}\ngroup = \"g{:06}\"\ntext = \"Retour n° {f} : ça avance, on continue.\"\n",
            1 + f % 25,
            (f * 2) % n
        );
    }
    out
}
