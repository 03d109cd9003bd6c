//! Chart geometry: where everything in the three result charts goes, in plain numbers, so
//! the views only draw it and the tests can measure it.
//!
//! Owns the layout of the staircase (five bars rising to the full width, drawn as text at
//! the body's size; the current step, the ambition and the gaps on steps reached marked),
//! the dimension profile (a radar of the eight scores with the ambition's targets) and the
//! efficiency x added-value map (the company as a point, and the typical path up the
//! staircase). The radar's and the map's coordinates are SVG user units in a fixed view
//! box; text positions come with an estimate of their width (with room for WCAG text
//! spacing), so that labels are laid out without a browser. Words are the caller's
//! (passed in); colours are the view's.

use crate::answers::{Answer, Answers};
use crate::assess::{assess, Assessment};
use crate::model::{Model, Role};

/// An average character's width relative to the font size (system sans-serif, 0.62), plus
/// the 0.12 em letter spacing a reader may set (WCAG 1.4.12): labels laid out with it are
/// never cut off by the chart's edge.
pub(crate) const CHAR_WIDTH: f32 = 0.62 + 0.12;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// A box: `x`, `y` is the top left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl Rect {
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.width && other.x < self.x + self.width && self.y < other.y + other.height && other.y < self.y + self.height
    }

    pub fn inside(&self, width: f32, height: f32) -> bool {
        self.x >= 0.0 && self.y >= 0.0 && self.x + self.width <= width && self.y + self.height <= height
    }
}

/// How a text line sits on its point (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// A text of one or more lines: the first line's baseline starts at `at`.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub lines: Vec<String>,
    pub at: Point,
    pub anchor: Anchor,
    pub size: f32,
}

impl Label {
    /// Line spacing.
    pub fn leading(&self) -> f32 {
        self.size * 1.25
    }

    /// The box the text covers (estimated).
    pub fn bounds(&self) -> Rect {
        let widest = self.lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f32 * self.size * CHAR_WIDTH;
        let x = match self.anchor {
            Anchor::Start => self.at.x,
            Anchor::Middle => self.at.x - widest / 2.0,
            Anchor::End => self.at.x - widest,
        };
        let height = self.size + self.leading() * (self.lines.len().max(1) - 1) as f32;
        Rect { x, y: self.at.y - self.size * 0.8, width: widest, height: height + self.size * 0.2 }
    }
}

/// Breaks `text` into lines of at most `width` characters at spaces (a longer word
/// stands on its own line).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

// ---------------------------------------------------------------------------------------
// The staircase

/// One step of the staircase chart. The chart is text (HTML, at the body's type size in
/// every language and at every width): each step a bar as long as its share of the
/// staircase, the highest on top, with its name, status and marks beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct StairBlock {
    pub step: u8,
    /// The bar's length, in percent of the chart's width: the steps rise evenly to 100.
    pub length: u8,
    pub met: bool,
    pub current: bool,
    pub ambition: bool,
    /// Gaps on this step although it is reached (marked with a badge).
    pub gaps: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Staircase {
    pub blocks: Vec<StairBlock>,
}

/// The staircase, lowest step first.
pub fn staircase(assessment: &Assessment, ambition: Option<u8>) -> Staircase {
    let count = assessment.steps.len().max(1);
    let blocks = assessment
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| StairBlock {
            step: s.step,
            length: (100 * (i + 1) / count) as u8,
            met: s.met,
            current: s.step == assessment.step,
            ambition: ambition == Some(s.step),
            gaps: if s.met { assessment.lower_gaps.iter().filter(|g| g.step == s.step).count() } else { 0 },
        })
        .collect();
    Staircase { blocks }
}

// ---------------------------------------------------------------------------------------
// The dimension profile (radar)

#[derive(Clone, Debug, PartialEq)]
pub struct RadarAxis {
    pub id: String,
    /// The axis' end on the rim.
    pub end: Point,
    pub label: Label,
    /// The company's score on this axis, `None` when unscored (drawn at the centre).
    pub score: Option<u32>,
    pub point: Point,
    /// The typical score at the ambition, when one is chosen.
    pub target: Option<Point>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Radar {
    pub width: f32,
    pub height: f32,
    pub center: Point,
    pub radius: f32,
    /// The radii of the 25, 50, 75 and 100 rings.
    pub rings: Vec<(u32, f32)>,
    pub axes: Vec<RadarAxis>,
}

/// The point at `value` (0-100) on axis `index` of `count`, the first pointing up and the
/// rest clockwise.
pub fn polar(center: Point, radius: f32, index: usize, count: usize, value: f32) -> Point {
    let angle = std::f32::consts::TAU * index as f32 / count.max(1) as f32 - std::f32::consts::FRAC_PI_2;
    let r = radius * value.clamp(0.0, 100.0) / 100.0;
    Point { x: center.x + r * angle.cos(), y: center.y + r * angle.sin() }
}

/// The radar of the dimension scores: `names` are the dimensions' names in model order.
pub fn radar(model: &Model, assessment: &Assessment, ambition: Option<u8>, names: &[String]) -> Radar {
    let (width, height, radius) = (680.0, 440.0, 140.0);
    let center = Point { x: width / 2.0, y: height / 2.0 };
    let count = assessment.dimensions.len();
    let size = 14.0;
    let axes = assessment
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let end = polar(center, radius, i, count, 100.0);
            let out = polar(center, radius + 14.0, i, count, 100.0);
            let dx = out.x - center.x;
            let anchor = if dx.abs() < 1.0 {
                Anchor::Middle
            } else if dx > 0.0 {
                Anchor::Start
            } else {
                Anchor::End
            };
            let lines = wrap(names.get(i).map_or("", String::as_str), 17);
            let leading = size * 1.25;
            // Labels above the centre grow upwards, those below downwards; side labels
            // are centred on their axis.
            let dy = out.y - center.y;
            let block = leading * (lines.len().max(1) - 1) as f32;
            let y = if dy < -1.0 && anchor == Anchor::Middle {
                out.y - block
            } else if dy > 1.0 && anchor == Anchor::Middle {
                out.y + size
            } else if dy < -1.0 {
                out.y - block + size * 0.3
            } else if dy > 1.0 {
                out.y + size * 0.7
            } else {
                out.y - block / 2.0 + size * 0.35
            };
            let target = ambition
                .and_then(|a| model.dimensions.iter().find(|m| m.id == d.id)?.target(a))
                .map(|t| polar(center, radius, i, count, t as f32));
            RadarAxis {
                id: d.id.to_string(),
                end,
                label: Label { lines, at: Point { x: out.x, y }, anchor, size },
                score: d.score,
                point: polar(center, radius, i, count, d.score.unwrap_or(0) as f32),
                target,
            }
        })
        .collect();
    let rings = [25, 50, 75, 100].iter().map(|v| (*v, radius * *v as f32 / 100.0)).collect();
    Radar { width, height, center, radius, rings, axes }
}

