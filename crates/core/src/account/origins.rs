//! The other sites a deployment lets embed its forms (the widget, see ARCHITECTURE.md): each
//! named by its exact origin (`--allow-origin https://www.kommun.example`). Their pages may call
//! the API from the browser (CORS), and the backend's sign-in may return an applicant to them.
//! Anything else, including an address that only looks like an allowed one, is another site.

/// A site's origin as a browser sends it in `Origin` and writes it in `location.origin`:
/// `http` or `https`, a lower-case host, and the port only when it is not the scheme's default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin(String);

/// Why a configured origin was refused, said to the person who wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OriginProblem {
    /// Not `http://` or `https://`.
    Scheme,
    /// No host, or one with a character a host name cannot have (`@`, a space, …).
    Host,
    /// A port that is not a number from 1 to 65535.
    Port,
    /// A path, query or fragment after the host: an origin has none.
    Path,
}

impl std::fmt::Display for OriginProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(match self {
            OriginProblem::Scheme => "an origin starts with http:// or https://",
            OriginProblem::Host => "an origin names a host: letters, digits, dots and dashes, or an IP address",
            OriginProblem::Port => "a port is a number from 1 to 65535",
            OriginProblem::Path => "an origin is only scheme, host and port, with nothing after them (not even a /)",
        })
    }
}

