//! The contract's problem types: every refusal's `type` is `/problems/{name}` (RFC 9457). The
//! backend answers with these and the app reads them, both through [`Problem`], so a name cannot
//! differ between the two sides; `api/openapi.yaml` describes each where its operation can give it.

/// A problem type of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    AccountExists,
    AlreadyConfirmed,
    AnswersTooLarge,
    BadIdempotencyKey,
    BadIfMatch,
    BadRequest,
    BodyTooLarge,
    CodeExpired,
    CodeUsedUp,
    DocumentEmpty,
    DocumentTooLarge,
    DocumentType,
    Expired,
    FormNotOffered,
    IdempotencyKeyRequired,
    Incomplete,
    Internal,
    InvalidAdvance,
    InvalidBody,
    InvalidEmail,
    InvalidFeedback,
    InvalidQuery,
    Locked,
    MalformedJson,
    MethodNotAllowed,
    MissingClientHeader,
    NoMoreTime,
    NotFound,
    NotVerified,
    SchemaIssues,
    SignedOut,
    StaleVersion,
    TooManyAttempts,
    TooManyDocuments,
    TooManyDrafts,
    TwoStepRequired,
    UnsupportedMediaType,
    VersionRequired,
    WeakPassword,
    WrongCode,
    WrongCredentials,
}

impl Problem {
    pub const ALL: [Problem; 41] = [Problem::AccountExists, Problem::AlreadyConfirmed, Problem::AnswersTooLarge, Problem::BadIdempotencyKey, Problem::BadIfMatch, Problem::BadRequest, Problem::BodyTooLarge, Problem::CodeExpired, Problem::CodeUsedUp, Problem::DocumentEmpty, Problem::DocumentTooLarge, Problem::DocumentType, Problem::Expired, Problem::FormNotOffered, Problem::IdempotencyKeyRequired, Problem::Incomplete, Problem::Internal, Problem::InvalidAdvance, Problem::InvalidBody, Problem::InvalidEmail, Problem::InvalidFeedback, Problem::InvalidQuery, Problem::Locked, Problem::MalformedJson, Problem::MethodNotAllowed, Problem::MissingClientHeader, Problem::NoMoreTime, Problem::NotFound, Problem::NotVerified, Problem::SchemaIssues, Problem::SignedOut, Problem::StaleVersion, Problem::TooManyAttempts, Problem::TooManyDocuments, Problem::TooManyDrafts, Problem::TwoStepRequired, Problem::UnsupportedMediaType, Problem::VersionRequired, Problem::WeakPassword, Problem::WrongCode, Problem::WrongCredentials];

    /// The name in the problem's `type`, `/problems/{name}`.
    pub const fn name(self) -> &'static str {
        match self {
            Problem::AccountExists => "account-exists",
            Problem::AlreadyConfirmed => "already-confirmed",
            Problem::AnswersTooLarge => "answers-too-large",
            Problem::BadIdempotencyKey => "bad-idempotency-key",
            Problem::BadIfMatch => "bad-if-match",
            Problem::BadRequest => "bad-request",
            Problem::BodyTooLarge => "body-too-large",
            Problem::CodeExpired => "code-expired",
            Problem::CodeUsedUp => "code-used-up",
            Problem::DocumentEmpty => "document-empty",
            Problem::DocumentTooLarge => "document-too-large",
            Problem::DocumentType => "document-type",
            Problem::Expired => "expired",
            Problem::FormNotOffered => "form-not-offered",
            Problem::IdempotencyKeyRequired => "idempotency-key-required",
            Problem::Incomplete => "incomplete",
            Problem::Internal => "internal",
            Problem::InvalidAdvance => "invalid-advance",
            Problem::InvalidBody => "invalid-body",
            Problem::InvalidEmail => "invalid-email",
            Problem::InvalidFeedback => "invalid-feedback",
            Problem::InvalidQuery => "invalid-query",
            Problem::Locked => "locked",
            Problem::MalformedJson => "malformed-json",
            Problem::MethodNotAllowed => "method-not-allowed",
            Problem::MissingClientHeader => "missing-client-header",
            Problem::NoMoreTime => "no-more-time",
            Problem::NotFound => "not-found",
            Problem::NotVerified => "not-verified",
            Problem::SchemaIssues => "schema-issues",
            Problem::SignedOut => "signed-out",
            Problem::StaleVersion => "stale-version",
            Problem::TooManyAttempts => "too-many-attempts",
            Problem::TooManyDocuments => "too-many-documents",
            Problem::TooManyDrafts => "too-many-drafts",
            Problem::TwoStepRequired => "two-step-required",
            Problem::UnsupportedMediaType => "unsupported-media-type",
            Problem::VersionRequired => "version-required",
            Problem::WeakPassword => "weak-password",
            Problem::WrongCode => "wrong-code",
            Problem::WrongCredentials => "wrong-credentials",
        }
    }

    /// The problem whose `type` is `/problems/{name}`, if the contract has one of that name.
    pub fn named(name: &str) -> Option<Problem> {
        Problem::ALL.into_iter().find(|problem| problem.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_has_its_own_lower_case_name() {
        let mut names: Vec<&str> = Problem::ALL.iter().map(|p| p.name()).collect();
        assert!(names.iter().all(|n| n.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')), "{names:?}");
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Problem::ALL.len(), "two problems share a name");
        assert!(Problem::ALL.iter().all(|p| Problem::named(p.name()) == Some(*p)));
        assert_eq!(Problem::named("no-such-problem"), None);
    }

    #[test]
    fn the_contract_describes_every_problem() {
        let contract = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../api/openapi.yaml")).unwrap();
        let undescribed: Vec<&str> = Problem::ALL.iter().map(|p| p.name()).filter(|name| !contract.contains(&format!("`{name}`"))).collect();
        assert!(undescribed.is_empty(), "api/openapi.yaml does not name these problem types: {undescribed:?}");
    }
}
