//! The page that waits for BankID: the animated QR code for Mobile BankID on another device, or
//! the button that opens BankID on this one; BankID's message for how the order is going, in a
//! live region; and when the order failed, the message with "Try again" and "Cancel".

use super::{urlencode, Layout, Link};
use askama::Template;
use blankett_core::account::Say;
use blankett_core::bankid::Device;
use blankett_core::basics::text::Locale;

#[derive(Template)]
#[template(path = "bankid.html")]
pub struct BankIdPage {
    pub layout: Layout,
    pub heading: String,
    pending: bool,
    qr: Option<Qr>,
    open: Option<Link>,
    open_again: String,
    message: String,
    try_again: Link,
    cancel: String,
    next: String,
}

struct Qr {
    instructions: String,
    src: String,
    alt: String,
}

/// The page for an order on `device`: pending (with its QR code's address, or the autostart
/// token), or over with `message`.
pub fn page(device: Device, auto_start_token: &str, message: &str, pending: bool, next: &str, locale: &Locale) -> BankIdPage {
    let say = |text: Say| text.text(locale);
    let heading = say(match device {
        Device::This => Say::BankIdOnThisDevice,
        Device::Other => Say::MobileBankIdTitle,
    });
    let qr = (device == Device::Other).then(|| Qr { instructions: say(Say::BankIdScan), src: "/sign-in/bankid/qr".into(), alt: say(Say::BankIdQrAlt) });
    // `redirect=null`: BankID returns to the browser the applicant came from.
    let open = (device == Device::This).then(|| Link { href: format!("bankid:///?autostarttoken={auto_start_token}&redirect=null"), text: say(Say::BankIdOpen) });
    let try_again = Link { href: format!("/sign-in/bankid/start?device={}&lang={}&next={}", device.name(), locale.code(), urlencode(next)), text: say(Say::BankIdTryAgain) };
    BankIdPage {
        layout: Layout::new(locale, heading.clone(), |code| format!("/sign-in/bankid/wait?lang={code}&next={}", urlencode(next))),
        heading,
        pending,
        qr,
        open,
        open_again: say(Say::BankIdOpenAgain),
        message: message.to_string(),
        try_again,
        cancel: say(Say::BankIdCancel),
        next: next.to_string(),
    }
}
