//! The room's answers together, without a server: a workshop facilitator collects the
//! participants' share codes (typed, pasted as links, several at once) in a [`Room`] on
//! the projector's device, and [`picture`] shows the room anonymously: how many joined,
//! how many stand on each step, and per dimension the spread (min / median / max), with
//! the dimensions where the room disagrees most first.
//!
//! Owns the room's format in storage (strict, versioned) and the geometry of its two
//! charts ([`distribution_chart`], [`range_chart`]). A participant is only a code: no
//! name, nothing personal. Pure and total like the rest of the engine.

use crate::answers::Answers;
use crate::assess::assess;
use crate::chart::{wrap, Anchor, Label, Point, Rect, CHAR_WIDTH};
use crate::model::{CodeBook, Model};
use crate::share::{self, ShareError};
use serde::{Deserialize, Serialize};

/// The format [`Room::encode`] writes and [`Room::decode`] reads.
pub const FORMAT: u32 = 1;
/// The most participants a room holds (a workshop has tens): more are refused when added,
/// and a stored room with more is set aside unread (issue 12, kind 17).
pub const MAX_CODES: usize = 300;
/// The largest stored room read ([`MAX_CODES`] codes come to about 10 KB).
pub const MAX_BYTES: usize = 64 * 1024;

/// The participants' codes, normalised, in the order they were added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Room {
    codes: Vec<String>,
}

/// What became of one piece of an added text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Added {
    /// A new participant.
    New,
    /// The same answers code is in the room already: counted once.
    Duplicate,
    /// Not a code that can be used: `given` as typed, and why.
    Bad { given: String, error: ShareError },
    /// A new participant, but the room is full ([`MAX_CODES`]): `given` as typed.
    Full { given: String },
}

/// Why stored room data could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoomError {
    /// Not JSON, or not the shape of a room.
    Unreadable,
    /// Written by a newer version (a format this one does not know).
    Newer,
    /// The code at this position (0-based) does not decode.
    BadCode(usize),
    /// More than [`MAX_BYTES`] or [`MAX_CODES`]: not read.
    TooLarge,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    format: u32,
    codes: Vec<String>,
}

/// The pieces of a text that may each be a code or a link. Newlines, commas and
/// semicolons separate pieces; within a line, spaces separate pieces too, except that a
/// line made only of groups of at most four characters (a code written in groups with
/// spaces, `1A8Z K3M0 …`) is one piece.
pub fn pieces(text: &str) -> Vec<String> {
    let text = crate::typed::normalise(text);
    let mut out = Vec::new();
    for line in text.split(['\n', '\r', ',', ';']) {
        let tokens: Vec<&str> = line.split_whitespace().collect();
        if tokens.is_empty() {
            continue;
        }
        let groups = tokens.len() > 1 && tokens.iter().all(|t| t.chars().filter(|c| *c != '-').count() <= share::GROUP);
        if groups {
            out.push(tokens.join(" "));
        } else {
            out.extend(tokens.into_iter().map(str::to_string));
        }
    }
    out
}

/// A code in its one written form (the newest code book's encoding of what it holds),
/// so the same answers are the same code however they were typed or linked.
fn normalise(book: &CodeBook, piece: &str) -> Result<String, ShareError> {
    let code = share::typed_code(piece);
    let decoded = share::decode(book, &code)?;
    Ok(share::encode(book, &decoded.profile, &decoded.answers))
}

impl Room {
    pub fn new() -> Self {
        Room::default()
    }

    /// Adds every code or link in `text` (see [`pieces`]); one outcome per piece, in order.
    pub fn add(&mut self, book: &CodeBook, text: &str) -> Vec<Added> {
        pieces(text)
            .into_iter()
            .map(|piece| match normalise(book, &piece) {
                Ok(code) if self.codes.contains(&code) => Added::Duplicate,
                Ok(_) if self.codes.len() >= MAX_CODES => Added::Full { given: piece },
                Ok(code) => {
                    self.codes.push(code);
                    Added::New
                }
                Err(error) => Added::Bad { given: piece, error },
            })
            .collect()
    }

