//! Signing in with e-identification through an identity provider that speaks OpenID Connect
//! (Telia e-legitimation, professional e-ID for municipalities and regions), by `openidconnect`:
//! the authorization code flow with PKCE, `state` and `nonce`, and the ID token's signature,
//! issuer, audience, expiry and nonce checked against the provider's published keys. The
//! personal identity number comes from a claim of the ID token (by default the Swedish OIDC
//! profile's `https://id.oidc.se/claim/personalIdentityNumber`) and is what identifies the
//! applicant; the first time, the applicant gives the address for the agency's mail (R1, R9),
//! confirmed with a mailed code, and it cannot change afterwards.
//!
//! Each method is configured in the deployment's sign-in file (`--sign-in-config FILE`, TOML):
//!
//! ```toml
//! public_url = "https://ansokan.example.se"   # where the provider sends the applicant back
//! [professional]
//! issuer = "https://idp.example.se"
//! client_id = "blankett"
//! client_secret = "env:BLANKETT_PROFESSIONAL_SECRET"   # or the secret itself
//! scopes = ["openid", "https://id.oidc.se/scope/naturalPersonNumber"]
//! personal_number_claim = "https://id.oidc.se/claim/personalIdentityNumber"
//! test = false                                 # true labels the method "(test)"
//! ```
//!
//! A method that is not configured is not offered.

use crate::store::Store;
use crate::AppState;
use base64::Engine;
use blankett_core::account::EidMethod;
use blankett_core::basics::Millis;
use openidconnect::core::{CoreClient, CoreProviderMetadata, CoreResponseType};
use openidconnect::{
    AuthenticationFlow, AuthorizationCode, ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope,
};
use sqlx::Row;
use serde::Deserialize;
use std::sync::Mutex;

/// How long an applicant may spend at the provider before coming back.
const LOGIN_LIFETIME: Millis = 10 * 60 * 1000;
/// How long the provider's published configuration and keys are kept before they are read again.
const METADATA_KEPT: Millis = 10 * 60 * 1000;
const OIDC_SE_CLAIM: &str = "https://id.oidc.se/claim/personalIdentityNumber";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MethodConfig {
    issuer: String,
    client_id: String,
    client_secret: String,
    #[serde(default = "default_scopes")]
    scopes: Vec<String>,
    #[serde(default = "default_claim")]
    personal_number_claim: String,
    #[serde(default)]
    test: bool,
}

fn default_scopes() -> Vec<String> {
    vec!["openid".into()]
}

fn default_claim() -> String {
    OIDC_SE_CLAIM.into()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    public_url: String,
    telia: Option<MethodConfig>,
    professional: Option<MethodConfig>,
    bankid: Option<crate::bankid::BankIdConfig>,
}

struct Provider {
    method: EidMethod,
    config: MethodConfig,
    secret: String,
    metadata: Mutex<Option<(CoreProviderMetadata, Millis)>>,
}

/// The configured e-identification methods.
pub struct Eid {
    providers: Vec<Provider>,
    redirect: RedirectUrl,
    http: Http,
    /// BankID and Mobile BankID, if configured.
    pub bankid: Option<crate::bankid::BankId>,
}

/// The server's HTTP client, as `openidconnect` sends its requests to the provider through it.
struct Http(reqwest::Client);

impl<'c> openidconnect::AsyncHttpClient<'c> for Http {
    type Error = std::io::Error;
    type Future = std::pin::Pin<Box<dyn std::future::Future<Output = Result<openidconnect::HttpResponse, std::io::Error>> + Send + 'c>>;

    fn call(&'c self, request: openidconnect::HttpRequest) -> Self::Future {
        Box::pin(async move {
            let fail = |e: reqwest::Error| std::io::Error::other(e.to_string());
            let request = reqwest::Request::try_from(request).map_err(fail)?;
            let response = self.0.execute(request).await.map_err(fail)?;
            let mut answer = openidconnect::HttpResponse::new(Vec::new());
            *answer.status_mut() = response.status();
            *answer.headers_mut() = response.headers().clone();
            *answer.body_mut() = response.bytes().await.map_err(fail)?.to_vec();
            Ok(answer)
        })
    }
}

