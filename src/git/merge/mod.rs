//! The three-way merge of SPEC §8, for `coal merge-driver`.
//!
//! Data decides, layout follows OURS. The three files are read as data with
//! schema defaults filled in, and `plan` decides, part by part, whose version
//! to take: values key by key, register entries by id (an entry added on both
//! sides differently is one conflict), logs stretch by stretch (`sequence`),
//! an assembly, decision or question both sides changed field by field.
//! A clean result that `coal check` would find an error in, which neither
//! side had, has the parts that cause it turned into conflicts. `render` then
//! writes THEIRS' clean changes into OURS' document and each conflict in
//! place, between git's markers.

mod plan;
mod render;
pub mod sealed;
mod sequence;

pub use plan::{Plan, Side, new_errors, resolve};

use toml::Table as Data;
use toml_edit::DocumentMut;

use crate::model::defaults;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub text: String,
    /// Each conflicting part, as a dotted path (`groups.secret.notes`,
    /// `feedback[3]`).
    pub conflicts: Vec<String>,
}

/// Why the data merge cannot be used; git's own line merge takes over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fallback {
    /// A side that is not valid TOML: "base", "ours" or "theirs".
    NotToml(&'static str),
    /// A side that is TOML but not a schema-1 coalition (no `schema = 1`,
    /// a newer schema, no `[coalition]`): its defaults are not known.
    NotCoalition(&'static str),
    /// A part OURS' layout has no place for (a value where a table must be).
    Unplaced(String),
}

/// Keeps one side of every conflict block in `text`: what a person does who
/// resolves each block to ours (or theirs). Blocks of any marker size, with
/// or without a base section (`|||||||`), are understood.
pub fn keep_side(text: &str, side: Side) -> String {
    #[derive(Clone, Copy, PartialEq)]
    enum Part {
        Outside,
        Ours,
        Base,
        Theirs,
    }
    // A marker line: exactly `size` times `c`, then the end or a space.
    let marker = |line: &str, c: char, size: usize| {
        let line = line.trim_end_matches(['\n', '\r']);
        let run = line.chars().take_while(|&x| x == c).count();
        run == size && (line.len() == run || line[run..].starts_with(' '))
    };
    let mut out = String::with_capacity(text.len());
    let (mut part, mut size) = (Part::Outside, 0);
    for line in text.split_inclusive('\n') {
        let opening = line.chars().take_while(|&c| c == '<').count();
        part = match part {
            Part::Outside if opening >= 7 && marker(line, '<', opening) => {
                size = opening;
                Part::Ours
            }
            Part::Ours if marker(line, '|', size) => Part::Base,
            Part::Ours | Part::Base if marker(line, '=', size) => Part::Theirs,
            Part::Theirs if marker(line, '>', size) => Part::Outside,
            _ => {
                let keep = match part {
                    Part::Outside => true,
                    Part::Ours => side == Side::Ours,
                    Part::Theirs => side == Side::Theirs,
                    Part::Base => false,
                };
                if keep {
                    out.push_str(line);
                }
                part
            }
        };
    }
    out
}

/// Each side's data, defaults filled in: what the merge compares.
pub fn data(text: &str) -> Result<Data, toml::de::Error> {
    let mut data = crate::store::parse::table(text)?;
    defaults::fill(&mut data);
    Ok(data)
}

/// A side's data, when it is a schema-1 coalition.
fn side(name: &'static str, text: &str) -> Result<Data, Fallback> {
    let mut data = crate::store::parse::table(text).map_err(|_| Fallback::NotToml(name))?;
    crate::model::validate::usable(data.get("schema"), data.get("coalition"))
        .map_err(|_| Fallback::NotCoalition(name))?;
    defaults::fill(&mut data);
    Ok(data)
}

/// The merge as data: the plan, after the guard against new errors.
pub fn plan(base: &Data, ours: &Data, theirs: &Data) -> Plan {
    let mut plan = plan::plan(base, ours, theirs);
    plan::guard(&mut plan, ours, theirs);
    plan
}

/// Below this many bytes of OURS and THEIRS together, their documents are
/// read at the same time, and beside the guard.
const PARALLEL_BELOW: usize = 32 << 20;

pub fn merge(base: &str, ours: &str, theirs: &str, marker_size: usize) -> Result<Merged, Fallback> {
    let sides = [("base", base), ("ours", ours), ("theirs", theirs)];
    let read = |(name, text): (&'static str, &str)| side(name, text);
    let documents = || (theirs.parse::<DocumentMut>(), ours.parse::<DocumentMut>());
    // A `toml_edit` parse needs several times the file's size while it runs,
    // and a document twenty times it once read. Small files: the documents
    // are read beside the data. Large ones: after it, the data freed first,
    // and of THEIRS' document only what the plan takes kept. Large values
    // are freed on threads of their own while the merge goes on.
    let small = ours.len() + theirs.len() < PARALLEL_BELOW;
    std::thread::scope(|scope| {
        let early = small.then(|| scope.spawn(documents));
        let (base_data, ours_data, theirs_data) = {
            let base = scope.spawn(|| read(sides[0]));
            let theirs = scope.spawn(|| read(sides[2]));
            let ours = read(sides[1]);
            (
                base.join().expect("reading does not panic"),
                ours,
                theirs.join().expect("reading does not panic"),
            )
        };
        let (base_data, ours_data, theirs_data) = (base_data?, ours_data?, theirs_data?);
        let mut plan = plan::plan(&base_data, &ours_data, &theirs_data);
        scope.spawn(move || drop(base_data));
        plan::guard(&mut plan, &ours_data, &theirs_data);
        scope.spawn(move || drop((ours_data, theirs_data)));
        let wanted = render::Theirs::wanted(&plan);
        let (theirs_items, doc) = match early {
            Some(documents) => {
                let (theirs_doc, doc) = documents.join().expect("parsing does not panic");
                let theirs_doc = theirs_doc.map_err(|_| Fallback::NotToml("theirs"))?;
                let theirs_items = render::Theirs::extract(&wanted, &theirs_doc);
                scope.spawn(move || drop(theirs_doc));
                (theirs_items, doc)
            }
            None => {
                let theirs_doc = theirs.parse::<DocumentMut>();
                let theirs_doc = theirs_doc.map_err(|_| Fallback::NotToml("theirs"))?;
                let theirs_items = render::Theirs::extract(&wanted, &theirs_doc);
                drop(theirs_doc);
                (theirs_items, ours.parse::<DocumentMut>())
            }
        };
        let doc = doc.map_err(|_| Fallback::NotToml("ours"))?;
        let nonce = render::nonce(&[ours, theirs]);
        let text = render::render(&plan, doc, theirs_items, nonce, marker_size)
            .map_err(|render::Unplaced(path)| Fallback::Unplaced(path))?;
        Ok(Merged {
            text: crate::store::with_line_endings_of(ours, text),
            conflicts: plan.conflict_paths(),
        })
    })
}