    pub fn clear(&mut self) {
        self.codes.clear();
    }

    /// How many participants (distinct codes).
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// The codes, in the order added.
    pub fn codes(&self) -> &[String] {
        &self.codes
    }

    /// A room of codes already in their written form (from [`Room::codes`] of rooms),
    /// each once, at most [`MAX_CODES`].
    pub fn from_codes(codes: Vec<String>) -> Room {
        let mut room = Room::new();
        for code in codes {
            if !room.codes.contains(&code) && room.codes.len() < MAX_CODES {
                room.codes.push(code);
            }
        }
        room
    }

    /// The room as stored on the facilitator's device.
    pub fn encode(&self) -> String {
        serde_json::to_string(&Stored { format: FORMAT, codes: self.codes.clone() }).unwrap_or_default()
    }

    /// Reads a stored room strictly: every code must decode. Never panics.
    pub fn decode(book: &CodeBook, text: &str) -> Result<Room, RoomError> {
        if text.len() > MAX_BYTES {
            return Err(RoomError::TooLarge);
        }
        let value: serde_json::Value = serde_json::from_str(text).map_err(|_| RoomError::Unreadable)?;
        match value.get("format").and_then(serde_json::Value::as_u64) {
            Some(f) if f == u64::from(FORMAT) => {}
            Some(f) if f > u64::from(FORMAT) => return Err(RoomError::Newer),
            _ => return Err(RoomError::Unreadable),
        }
        let stored: Stored = serde_json::from_value(value).map_err(|_| RoomError::Unreadable)?;
        if stored.codes.len() > MAX_CODES {
            return Err(RoomError::TooLarge);
        }
        let mut room = Room::new();
        for (i, code) in stored.codes.iter().enumerate() {
            let code = normalise(book, code).map_err(|_| RoomError::BadCode(i))?;
            if !room.codes.contains(&code) {
                room.codes.push(code);
            }
        }
        Ok(room)
    }

    /// Every participant's answers, in the order added.
    pub fn answers(&self, book: &CodeBook) -> Vec<Answers> {
        self.codes.iter().filter_map(|c| share::decode(book, c).ok()).map(|d| d.answers).collect()
    }
}

/// The room's picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub participants: usize,
    /// How many participants stand on each step, lowest first: "not yet on step 1" (step 0)
    /// and then every step of the model.
    pub steps: Vec<StepCount>,
    /// Per dimension, in model order.
    pub dimensions: Vec<Spread>,
    /// The dimensions with a spread, the widest (max - min) first; ties in model order.
    pub disagreement: Vec<Spread>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepCount {
    pub step: u8,
    pub count: usize,
}

/// How a dimension's scores spread over the participants who have a score in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spread {
    pub id: String,
    /// Participants with a score in this dimension.
    pub scored: usize,
    /// `None` when nobody has a score.
    pub range: Option<Range>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub min: u32,
    /// The middle score; with an even number, the mean of the middle two, rounded half up.
    pub median: u32,
    pub max: u32,
}

impl Range {
    pub fn width(&self) -> u32 {
        self.max - self.min
    }
}

/// The range of `scores` (any order); `None` when empty.
pub fn range(scores: &[u32]) -> Option<Range> {
    let mut s = scores.to_vec();
    s.sort_unstable();
    let (min, max) = (*s.first()?, *s.last()?);
    let n = s.len();
    let median = if n % 2 == 1 { s[n / 2] } else { (s[n / 2 - 1] + s[n / 2]).div_ceil(2) };
    Some(Range { min, median, max })
}

