//! Where the network places its groups: a force-directed layout in the
//! manner of Fruchterman and Reingold. Linked groups pull each other
//! together, every group pushes its neighbours away, and the moves shrink
//! as the layout cools.
//!
//! The same coalition must give the same picture (and the same bytes) on
//! every machine: the start is a spiral in the order of the nodes (their
//! sorted ids), nothing is random, no hash order is used, the number of
//! rounds is fixed, and the arithmetic is only `+ - * /` and `sqrt`, in a
//! fixed order. IEEE 754 rounds those exactly the same everywhere (Rust
//! never fuses a multiply and an add on its own), unlike `cos`, `sin` or
//! `powf`, whose last bits differ between libm's: none is used here. A
//! force layout amplifies any difference in the last bits, so this
//! exactness, not the final rounding, is what makes the picture the same.
//! Groups only push within a cutoff, and a grid of cells that size finds
//! the groups near each one, so a round costs about the number of groups,
//! not its square.

/// How far a group pushes, in units of the ideal distance `k`.
const CUTOFF: f64 = 2.0;
/// Rounds of moves: enough for a few hundred groups to settle.
const ROUNDS: usize = 120;
/// The farthest a group moves in the first round (the unit square is 1).
const START_HEAT: f64 = 0.1;
/// A pull towards the centre, so that groups linked to no one stay near
/// the others instead of drifting to the edges. In units of `k`, like the
/// push of a few neighbours: stronger, it would crowd every group into a
/// few cells of the grid and make a round cost the square of their number.
const GRAVITY: f64 = 10.0;
/// Places are rounded to this: the drawing needs no more.
const PLACES: f64 = 1000.0;

/// The place of each of `n` nodes in the unit square, given the links
/// between them (indexes into the nodes).
pub fn layout(n: usize, links: &[(usize, usize)]) -> Vec<(f64, f64)> {
    if n == 0 {
        return Vec::new();
    }
    let k = ideal(n);
    let cutoff = CUTOFF * k;
    let mut places = start(n);
    for round in 0..ROUNDS {
        let heat = START_HEAT * (1.0 - round as f64 / ROUNDS as f64);
        let mut forces = repulsion(&places, k, cutoff);
        attract(&places, links, k, &mut forces);
        for ((x, y), (fx, fy)) in places.iter_mut().zip(&forces) {
            let fx = fx + GRAVITY * k * (0.5 - *x);
            let fy = fy + GRAVITY * k * (0.5 - *y);
            let length = (fx * fx + fy * fy).sqrt();
            if length > 0.0 {
                let step = length.min(heat);
                *x = (*x + fx / length * step).clamp(0.0, 1.0);
                *y = (*y + fy / length * step).clamp(0.0, 1.0);
            }
        }
    }
    fit(&places)
}

/// The ideal distance between two groups when `n` share the unit square.
pub fn ideal(n: usize) -> f64 {
    (1.0 / n.max(1) as f64).sqrt()
}

/// A sunflower spiral around the centre, in the nodes' order: spread out,
/// no two places alike, and the same for the same number of nodes. Each
/// turn by the golden angle is a product by its cosine and sine, written
/// out (no `cos`, `sin`: see the module's comment).
pub fn start(n: usize) -> Vec<(f64, f64)> {
    // cos and sin of the golden angle, 2.399963229728653 radians.
    const TURN: (f64, f64) = (-0.737_368_878_078_319_7, 0.675_490_294_261_523_8);
    let mut direction = (1.0, 0.0);
    (0..n)
        .map(|i| {
            let radius = 0.45 * ((i as f64 + 0.5) / n as f64).sqrt();
            let place = (0.5 + radius * direction.0, 0.5 + radius * direction.1);
            direction = (
                direction.0 * TURN.0 - direction.1 * TURN.1,
                direction.0 * TURN.1 + direction.1 * TURN.0,
            );
            place
        })
        .collect()
}

/// The push on node `i` at `a` from node `j` at `b` when they are closer
/// than `cutoff`: `k²/d` along the line between them. Two nodes on the
/// same spot are pushed apart in a direction taken from their indexes, the
/// same on every run. (`sqrt` of the squares, not `hypot`: the push is
/// most of the layout's time, and places in the unit square cannot
/// overflow.)
fn push(i: usize, a: (f64, f64), j: usize, b: (f64, f64), k: f64, cutoff: f64) -> (f64, f64) {
    let (dx, dy) = (a.0 - b.0, a.1 - b.1);
    let square = dx * dx + dy * dy;
    if square >= cutoff * cutoff {
        return (0.0, 0.0);
    }
    if square > 1e-18 {
        // k²/d along (dx, dy)/d.
        let strength = k * k / square;
        (dx * strength, dy * strength)
    } else {
        // The same line for both, opposite ways, its direction taken from
        // the indexes (never (0, 0): the second part is odd).
        let (dx, dy) = (
            ((i.min(j) * 7 + i.max(j) * 13) % 17) as f64 - 8.0,
            ((i.min(j) * 5 + i.max(j) * 11) % 16) as f64 - 7.5,
        );
        let sign = if i < j { 1.0 } else { -1.0 };
        let length = (dx * dx + dy * dy).sqrt();
        (sign * k * dx / length, sign * k * dy / length)
    }
}

