"""The MCP server, driven by the official SDK's own client against the local mock: the tools
come from the spec and keep the client's promises."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import jsonschema
import pytest

import musicapi_client
from musicapi_client.mcp import Settings, build
from musicapi_client.mock import MockServer

if TYPE_CHECKING:
    from pathlib import Path

pytest.importorskip("mcp")
from mcp.client.client import Client

SONG = {"custom_mode": False, "gpt_description_prompt": "a sea shanty", "mv": "sonic-v6"}


def _settings(**options: Any) -> Settings:
    options.setdefault("create_interval", 0.0)
    options.setdefault("poll_schedule", musicapi_client.PollSchedule(scale=1 / 50))
    return Settings(**options)


def _server(mock: MockServer, **options: Any) -> Any:
    server, _ = build(_settings(base_url=mock.url, **options), lambda ctx: mock.api_key)
    return server


async def _tools(client: Client) -> dict[str, Any]:
    return {tool.name: tool for tool in (await client.list_tools()).tools}


async def test_the_tools_are_the_specs_creates_and_the_task_tools() -> None:
    with MockServer(speed=50) as mock:
        async with Client(_server(mock)) as client:
            tools = await _tools(client)
        async with Client(_server(mock, deprecated=True)) as client:
            with_deprecated = await _tools(client)
        async with Client(_server(mock, every=True)) as client:
            every = await _tools(client)
        async with Client(_server(mock, families={"producer"})) as client:
            producer = await _tools(client)
    catalog = musicapi_client.MusicAPI.catalog()
    creates = {
        f"{op.family}_{op.name}": op
        for op in catalog.operations
        if op.role == "create" and not op.gone and not catalog.families[op.family].deprecated
    }
    task_tools = {"get_task", "wait_for_task", "get_credits", "download_clip"}
    assert set(every) == set(creates) | task_tools  # every create is a tool
    chosen = {name for name, op in creates.items() if op.agent_default}
    assert {"sonic_create", "producer_create"} <= chosen < set(creates)
    assert set(tools) == chosen | task_tools  # by default, the spec's x-agent-default ones
    assert set(producer) - task_tools == {n for n in creates if n.startswith("producer_")}
    assert not any(name.startswith(("nuro_", "riffusion_", "studio_")) for name in tools)
    assert any(name.startswith("riffusion_") for name in with_deprecated)
    assert not any(name.startswith("nuro_") for name in with_deprecated)  # retired: never
    create = tools["sonic_create"]
    assert create.annotations.read_only_hint is False
    assert create.annotations.idempotent_hint is False
    assert create.annotations.open_world_hint is True
    assert "credits" in create.title
    assert "20 credits" in create.description
    assert "2026-10" in create.description
    schema = create.input_schema
    assert "task_type" not in schema["properties"]  # fixed by the operation
    assert set(schema["required"]) == {"custom_mode", "mv"}
    assert "When custom_mode is true, prompt is required" in schema["description"]
    assert "$ref" not in json.dumps(schema)
    assert "sonic-v6" in json.dumps(schema["properties"]["mv"])
    assert tools["get_task"].annotations.read_only_hint is True


async def test_a_song_from_create_to_done_with_links_and_structured_results() -> None:
    with MockServer(speed=50) as mock:
        async with Client(_server(mock)) as client:
            tools = await _tools(client)
            created = await client.call_tool("sonic_create", SONG)
            assert not created.is_error, created.content
            data = created.structured_content
            jsonschema.validate(data, tools["sonic_create"].output_schema)
            assert data["credits"] == 20
            assert "never create it again" in data["next"]
            done = await client.call_tool("wait_for_task", {"task_id": data["task_id"]})
            result = done.structured_content
            jsonschema.validate(result, tools["wait_for_task"].output_schema)
            assert result["status"] == "succeeded"
            assert result["done"] is True
            links = [c for c in done.content if c.type == "resource_link"]
            assert len(links) == len(result["clips"]) == 2
            assert all(str(link.uri).endswith(".wav") for link in links)
            read = await client.read_resource(f"musicapi://task/{data['task_id']}")
            assert json.loads(read.contents[0].text)["status"] == "succeeded"
            credits = await client.call_tool("get_credits", {})
            assert credits.structured_content["credits"] == 500 - 20
        assert mock.requests("sonic_create") == 1


async def test_a_long_wait_returns_in_time_with_progress_and_what_to_call_next() -> None:
    heard: list[tuple[float, float | None, str | None]] = []

    async def progress(done: float, total: float | None, message: str | None) -> None:
        heard.append((done, total, message))

    with MockServer(speed=1) as mock:  # a real-time song: it will not be done in 0.5 s
        async with Client(_server(mock, heartbeat=0.05)) as client:
            created = await client.call_tool("sonic_create", SONG)
            task_id = created.structured_content["task_id"]
            waited = await client.call_tool(
                "wait_for_task", {"task_id": task_id, "timeout": 0.5}, progress_callback=progress
            )
            too_long = await client.call_tool("wait_for_task", {"task_id": task_id, "timeout": 600})
    result = waited.structured_content
    assert not waited.is_error
    assert result["done"] is False
    assert "call wait_for_task again" in result["next"]
    assert heard  # progress went out while it waited
    assert all(message and task_id in message for _, _, message in heard)
    assert too_long.is_error  # bounded: the client would cut it


async def test_a_create_past_the_spend_limit_is_refused_before_sending() -> None:
    with MockServer(speed=50) as mock:
        async with Client(_server(mock, max_credits=30)) as client:
            first = await client.call_tool("sonic_create", SONG)
            second = await client.call_tool("sonic_create", SONG)
            credits = await client.call_tool("get_credits", {})
        creates = mock.requests("sonic_create")
    assert not first.is_error
    assert second.is_error
    assert second.structured_content["error"] == "spend_limit"
    assert second.structured_content["sent"] is False
    assert "nothing was charged" in second.content[0].text
    assert creates == 1
    assert credits.structured_content["spend_limit"]["left"] == 10


@pytest.mark.parametrize("fault", ["500", "drop"])  # a 5xx, and an answer that never came
async def test_an_unknown_outcome_says_not_to_create_again(fault: str) -> None:
    with MockServer(speed=50, faults=fault) as mock:
        async with Client(_server(mock)) as client:
            lost = await client.call_tool("sonic_create", SONG)
        creates = mock.requests("sonic_create")
    assert lost.is_error
    assert lost.structured_content["outcome_unknown"] is True
    assert "do not create again; check get_task" in lost.content[0].text
    assert creates == 1  # not retried: it may have started


async def test_bad_input_is_a_tool_error_and_nothing_is_sent() -> None:
    with MockServer(speed=50) as mock:
        async with Client(_server(mock)) as client:
            missing = await client.call_tool(
                "sonic_create", {"custom_mode": False, "mv": "sonic-v6"}
            )
            stray = await client.call_tool("sonic_create", {**SONG, "task_type": "cover"})
        creates = mock.requests("sonic_create")
    assert missing.is_error
    assert "gpt_description_prompt" in missing.content[0].text
    assert stray.is_error
    assert creates == 0


async def test_download_clip_writes_only_under_the_allowed_directory(tmp_path: Path) -> None:
    allowed = tmp_path / "allowed"
    with MockServer(speed=50) as mock:
        async with Client(_server(mock, download_dir=allowed)) as client:
            created = await client.call_tool("sonic_create", SONG)
            task_id = created.structured_content["task_id"]
            done = await client.call_tool("wait_for_task", {"task_id": task_id})
            clip_id = done.structured_content["clips"][0]["clip_id"]
            saved = await client.call_tool(
                "download_clip", {"task_id": task_id, "clip_id": clip_id}
            )
        async with Client(_server(mock)) as client:  # no directory: the URL only
            url_only = await client.call_tool(
                "download_clip", {"task_id": task_id, "clip_id": clip_id, "family": "sonic"}
            )
    path = saved.structured_content["path"]
    assert path is not None
    assert str(allowed) in path
    assert [p.name for p in allowed.iterdir()] == [path.rsplit("/", 1)[1]]
    assert url_only.structured_content["path"] is None
    assert url_only.structured_content["url"].endswith(".wav")


async def test_the_key_never_shows_in_a_result() -> None:
    with MockServer(speed=50, faults="500") as mock:
        async with Client(_server(mock)) as client:
            texts = []
            for name, args in (
                ("sonic_create", SONG),
                ("get_credits", {}),
                ("get_task", {"task_id": "nope"}),
            ):
                answer = await client.call_tool(name, args)
                texts.append(json.dumps(answer.model_dump(mode="json")))
    assert all(mock.api_key not in text for text in texts)


# ---------------------------------------------------------------------------- transports
def _serve(mock: MockServer, *args: str) -> tuple[Any, str]:
    """``musicapi mcp --http 127.0.0.1:0 ...`` in a process of its own: it and its URL."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "MUSICAPI_BASE_URL": mock.url}
    env.pop("MUSICAPI_API_KEY", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "musicapi_client", "mcp", "--http", "127.0.0.1:0", *args],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stderr is not None
    line = process.stderr.readline()
    assert "MCP server on http://127.0.0.1:" in line, line + (process.stderr.read() or "")
    return process, line.split("on ", 1)[1].split(" ", 1)[0]


