//! A kiosk's reset between visitors (`idle-countdown`): after the idle time with no touch
//! or key, a countdown of at least 20 seconds that any touch or key cancels (WCAG 2.2.1),
//! then the app's `on_reset` wipes everything of the visitor and shows the start screen.
//! Only drawn in kiosk mode; the timers are this component's own effect.

use digitrappe_engine::mode::COUNTDOWN_SECONDS;
use digitrappe_engine::text::{fill, Ui};
use digitrappe_engine::Texts;
use digitrappe_ui::shared::Shared;
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
    pub on_reset: Callback<()>,
}

#[derive(Default)]
struct Timers {
    idle: Option<Timeout>,
    tick: Option<Interval>,
    left: u32,
}

/// (Re)starts the wait for the idle time, cancelling any countdown.
fn arm(timers: &Rc<RefCell<Timers>>, shown: &UseStateHandle<Option<u32>>, seconds: u32, on_reset: &Callback<()>) {
    let (inner, shown, on_reset) = (timers.clone(), shown.clone(), on_reset.clone());
    let idle = Timeout::new(seconds.saturating_mul(1000), move || {
        inner.borrow_mut().left = COUNTDOWN_SECONDS;
        shown.set(Some(COUNTDOWN_SECONDS));
        let ticking = inner.clone();
        let tick = Interval::new(1000, move || {
            let left = {
                let mut t = ticking.borrow_mut();
                t.left = t.left.saturating_sub(1);
                t.left
            };
            shown.set(Some(left));
            if left == 0 {
                on_reset.emit(());
            }
        });
        inner.borrow_mut().tick = Some(tick);
    });
    let mut t = timers.borrow_mut();
    t.tick = None;
    t.idle = Some(idle);
}

#[component]
pub fn IdleGuard(props: &Props) -> Html {
    let shown = use_state(|| None::<u32>);
    let timers = use_mut_ref(Timers::default);
    {
        let (timers, shown, seconds, on_reset) = (timers.clone(), shown.clone(), props.seconds, props.on_reset.clone());
        use_effect_with(seconds, move |_| {
            arm(&timers, &shown, seconds, &on_reset);
            let document = web_sys::window().and_then(|w| w.document());
            let listeners: Vec<EventListener> = ["pointerdown", "keydown", "touchstart", "wheel", "input"]
                .into_iter()
                .filter_map(|kind| Some((kind, document.clone()?)))
                .map(|(kind, document)| {
                    let (timers, shown, on_reset) = (timers.clone(), shown.clone(), on_reset.clone());
                    EventListener::new(&document, kind, move |_| {
                        shown.set(None);
                        arm(&timers, &shown, seconds, &on_reset);
                    })
                })
                .collect();
            move || {
                drop(listeners);
                *timers.borrow_mut() = Timers::default();
            }
        });
    }
    let t = &props.texts;
    match *shown {
        Some(left) => html! {
            <div class="idle" role="alertdialog" aria-modal="false" aria-labelledby="idle-heading" aria-describedby="idle-text"
                data-testid="idle-countdown" data-seconds={left.to_string()}>
                <h2 id="idle-heading">{ t.ui(Ui::IdleHeading) }</h2>
                <p id="idle-text">{ fill(t.ui(Ui::IdleText), &[("seconds", &left.to_string())]) }</p>
                <button type="button" class="primary">{ t.ui(Ui::IdleContinue) }</button>
            </div>
        },
        None => html! {},
    }
}
