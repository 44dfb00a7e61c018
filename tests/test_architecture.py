"""The shape of the code: imports go one way, the runtime has no cycle, every generated
module runs, and a new API family is a spec edit."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import build
from generator import spec as spec_mod

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "src" / "musicapi_client"
FACADE = {"musicapi_client", "musicapi_client.types"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(RUNTIME.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at any level (TYPE_CHECKING and functions too)."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # ``from package import submodule`` depends on the submodule, not on the
            # package's own __init__ (which may be the importer's parent, mid-import).
            subs = {f"{base}.{a.name}" for a in node.names if _is_module(f"{base}.{a.name}")}
            found.update(subs)
            if len(subs) < len(node.names):
                found.add(base)
    return found


def _is_module(name: str) -> bool:
    parts = name.split(".")
    for root in (RUNTIME.parent, ROOT / "generated"):
        path = root.joinpath(*parts)
        if path.with_suffix(".py").exists() or (path / "__init__.py").exists():
            return True
    return False


RUNTIME_MODULES = {_module_name(p): p for p in sorted(RUNTIME.rglob("*.py"))}


def test_the_runtime_reaches_the_generated_package_only_through_its_facade() -> None:
    offenders = {
        name: sorted(i for i in _imports(path) if i.split(".")[0] == "musicapi_client_generated")
        for name, path in RUNTIME_MODULES.items()
        if name not in FACADE
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_runtime_has_no_import_cycle() -> None:
    graph = {
        name: {i for i in _imports(path) if i in RUNTIME_MODULES and i != name}
        for name, path in RUNTIME_MODULES.items()
    }
    # The façade imports everything; a module that imports the façade back is a leaf
    # (the CLI, the mock, testing), which the cycle search below would report.
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*trail[trail.index(nxt) :], nxt] if nxt in trail else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_every_generated_module_runs() -> None:
    script = textwrap.dedent(
        """
        import sys, musicapi_client, musicapi_client.types
        client = musicapi_client.MusicAPI(api_key="k")
        for family in client.catalog().families:
            getattr(client, family)
        loaded = sorted(m for m in sys.modules if m.startswith("musicapi_client_generated"))
        print("\\n".join(loaded))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    loaded = set(done.stdout.split())
    package = ROOT / "generated" / "musicapi_client_generated"
    on_disk = {
        ".".join(p.relative_to(package.parent).with_suffix("").parts).removesuffix(".__init__")
        for p in package.rglob("*.py")
    }
    assert on_disk - loaded == set()


def test_import_musicapi_loads_neither_pydantic_nor_the_endpoint_layer() -> None:
    script = (
        "import sys, musicapi_client; print(sorted(m for m in sys.modules"
        " if m.startswith(('pydantic', 'musicapi_client_generated'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert json.loads(done.stdout.replace("'", '"')) == [
        "musicapi_client_generated",
        "musicapi_client_generated.client",
    ]


def _toy_spec() -> dict[str, Any]:
    """The real spec plus a family "echo" whose task answers have a known shape."""
    spec = spec_mod.load()
    spec["tags"].append(
        {"name": "echo", "description": "A toy family added by a test.", "x-typical-seconds": 5}
    )
    responses = {
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
    }
    docs = {"x-docs-title": "echo", "x-docs-section": "echo"}
    spec["paths"]["/api/v1/echo/create"] = {
        "post": {
            "operationId": "echo_create",
            "tags": ["echo"],
            "summary": "Make an echo",
            "x-docs-url": "https://docs.example.com/echo-create",
            "x-sdk-method": "create",
            "x-credits": 1,
            "x-agent-default": True,  # an MCP tool by default (without it: --all, --families)
            **docs,
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/EchoRequest"}}
                },
            },
            "responses": {
                "200": {
                    "description": "Accepted.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/CreateTaskResponse"}
                        }
                    },
                },
                **responses,
            },
        }
    }
    spec["paths"]["/api/v1/echo/task/{task_id}"] = {
        "get": {
            "operationId": "echo_get",
            "tags": ["echo"],
            "summary": "Poll an echo",
            "x-docs-url": "https://docs.example.com/echo-get",
            "x-sdk-method": "get",
            "x-expected-clips": 1,
            **docs,
            "parameters": [{"$ref": "#/components/parameters/TaskId"}],
            "responses": {
                "200": {
                    "description": "Clips or a failure.",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/SonicTaskResult"}
                        }
                    },
                },
                "202": {"$ref": "#/components/responses/NotReady"},
                **responses,
            },
        }
    }
    spec["components"]["schemas"]["EchoRequest"] = {
        "type": "object",
        "description": "What to echo.",
        "properties": {
            "text": {
                "type": "string",
                "maxLength": 20,
                "description": "The words.",
                "examples": ["hi"],
            }
        },
        "required": ["text"],
        "additionalProperties": False,
    }
    return spec


