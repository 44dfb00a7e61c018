"""client.get / client.post: what the spec lacks, with the client's key, policies and errors."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest
from pydantic import BaseModel

import musicapi_client
from tests.fakes import API_KEY, FakeAPI, make_client, ok, resolve

NEW = "/api/v1/sonic/new-thing"


class Thing(BaseModel):
    code: int
    task_id: str


async def test_get_reads_a_new_endpoint_with_the_key_and_keeps_the_request_id(
    mode: str,
) -> None:
    api = FakeAPI().on(
        "GET",
        NEW,
        ok({"message": "busy"}, status=503),
        ok({"code": 200, "things": [1]}, headers={"x-request-id": "r-1"}),
    )
    client = make_client(mode, api)
    found = await resolve(client.get(NEW, extra_query={"page": 2}))
    assert found == {"code": 200, "things": [1]}  # the API's object, nothing added to it
    assert found._request_id == "r-1"
    assert api.count("GET", NEW) == 2  # a read: the 503 was retried
    sent = api.requests[-1]
    assert sent.headers["authorization"] == f"Bearer {API_KEY}"
    assert sent.url.params["page"] == "2"


async def test_post_is_a_create_paced_and_never_sent_twice(mode: str) -> None:
    api = FakeAPI().on(
        "POST", NEW, ok({"code": 200, "task_id": "t1"}), ok({"message": "bad gateway"}, status=502)
    )
    client = make_client(mode, api, create_interval=3.0)
    made = await resolve(client.post(NEW, body={"prompt": "rain"}, cast_to=Thing))
    assert made == Thing(code=200, task_id="t1")
    assert api.last_json() == {"prompt": "rain"}
    assert api.requests[-1].headers["content-type"] == "application/json"
    with pytest.raises(musicapi_client.APIStatusError) as caught:
        await resolve(client.post(NEW, body={"prompt": "again"}))
    assert caught.value.outcome_unknown  # a 502 after a POST: it may have started
    assert api.count("POST", NEW) == 2  # not resent
    assert 3.0 <= sum(client.sleeps) < 4.0  # the second waited for its pacing slot


async def test_answers_are_read_as_asked(mode: str) -> None:
    api = FakeAPI().on("GET", NEW, ok({"code": 200, "task_id": "t9"}))
    client = make_client(mode, api)
    assert (await resolve(client.get(NEW, cast_to=Thing))).task_id == "t9"
    assert '"t9"' in await resolve(client.get(NEW, cast_to=str))
    assert (await resolve(client.get(NEW, cast_to=bytes))).startswith(b"{")
    api.on("GET", "/api/v1/list", ok([1, 2]))
    with pytest.raises(musicapi_client.APIStatusError, match="not an object"):
        await resolve(client.get("/api/v1/list"))
    api.on("GET", "/api/v1/other", ok({"code": "x"}))
    with pytest.raises(musicapi_client.APIStatusError):
        await resolve(client.get("/api/v1/other", cast_to=Thing))  # not its shape


@pytest.mark.parametrize(
    ("call", "field"),
    [
        ({"path": "https://evil.example/api"}, "path"),
        ({"path": "//evil.example/api"}, "path"),
        ({"path": "api/v1/x"}, "path"),
        ({"path": "/api/v1/x y"}, "path"),
        ({"path": NEW, "body": {"weight": float("nan")}}, "body.weight"),
        ({"path": NEW, "body": ["a"]}, "body"),
        ({"path": NEW, "cast_to": list}, "cast_to"),
        ({"path": NEW, "credits": -1}, "credits"),
        ({"path": NEW, "extra_headers": {"Authorization": "Bearer other"}}, "extra_headers"),
    ],
)
async def test_bad_input_is_refused_before_anything_is_sent(
    mode: str, call: dict[str, Any], field: str
) -> None:
    api = FakeAPI()
    client = make_client(mode, api)
    options = dict(call)
    with pytest.raises(musicapi_client.InvalidRequestError) as caught:
        await resolve(client.post(options.pop("path"), **options))
    assert caught.value.field == field
    assert api.requests == []


async def test_a_post_under_a_spend_limit_names_its_price(mode: str) -> None:
    api = FakeAPI().on("POST", NEW, ok({"message": "boom"}, status=500))
    client = make_client(mode, api, max_credits=30, create_interval=0)
    with pytest.raises(musicapi_client.InvalidRequestError, match="credits=") as caught:
        await resolve(client.post(NEW, body={}))
    assert caught.value.field == "credits"
    with pytest.raises(musicapi_client.APIStatusError):
        await resolve(client.post(NEW, body={}, credits=20))  # a 500: its outcome unknown
    with pytest.raises(musicapi_client.BudgetExceededError):
        await resolve(client.post(NEW, body={}, credits=20))  # 20 kept + 20 > 30
    assert api.count("POST", NEW) == 1
    assert (await resolve(client.budget())).reserved == 20
    api.on("GET", "/api/v1/free", ok({"code": 200}))
    assert await resolve(client.get("/api/v1/free")) == {"code": 200}  # a read needs no price


def test_the_key_goes_only_to_the_clients_host() -> None:
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, json={})

    client = musicapi_client.MusicAPI(
        api_key=API_KEY, base_url="https://api.example.com",
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )  # fmt: skip
    client.get("/api/v1/x")
    assert str(seen[0].url) == "https://api.example.com/api/v1/x"
