//! The `passage-media://localhost/<course>/<path>` protocol: lesson images
//! and narration, read through `passage-app`, which only serves media files
//! from inside the course's own pack.

use std::borrow::Cow;

use tauri::http::{Request, Response, StatusCode, header};
use tauri::{Manager, UriSchemeContext};

use crate::AppState;

pub fn serve<R: tauri::Runtime>(
    ctx: UriSchemeContext<'_, R>,
    request: Request<Vec<u8>>,
) -> Response<Cow<'static, [u8]>> {
    let state = ctx.app_handle().try_state::<AppState>();
    let path = request.uri().path().trim_start_matches('/');
    let found = path.split_once('/').and_then(|(course, file)| {
        let passage = state.as_ref()?.passage.as_ref().ok()?;
        passage.media(course, file).ok()
    });
    let response = match found {
        Some(media) => Response::builder()
            .status(StatusCode::OK)
            .header(header::CONTENT_TYPE, media.mime)
            .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
            .body(Cow::Owned(media.bytes)),
        None => {
            tracing::debug!(path, "media not found");
            Response::builder()
                .status(StatusCode::NOT_FOUND)
                .body(Cow::Borrowed(&b""[..]))
        }
    };
    response.unwrap_or_else(|_| Response::new(Cow::Borrowed(&b""[..])))
}
