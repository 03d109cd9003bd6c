//! The result's three charts (`chart-staircase` as an HTML list, `chart-radar` and
//! `chart-map` as inline SVG), drawn from the engine's geometry
//! ([`digitrappe_engine::chart`]); this module only draws. Each SVG has a short accessible
//! name; the full information is in the text beside it (the score lists, the map's
//! sentence), so no fact is in a chart only. Colours come from `app.css` (a colour-blind-safe pair, with
//! solid versus dashed lines so the charts read in black and white too).

use digitrappe_engine::chart::{self, Label};
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::{Assessment, Model, Texts};
use yew::prelude::*;

/// A coordinate to one decimal, formatted as integers (1.4 KB gzip less wasm than
/// `{:.1}`, measured).
pub(crate) fn n(v: f32) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

pub(crate) fn text(label: &Label, class: &'static str) -> Html {
    html! {
        <text class={class} x={n(label.at.x)} y={n(label.at.y)} text-anchor={label.anchor.svg()} font-size={n(label.size)}>
            { for label.lines.iter().enumerate().map(|(i, line)| html! {
                <tspan x={n(label.at.x)} dy={if i == 0 { "0".to_string() } else { n(label.leading()) }}>{ line.clone() }</tspan>
            }) }
        </text>
    }
}

fn points(points: impl Iterator<Item = chart::Point>) -> String {
    points.map(|p| format!("{},{}", n(p.x), n(p.y))).collect::<Vec<_>>().join(" ")
}

/// The staircase (`chart-staircase`, each `stair-block` with `data-step`): a bar per step
/// as long as its share, the highest on top, with the step's name, whether it is in place,
/// the marks for where the company stands and its ambition, a gap badge (`gap-badge`,
/// explained beside the chart) and what the step lacks. Text at the body's size, so it
/// reads at every width and in every language.
pub fn staircase(t: &Texts, a: &Assessment, ambition: Option<u8>) -> Html {
    let g = chart::staircase(a, ambition);
    let top = a.steps.last().map_or(0, |s| s.step).to_string();
    let label = fill(t.ui(Ui::ChartStaircaseLabel), &[("place", &t.place(a.step)), ("top", &top)]);
    let count = |n: u32| n.to_string();
    html! {
        <>
        <ol class="staircase chart-staircase" data-testid="chart-staircase" aria-label={label}>
            { for g.blocks.iter().zip(&a.steps).map(|(b, s)| {
                let class = classes!("stair", "stair-block", b.met.then_some("met"), b.current.then_some("current"), b.ambition.then_some("ambition"));
                let detail = if !s.enough_evidence {
                    fill(t.ui(Ui::StepLittleEvidence), &[("relevant", &count(s.relevant)), ("signs", &count(s.signs)), ("min", &count(s.min_evidence))])
                } else if s.missing.is_empty() {
                    t.ui(Ui::StepComplete).to_string()
                } else {
                    fill(t.ui(Ui::StepMissing), &[
                        ("in_place", &count(s.in_place_weight)),
                        ("relevant", &count(s.relevant_weight)),
                        ("needed", &count(s.needed_weight)),
                    ])
                };
                html! {
                    <li class={class} data-step={b.step.to_string()} data-length={b.length.to_string()}>
                        <span class="stair-bar" aria-hidden="true">
                            <span class="stair-number">{ b.step }</span>
                            if b.gaps > 0 { <span class="gap-badge">{ format!("!{}", b.gaps) }</span> }
                        </span>
                        <span class="stair-name">
                            { fill(t.ui(Ui::GapStep), &[("step", &b.step.to_string())]) }{ ": " }{ t.step_name(b.step) }
                        </span>
                        <span class="stair-status">
                            { if b.met { t.ui(Ui::StepMet) } else { t.ui(Ui::StepNotMet) } }
                            if b.current { { " · " }<strong class="stair-mark">{ t.ui(Ui::ChartHere) }</strong> }
                            if b.ambition { { " · " }<strong class="stair-mark">{ t.ui(Ui::ChartAmbition) }</strong> }
                            if b.gaps > 0 { <span class="visually-hidden">{ format!(" · !{}", b.gaps) }</span> }
                        </span>
                        <span class="stair-detail">{ detail }</span>
                    </li>
                }
            }) }
        </ol>
        if g.blocks.iter().any(|b| b.gaps > 0) {
            <p class="help chart-legend" data-testid="staircase-legend">{ t.ui(Ui::ChartGapLegend) }</p>
        }
        </>
    }
}

/// The eight dimension scores, with the ambition's typical scores as a dashed outline.
pub fn radar(t: &Texts, model: &Model, a: &Assessment, ambition: Option<u8>) -> Html {
    let names: Vec<String> = a.dimensions.iter().map(|d| t.dimension_name(&d.id).to_string()).collect();
    let g = chart::radar(model, a, ambition, &names);
    let target = ambition.filter(|_| g.axes.iter().all(|x| x.target.is_some()));
    let target = target.map(|step| fill(t.ui(Ui::ChartRadarTarget), &[("step", &step.to_string())]));
    radar_figure(&g, "chart-radar", t.ui(Ui::ChartRadarLabel), t.ui(Ui::ChartRadarCompany), target)
}

/// Two kept results on one radar: now solid, then dashed.
pub fn radar_then_now(t: &Texts, model: &Model, then: &Assessment, now: &Assessment) -> Html {
    let names: Vec<String> = now.dimensions.iter().map(|d| t.dimension_name(&d.id).to_string()).collect();
    let g = chart::radar_then_now(model, then, now, &names);
    radar_figure(&g, "chart-compare", t.ui(Ui::CompareChartLabel), t.ui(Ui::CompareNow), Some(t.ui(Ui::CompareThen).to_string()))
}