/// Why a sign-in with e-identification did not happen. The detail is for the log; the applicant
/// is told that it was cancelled or did not work, and what to do.
#[derive(Debug)]
pub struct EidError(pub String);

impl Eid {
    /// Reads the sign-in file; every problem is said with the file's name.
    pub fn load(path: &std::path::Path) -> Result<Eid, String> {
        let name = path.display();
        let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
        let file: FileConfig = toml::from_str(&text).map_err(|e| format!("{name}: {e}"))?;
        let redirect = RedirectUrl::new(format!("{}/sign-in/eid/callback", file.public_url.trim_end_matches('/'))).map_err(|e| format!("{name}: public_url: {e}"))?;
        let mut providers = Vec::new();
        for (method, config) in [(EidMethod::Professional, file.professional), (EidMethod::Telia, file.telia)] {
            let Some(config) = config else { continue };
            IssuerUrl::new(config.issuer.clone()).map_err(|e| format!("{name}: [{}] issuer: {e}", method.name()))?;
            let secret = match config.client_secret.strip_prefix("env:") {
                Some(variable) => std::env::var(variable).map_err(|_| format!("{name}: [{}] client_secret: the environment has no {variable}", method.name()))?,
                None => config.client_secret.clone(),
            };
            providers.push(Provider { method, config, secret, metadata: Mutex::new(None) });
        }
        crate::install_crypto();
        // Following redirects would let a provider's answer send requests anywhere.
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).timeout(std::time::Duration::from_secs(20)).build().map_err(|e| e.to_string())?;
        let folder = path.parent().unwrap_or(std::path::Path::new("."));
        let bankid = file.bankid.map(|config| crate::bankid::BankId::new(&config, folder)).transpose().map_err(|e| format!("{name}: [bankid] {e}"))?;
        Ok(Eid { providers, redirect, http: Http(http), bankid })
    }

    /// The methods offered, each with whether it is a test provider.
    pub fn offered(&self) -> Vec<(EidMethod, bool)> {
        let bankid = self.bankid.as_ref().map(|bankid| (EidMethod::BankId, bankid.test));
        bankid.into_iter().chain(self.providers.iter().map(|provider| (provider.method, provider.config.test))).collect()
    }

    fn provider(&self, method: EidMethod) -> Result<&Provider, EidError> {
        self.providers.iter().find(|p| p.method == method).ok_or_else(|| EidError(format!("{} is not configured", method.name())))
    }

    async fn client(&self, provider: &Provider, now: Millis) -> Result<CoreClient<openidconnect::EndpointSet, openidconnect::EndpointNotSet, openidconnect::EndpointNotSet, openidconnect::EndpointNotSet, openidconnect::EndpointMaybeSet, openidconnect::EndpointMaybeSet>, EidError> {
        let cached = provider.metadata.lock().unwrap_or_else(|p| p.into_inner()).clone().filter(|(_, at)| now - at < METADATA_KEPT);
        let metadata = match cached {
            Some((metadata, _)) => metadata,
            None => {
                let issuer = IssuerUrl::new(provider.config.issuer.clone()).map_err(|e| EidError(e.to_string()))?;
                let metadata = CoreProviderMetadata::discover_async(issuer, &self.http).await.map_err(|e| EidError(format!("discovery: {e}")))?;
                *provider.metadata.lock().unwrap_or_else(|p| p.into_inner()) = Some((metadata.clone(), now));
                metadata
            }
        };
        Ok(CoreClient::from_provider_metadata(metadata, ClientId::new(provider.config.client_id.clone()), Some(ClientSecret::new(provider.secret.clone())))
            .set_redirect_uri(self.redirect.clone()))
    }

    /// Where to send the applicant: the provider's authorization address, with the login's
    /// state, nonce and PKCE challenge kept here until they come back.
    pub async fn start(&self, state: &AppState, method: EidMethod, next: &str) -> Result<String, EidError> {
        let now = state.clock.now();
        let provider = self.provider(method)?;
        let client = self.client(provider, now).await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client.authorize_url(AuthenticationFlow::<CoreResponseType>::AuthorizationCode, CsrfToken::new_random, Nonce::new_random).set_pkce_challenge(challenge);
        for scope in provider.config.scopes.iter().filter(|s| *s != "openid") {
            request = request.add_scope(Scope::new(scope.clone()));
        }
        let (url, csrf, nonce) = request.url();
        state.store.begin_login(csrf.secret(), method, nonce.secret(), verifier.secret(), next, now).await.map_err(EidError)?;
        Ok(url.to_string())
    }

    /// The applicant is back with `code` for `state_param`: the personal identity number the
    /// provider vouches for (YYYYMMDD-NNNN), and where the applicant was going.
    pub async fn finish(&self, state: &AppState, code: &str, state_param: &str) -> Result<(String, String), EidError> {
        let now = state.clock.now();
        let (method, nonce, verifier, next) = state.store.take_login(state_param, now).await.map_err(EidError)?.ok_or_else(|| EidError("no such login, or it ended".into()))?;
        let provider = self.provider(method)?;
        let client = self.client(provider, now).await?;
        let tokens = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|e| EidError(e.to_string()))?
            .set_pkce_verifier(PkceCodeVerifier::new(verifier))
            .request_async(&self.http)
            .await
            .map_err(|e| EidError(format!("token: {e}")))?;
        use openidconnect::TokenResponse;
        let id_token = tokens.id_token().ok_or_else(|| EidError("no ID token".into()))?;
        // Signature, issuer, audience, expiry and nonce.
        id_token.claims(&client.id_token_verifier(), &Nonce::new(nonce)).map_err(|e| EidError(format!("ID token: {e}")))?;
        // The claim the core types do not carry, from the token just verified.
        let payload = id_token.to_string().split('.').nth(1).map(str::to_string).unwrap_or_default();
        let claims: serde_json::Value = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload.trim_end_matches('='))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .ok_or_else(|| EidError("unreadable ID token".into()))?;
        let number = claims[&provider.config.personal_number_claim].as_str().ok_or_else(|| EidError(format!("no {} claim", provider.config.personal_number_claim)))?;
        let today = state.service.today_ymd(now);
        let number = blankett_core::basics::personnummer::parse_identity_number(number, today).map_err(|e| EidError(format!("personal identity number: {e:?}")))?;
        Ok((number.normalized, next))
    }
}

