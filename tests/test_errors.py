"""Error responses become the documented exception types, whatever their body looks like."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

import musicapi_client
from tests.fakes import FakeAPI, html, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable

TASK = "/api/v1/sonic/task/t1"


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (
            400,
            {"code": 400, "message": "The 'mv' field is invalid."},
            musicapi_client.BadRequestError,
        ),
        (400, {"code": 400, "message": "task not found."}, musicapi_client.NotFoundError),
        (401, {"message": "Authorization header is missing."}, musicapi_client.AuthenticationError),
        (402, {"error": "Insufficient credits"}, musicapi_client.InsufficientCreditsError),
        (
            403,
            {"message": "The remaining credits are not enough. Buy more."},
            musicapi_client.InsufficientCreditsError,
        ),
        (
            403,
            {"message": "The song description needs moderation review."},
            musicapi_client.PermissionDeniedError,
        ),
        (404, {"type": "not_found", "message": "Task not found"}, musicapi_client.NotFoundError),
        (418, {"detail": "teapot"}, musicapi_client.APIStatusError),
    ],
)
async def test_status_maps_to_error_type(
    api: FakeAPI,
    client_for: Callable[..., Any],
    status: int,
    body: dict[str, Any],
    error: type[Exception],
) -> None:
    api.on("GET", TASK, ok(body, status=status, headers={"x-request-id": "req-7"}))
    with pytest.raises(error) as info:
        await resolve(client_for(api).sonic.get("t1"))
    exc = info.value
    assert type(exc) is error
    assert exc.status_code == status
    assert exc.body == body
    assert exc.request_id == "req-7"
    assert exc.task_id == "t1"
    text = body.get("message") or body.get("error") or body.get("detail")
    assert text in str(exc)
    assert "\n" not in str(exc)


async def test_html_error_page_is_a_status_error_not_a_decode_crash(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("POST", "/api/v1/sonic/upload", html(502))
    with pytest.raises(musicapi_client.InternalServerError) as info:
        await resolve(client_for(api).sonic.upload(url="https://f/a.mp3"))
    assert info.value.status_code == 502
    assert "502 Bad Gateway" in str(info.value)
    assert info.value.body.startswith("<html>")


async def test_non_json_success_body_is_a_status_error(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("GET", "/api/v1/get-credits", html(200, '{"credits": 4'))
    with pytest.raises(musicapi_client.APIStatusError, match="not JSON"):
        await resolve(client_for(api).credits.get())


async def test_unexpected_success_shape_is_a_status_error(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on("POST", "/api/v1/sonic/upload", ok({"code": 200, "message": "success"}))
    with pytest.raises(musicapi_client.APIStatusError, match="clip_id"):
        await resolve(client_for(api).sonic.upload(url="https://f/a.mp3"))


async def test_rate_limit_error_carries_retry_after(
    api: FakeAPI, client_for: Callable[..., Any]
) -> None:
    api.on(
        "GET",
        "/api/v1/get-credits",
        ok({"message": "slow down"}, status=429, headers={"retry-after": "7"}),
    )
    with pytest.raises(musicapi_client.RateLimitError) as info:
        await resolve(client_for(api, max_retries=0).credits.get())
    assert info.value.retry_after == 7.0


def test_every_error_is_a_musicapi_error() -> None:
    for name in musicapi_client.__all__:
        value = getattr(musicapi_client, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, musicapi_client.MusicAPIError), name
    assert issubclass(musicapi_client.InvalidRequestError, ValueError)
    assert issubclass(musicapi_client.APITimeoutError, musicapi_client.APIConnectionError)