/// Two assessments on one radar: `now` as the company's outline and `then` where the
/// ambition's targets otherwise go.
pub fn radar_then_now(model: &Model, then: &Assessment, now: &Assessment, names: &[String]) -> Radar {
    let mut r = radar(model, now, None, names);
    let count = r.axes.len();
    for (i, (axis, d)) in r.axes.iter_mut().zip(then.dimensions.iter()).enumerate() {
        axis.target = Some(polar(r.center, r.radius, i, count, d.score.unwrap_or(0) as f32));
    }
    r
}

// ---------------------------------------------------------------------------------------
// The efficiency x added-value map

#[derive(Clone, Debug, PartialEq)]
pub struct AxisMap {
    pub width: f32,
    pub height: f32,
    /// The plotting area: efficiency 0-100 left to right, added value 0-100 bottom to top.
    pub plot: Rect,
    /// Where the company stands, when both axes have a score.
    pub company: Option<Point>,
    /// The typical company on each step, lowest first.
    pub path: Vec<(u8, Point)>,
    /// Gridlines: the value and its position on either axis.
    pub ticks: Vec<(u32, f32, f32)>,
}

/// Efficiency and added value of a company that just stands on each step: every sign of
/// the steps up to it in daily use and none above, and the cross-cutting conditions that
/// matter by then in place (scored by the engine itself, so the path follows the model).
pub fn typical_path(model: &Model) -> Vec<(u8, u32, u32)> {
    model
        .steps
        .iter()
        .filter_map(|step| {
            let answers: Answers = model
                .questions
                .iter()
                .filter_map(|q| {
                    let options = &model.scale(&q.scale)?.options;
                    let lowest = q.steps.iter().min().copied().unwrap_or(u8::MAX);
                    let pick = match q.role {
                        Role::Solution if lowest <= step.id => options.iter().max_by_key(|o| o.score),
                        Role::Enabler if lowest <= step.id => options.iter().find(|o| o.in_place),
                        _ => options.iter().min_by_key(|o| o.score),
                    };
                    pick.map(|o| (q.id.clone(), Answer::Option(o.value)))
                })
                .collect();
            let a = assess(model, &answers);
            Some((step.id, a.efficiency?, a.added_value?))
        })
        .collect()
}

/// The map of the company's efficiency and added value, with the typical path.
pub fn axis_map(model: &Model, assessment: &Assessment) -> AxisMap {
    let (width, height) = (520.0, 440.0);
    let plot = Rect { x: 70.0, y: 20.0, width: 420.0, height: 360.0 };
    let at = |efficiency: u32, added_value: u32| Point {
        x: plot.x + plot.width * efficiency.min(100) as f32 / 100.0,
        y: plot.y + plot.height - plot.height * added_value.min(100) as f32 / 100.0,
    };
    let company = match (assessment.efficiency, assessment.added_value) {
        (Some(e), Some(v)) => Some(at(e, v)),
        _ => None,
    };
    let path = typical_path(model).into_iter().map(|(s, e, v)| (s, at(e, v))).collect();
    let ticks = [0, 25, 50, 75, 100]
        .iter()
        .map(|v| (*v, plot.x + plot.width * *v as f32 / 100.0, plot.y + plot.height - plot.height * *v as f32 / 100.0))
        .collect();
    AxisMap { width, height, plot, company, path, ticks }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_breaks_at_spaces_within_the_width() {
        assert_eq!(wrap("Digital forretningsmodel og nye markeder", 15), ["Digital", "forretningsmodel", "og nye markeder"]);
        assert_eq!(wrap("", 10), Vec::<String>::new());
    }

    #[test]
    fn polar_puts_the_first_axis_up_and_turns_clockwise() {
        let c = Point { x: 100.0, y: 100.0 };
        let up = polar(c, 50.0, 0, 4, 100.0);
        let right = polar(c, 50.0, 1, 4, 100.0);
        assert!((up.x - 100.0).abs() < 0.01 && (up.y - 50.0).abs() < 0.01);
        assert!((right.x - 150.0).abs() < 0.01 && (right.y - 100.0).abs() < 0.01);
        assert_eq!(polar(c, 50.0, 3, 8, 0.0), c);
    }
}