impl Store {
    async fn begin_login(&self, csrf: &str, method: EidMethod, nonce: &str, verifier: &str, next: &str, now: Millis) -> Result<(), String> {
        sqlx::query("INSERT INTO eid_logins (state_hash, method, nonce, verifier, next, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(crate::accounts::token_hash(csrf))
            .bind(method.name())
            .bind(nonce)
            .bind(verifier)
            .bind(next)
            .bind(now)
            .execute(self.writer())
            .await
            .map_err(|e| e.to_string())?;
        Ok(())
    }

    /// The login of this state, once: it is deleted as it is read, in one statement, so that of
    /// two callbacks with the same state (on two instances) one gets it.
    async fn take_login(&self, csrf: &str, now: Millis) -> Result<Option<(EidMethod, String, String, String)>, String> {
        let hash = crate::accounts::token_hash(csrf);
        let row = sqlx::query("DELETE FROM eid_logins WHERE state_hash = $1 AND created_at + $2 > $3 RETURNING method, nonce, verifier, next")
            .bind(&hash)
            .bind(LOGIN_LIFETIME)
            .bind(now)
            .fetch_optional(self.writer())
            .await
            .map_err(|e| e.to_string())?;
        sqlx::query("DELETE FROM eid_logins WHERE state_hash = $1 OR created_at + $2 <= $3").bind(&hash).bind(LOGIN_LIFETIME).bind(now).execute(self.writer()).await.map_err(|e| e.to_string())?;
        let Some(r) = row else { return Ok(None) };
        let read = || Ok::<_, sqlx::Error>((r.try_get::<String, _>(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?));
        let (method, nonce, verifier, next) = read().map_err(|e| e.to_string())?;
        Ok(EidMethod::read(&method).map(|method| (method, nonce, verifier, next)))
    }

    /// The address of the account this personal identity number signs in to, if any.
    pub async fn account_of_identity(&self, personal_number: &str) -> Result<Option<String>, String> {
        let row = sqlx::query("SELECT email FROM identities WHERE personal_number = $1").bind(personal_number).fetch_optional(self.writer()).await.map_err(|e| e.to_string())?;
        row.map(|r| r.try_get(0)).transpose().map_err(|e| e.to_string())
    }

    /// Links a personal identity number to the account of `email` (made now if there is none:
    /// it has no password until one is chosen with "Forgot your password?"), whose address has
    /// just been confirmed.
    pub async fn link_identity(&self, personal_number: &str, email: &str, now: Millis) -> Result<(), String> {
        let link = async {
            let mut transaction = self.begin().await.map_err(|e| format!("{e:?}"))?;
            sqlx::query("INSERT INTO accounts (email, password_hash, verified, created_at) VALUES ($1, '!', 1, $2) ON CONFLICT (email) DO UPDATE SET verified = 1, code = NULL")
                .bind(email)
                .bind(now)
                .execute(&mut *transaction)
                .await
                .map_err(|e| e.to_string())?;
            sqlx::query("INSERT INTO identities (personal_number, email, created_at) VALUES ($1, $2, $3) ON CONFLICT (personal_number) DO NOTHING")
                .bind(personal_number)
                .bind(email)
                .bind(now)
                .execute(&mut *transaction)
                .await
                .map_err(|e| e.to_string())?;
            transaction.commit().await.map_err(|e| e.to_string())
        };
        link.await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Eid, String> {
        let path = std::env::temp_dir().join(format!("blankett-sign-in-{}-{}.toml", std::process::id(), text.len()));
        std::fs::write(&path, text).unwrap();
        Eid::load(&path).map_err(|e| e.replace(&path.display().to_string(), "sign-in.toml"))
    }

    const METHOD: &str = "issuer = \"https://idp.example.se\"\nclient_id = \"blankett\"\nclient_secret = \"s\"\n";

    #[test]
    fn the_sign_in_file_offers_what_it_configures_and_says_what_is_wrong() {
        let eid = load(&format!("public_url = \"https://ansokan.example.se\"\n[professional]\n{METHOD}")).unwrap();
        assert_eq!(eid.offered(), vec![(EidMethod::Professional, false)]);
        assert_eq!(eid.redirect.as_str(), "https://ansokan.example.se/sign-in/eid/callback");
        let secret = load(&format!("public_url = \"https://a.example\"\n[telia]\n{}", METHOD.replace("\"s\"", "\"env:BLANKETT_NO_SUCH_SECRET\""))).err().unwrap();
        assert_eq!(secret, "sign-in.toml: [telia] client_secret: the environment has no BLANKETT_NO_SUCH_SECRET");
        assert!(load(&format!("public_url = \"https://a.example\"\n[telia]\n{METHOD}colour = \"red\"\n")).err().unwrap().contains("unknown field `colour`"));
        assert!(load(&format!("public_url = \"not a url\"\n[telia]\n{METHOD}")).err().unwrap().starts_with("sign-in.toml: public_url"));
    }
}