/// The room's picture: each participant is assessed like a company on its own.
pub fn picture(model: &Model, book: &CodeBook, room: &Room) -> Picture {
    let assessments: Vec<_> = room.answers(book).iter().map(|a| assess(model, a)).collect();
    let steps = std::iter::once(0)
        .chain(model.steps.iter().map(|s| s.id))
        .map(|step| StepCount { step, count: assessments.iter().filter(|a| a.step == step).count() })
        .collect();
    let dimensions: Vec<Spread> = model
        .dimensions
        .iter()
        .map(|d| {
            let scores: Vec<u32> = assessments.iter().filter_map(|a| a.dimension(&d.id).and_then(|x| x.score)).collect();
            Spread { id: d.id.to_string(), scored: scores.len(), range: range(&scores) }
        })
        .collect();
    let mut disagreement: Vec<Spread> = dimensions.iter().filter(|d| d.range.is_some()).cloned().collect();
    // A stable sort keeps model order among ties.
    disagreement.sort_by_key(|d| std::cmp::Reverse(d.range.map_or(0, |r| r.width())));
    Picture { participants: assessments.len(), steps, dimensions, disagreement }
}

// ---------------------------------------------------------------------------------------
// Chart geometry (text widths as in [`crate::chart`], with room for WCAG text spacing)

/// One bar of the step distribution.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub step: u8,
    pub count: usize,
    /// Zero height when nobody stands on the step.
    pub bar: Rect,
    /// The count, above the bar.
    pub value: Label,
    /// The step's number and name, under the bar.
    pub name: Label,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Distribution {
    pub width: f32,
    pub height: f32,
    /// The baseline the bars stand on (y).
    pub base: f32,
    pub bars: Vec<Bar>,
}

/// The bar chart of how many stand on each step: `names` are the steps' names, lowest first.
pub fn distribution_chart(picture: &Picture, names: &[String]) -> Distribution {
    let (width, top, plot_height, slot, bar_width) = (640.0, 34.0, 200.0, 640.0 / picture.steps.len().max(1) as f32, 72.0);
    let size: f32 = 13.0;
    let lines =
        picture.steps.iter().enumerate().map(|(i, s)| step_label(s.step, names.get(i).map_or("", String::as_str))).collect::<Vec<_>>();
    let most_lines = lines.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32;
    // One size for every name (the longest word decides), so no step looks smaller.
    let longest = lines.iter().flatten().map(|l| l.chars().count()).max().unwrap_or(1).max(1) as f32;
    let name_size = size.min((slot - 8.0) / (longest * CHAR_WIDTH));
    let base = top + plot_height;
    let height = base + 8.0 + size * 1.25 * most_lines + 6.0;
    let most = picture.steps.iter().map(|s| s.count).max().unwrap_or(0).max(1) as f32;
    let bars = picture
        .steps
        .iter()
        .zip(lines)
        .enumerate()
        .map(|(i, (s, lines))| {
            let centre = slot * i as f32 + slot / 2.0;
            let h = plot_height * s.count as f32 / most;
            let bar = Rect { x: centre - bar_width / 2.0, y: base - h, width: bar_width, height: h };
            Bar {
                step: s.step,
                count: s.count,
                bar,
                value: Label {
                    lines: vec![s.count.to_string()],
                    at: Point { x: centre, y: bar.y - 8.0 },
                    anchor: Anchor::Middle,
                    size: 16.0,
                },
                name: Label { lines, at: Point { x: centre, y: base + 8.0 + name_size }, anchor: Anchor::Middle, size: name_size },
            }
        })
        .collect();
    Distribution { width, height, base, bars }
}

/// "3. Connected processes"; "not yet on step 1" (step 0) has its name only.
fn step_label(step: u8, name: &str) -> Vec<String> {
    let text = if step == 0 { name.to_string() } else { format!("{step}. {name}") };
    let mut lines = wrap(&text, 16);
    if lines.is_empty() {
        lines.push(step.to_string());
    }
    lines
}

