//! The pages around the forms (issue 16): the support page and its reset, the page after signing
//! out, checking an application without signing in (`status.rs`) and "Did this page help you?"
//! (`feedback.rs`). The deployment's service file gives the time zone and the support team's
//! contacts:
//!
//! ```toml
//! time_zone = "Europe/Stockholm"
//! [support]
//! phone = "+46 771-235 235"
//! email = "support@example.se"
//! hours = [{ days = "monday-friday", opens = "09:00", closes = "15:00" }]
//! ```

pub mod feedback;
pub mod status;

use crate::pages::{self, locale_of};
use crate::AppState;
use axum::extract::rejection::{FormRejection, QueryRejection};
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use blankett_core::basics::Millis;
use blankett_core::support::contacts::{self, Contacts, Hours, Phone};
use blankett_core::support::questions::FormFacts;
use blankett_core::support::WallTime;
use serde::Deserialize;
use std::sync::Arc;

/// The time zone when the service file names none: the agency's.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Stockholm";

/// The service as its deployment describes it.
#[derive(Clone, Debug)]
pub struct Service {
    pub zone_name: String,
    zone: jiff::tz::TimeZone,
    pub contacts: Contacts,
}

impl Default for Service {
    fn default() -> Self {
        let zone = jiff::tz::TimeZone::get(DEFAULT_TIME_ZONE).expect("the built-in time zone database has Europe/Stockholm");
        Service { zone_name: DEFAULT_TIME_ZONE.into(), zone, contacts: Contacts::default() }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    time_zone: Option<String>,
    support: Option<SupportFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SupportFile {
    phone: Option<String>,
    email: Option<String>,
    #[serde(default)]
    hours: Vec<HoursFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HoursFile {
    days: String,
    opens: String,
    closes: String,
}

impl Service {
    /// Reads the service file; every problem in it, each named by file and setting.
    pub fn load(path: &std::path::Path) -> Result<Service, String> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
        Service::read(&name, &text)
    }

    pub fn read(name: &str, text: &str) -> Result<Service, String> {
        let file: File = toml::from_str(text).map_err(|e| format!("{name}: {e}"))?;
        let mut problems = Vec::new();
        let zone_name = file.time_zone.unwrap_or_else(|| DEFAULT_TIME_ZONE.into());
        let zone = jiff::tz::TimeZone::get(&zone_name)
            .map_err(|_| problems.push(format!("{name}: time_zone: \"{zone_name}\" is not a time zone; name one from the IANA database, like Europe/Stockholm")))
            .ok();
        let mut contacts = Contacts::default();
        if let Some(support) = file.support {
            let mut note = |setting: &str, result: Result<(), String>| {
                if let Err(problem) = result {
                    problems.push(format!("{name}: {setting}{problem}"));
                }
            };
            if let Some(phone) = support.phone {
                note("support.", Phone::parse(&phone).map(|phone| contacts.phone = Some(phone)));
            }
            if let Some(email) = support.email {
                note("support.", contacts::email(&email).map(|email| contacts.email = Some(email)));
            }
            for (i, hours) in support.hours.iter().enumerate() {
                note(&format!("support.hours[{i}]: "), Hours::parse(&hours.days, &hours.opens, &hours.closes).map(|hours| contacts.hours.push(hours)));
            }
        }
        match zone {
            Some(zone) if problems.is_empty() => Ok(Service { zone_name, zone, contacts }),
            _ => Err(problems.join("\n")),
        }
    }

    /// A moment on the service's clock.
    pub fn wall_time(&self, at: Millis) -> WallTime {
        let zoned = jiff::Timestamp::from_millisecond(at).unwrap_or(jiff::Timestamp::UNIX_EPOCH).to_zoned(self.zone.clone());
        WallTime { year: i32::from(zoned.year()), month: zoned.month() as u32, day: zoned.day() as u32, hour: zoned.hour() as u32, minute: zoned.minute() as u32 }
    }

    /// The date on the service's calendar at `at`: what "today" means in a form's date rules, for
    /// the backend and for the browser, which is told the service's time zone (`time_zone` on an
    /// application) so that both agree near midnight wherever the applicant is.
    pub fn today(&self, at: Millis) -> chrono::NaiveDate {
        let wall = self.wall_time(at);
        chrono::NaiveDate::from_ymd_opt(wall.year, wall.month, wall.day).unwrap_or_default()
    }

    /// Today on the service's calendar as (year, month, day): the day a personal identity
    /// number's century is decided by, as in the browser.
    pub fn today_ymd(&self, at: Millis) -> (i32, u32, u32) {
        let wall = self.wall_time(at);
        (wall.year, wall.month, wall.day)
    }

    /// The first whole minute at or after `at`: "try again at 14:05" is never too early.
    pub fn minute_after(&self, at: Millis) -> WallTime {
        self.wall_time(at + (60_000 - at.rem_euclid(60_000)) % 60_000)
    }

    /// The zone's offset from UTC at `at`, as `+01:00`.
    pub fn offset(&self, at: Millis) -> String {
        let seconds = self.zone.to_offset(jiff::Timestamp::from_millisecond(at).unwrap_or(jiff::Timestamp::UNIX_EPOCH)).seconds();
        let sign = if seconds < 0 { '-' } else { '+' };
        format!("{sign}{:02}:{:02}", seconds.abs() / 3600, seconds.abs() % 3600 / 60)
    }
}

#[derive(Deserialize, Default)]
pub struct PageQuery {
    lang: Option<String>,
    reset: Option<String>,
}

/// A form post from another site is refused before anything else: nobody can use a visitor's
/// browser to check applications, leave feedback or clear storage.
fn refuse_other_sites(headers: &HeaderMap) -> Option<Response> {
    (!crate::sign_in::from_this_site(headers)).then(|| (StatusCode::FORBIDDEN, "This form can only be sent from this site's own pages.").into_response())
}

/// The support page (R13, R14).
pub async fn support_page(State(state): State<Arc<AppState>>, query: Result<Query<PageQuery>, QueryRejection>, headers: HeaderMap) -> Response {
    let query = query.map(|Query(query)| query).unwrap_or_default();
    let locale = locale_of(query.lang.as_deref(), &headers);
    let forms: Vec<FormFacts> = match state.forms.all().await {
        Ok(forms) => forms.iter().filter_map(|(id, file)| file.offered.as_ref().map(|form| FormFacts::of(id, form))).collect(),
        Err(error) => return crate::error::ApiError::internal("cannot list the forms", error).into_response(),
    };
    let now = state.clock.now();
    let zone = pages::support::Zone { name: state.service.zone_name.clone(), offset: state.service.offset(now) };
    let reset_done = query.reset.as_deref() == Some("done");
    pages::html(StatusCode::OK, &pages::support::page(&state.service.contacts, &forms, &zone, reset_done, &locale))
}

#[derive(Deserialize, Default)]
pub struct LangField {
    lang: Option<String>,
}

/// "Reset this service's saved data on this device" from the support page: the browser is told
/// to remove what this site keeps in its storage (the copies of unsent answers, the app's
/// settings), as the app's own reset does. The session cookie stays: signing out ends it.
pub async fn reset_device(headers: HeaderMap, form: Result<Form<LangField>, FormRejection>) -> Response {
    let form = form.map(|Form(form)| form).unwrap_or_default();
    let locale = locale_of(form.lang.as_deref(), &headers);
    if let Some(refused) = refuse_other_sites(&headers) {
        return refused;
    }
    (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, HeaderValue::from_str(&format!("/support?lang={}&reset=done", locale.code())).expect("a plain address")), (header::HeaderName::from_static("clear-site-data"), HeaderValue::from_static("\"storage\""))],
    )
        .into_response()
}

