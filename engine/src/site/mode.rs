//! [`Mode`]: the situation the app is used in, chosen by the embedding site or the
//! facilitator (`?mode=embed|projector|kiosk`, or `mode` in the site configuration), and the
//! kiosk's idle time (`?idle=<seconds>`). Parsed once at start-up; everything that differs
//! between the situations asks a `Mode`, never the address.

/// Where and how the app is used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// On its own page, or a site's own copy opened directly.
    #[default]
    Standard,
    /// Inside an `<iframe>` on a third-party website: fits its height to its content.
    Embed,
    /// On a workshop projector: large type, keyboard and clicker control, the room's answers.
    Projector,
    /// On a public kiosk: touch-sized, nothing taken away but a QR code, reset when idle.
    Kiosk,
}

impl Mode {
    pub const ALL: [Mode; 4] = [Mode::Standard, Mode::Embed, Mode::Projector, Mode::Kiosk];

    /// The name used in the address, the configuration and `data-mode`.
    pub fn code(self) -> &'static str {
        match self {
            Mode::Standard => "standard",
            Mode::Embed => "embed",
            Mode::Projector => "projector",
            Mode::Kiosk => "kiosk",
        }
    }

    pub fn from_code(code: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.code() == code.trim().to_ascii_lowercase())
    }

    /// The keyboard and presentation-clicker shortcuts are on (only on a projector).
    pub fn shortcuts(self) -> bool {
        self == Mode::Projector
    }

    /// What a visitor may take away or keep on the device: export, history, print and the
    /// free-text fields (all off on a kiosk; the QR code is the way to take a result away).
    pub fn keeps_things(self) -> bool {
        self != Mode::Kiosk
    }

    /// Links to other sites are shown (a kiosk has nowhere to go).
    pub fn outside_links(self) -> bool {
        self != Mode::Kiosk
    }
}

/// The kiosk's idle time before the countdown, when neither the address nor the site says.
pub const DEFAULT_IDLE_SECONDS: u32 = 180;
/// The shortest and longest idle time accepted.
pub const IDLE_RANGE: std::ops::RangeInclusive<u32> = 5..=3600;
/// The countdown shown before a kiosk resets: any touch or key cancels it (WCAG 2.2.1 asks
/// for at least 20 seconds).
pub const COUNTDOWN_SECONDS: u32 = 20;

/// Reads `?idle=<seconds>`: whole seconds within [`IDLE_RANGE`]; anything else is ignored.
pub fn idle_seconds(value: &str) -> Option<u32> {
    value.trim().parse::<u32>().ok().filter(|s| IDLE_RANGE.contains(s))
}

/// The mode in effect: the address wins over the site configuration.
pub fn choose(url: Option<Mode>, site: Option<Mode>) -> Mode {
    url.or(site).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_are_read_by_name_and_junk_is_standard() {
        for mode in Mode::ALL {
            assert_eq!(Mode::from_code(mode.code()), Some(mode));
        }
        assert_eq!(Mode::from_code(" Kiosk "), Some(Mode::Kiosk));
        assert_eq!(Mode::from_code("beamer"), None);
        assert_eq!(choose(None, None), Mode::Standard);
        assert_eq!(choose(Some(Mode::Projector), Some(Mode::Kiosk)), Mode::Projector);
        assert_eq!(choose(None, Some(Mode::Embed)), Mode::Embed);
    }

    #[test]
    fn idle_times_outside_the_range_are_ignored() {
        assert_eq!(idle_seconds("90"), Some(90));
        assert_eq!(idle_seconds("4"), None);
        assert_eq!(idle_seconds("3601"), None);
        assert_eq!(idle_seconds("-5"), None);
        assert_eq!(idle_seconds("2m"), None);
        const { assert!(COUNTDOWN_SECONDS >= 20) };
    }
}
