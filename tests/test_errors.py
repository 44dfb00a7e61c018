"""Error responses become the documented exception types, whatever their body looks like."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx2
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
            musicapi_client.ContentPolicyError,  # a PermissionDeniedError of its own (issue 31)
        ),
        (403, {"message": "API QPS limit exceeded"}, musicapi_client.PermissionDeniedError),
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


def _mypy(path: str) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parent.parent
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", path],
        cwd=root, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip


@pytest.mark.slow
def test_script_authors_patterns_type_check_and_mistakes_do_not() -> None:
    good = _mypy("tests/typing/script_patterns.py")
    assert good.returncode == 0, good.stdout
    bad = _mypy("tests/typing/misspelled.py")
    flagged = {line.split(":")[1] for line in bad.stdout.splitlines() if ": error:" in line}
    source = Path("tests/typing/misspelled.py").read_text().splitlines()
    expected = {str(n) for n, text in enumerate(source, 1) if "# E:" in text}
    assert flagged == expected, bad.stdout


def test_a_connection_error_names_the_host_it_could_not_reach() -> None:
    client = musicapi_client.MusicAPI(
        api_key="k", base_url="http://user:pw@127.0.0.1:9", max_retries=0
    )
    with pytest.raises(musicapi_client.APIConnectionError) as info:
        client.credits.get()
    assert "on http://127.0.0.1:9" in str(info.value)
    assert "pw" not in str(info.value)


def test_a_base_url_with_the_api_version_is_the_same_root(api: FakeAPI) -> None:
    api.on("GET", "/api/v1/get-credits", ok({"credits": 5, "extra_credits": 0}))
    for base in ("https://api.musicapi.ai/api/v1", "https://api.musicapi.ai/api/v1/"):
        client = musicapi_client.MusicAPI(
            api_key="k", base_url=base, http_client=httpx2.Client(transport=api.transport)
        )
        assert client.base_url == "https://api.musicapi.ai"
        assert client.credits.get().credits == 5


def _refusal(kind: str) -> str:
    from musicapi_client.mock import _spec

    return _spec.refusals()[kind]


@pytest.mark.parametrize(
    ("kind", "error", "reason"),
    [
        ("copyright", musicapi_client.ContentPolicyError, "copyright"),
        ("inappropriate", musicapi_client.ContentPolicyError, "inappropriate"),
        ("moderation", musicapi_client.ContentPolicyError, "moderation"),
        ("no_subscription", musicapi_client.SubscriptionRequiredError, None),
        ("insufficient_credits", musicapi_client.InsufficientCreditsError, None),
    ],
)
async def test_each_documented_403_has_its_own_type(
    client_for: Callable[..., Any], kind: str, error: type[Exception], reason: str | None
) -> None:
    """The spec's examples of each documented 403, answered to a create: each becomes the
    type its x-error-kinds entry names, with what to change; all are still 403s."""
    api = FakeAPI().on(
        "POST", "/api/v1/sonic/create", ok({"code": 403, "message": _refusal(kind)}, status=403)
    )
    client = client_for(api, create_interval=0)
    with pytest.raises(error) as caught:
        await resolve(
            client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
        )
    found = caught.value
    assert type(found) is error
    assert found.status_code == 403  # type: ignore[attr-defined]
    assert found.outcome_unknown is False
    assert getattr(found, "reason", None) == reason or reason is None
    assert found.advice  # type: ignore[attr-defined]
    if error is not musicapi_client.InsufficientCreditsError:
        assert isinstance(found, musicapi_client.PermissionDeniedError)


async def test_an_unknown_403_stays_permission_denied(client_for: Callable[..., Any]) -> None:
    api = FakeAPI().on(
        "GET", "/api/v1/get-credits", ok({"message": "API QPS limit exceeded"}, status=403)
    )
    client = client_for(api)
    with pytest.raises(musicapi_client.PermissionDeniedError) as caught:
        await resolve(client.credits.get())
    assert type(caught.value) is musicapi_client.PermissionDeniedError


def test_the_phrases_are_the_specs_data_not_the_clients() -> None:
    """A kind added to the spec's list is recognised with no code: the matching reads it."""
    import httpx2

    from musicapi_client._errors import error_from_response
    from musicapi_client._operation import ErrorKind

    new = ErrorKind(403, "lyrics_format", "lyrics format is invalid", "content_policy",
                    "lyrics-format", "Fix the lyrics' format.")  # fmt: skip
    request = httpx2.Request("POST", "https://api.musicapi.ai/api/v1/sonic/create")
    answer = httpx2.Response(
        403, json={"message": "The lyrics format is invalid."}, request=request
    )
    assert type(error_from_response(answer)) is musicapi_client.PermissionDeniedError
    found = error_from_response(answer, kinds=[new])
    assert isinstance(found, musicapi_client.ContentPolicyError)
    assert found.reason == "lyrics-format"
    kinds = musicapi_client.MusicAPI.catalog().error_kinds
    assert {k.kind for k in kinds} >= {
        "copyright",
        "inappropriate",
        "moderation",
        "no_subscription",
    }
