//! A lingering close, as web servers do it: a handler that refuses a request before reading its
//! body (an upload without a session, one too large) answers at once, and what the client still
//! sends is read and dropped in the background, never kept. A connection closed with unread data
//! is reset, and the answer already sent can be lost with it; a browser that goes on sending a
//! large upload would see a network failure instead of "signed out" or "too large".

/// How much of a body left unread is still read (and dropped) after the answer, and for how
/// long: more than the largest upload a form takes by default, and a bound for whoever sends more.
const LINGER_BYTES: usize = 16 * 1024 * 1024;
const LINGER_TIME: std::time::Duration = std::time::Duration::from_secs(10);

/// Runs the request, then reads and drops in the background whatever of its body the handler left.
pub async fn linger(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    use http_body_util::BodyExt;
    let (parts, body) = request.into_parts();
    // Nothing to linger for without a body (most requests).
    if http_body::Body::is_end_stream(&body) {
        return next.run(axum::extract::Request::from_parts(parts, body)).await;
    }
    let (held, rest) = lingering::split(body);
    let response = next.run(axum::extract::Request::from_parts(parts, held)).await;
    tokio::spawn(async move {
        let Some(mut body) = rest.take() else { return };
        let _ = tokio::time::timeout(LINGER_TIME, async {
            let mut read = 0;
            while let Some(Ok(frame)) = body.frame().await {
                read += frame.data_ref().map_or(0, |data| data.len());
                if read > LINGER_BYTES {
                    break;
                }
            }
        })
        .await;
    });
    response
}

mod lingering {
    //! A request body shared between the handler and [`super::linger`], which reads what the
    //! handler left once it has answered.
    use axum::body::{Body, Bytes};
    use std::pin::Pin;
    use std::sync::{Arc, Mutex};
    use std::task::{Context, Poll};

    pub struct Held(Arc<Mutex<Option<Body>>>);
    pub struct Rest(Arc<Mutex<Option<Body>>>);

    pub fn split(body: Body) -> (Body, Rest) {
        let shared = Arc::new(Mutex::new(Some(body)));
        (Body::new(Held(shared.clone())), Rest(shared))
    }

    impl Rest {
        pub fn take(self) -> Option<Body> {
            self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take()
        }
    }

    impl http_body::Body for Held {
        type Data = Bytes;
        type Error = axum::Error;
        fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<http_body::Frame<Bytes>, axum::Error>>> {
            let mut body = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            match body.as_mut() {
                Some(body) => Pin::new(body).poll_frame(cx),
                None => Poll::Ready(None),
            }
        }
        fn size_hint(&self) -> http_body::SizeHint {
            self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).as_ref().map(http_body::Body::size_hint).unwrap_or_default()
        }
    }
}