impl Origin {
    /// Reads an origin as a deployment writes it, normalised as a browser writes one: the
    /// scheme and host in lower case, and without the scheme's default port.
    pub fn parse(text: &str) -> Result<Origin, OriginProblem> {
        let lower = text.trim().to_ascii_lowercase();
        let (scheme, rest) = lower.split_once("://").ok_or(OriginProblem::Scheme)?;
        let default_port = match scheme {
            "https" => "443",
            "http" => "80",
            _ => return Err(OriginProblem::Scheme),
        };
        if rest.contains(['/', '?', '#']) {
            return Err(OriginProblem::Path);
        }
        let (host, port) = split_port(rest)?;
        if !is_host(host) {
            return Err(OriginProblem::Host);
        }
        Ok(Origin(match port {
            Some(port) if port != default_port => format!("{scheme}://{host}:{port}"),
            _ => format!("{scheme}://{host}"),
        }))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `host:port` into the host and the port, if any (`[::1]:8080` too).
fn split_port(authority: &str) -> Result<(&str, Option<&str>), OriginProblem> {
    let (host, port) = match authority.strip_prefix('[') {
        Some(bracketed) => {
            let (inside, after) = bracketed.split_once(']').ok_or(OriginProblem::Host)?;
            let host = authority.get(..inside.len() + 2).ok_or(OriginProblem::Host)?;
            match after {
                "" => (host, None),
                _ => (host, Some(after.strip_prefix(':').ok_or(OriginProblem::Host)?)),
            }
        }
        None => match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    if let Some(port) = port {
        let number = port.parse::<u32>().ok().filter(|p| (1..=65535).contains(p) && !port.starts_with('0'));
        if number.is_none() {
            return Err(OriginProblem::Port);
        }
    }
    Ok((host, port))
}

/// A DNS name, an IPv4 address or a bracketed IPv6 address: nothing that could hide another host
/// (`user@`, `%`, a space).
fn is_host(host: &str) -> bool {
    if let Some(inside) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return !inside.is_empty() && inside.bytes().all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
    }
    let labels_ok = host.split('.').all(|label| {
        !label.is_empty() && label.len() <= 63 && !label.starts_with('-') && !label.ends_with('-') && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    });
    !host.is_empty() && host.len() <= 253 && labels_ok
}

/// Whether `origin` (an `Origin` header's value, exactly as a browser sent it) is one of the
/// `allowed` sites. No normalising here: a browser sends an origin normalised, so anything else
/// is not a browser's origin of an allowed site.
pub fn is_allowed(origin: &str, allowed: &[Origin]) -> bool {
    allowed.iter().any(|a| a.as_str() == origin)
}

/// Where signing in may lead: a normalised path on this site (see [`super::return_path`]), or
/// an address on one of the `allowed` sites that embed the forms, whose path is as normalised.
/// `None` for anything else: another site, one that only looks like an allowed one
/// (`https://allowed.example.evil.example`, `https://allowed.example@evil.example`), `//evil`,
/// `javascript:`.
pub fn return_address<'a>(next: &'a str, allowed: &[Origin]) -> Option<&'a str> {
    if let Some(path) = super::return_path(next) {
        return Some(path);
    }
    let after_scheme = next.find("://")? + 3;
    let (origin, rest) = next.split_at_checked(after_scheme + next.get(after_scheme..)?.find(['/', '?', '#']).unwrap_or(next.len() - after_scheme))?;
    if !is_allowed(origin, allowed) {
        return None;
    }
    // The rest is a path as `return_path` takes it (an empty path is the site's root).
    let path = if rest.is_empty() || rest.starts_with(['?', '#']) { format!("/{rest}") } else { rest.to_string() };
    super::return_path(&path).map(|_| next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed() -> Vec<Origin> {
        ["https://www.kommun.example", "http://127.0.0.1:5173"].iter().map(|o| Origin::parse(o).unwrap()).collect()
    }

    #[test]
    fn an_origin_is_written_as_a_browser_sends_it() {
        assert_eq!(Origin::parse("https://WWW.Kommun.example").unwrap().as_str(), "https://www.kommun.example");
        assert_eq!(Origin::parse("https://kommun.example:443").unwrap().as_str(), "https://kommun.example", "the default port is left out");
        assert_eq!(Origin::parse("http://kommun.example:80").unwrap().as_str(), "http://kommun.example");
        assert_eq!(Origin::parse("http://kommun.example:443").unwrap().as_str(), "http://kommun.example:443");
        assert_eq!(Origin::parse(" http://127.0.0.1:5173 ").unwrap().as_str(), "http://127.0.0.1:5173");
        assert_eq!(Origin::parse("http://[::1]:8080").unwrap().as_str(), "http://[::1]:8080");
        for (bad, problem) in [
            ("kommun.example", OriginProblem::Scheme),
            ("ftp://kommun.example", OriginProblem::Scheme),
            ("javascript://kommun.example", OriginProblem::Scheme),
            ("https://kommun.example/", OriginProblem::Path),
            ("https://kommun.example/forms", OriginProblem::Path),
            ("https://kommun.example?x", OriginProblem::Path),
            ("https://", OriginProblem::Host),
            ("https://user@kommun.example", OriginProblem::Host),
            ("https://kommun..example", OriginProblem::Host),
            ("https://kom mun.example", OriginProblem::Host),
            ("https://-kommun.example", OriginProblem::Host),
            ("https://kommun.example:0", OriginProblem::Port),
            ("https://kommun.example:65536", OriginProblem::Port),
            ("https://kommun.example:08", OriginProblem::Port),
            ("https://kommun.example:", OriginProblem::Port),
            ("https://[::1", OriginProblem::Host),
            ("*", OriginProblem::Scheme),
            ("null", OriginProblem::Scheme),
        ] {
            assert_eq!(Origin::parse(bad), Err(problem), "{bad:?}");
        }
    }

    #[test]
    fn only_an_allowed_origin_exactly_as_a_browser_sends_it_is_allowed() {
        let allowed = allowed();
        assert!(is_allowed("https://www.kommun.example", &allowed));
        assert!(is_allowed("http://127.0.0.1:5173", &allowed));
        for other in [
            "https://kommun.example", "http://www.kommun.example", "https://www.kommun.example:8443", "https://www.kommun.example.evil.example",
            "https://evilwww.kommun.example", "https://WWW.KOMMUN.EXAMPLE", "https://www.kommun.example/", "http://127.0.0.1:5174", "null", "",
        ] {
            assert!(!is_allowed(other, &allowed), "{other:?}");
        }
        assert!(!is_allowed("https://www.kommun.example", &[]), "no site is allowed unless named");
    }

    #[test]
    fn signing_in_returns_to_this_site_or_an_allowed_host_page_only() {
        let allowed = allowed();
        for good in [
            "/forms/work-permit",
            "https://www.kommun.example",
            "https://www.kommun.example/",
            "https://www.kommun.example/apply/permit?step=2#form",
            "http://127.0.0.1:5173/examples/host.html",
            "https://www.kommun.example?x=1",
        ] {
            assert_eq!(return_address(good, &allowed), Some(good), "{good}");
        }
        for bad in [
            "https://evil.example/",
            "https://www.kommun.example.evil.example/",
            "https://www.kommun.example@evil.example/",
            "https://www.kommun.example:443/",
            "https://WWW.kommun.example/",
            "http://www.kommun.example/",
            "//evil.example",
            "//www.kommun.example/",
            "javascript:alert(1)",
            "javascript://www.kommun.example/%0aalert(1)",
            "https://www.kommun.example/../x",
            "https://www.kommun.example//evil.example",
            "https://www.kommun.example/\\evil.example",
            "https://www.kommun.example/\t/x",
            "https://www.kommun.example/%2e%2e/x",
            "data:text/html,https://www.kommun.example/",
            "http://127.0.0.1:51730/",
        ] {
            assert_eq!(return_address(bad, &allowed), None, "{bad:?}");
        }
        assert_eq!(return_address("https://www.kommun.example/", &[]), None, "no host page without an allow-list");
    }
}