async def _http_client(url: str, key: str) -> Any:
    import httpx2
    from mcp.client.streamable_http import streamable_http_client

    http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {key}"}, timeout=60)
    return Client(streamable_http_client(url, http_client=http))


async def test_over_http_each_key_comes_with_its_request_and_its_own_limit() -> None:
    import httpx2

    with MockServer(speed=50, more_keys=("second-key",)) as mock:
        process, url = _serve(mock, "--max-credits", "20")
        try:
            anonymous = httpx2.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "ping"})
            foreign = httpx2.post(
                url, json={"jsonrpc": "2.0", "id": 1, "method": "ping"},
                headers={"Authorization": f"Bearer {mock.api_key}", "Origin": "https://evil.example"},
            )  # fmt: skip
            async with await _http_client(url, mock.api_key) as first:
                made = await first.call_tool("sonic_create", SONG)
                refused = await first.call_tool("sonic_create", SONG)
            async with await _http_client(url, "second-key") as second:
                other = await second.call_tool("sonic_create", SONG)
        finally:
            process.terminate()
            _, err = process.communicate(timeout=60)
        creates = mock.requests("sonic_create")
    assert anonymous.status_code == 401
    assert "Bearer" in anonymous.headers["www-authenticate"]
    assert foreign.status_code in (400, 403)  # an origin it was not told to trust
    assert not made.is_error
    assert refused.structured_content["error"] == "spend_limit"  # the first key's limit
    assert not other.is_error  # the second key has its own
    assert creates == 2
    assert mock.api_key not in err
    assert "second-key" not in err