fn radar_figure(g: &chart::Radar, testid: &'static str, label: &str, company: &str, target: Option<String>) -> Html {
    let targets: Option<Vec<chart::Point>> = g.axes.iter().map(|x| x.target).collect();
    let c = g.center;
    html! {
        <figure class="chart-figure">
            <svg class="chart chart-radar" data-testid={testid} role="img" aria-label={label.to_string()}
                viewBox={format!("0 0 {} {}", g.width, g.height)}>
                { for g.rings.iter().map(|(v, r)| html! {
                    <>
                        <circle class="ring" cx={n(c.x)} cy={n(c.y)} r={n(*r)} />
                        <text class="ring-label" x={n(c.x + 3.0)} y={n(c.y - r - 2.0)}>{ v }</text>
                    </>
                }) }
                { for g.axes.iter().map(|x| html! {
                    <line class="spoke" x1={n(c.x)} y1={n(c.y)} x2={n(x.end.x)} y2={n(x.end.y)} />
                }) }
                if let Some(targets) = &targets {
                    <polygon class="target" points={points(targets.iter().copied())} />
                }
                <polygon class="company" points={points(g.axes.iter().map(|x| x.point))} />
                { for g.axes.iter().filter(|x| x.score.is_some()).map(|x| html! {
                    <circle class="company-point" cx={n(x.point.x)} cy={n(x.point.y)} r="4" />
                }) }
                { for g.axes.iter().map(|x| text(&x.label, "axis-label")) }
            </svg>
            <figcaption>
                <ul class="legend">
                    <li class="legend-company">{ company }</li>
                    if let (Some(target), Some(_)) = (target, &targets) {
                        <li class="legend-target">{ target }</li>
                    }
                </ul>
            </figcaption>
        </figure>
    }
}

/// Efficiency across, added value up: the company and the typical path.
pub fn axis_map(t: &Texts, model: &Model, a: &Assessment) -> Html {
    let g = chart::axis_map(model, a);
    let p = g.plot;
    let typical = chart::typical_path(model);
    // Below step 1, the comparison is with a company that just stands on step 1.
    let summary = match (a.efficiency, a.added_value, typical.iter().find(|(s, _, _)| *s == a.step.max(1))) {
        (Some(e), Some(v), Some((step, te, tv))) => fill(
            t.ui(Ui::ChartMapSummary),
            &[
                ("efficiency", &e.to_string()),
                ("added_value", &v.to_string()),
                ("place", &t.place(*step)),
                ("typical_efficiency", &te.to_string()),
                ("typical_added_value", &tv.to_string()),
            ],
        ),
        _ => t.ui(Ui::ChartMapNone).to_string(),
    };
    html! {
        <figure class="chart-figure">
            <svg class="chart chart-map" data-testid="chart-map" role="img" aria-label={t.ui(Ui::ChartMapLabel).to_string()}
                viewBox={format!("0 0 {} {}", g.width, g.height)}>
                <rect class="plot" x={n(p.x)} y={n(p.y)} width={n(p.width)} height={n(p.height)} />
                { for g.ticks.iter().map(|(v, x, y)| html! {
                    <>
                        <line class="grid" x1={n(*x)} y1={n(p.y)} x2={n(*x)} y2={n(p.y + p.height)} />
                        <line class="grid" x1={n(p.x)} y1={n(*y)} x2={n(p.x + p.width)} y2={n(*y)} />
                        <text class="tick" x={n(*x)} y={n(p.y + p.height + 18.0)} text-anchor="middle">{ v }</text>
                        <text class="tick" x={n(p.x - 8.0)} y={n(*y + 4.0)} text-anchor="end">{ v }</text>
                    </>
                }) }
                <text class="axis-title" x={n(p.x + p.width / 2.0)} y={n(g.height - 8.0)} text-anchor="middle">
                    { t.ui(Ui::AxisEfficiency) }{ " →" }
                </text>
                <text class="axis-title" text-anchor="middle"
                    transform={format!("translate({} {}) rotate(-90)", n(18.0), n(p.y + p.height / 2.0))}>
                    { t.ui(Ui::AxisAddedValue) }{ " →" }
                </text>
                <polyline class="path" points={points(g.path.iter().map(|(_, pt)| *pt))} />
                { for g.path.iter().map(|(step, pt)| html! {
                    <>
                        <circle class="path-point" cx={n(pt.x)} cy={n(pt.y)} r="5" />
                        <text class="path-label" x={n(pt.x - 9.0)} y={n(pt.y - 9.0)} text-anchor="end">{ step }</text>
                    </>
                }) }
                if let Some(you) = g.company {
                    <circle class="company-point you" cx={n(you.x)} cy={n(you.y)} r="9" />
                    if you.x > p.x + p.width * 0.8 {
                        <text class="you-label" x={n(you.x - 14.0)} y={n(you.y + 22.0)} text-anchor="end">{ t.ui(Ui::ChartHere) }</text>
                    } else {
                        <text class="you-label" x={n(you.x + 14.0)} y={n(you.y + 5.0)}>{ t.ui(Ui::ChartHere) }</text>
                    }
                }
            </svg>
            <figcaption>
                <ul class="legend">
                    <li class="legend-company">{ t.ui(Ui::ChartHere) }</li>
                    <li class="legend-path">{ t.ui(Ui::ChartMapPath) }</li>
                </ul>
                <p data-testid="chart-map-summary">{ summary }</p>
            </figcaption>
        </figure>
    }
}