/// One dimension's row of the range chart.
#[derive(Clone, Debug, PartialEq)]
pub struct RangeRow {
    pub id: String,
    pub name: Label,
    /// The min-max bar (at least a sliver wide, so a single score still shows), when scored.
    pub bar: Option<Rect>,
    /// The median's mark: a vertical line from `median.0` to `median.1`.
    pub median: Option<(Point, Point)>,
    /// "min · median · max" beside the plot, or a dash when nobody has a score.
    pub values: Label,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RangeChart {
    pub width: f32,
    pub height: f32,
    /// The plotting area: 0-100 left to right, one row per dimension.
    pub plot: Rect,
    /// Gridlines: the value and its x, with its label above the plot.
    pub ticks: Vec<(u32, f32, Label)>,
    pub rows: Vec<RangeRow>,
}

/// The per-dimension spread: names in model order, `unscored` for a dimension nobody has
/// a score in.
pub fn range_chart(picture: &Picture, names: &[String], unscored: &str) -> RangeChart {
    let (width, name_right, plot_x, plot_width, top, row) = (760.0, 214.0, 230.0, 370.0, 30.0, 44.0);
    let size: f32 = 13.0;
    let count = picture.dimensions.len();
    let plot = Rect { x: plot_x, y: top, width: plot_width, height: row * count as f32 };
    let height = top + plot.height + 8.0;
    let x_of = |v: u32| plot.x + plot.width * v.min(100) as f32 / 100.0;
    let ticks = [0, 25, 50, 75, 100]
        .iter()
        .map(|v| {
            let x = x_of(*v);
            (*v, x, Label { lines: vec![v.to_string()], at: Point { x, y: top - 10.0 }, anchor: Anchor::Middle, size: 12.0 })
        })
        .collect();
    let rows = picture
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let mid = top + row * i as f32 + row / 2.0;
            let lines = wrap(names.get(i).map_or("", String::as_str), 24);
            let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(1).max(1) as f32;
            let name_size = size.min((name_right - 4.0) / (longest * CHAR_WIDTH));
            let leading = name_size * 1.25;
            let block = leading * (lines.len().max(1) - 1) as f32;
            let name =
                Label { lines, at: Point { x: name_right, y: mid - block / 2.0 + name_size * 0.35 }, anchor: Anchor::End, size: name_size };
            let (bar, median, values) = match d.range {
                Some(r) => {
                    let (x0, x1) = (x_of(r.min), x_of(r.max));
                    let bar = Rect { x: x0 - 2.0, y: mid - 9.0, width: (x1 - x0) + 4.0, height: 18.0 };
                    let m = x_of(r.median);
                    let text = format!("{} · {} · {}", r.min, r.median, r.max);
                    (Some(bar), Some((Point { x: m, y: mid - 14.0 }, Point { x: m, y: mid + 14.0 })), text)
                }
                None => (None, None, unscored.to_string()),
            };
            let values = Label {
                lines: vec![values],
                at: Point { x: plot.x + plot.width + 12.0, y: mid + size * 0.35 },
                anchor: Anchor::Start,
                size,
            };
            RangeRow { id: d.id.clone(), name, bar, median, values }
        })
        .collect();
    RangeChart { width, height, plot, ticks, rows }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two_rounded_half_up() {
        assert_eq!(range(&[]), None);
        assert_eq!(range(&[40]), Some(Range { min: 40, median: 40, max: 40 }));
        assert_eq!(range(&[90, 10, 50]), Some(Range { min: 10, median: 50, max: 90 }));
        assert_eq!(range(&[10, 20, 31, 90]), Some(Range { min: 10, median: 26, max: 90 }));
    }

    #[test]
    fn pieces_split_at_separators_but_keep_a_code_written_in_spaced_groups() {
        assert_eq!(pieces("A, B;C\nABCDE  FGHIJ"), ["A", "B", "C", "ABCDE", "FGHIJ"]);
        assert_eq!(pieces("1A8Z K3M0 ABC\r\n\n"), ["1A8Z K3M0 ABC"]);
        assert_eq!(pieces("https://x.dk/#share=ABCDEFGH 1A8Z-K3M0"), ["https://x.dk/#share=ABCDEFGH", "1A8Z-K3M0"]);
        assert!(pieces(" ,; \n").is_empty());
    }
}