/// What every node feels from the others within `cutoff`, through a grid
/// of cells of that size: only the nine cells around a node are looked at.
pub fn repulsion(places: &[(f64, f64)], k: f64, cutoff: f64) -> Vec<(f64, f64)> {
    let grid = Grid::new(places, cutoff);
    places
        .iter()
        .enumerate()
        .map(|(i, &place)| {
            let mut force = (0.0, 0.0);
            for j in grid.near(place) {
                if j != i {
                    let (fx, fy) = push(i, place, j, places[j], k, cutoff);
                    force.0 += fx;
                    force.1 += fy;
                }
            }
            force
        })
        .collect()
}

/// The same forces, every pair looked at: what the grid must equal.
pub fn repulsion_all_pairs(places: &[(f64, f64)], k: f64, cutoff: f64) -> Vec<(f64, f64)> {
    places
        .iter()
        .enumerate()
        .map(|(i, &place)| {
            let mut force = (0.0, 0.0);
            for (j, &other) in places.iter().enumerate() {
                if j != i {
                    let (fx, fy) = push(i, place, j, other, k, cutoff);
                    force.0 += fx;
                    force.1 += fy;
                }
            }
            force
        })
        .collect()
}

/// Linked nodes pull each other with `d²/k`.
fn attract(places: &[(f64, f64)], links: &[(usize, usize)], k: f64, forces: &mut [(f64, f64)]) {
    for &(a, b) in links {
        let (dx, dy) = (places[a].0 - places[b].0, places[a].1 - places[b].1);
        let distance = (dx * dx + dy * dy).sqrt();
        let (fx, fy) = (dx * distance / k, dy * distance / k);
        forces[a].0 -= fx;
        forces[a].1 -= fy;
        forces[b].0 += fx;
        forces[b].1 += fy;
    }
}

/// The places stretched to fill the unit square and rounded; one node, or
/// nodes all in a line, sit in the middle of the flat side.
fn fit(places: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let span = |pick: fn(&(f64, f64)) -> f64| {
        let low = places.iter().map(pick).fold(f64::INFINITY, f64::min);
        let high = places.iter().map(pick).fold(f64::NEG_INFINITY, f64::max);
        (low, high - low)
    };
    let (x0, width) = span(|p| p.0);
    let (y0, height) = span(|p| p.1);
    let scale = |value: f64, low: f64, size: f64| {
        let unit = if size > 1e-9 {
            (value - low) / size
        } else {
            0.5
        };
        (unit * PLACES).round() / PLACES
    };
    places
        .iter()
        .map(|&(x, y)| (scale(x, x0, width), scale(y, y0, height)))
        .collect()
}

/// Nodes sorted into square cells of the cutoff's size.
struct Grid {
    size: f64,
    columns: usize,
    cells: Vec<Vec<usize>>,
}

impl Grid {
    fn new(places: &[(f64, f64)], size: f64) -> Self {
        // Places stay in the unit square: at most ceil(1/size) cells a side.
        let columns = ((1.0 / size).ceil() as usize).max(1);
        let mut grid = Grid {
            size,
            columns,
            cells: vec![Vec::new(); columns * columns],
        };
        for (i, &place) in places.iter().enumerate() {
            let (column, row) = grid.cell(place);
            grid.cells[row * columns + column].push(i);
        }
        grid
    }

    fn cell(&self, (x, y): (f64, f64)) -> (usize, usize) {
        let index = |v: f64| ((v / self.size).floor().max(0.0) as usize).min(self.columns - 1);
        (index(x), index(y))
    }

    /// The nodes in the cell of `place` and the eight around it.
    fn near(&self, place: (f64, f64)) -> impl Iterator<Item = usize> + '_ {
        let (column, row) = self.cell(place);
        let range = |v: usize| v.saturating_sub(1)..=(v + 1).min(self.columns - 1);
        range(row).flat_map(move |r| {
            range(column).flat_map(move |c| self.cells[r * self.columns + c].iter().copied())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_on_one_spot_are_pushed_apart() {
        let places = vec![(0.5, 0.5); 3];
        let forces = repulsion(&places, ideal(3), 1.0);
        assert!(forces.iter().all(|&(x, y)| x.is_finite() && y.is_finite()));
        assert!(forces.iter().all(|&(x, y)| x != 0.0 || y != 0.0));
    }

    #[test]
    fn one_node_sits_in_the_middle() {
        assert_eq!(layout(1, &[]), vec![(0.5, 0.5)]);
        assert!(layout(0, &[]).is_empty());
    }
}
