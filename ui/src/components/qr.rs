//! A QR code as an inline SVG (`data-testid="qr"`), with its quiet zone: the share link on
//! the result, and the app's address on a projector's start screen.

use digitrappe_engine::qr::qr;
use yew::prelude::*;

/// The QR code of `text`, named `label` for screen readers; nothing if `text` is too long.
pub fn qr_svg(text: &str, label: &str) -> Html {
    let Some(q) = qr(text) else { return html! {} };
    html! {
        <svg class="qr" data-testid="qr" role="img" aria-label={label.to_string()}
            viewBox={format!("0 0 {0} {0}", q.size)} shape-rendering="crispEdges">
            <rect class="qr-light" width={q.size.to_string()} height={q.size.to_string()} />
            <path class="qr-dark" d={q.path} />
        </svg>
    }
}
