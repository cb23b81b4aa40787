//! "Did this page help you?" (R14): answers and comments kept for the people who improve the
//! pages, over the API (the app, and the server's pages with JavaScript) and as form posts
//! (the server's pages without it), and their export as CSV. The rules are
//! `blankett_core::support::feedback`'s: nothing that says who answered is kept, only the page,
//! the language, the day, the answer and the comment with personal data removed.

use blankett_core::contract::Problem;
use crate::error::{ApiError, Json};
use crate::limits::Client;
use crate::pages::{self, feedback::Shown};
use crate::store::{random_id, Store, StoreError};
use crate::AppState;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use blankett_core::support::feedback::{self as rules, About, Refusal, PER_CLIENT};
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;

/// Keeps an answer; returns its id, with which one comment can be added.
pub async fn keep_answer(store: &Store, about: &About, language: &str, helpful: bool, comment: Option<&str>, day: &str) -> Result<String, StoreError> {
    let id = random_id();
    sqlx::query("INSERT INTO feedback (id, day, page, part, language, helpful, comment, commented) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
        .bind(&id)
        .bind(day)
        .bind(&about.page)
        .bind(&about.part)
        .bind(language)
        .bind(helpful as i64)
        .bind(comment)
        .bind(comment.is_some() as i64)
        .execute(store.writer())
        .await?;
    Ok(id)
}

/// Adds the comment to the answer `id`, once.
pub async fn keep_comment(store: &Store, id: &str, comment: Option<&str>) -> Result<(), StoreError> {
    let changed = sqlx::query("UPDATE feedback SET comment = $1, commented = 1 WHERE id = $2 AND commented = 0").bind(comment).bind(id).execute(store.writer()).await?.rows_affected();
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

/// Every answer from `since` (a day, `2026-12-01`) on, oldest first, as CSV:
/// `day,page,part,language,helpful,comment`.
pub async fn export(store: &Store, since: Option<&str>, out: impl std::io::Write) -> Result<usize, String> {
    use sqlx::Row;
    let mut connection = store.reading().await.map_err(|e| format!("{e:?}"))?;
    let rows = sqlx::query("SELECT day, page, part, language, helpful, comment FROM feedback WHERE day >= $1 ORDER BY day, rowid")
        .bind(since.unwrap_or(""))
        .fetch_all(&mut *connection)
        .await
        .map_err(|e| e.to_string())?;
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(["day", "page", "part", "language", "helpful", "comment"]).map_err(|e| e.to_string())?;
    let mut count = 0;
    for r in &rows {
        let row = (|| {
            Ok::<_, sqlx::Error>([
                r.try_get::<String, _>(0)?,
                r.try_get(1)?,
                r.try_get::<Option<String>, _>(2)?.unwrap_or_default(),
                r.try_get(3)?,
                if r.try_get::<i64, _>(4)? != 0 { "yes" } else { "no" }.to_string(),
                r.try_get::<Option<String>, _>(5)?.unwrap_or_default(),
            ])
        })()
        .map_err(|e| e.to_string())?;
        // A spreadsheet runs a cell that starts with = + - or @ as a formula: such a comment is
        // kept as text.
        let safe: Vec<String> = row.into_iter().map(|cell| if cell.starts_with(['=', '+', '-', '@']) { format!("'{cell}") } else { cell }).collect();
        writer.write_record(&safe).map_err(|e| e.to_string())?;
        count += 1;
    }
    writer.flush().map_err(|e| e.to_string())?;
    Ok(count)
}

fn refused(refusal: Refusal) -> ApiError {
    ApiError::Unprocessable(Problem::InvalidFeedback, refusal.message())
}

fn today(state: &AppState) -> String {
    rules::day_of(state.service.wall_time(state.clock.now()))
}

async fn limit(state: &AppState, client: &Client) -> Result<(), ApiError> {
    Ok(state.limits.allow(&[(format!("feedback from {}", client.0), PER_CLIENT)], state.clock.now()).await?)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    page: String,
    part: Option<String>,
    language: String,
    helpful: bool,
    comment: Option<String>,
}

/// `POST /api/feedback`: an answer (and perhaps its comment); 201 with the id for a comment.
pub async fn answer(State(state): State<Arc<AppState>>, client: Client, Json(body): Json<Answer>) -> Result<(StatusCode, Json<Value>), ApiError> {
    let about = rules::about(&body.page, body.part.as_deref()).map_err(refused)?;
    let language = rules::language(&body.language).map_err(refused)?;
    let comment = rules::comment(body.comment.as_deref().unwrap_or_default()).map_err(refused)?;
    limit(&state, &client).await?;
    let id = keep_answer(&state.store, &about, language, body.helpful, comment.as_deref(), &today(&state)).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": id }))))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    comment: String,
}

/// `POST /api/feedback/{id}/comment`: the comment to an answer, once.
pub async fn comment(State(state): State<Arc<AppState>>, client: Client, Path(id): Path<String>, Json(body): Json<Comment>) -> Result<StatusCode, ApiError> {
    let comment = rules::comment(&body.comment).map_err(refused)?;
    limit(&state, &client).await?;
    keep_comment(&state.store, &id, comment.as_deref()).await.map_err(|error| match error {
        StoreError::NotFound => ApiError::NotFound("There is no answer with this id that can still take a comment.".into()),
        other => other.into(),
    })?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, Default)]
pub struct Posted {
    page: Option<String>,
    part: Option<String>,
    lang: Option<String>,
    back: Option<String>,
    helpful: Option<String>,
    id: Option<String>,
    comment: Option<String>,
}

/// `POST /feedback`, the prompt without JavaScript: an answer (`helpful`) or a comment (`id`).
pub async fn posted(State(state): State<Arc<AppState>>, client: Client, headers: HeaderMap, form: Result<Form<Posted>, FormRejection>) -> Response {
    let posted = form.map(|Form(posted)| posted).unwrap_or_default();
    let locale = super::locale_of(posted.lang.as_deref(), &headers);
    let back = posted.back.as_deref().unwrap_or("/");
    let page = |status: StatusCode, shown: Shown| pages::html(status, &pages::feedback::page(shown, back, &locale));
    if let Some(refused) = super::refuse_other_sites(&headers) {
        return refused;
    }
    let outcome = match (&posted.id, posted.helpful.as_deref()) {
        (Some(id), _) => match rules::comment(posted.comment.as_deref().unwrap_or_default()) {
            Err(_) => return page(StatusCode::UNPROCESSABLE_ENTITY, Shown::TooLong { id: id.clone(), comment: posted.comment.clone().unwrap_or_default() }),
            Ok(comment) => match limit(&state, &client).await {
                Ok(()) => keep_comment(&state.store, id, comment.as_deref()).await.map_err(|error| match error {
                    StoreError::NotFound => ApiError::Gone,
                    other => other.into(),
                }),
                Err(error) => Err(error),
            },
        }
        .map(|()| Shown::Commented),
        (None, Some(helpful @ ("yes" | "no"))) => match rules::about(posted.page.as_deref().unwrap_or_default(), posted.part.as_deref()).map_err(refused) {
            Ok(about) => match limit(&state, &client).await {
                Ok(()) => keep_answer(&state.store, &about, locale.code(), helpful == "yes", None, &today(&state)).await.map_err(ApiError::from),
                Err(error) => Err(error),
            },
            Err(error) => Err(error),
        }
        .map(|id| Shown::Answered { id }),
        (None, _) => Err(refused(Refusal::UnknownPage)),
    };
    match outcome {
        Ok(shown) => page(StatusCode::OK, shown),
        Err(ApiError::Gone) => page(StatusCode::NOT_FOUND, Shown::Gone),
        Err(ApiError::TooManyAttempts(seconds)) => {
            let mut refused = page(StatusCode::TOO_MANY_REQUESTS, Shown::Refused(blankett_core::messages::Ui::TooManyAttempts { minutes: seconds.div_ceil(60) }));
            refused.headers_mut().insert(axum::http::header::RETRY_AFTER, seconds.into());
            refused
        }
        Err(ApiError::Unprocessable(..)) => page(StatusCode::BAD_REQUEST, Shown::Refused(blankett_core::messages::Ui::RequestFailed)),
        Err(error) => error.into_response(),
    }
}
