//! BankID's rules for what the applicant is told while an order is under way, from the Relying
//! Party guidelines: each `status` and `hintCode` of `/collect` (and each error of the API) maps
//! to one of BankID's recommended user messages (RFA1, RFA9, …), in Swedish and English, and
//! whether the order is over. The server does the protocol (`crates/server/src/bankid/`).

use crate::basics::text::Locale;

/// Where the applicant's BankID is: this device (the app started by a link) or another one
/// (Mobile BankID, the animated QR code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Device {
    This,
    Other,
}

impl Device {
    pub fn name(self) -> &'static str {
        match self {
            Device::This => "this",
            Device::Other => "other",
        }
    }

    pub fn read(name: &str) -> Option<Device> {
        [Device::This, Device::Other].into_iter().find(|device| device.name() == name)
    }
}

/// What `/collect` said of an order, or the API's error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Collected {
    Pending { hint: String },
    Failed { hint: String },
    Complete,
    /// An `errorCode` of the API (`alreadyInProgress`, `requestTimeout`, `maintenance`, …).
    Error { code: String },
}

/// BankID's recommended user messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rfa {
    /// Start your BankID app.
    Rfa1,
    Rfa3,
    Rfa4,
    Rfa5,
    Rfa6,
    Rfa8,
    Rfa9,
    Rfa13,
    Rfa15A,
    Rfa16,
    Rfa17A,
    Rfa17B,
    Rfa21,
    Rfa22,
    Rfa23,
}

/// What the applicant is told about an order, and whether it is over (then with "Try again").
pub fn message(collected: &Collected, device: Device) -> (Rfa, bool) {
    match collected {
        Collected::Pending { hint } => (
            match (hint.as_str(), device) {
                ("outstandingTransaction", Device::This) => Rfa::Rfa13,
                ("outstandingTransaction" | "noClient", _) => Rfa::Rfa1,
                ("started", _) => Rfa::Rfa15A,
                ("userMrtd", _) => Rfa::Rfa23,
                ("userSign", _) => Rfa::Rfa9,
                _ => Rfa::Rfa21,
            },
            false,
        ),
        Collected::Failed { hint } => (
            match (hint.as_str(), device) {
                ("expiredTransaction", _) => Rfa::Rfa8,
                ("certificateErr", _) => Rfa::Rfa16,
                ("userCancel", _) => Rfa::Rfa6,
                ("cancelled", _) => Rfa::Rfa3,
                ("startFailed", Device::This) => Rfa::Rfa17A,
                ("startFailed", Device::Other) => Rfa::Rfa17B,
                _ => Rfa::Rfa22,
            },
            true,
        ),
        Collected::Complete => (Rfa::Rfa21, true),
        Collected::Error { code } => (if code == "alreadyInProgress" { Rfa::Rfa4 } else { Rfa::Rfa5 }, true),
    }
}

impl Rfa {
    pub fn text(self, locale: &Locale) -> String {
        use crate::messages::catalog::{page_words::key as k, say_page};
        let key = match self {
            Rfa::Rfa1 => k::BANKID_RFA_1,
            Rfa::Rfa3 => k::BANKID_RFA_3,
            Rfa::Rfa4 => k::BANKID_RFA_4,
            Rfa::Rfa5 => k::BANKID_RFA_5,
            Rfa::Rfa6 => k::BANKID_RFA_6,
            Rfa::Rfa8 => k::BANKID_RFA_8,
            Rfa::Rfa9 => k::BANKID_RFA_9,
            Rfa::Rfa13 => k::BANKID_RFA_13,
            Rfa::Rfa15A => k::BANKID_RFA_15_A,
            Rfa::Rfa16 => k::BANKID_RFA_16,
            Rfa::Rfa17A => k::BANKID_RFA_17_A,
            Rfa::Rfa17B => k::BANKID_RFA_17_B,
            Rfa::Rfa21 => k::BANKID_RFA_21,
            Rfa::Rfa22 => k::BANKID_RFA_22,
            Rfa::Rfa23 => k::BANKID_RFA_23,
        };
        say_page(locale, key, &[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending(hint: &str) -> Collected {
        Collected::Pending { hint: hint.into() }
    }
    fn failed(hint: &str) -> Collected {
        Collected::Failed { hint: hint.into() }
    }

    #[test]
    fn each_status_and_hint_has_bankids_recommended_message() {
        let cases = [
            (pending("outstandingTransaction"), Device::This, Rfa::Rfa13, false),
            (pending("outstandingTransaction"), Device::Other, Rfa::Rfa1, false),
            (pending("noClient"), Device::This, Rfa::Rfa1, false),
            (pending("started"), Device::Other, Rfa::Rfa15A, false),
            (pending("userMrtd"), Device::Other, Rfa::Rfa23, false),
            (pending("userSign"), Device::Other, Rfa::Rfa9, false),
            (pending("userCallConfirm"), Device::Other, Rfa::Rfa21, false),
            (pending("somethingNew"), Device::Other, Rfa::Rfa21, false),
            (failed("expiredTransaction"), Device::Other, Rfa::Rfa8, true),
            (failed("certificateErr"), Device::Other, Rfa::Rfa16, true),
            (failed("userCancel"), Device::Other, Rfa::Rfa6, true),
            (failed("cancelled"), Device::Other, Rfa::Rfa3, true),
            (failed("startFailed"), Device::This, Rfa::Rfa17A, true),
            (failed("startFailed"), Device::Other, Rfa::Rfa17B, true),
            (failed("transactionRiskBlocked"), Device::Other, Rfa::Rfa22, true),
            (Collected::Error { code: "alreadyInProgress".into() }, Device::Other, Rfa::Rfa4, true),
            (Collected::Error { code: "maintenance".into() }, Device::Other, Rfa::Rfa5, true),
        ];
        for (collected, device, rfa, over) in cases {
            assert_eq!(message(&collected, device), (rfa, over), "{collected:?} on {device:?}");
        }
        assert_eq!(Rfa::Rfa1.text(&Locale::new("sv")), "Starta BankID-appen.");
        assert_eq!(Device::read("other"), Some(Device::Other));
    }
}
