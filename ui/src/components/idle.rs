//! A kiosk's reset between visitors (`idle-countdown`): after the idle time with no touch
//! or key, a countdown of at least 20 seconds that any touch or key cancels (WCAG 2.2.1),
//! then the app's `on_reset` wipes everything of the visitor and shows the start screen.
//! Only drawn in kiosk mode; the timers are this component's own effect. Idle time is
//! measured by the wall clock from the last touch or key, and checked again when the
//! machine wakes (`visibilitychange`, `pageshow`, `focus`): a kiosk that slept through the
//! idle time and the countdown goes straight to the next visitor, and a touch after the
//! wake does not bring the last visitor back.

use crate::shared::Shared;
use digitrappe_engine::mode::COUNTDOWN_SECONDS;
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::Texts;
use gloo_events::EventListener;
use gloo_timers::callback::{Interval, Timeout};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub texts: Shared<Texts>,
    /// Seconds without a touch or key before the countdown starts.
    pub seconds: u32,
    /// A visitor has already touched the page (on the static start screen, before the app
    /// arrived). Otherwise the guard waits for the first touch: an untouched kiosk stays
    /// as it is, with no reload flashing on an empty screen.
    pub touched: bool,
    pub on_reset: Callback<()>,
}

#[derive(Default)]
struct Timers {
    idle: Option<Timeout>,
    tick: Option<Interval>,
    /// The wall-clock time (ms) of the last touch or key: idle time is measured from it,
    /// not by timers, which stop while the machine sleeps. 0: nobody has touched it yet.
    last: f64,
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// What a check of the wall clock finds.
enum Since {
    /// Still within the idle time: this many milliseconds are left of it.
    Idle(f64),
    /// In the countdown: this many whole seconds are left.
    Counting(u32),
    /// Past the countdown: the visitor is gone.
    Gone,
}

fn since(last: f64, seconds: u32) -> Since {
    let elapsed = (now() - last).max(0.0);
    let idle = f64::from(seconds) * 1000.0;
    let total = idle + f64::from(COUNTDOWN_SECONDS) * 1000.0;
    if elapsed >= total {
        Since::Gone
    } else if elapsed >= idle {
        Since::Counting(((total - elapsed) / 1000.0).ceil() as u32)
    } else {
        Since::Idle(idle - elapsed)
    }
}

type Shown = UseStateHandle<Option<u32>>;

/// Schedules from the wall clock: the rest of the idle time, the countdown, or the reset.
fn schedule(timers: &Rc<RefCell<Timers>>, shown: &Shown, seconds: u32, on_reset: &Callback<()>) {
    let last = timers.borrow().last;
    if last == 0.0 {
        return; // untouched: nothing to count
    }
    let mut t = timers.borrow_mut();
    t.idle = None;
    t.tick = None;
    match since(last, seconds) {
        Since::Gone => {
            drop(t);
            on_reset.emit(());
        }
        Since::Counting(left) => {
            shown.set(Some(left));
            let (inner, shown, on_reset) = (timers.clone(), shown.clone(), on_reset.clone());
            t.tick = Some(Interval::new(1000, move || match since(inner.borrow().last, seconds) {
                Since::Counting(left) => shown.set(Some(left)),
                Since::Gone => {
                    shown.set(Some(0));
                    on_reset.emit(());
                }
                Since::Idle(_) => shown.set(None),
            }));
        }
        Since::Idle(rest) => {
            shown.set(None);
            let (inner, shown, on_reset) = (timers.clone(), shown.clone(), on_reset.clone());
            t.idle = Some(Timeout::new(rest.ceil() as u32 + 10, move || schedule(&inner, &shown, seconds, &on_reset)));
        }
    }
}

/// A touch or key: unless the visitor is already gone (the machine slept through the idle
/// time and the countdown), the idle time starts again.
fn touched(timers: &Rc<RefCell<Timers>>, shown: &Shown, seconds: u32, on_reset: &Callback<()>) {
    let last = timers.borrow().last;
    if last > 0.0 && matches!(since(last, seconds), Since::Gone) {
        schedule(timers, shown, seconds, on_reset);
        return;
    }
    timers.borrow_mut().last = now();
    schedule(timers, shown, seconds, on_reset);
}

#[component]
pub fn IdleGuard(props: &Props) -> Html {
    let shown = use_state(|| None::<u32>);
    let timers = use_mut_ref(Timers::default);
    {
        let (timers, shown, seconds, on_reset) = (timers.clone(), shown.clone(), props.seconds, props.on_reset.clone());
        let touched_before = props.touched;
        use_effect_with(seconds, move |_| {
            if touched_before || timers.borrow().last > 0.0 {
                timers.borrow_mut().last = now();
            }
            schedule(&timers, &shown, seconds, &on_reset);
            let window = web_sys::window();
            let document = window.as_ref().and_then(|w| w.document());
            let mut listeners: Vec<EventListener> = ["pointerdown", "keydown", "touchstart", "wheel", "input"]
                .into_iter()
                .filter_map(|kind| Some((kind, document.clone()?)))
                .map(|(kind, document)| {
                    let (timers, shown, on_reset) = (timers.clone(), shown.clone(), on_reset.clone());
                    EventListener::new(&document, kind, move |_| touched(&timers, &shown, seconds, &on_reset))
                })
                .collect();
            // On waking (the tab shown again, the page restored, the window focused), the
            // wall clock decides: the countdown, or straight to the next visitor.
            if let Some(document) = &document {
                let (timers, shown, on_reset) = (timers.clone(), shown.clone(), on_reset.clone());
                listeners.push(EventListener::new(document, "visibilitychange", move |_| schedule(&timers, &shown, seconds, &on_reset)));
            }
            if let Some(window) = &window {
                for kind in ["pageshow", "focus"] {
                    let (timers, shown, on_reset) = (timers.clone(), shown.clone(), on_reset.clone());
                    listeners.push(EventListener::new(window, kind, move |_| schedule(&timers, &shown, seconds, &on_reset)));
                }
            }
            move || {
                drop(listeners);
                let last = timers.borrow().last;
                *timers.borrow_mut() = Timers { last, ..Timers::default() };
            }
        });
    }
    // The warning takes focus when it appears, so a screen reader announces it and a key
    // press answers it.
    let continue_button = use_node_ref();
    {
        let button = continue_button.clone();
        use_effect_with(shown.is_some(), move |open| {
            if *open {
                crate::components::focus_heading(&button);
            }
        });
    }
    let t = &props.texts;
    match *shown {
        Some(left) => html! {
            <div class="idle" role="alertdialog" aria-modal="false" aria-labelledby="idle-heading" aria-describedby="idle-text"
                data-testid="idle-countdown" data-seconds={left.to_string()}>
                <h2 id="idle-heading">{ t.ui(Ui::IdleHeading) }</h2>
                <p id="idle-text" aria-live="polite">{ fill(t.ui(Ui::IdleText), &[("seconds", &left.to_string())]) }</p>
                <button type="button" class="primary" ref={continue_button} data-testid="idle-continue">{ t.ui(Ui::IdleContinue) }</button>
            </div>
        },
        None => html! {},
    }
}