async def test_over_stdio_the_key_comes_from_the_environment() -> None:
    import os
    import sys

    from mcp.client.stdio import StdioServerParameters

    with MockServer(speed=50) as mock:
        parameters = StdioServerParameters(
            command=sys.executable,
            args=["-m", "musicapi_client", "mcp", "--tools", "get_credits,sonic_create"],
            env={**os.environ, "MUSICAPI_API_KEY": mock.api_key, "MUSICAPI_BASE_URL": mock.url},
        )
        async with Client(parameters) as client:
            tools = await _tools(client)
            credits = await client.call_tool("get_credits", {})
    assert set(tools) == {"get_credits", "sonic_create"}
    assert credits.structured_content["credits"] == 500


def test_over_pipes_the_loop_carries_the_wire_and_a_stray_print_goes_to_stderr() -> None:
    """The server's own stdio ends (no thread per line): a line in is a line out, what
    else prints while serving reaches stderr, and fd 0 and 1 come back afterwards."""
    import subprocess
    import sys
    import textwrap

    child = textwrap.dedent(
        """
        import asyncio, os
        from musicapi_client.mcp._stdio import loop_stdio

        async def main():
            async with loop_stdio() as ends:
                assert ends is not None
                lines, out = ends
                async for line in lines:
                    print("stray")  # must not reach the wire
                    await out.write("echo " + line)
                    await out.flush()
            os.write(1, b"after\\n")  # fd 1 is the wire again

        asyncio.run(main())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", child], input="one\ntwo\n", capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == "echo one\necho two\nafter\n"
    assert done.stderr.split() == ["stray", "stray"]


def test_stdio_without_a_key_is_one_line() -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "MUSICAPI_API_KEY"}
    done = subprocess.run(
        [sys.executable, "-m", "musicapi_client", "mcp"], env=env, stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert "MUSICAPI_API_KEY" in done.stderr


def _priced(every: bool) -> dict[str, str]:
    """The tools `musicapi mcp` offers (with --all or not): name -> price or "free"."""
    import re

    from musicapi_client.mcp import _tools

    offered = {}
    for spec in _tools.choose(musicapi_client.MusicAPI.catalog(), {}, every=every):
        price = re.search(r"costs ~([0-9.]+) credits", spec.title)
        offered[spec.name] = price.group(1) if price else "free"
    return offered


def test_the_agents_page_lists_the_default_tools_and_the_others_with_their_prices() -> None:
    """docs/agents.md's tables are what `musicapi mcp` offers by default and what --all
    adds, price for price."""
    import re
    from pathlib import Path

    page = (Path(__file__).resolve().parents[1] / "docs" / "agents.md").read_text()

    def table(marker: str) -> dict[str, str]:
        text = page.split(f"<!-- {marker} -->", 1)[1].split(f"<!-- /{marker} -->", 1)[0]
        return dict(re.findall(r"^\| `(\w+)` \| ([\w.]+) \|$", text, re.MULTILINE))

    default, every = _priced(every=False), _priced(every=True)
    assert table("mcp-tools") == default
    assert table("mcp-more-tools") == {k: v for k, v in every.items() if k not in default}


def test_the_default_tool_list_stays_within_6000_tokens() -> None:
    """Every agent turn carries the list: characters / 4 of what tools/list sends."""
    from musicapi_client.mcp._server import _tool
    from musicapi_client.mcp._tools import choose

    def tokens(**options: Any) -> float:
        specs = choose(musicapi_client.MusicAPI.catalog(), {}, **options)
        wire = [_tool(s).model_dump(mode="json", by_alias=True, exclude_none=True) for s in specs]
        return len(json.dumps(wire, separators=(",", ":"))) / 4

    assert tokens() <= 6000
    assert tokens(every=True) > 6000  # so the default set is what keeps it there
