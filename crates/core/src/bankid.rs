//! BankID's rules for what the applicant is told while an order is under way, from the Relying
//! Party guidelines: each `status` and `hintCode` of `/collect` (and each error of the API) maps
//! to one of BankID's recommended user messages (RFA1, RFA9, …), in Swedish and English, and
//! whether the order is over. The server does the protocol (`crates/server/src/bankid/`).

use crate::basics::text::{Lang, Locale};

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
    pub fn text(self, locale: &Locale) -> &'static str {
        let (sv, en) = match self {
            Rfa::Rfa1 => ("Starta BankID-appen.", "Start your BankID app."),
            Rfa::Rfa3 => ("Åtgärden avbruten. Försök igen.", "Action cancelled. Please try again."),
            Rfa::Rfa4 => (
                "En identifiering eller underskrift för det här personnumret är redan påbörjad. Försök igen.",
                "An identification or signing for this personal number is already started. Please try again.",
            ),
            Rfa::Rfa5 => ("Internt tekniskt fel. Försök igen.", "Internal error. Please try again."),
            Rfa::Rfa6 => ("Åtgärden avbruten.", "Action cancelled."),
            Rfa::Rfa8 => (
                "BankID-appen svarar inte. Kontrollera att den är startad och att du har internetanslutning. Om du inte har något giltigt BankID kan du skaffa ett hos din bank. Försök sedan igen.",
                "The BankID app is not responding. Please check that it is started and that you have internet access. If you don't have a valid BankID you can get one from your bank. Try again.",
            ),
            Rfa::Rfa9 => ("Skriv in din säkerhetskod i BankID-appen och välj Identifiera.", "Enter your security code in the BankID app and select Identify."),
            Rfa::Rfa13 => ("Försöker starta BankID-appen.", "Trying to start your BankID app."),
            Rfa::Rfa15A => (
                "Söker efter BankID, det kan ta en liten stund … Om det har gått några sekunder och inget BankID har hittats har du sannolikt inget BankID som går att använda för den här identifieringen i den här enheten. Om du inte har något BankID kan du skaffa ett hos din bank.",
                "Searching for BankID, it may take a little while … If a few seconds have passed and still no BankID has been found, you probably don't have a BankID which can be used for this identification on this device. If you don't have a BankID you can get one from your bank.",
            ),
            Rfa::Rfa16 => (
                "Det BankID du försöker använda är för gammalt eller spärrat. Använd ett annat BankID eller skaffa ett nytt hos din bank.",
                "The BankID you are trying to use is blocked or too old. Please use another BankID or get a new one from your bank.",
            ),
            Rfa::Rfa17A => (
                "BankID-appen verkar inte finnas i din dator eller telefon. Installera den och skaffa ett BankID hos din bank. Installera appen från din appbutik eller https://install.bankid.com.",
                "The BankID app couldn't be found on your computer or mobile device. Please install it and get a BankID from your bank. Install the app from your app store or https://install.bankid.com.",
            ),
            Rfa::Rfa17B => (
                "Misslyckades att läsa av QR-koden. Starta BankID-appen och läs av QR-koden. Kontrollera att BankID-appen är uppdaterad. Om du inte har BankID-appen måste du installera den och skaffa ett BankID hos din bank. Installera appen från din appbutik eller https://install.bankid.com.",
                "Failed to scan the QR code. Start the BankID app and scan the QR code. Check that the BankID app is up to date. If you don't have the BankID app, you need to install it and get a BankID from your bank. Install the app from your app store or https://install.bankid.com.",
            ),
            Rfa::Rfa21 => ("Identifiering pågår.", "Identification in progress."),
            Rfa::Rfa22 => ("Okänt fel. Försök igen.", "Unknown error. Please try again."),
            Rfa::Rfa23 => ("Fotografera och läs av din ID-handling med BankID-appen.", "Process your machine-readable travel document using the BankID app."),
        };
        if locale.chrome() == Lang::Sv { sv } else { en }
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