@pytest.mark.slow
def test_a_new_family_is_a_spec_edit(tmp_path: Path) -> None:
    spec_path = tmp_path / "spec" / "musicapi.yaml"
    spec_path.parent.mkdir()
    spec_path.write_text(yaml.safe_dump(_toy_spec(), sort_keys=False), encoding="utf-8")
    build.generate_into(tmp_path / "out", spec_path=spec_path)
    script = textwrap.dedent(
        """
        import json, httpx2, musicapi_client
        from musicapi_client.testing import FakeClock

        answers = iter([
            httpx2.Response(202, json={"type": "not_ready"}),
            httpx2.Response(200, json={"code": 200, "data": [
                {"clip_id": "e1", "state": "succeeded", "audio_url": "https://cdn/e1.mp3"}]}),
        ])
        sent = []

        def handler(request):
            sent.append((request.method, request.url.path, request.content.decode()))
            if request.method == "POST":
                return httpx2.Response(200, json={"code": 200, "task_id": "t-1"})
            return next(answers)

        client = musicapi_client.MusicAPI(
            api_key="k", clock=FakeClock(),
            http_client=httpx2.Client(transport=httpx2.MockTransport(handler)))
        try:
            client.echo.create(text="x" * 21)
        except musicapi_client.InvalidRequestError as error:
            refused = error.field
        task = client.echo.create(text="hi").wait()
        print(json.dumps({
            "refused": refused,
            "status": task.status,
            "clips": [c.clip_id for c in task.clips],
            "sent": sent,
            "families": sorted(musicapi_client.MusicAPI.catalog().families),
        }))
        """
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "out")}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["refused"] == "text"
    assert result["status"] == "succeeded"
    assert result["clips"] == ["e1"]
    assert result["sent"][0] == ["POST", "/api/v1/echo/create", '{"text":"hi"}']
    assert [s[1] for s in result["sent"][1:]] == ["/api/v1/echo/task/t-1"] * 2
    assert "echo" in result["families"]
    cli = subprocess.run(
        [sys.executable, "-m", "musicapi_client", "echo", "create", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert cli.returncode == 0, cli.stderr
    assert "--text" in cli.stdout
    assert "The words." in cli.stdout
    tools = textwrap.dedent(
        """
        import json
        from musicapi_client.mcp import Settings, build
        import anyio
        from mcp.client.client import Client

        async def main():
            server, _ = build(Settings(), lambda ctx: "k")
            async with Client(server) as client:
                listed = {t.name: t for t in (await client.list_tools()).tools}
            echo = listed["echo_create"]  # offered by default: the spec says so
            print(json.dumps({"schema": echo.input_schema, "title": echo.title}))

        anyio.run(main)
        """
    )
    mcp = subprocess.run(
        [sys.executable, "-c", tools], capture_output=True, text=True, env=env, timeout=60,
        check=False,
    )  # fmt: skip
    assert mcp.returncode == 0, mcp.stderr
    tool = json.loads(mcp.stdout)  # the new operation is an MCP tool too, with no edit
    assert tool["schema"]["required"] == ["text"]
    assert tool["schema"]["properties"]["text"]["maxLength"] == 20
    assert "1 credits" in tool["title"]


def _shape(function: object) -> list[tuple[str, object, object]]:
    """A callable's parameters as (name, kind, default): what twins must share (their
    annotations differ by design: Task vs AsyncTaskCreated, callbacks that may await)."""
    import inspect

    signature = inspect.signature(function)  # type: ignore[arg-type]
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


def _twin_pairs() -> list[tuple[str, object, object]]:
    from musicapi_client import webhooks
    from musicapi_client._async_client import AsyncClient
    from musicapi_client._sync_client import SyncClient
    from musicapi_client._task import AsyncTaskCreated, TaskCreated
    from musicapi_client_generated import resources

    pairs: list[tuple[str, type, type]] = [
        ("client", SyncClient, AsyncClient),
        ("hub", webhooks.WebhookHub, webhooks.AsyncWebhookHub),
        ("created", TaskCreated, AsyncTaskCreated),
    ]
    pairs += [
        (name, getattr(resources, name), getattr(resources, f"Async{name}"))
        for name in resources.__all__
        if not name.startswith("Async")
    ]
    found: list[tuple[str, object, object]] = []
    for label, sync_cls, async_cls in pairs:
        names = {n for n in vars(sync_cls) if callable(vars(sync_cls)[n]) and n != "__init__"}
        names |= {n for n in vars(async_cls) if callable(vars(async_cls)[n]) and n != "__init__"}
        found += [
            (f"{label}.{n}", getattr(sync_cls, n, None), getattr(async_cls, n, None))
            for n in sorted(names)
            if not n.startswith("__") and n not in TWINS_THAT_DIFFER
        ]
    return found


# Methods one mode has and the other cannot: context managers and closing.
TWINS_THAT_DIFFER = {"close", "__enter__", "__exit__", "__aenter__", "__aexit__"}


def test_every_sync_and_async_twin_has_the_same_signature() -> None:
    pairs = _twin_pairs()
    assert len(pairs) > 60
    missing = [label for label, sync, asyn in pairs if sync is None or asyn is None]
    assert missing == []
    differ = [label for label, sync, asyn in pairs if _shape(sync) != _shape(asyn)]
    assert differ == []


CLIENT_MODULES = {"_client_base.py", "_async_client.py", "_sync_client.py"}


def test_nothing_outside_the_client_reads_its_state() -> None:
    """Resources, hubs and batches call the client's verbs; its state (the HTTP pool,
    settings, headers, pacer, clock) and its sending are read only in the client's own
    modules: _client_base.py and the twins _async_client.py and _sync_client.py."""
    import musicapi_client

    client = musicapi_client.MusicAPI(api_key="k")
    state = {name for name in vars(client) if name.startswith("_")} | {"_execute", "_send"}
    assert {"_http", "_settings", "_pacer", "_clock"} <= state
    readers = []
    for path in sorted(RUNTIME.rglob("*.py")):
        if path.name in CLIENT_MODULES or "mock" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            own = isinstance(node, ast.Attribute) and (
                isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"}
            )
            if isinstance(node, ast.Attribute) and node.attr in state and not own:
                readers.append(f"{path.relative_to(RUNTIME)}:{node.lineno} .{node.attr}")
    assert readers == []


def test_importing_the_generated_package_fills_no_registry() -> None:
    """The spec's facts travel as data (catalog, Family, resources), so the generated
    modules run no call at import time but building their own constants."""
    generated = ROOT / "generated" / "musicapi_client_generated"
    calls = []
    for path in sorted(generated.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
                calls.append(f"{path.name}:{node.lineno}")
    assert calls == []
    registries = [
        f"{path.relative_to(RUNTIME)}: {node.name}"
        for path in sorted(RUNTIME.rglob("*.py"))
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.FunctionDef) and node.name.startswith("register")
    ]
    assert registries == []


# Each feature has one folder: its public module, its workings and its command.
FEATURE_ROOMS = {
    "webhooks": {"__init__.py", "_verify.py", "_hub.py", "_listen.py", "_cli.py"},
    "batch": {
        "__init__.py",
        "_cli.py",
        "_credits.py",
        "_finishing.py",
        "_jobs.py",
        "_journal.py",
        "_manifest.py",
        "_planning.py",
        "_record.py",
        "_restore.py",
        "_runner.py",
        "_sending.py",
        "_shared_journal.py",
        "_state.py",
    },
    "_redis": {"__init__.py", "_connection.py", "_events.py", "_pacer.py"},
    "mcp": {"__init__.py", "_cli.py", "_calls.py", "_server.py", "_stdio.py", "_tools.py"},
    "mock": {
        "__init__.py",
        "__main__.py",
        "_app.py",
        "_audio.py",
        "_options.py",
        "_server.py",
        "_spec.py",
        "_state.py",
        "_webhooks.py",
    },
}


def test_every_feature_lives_in_one_folder() -> None:
    for feature, files in FEATURE_ROOMS.items():
        assert {p.name for p in (RUNTIME / feature).glob("*.py")} == files, feature
    inner = {name for files in FEATURE_ROOMS.values() for name in files if name.startswith("_")}
    inner -= {"__init__.py", "__main__.py"}
    strays = {p.name for p in RUNTIME.glob("*.py")} & (inner | {"webhooks.py", "_cli_batch.py"})
    assert strays == set(), "a feature's module outside its folder"


MAX_FUNCTION_LINES = 80
LONG_REASON = "# long: "  # on a function's def line, or the line above: why it is long


def test_no_runtime_function_is_longer_than_a_screen_without_a_reason() -> None:
    """Rooms of a readable size: a function over 80 lines says why beside it. (Cyclomatic
    complexity is held at 15 by ruff's C901, with the same rule for a reason.)"""
    too_long = []
    for path in sorted(RUNTIME.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            said = any(LONG_REASON in lines[i] for i in (node.lineno - 2, node.lineno - 1))
            if length > MAX_FUNCTION_LINES and not said:
                too_long.append(f"{path.relative_to(RUNTIME)}:{node.lineno} {node.name} ({length})")
    assert too_long == []