/// After signing out (the seeds: close the browser on a public computer).
pub async fn signed_out_page(query: Result<Query<PageQuery>, QueryRejection>, headers: HeaderMap) -> Response {
    let query = query.map(|Query(query)| query).unwrap_or_default();
    let locale = locale_of(query.lang.as_deref(), &headers);
    pages::html(StatusCode::OK, &pages::support::signed_out(&locale))
}

#[cfg(test)]
mod tests {
    use super::*;
    use blankett_core::basics::text::Locale;

    #[test]
    fn the_service_file_gives_the_zone_and_the_contacts() {
        let service = Service::read(
            "service.toml",
            r#"time_zone = "Europe/Stockholm"
[support]
phone = "+46 771-235 235"
email = "support@example.se"
hours = [{ days = "monday-friday", opens = "09:00", closes = "15:00" }]
"#,
        )
        .unwrap();
        assert_eq!(service.contacts.phone.as_ref().unwrap().dialled, "+46771235235");
        assert_eq!(service.contacts.hours[0].text(&Locale::new("en")), "Monday–Friday 09:00–15:00");
        // 2026-12-02T13:04:30Z is 14:04:30 in Stockholm (winter time), and 15:04 in June.
        let winter = 1_796_216_670_000;
        assert_eq!(service.wall_time(winter), WallTime { year: 2026, month: 12, day: 2, hour: 14, minute: 4 });
        assert_eq!(service.minute_after(winter).minute, 5);
        assert_eq!(service.minute_after(winter - 30_000).minute, 4, "a whole minute stays");
        assert_eq!(service.offset(winter), "+01:00");
        assert_eq!(service.offset(winter - 180 * 24 * 3_600_000), "+02:00");
    }

    #[test]
    fn every_problem_in_the_service_file_is_named() {
        let problems = Service::read(
            "service.toml",
            r#"time_zone = "Mars/Olympus"
[support]
phone = "ring us"
hours = [{ days = "monday-friday", opens = "09:00", closes = "15:00" }, { days = "someday", opens = "09:00", closes = "15:00" }]
"#,
        )
        .unwrap_err();
        let lines: Vec<&str> = problems.lines().collect();
        assert_eq!(lines.len(), 3, "{problems}");
        assert!(lines[0].starts_with("service.toml: time_zone: \"Mars/Olympus\""));
        assert!(lines[1].starts_with("service.toml: support.phone: \"ring us\""));
        assert!(lines[2].starts_with("service.toml: support.hours[1]: days: \"someday\""));
        let unknown = Service::read("service.toml", "[support]\nfax = \"1\"\n").unwrap_err();
        assert!(unknown.starts_with("service.toml: ") && unknown.contains("fax"), "{unknown}");
    }
}
