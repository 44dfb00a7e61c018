"""The MCP server: the tools of ``_tools`` over stdio or stateless Streamable HTTP.

Keys: over stdio the MusicAPI key comes from ``MUSICAPI_API_KEY``; over HTTP from each
request's ``Authorization: Bearer`` header (several users, one server), with a client
(and a spend limit) per key. A request without one is answered 401 at the transport. The
key never appears in a log, a tool result, an error or a trace (the client masks it).
``max_credits`` is the spend limit of each key's client; with ``redis_url`` it holds
across every process serving the key.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import mcp_types as types
from mcp.server import Server

import musicapi_client
from musicapi_client._errors import ConfigurationError, MusicAPIError
from musicapi_client._version import __version__
from musicapi_client.mcp import _tools
from musicapi_client.mcp._calls import HEARTBEAT, Calls, Tasks, ToolFailure, as_json, failure

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, MutableMapping
    from pathlib import Path

    from starlette.applications import Starlette

NAME = "musicapi"
TASK_URI = "musicapi://task/"
MAX_CLIENTS = 256  # keys whose client (connections, spend limit) is kept at once
INSTRUCTIONS = (
    "Generate music with MusicAPI. A create tool starts a paid task and answers at once "
    "with its task_id: never call it again for the same song. Then wait_for_task (free; "
    "call it again while done is false). Audio comes as resource links; "
    "musicapi://task/{task_id} reads a task."
)


@dataclass
class Settings:
    """How the server makes its clients and which tools it offers."""

    base_url: str | None = None
    max_credits: float | None = None
    redis_url: str | None = None
    download_dir: Path | None = None
    families: set[str] | None = None
    tools: set[str] | None = None
    deprecated: bool = False
    every: bool = False  # every create, not only the spec's x-agent-default ones
    create_interval: float | None = None
    poll_schedule: Any = None
    heartbeat: float = HEARTBEAT
    credit_prices: dict[str, float] = field(default_factory=dict)


class Clients:
    """One AsyncMusicAPI per key (bounded: the least recently used is closed first)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._made: OrderedDict[str, musicapi_client.AsyncMusicAPI] = OrderedDict()

    async def for_key(self, key: str) -> musicapi_client.AsyncMusicAPI:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        client = self._made.get(digest)
        if client is None:
            options: dict[str, Any] = {
                "api_key": key,
                "base_url": self.settings.base_url,
                "max_credits": self.settings.max_credits,
                "redis_url": self.settings.redis_url,
                "credit_prices": self.settings.credit_prices or None,
            }
            if self.settings.create_interval is not None:
                options["create_interval"] = self.settings.create_interval
            if self.settings.poll_schedule is not None:
                options["poll_schedule"] = self.settings.poll_schedule
            client = musicapi_client.AsyncMusicAPI(**options)
            self._made[digest] = client
            while len(self._made) > MAX_CLIENTS:
                await self._made.popitem(last=False)[1].close()
        self._made.move_to_end(digest)
        return client

    async def close(self) -> None:
        while self._made:
            await self._made.popitem()[1].close()


def _tool(spec: _tools.ToolSpec) -> types.Tool:
    return types.Tool(
        name=spec.name,
        title=spec.title,
        description=spec.description,
        input_schema=spec.input_schema,
        output_schema=spec.output_schema,
        annotations=types.ToolAnnotations(  # the title is the tool's own, not repeated here
            read_only_hint=spec.read_only,
            destructive_hint=None if spec.read_only else False,  # meaningless when read-only
            idempotent_hint=spec.read_only,
            open_world_hint=True,
        ),
    )


class _Handlers:
    """What the server answers: its tools, their calls, the task resource. Every call
    goes through a client for the request's key (one per key, with its spend limit)."""

    def __init__(self, settings: Settings, key_of: Callable[[Any], str | None]) -> None:
        catalog = musicapi_client.AsyncMusicAPI.catalog()
        prices: dict[str, float | None] = dict(settings.credit_prices)  # the caller's, if any
        specs = _tools.choose(
            catalog,
            prices,
            families=settings.families,
            names=settings.tools,
            deprecated=settings.deprecated,
            every=settings.every,
            downloads=settings.download_dir is not None,
        )
        self.settings = settings
        self.key_of = key_of
        self.by_name = {spec.name: spec for spec in specs}
        self.listed = [_tool(spec) for spec in specs]
        self.clients = Clients(settings)
        self.tasks = Tasks()

    async def calls_for(self, ctx: Any) -> Calls:
        key = self.key_of(ctx)
        if not key:
            raise ToolFailure(
                "No MusicAPI key: set MUSICAPI_API_KEY (stdio) or send Authorization: Bearer",
                {"error": "no_key"},
            )
        client = await self.clients.for_key(key)
        return Calls(
            client,
            self.tasks,
            download_dir=self.settings.download_dir,
            heartbeat=self.settings.heartbeat,
        )

    async def list_tools(self, ctx: Any, params: Any) -> types.ListToolsResult:
        return types.ListToolsResult(tools=self.listed)

    async def call_tool(
        self, ctx: Any, params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        spec = self.by_name.get(params.name)
        if spec is None:
            return _error(ToolFailure(f"No tool {params.name!r}", {"error": "unknown_tool"}))

        async def progress(done: float, message: str) -> None:
            await ctx.session.report_progress(done, None, message)

        try:
            calls = await self.calls_for(ctx)
            data, text, links = await calls.run(spec, dict(params.arguments or {}), progress)
        except ToolFailure as exc:
            return _error(exc)
        except MusicAPIError as exc:
            return _error(failure(exc))
        content: list[Any] = [types.TextContent(text=text), *links]
        return types.CallToolResult(content=content, structured_content=data)

    async def list_templates(self, ctx: Any, params: Any) -> types.ListResourceTemplatesResult:
        template = types.ResourceTemplate(
            name="task",
            uri_template=TASK_URI + "{task_id}",
            description="A MusicAPI task as it stands: status and clips (JSON).",
            mime_type="application/json",
        )
        return types.ListResourceTemplatesResult(resource_templates=[template])

    async def read_resource(
        self, ctx: Any, params: types.ReadResourceRequestParams
    ) -> types.ReadResourceResult:
        uri = str(params.uri)
        if not uri.startswith(TASK_URI):
            raise ValueError(f"unknown resource {uri}")
        calls = await self.calls_for(ctx)
        spec = self.by_name["get_task"]
        data, _, _ = await calls.run(spec, {"task_id": uri.removeprefix(TASK_URI)}, _quiet)
        contents = types.TextResourceContents(
            uri=uri, mime_type="application/json", text=as_json(data)
        )
        return types.ReadResourceResult(contents=[contents])


def build(settings: Settings, key_of: Callable[[Any], str | None]) -> tuple[Server[Any], Clients]:
    """The MCP server and its clients; ``key_of(ctx)`` gives a request's MusicAPI key."""
    handlers = _Handlers(settings, key_of)
    server: Server[Any] = Server(
        NAME,
        version=__version__,
        title="MusicAPI",
        instructions=INSTRUCTIONS,
        on_list_tools=handlers.list_tools,
        on_call_tool=handlers.call_tool,
        on_list_resource_templates=handlers.list_templates,
        on_read_resource=handlers.read_resource,
    )
    return server, handlers.clients


async def _quiet(done: float, message: str) -> None:
    """No progress to report (a resource read)."""


def _error(exc: ToolFailure) -> types.CallToolResult:
    return types.CallToolResult(
        content=[types.TextContent(text=exc.text)], structured_content=exc.data, is_error=True
    )


# ---------------------------------------------------------------------------- transports
async def serve_stdio(settings: Settings, api_key: str | None) -> None:
    """Serve over stdin/stdout with one key (``MUSICAPI_API_KEY``)."""
    from mcp.server.stdio import stdio_server

    from musicapi_client.mcp._stdio import loop_stdio

    if not api_key:
        raise ConfigurationError(
            "no API key: set MUSICAPI_API_KEY for the MCP server (or give --api-key)",
            option="api_key",
        )
    server, clients = build(settings, lambda ctx: api_key)
    try:
        async with loop_stdio() as ends:
            streams: tuple[Any, Any] = (None, None) if ends is None else ends  # duck-typed
            async with stdio_server(*streams) as (read, write):
                await server.run(read, write, server.create_initialization_options())
    finally:
        await clients.close()


def _bearer(ctx: Any) -> str | None:
    request = getattr(ctx, "request", None)
    header = request.headers.get("authorization", "") if request is not None else ""
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


class RequireKey:
    """ASGI middleware: a request to the MCP endpoint without ``Authorization: Bearer``
    is answered 401 before it reaches the server (the key itself is never logged)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: MutableMapping[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            scheme, _, token = headers.get(b"authorization", b"").decode("latin-1").partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                await _unauthorized(send)
                return
        await self.app(scope, receive, send)


async def _unauthorized(send: Callable[[MutableMapping[str, Any]], Awaitable[None]]) -> None:
    body = b'{"error": "send your MusicAPI key as Authorization: Bearer <key>"}'
    await send(
        {
            "type": "http.response.start",
            "status": 401,
            "headers": [
                (b"content-type", b"application/json"),
                (b"www-authenticate", b'Bearer realm="musicapi"'),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def http_app(settings: Settings, host: str, origins: list[str]) -> tuple[Starlette, Clients]:
    """The Streamable HTTP app (stateless, at ``/mcp``), keys per request, origins checked."""
    from mcp.server.transport_security import TransportSecuritySettings

    server, clients = build(settings, _bearer)
    local = host in ("127.0.0.1", "localhost", "::1")
    security = TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=["127.0.0.1:*", "localhost:*", "[::1]:*"] if local else [f"{host}:*"],
        allowed_origins=[
            *(["http://127.0.0.1:*", "http://localhost:*", "http://[::1]:*"] if local else []),
            *origins,
        ],
    )
    app = server.streamable_http_app(
        stateless_http=True, json_response=False, host=host, transport_security=security
    )
    app.add_middleware(RequireKey)
    return app, clients


def serve_http(settings: Settings, host: str, port: int, origins: list[str],
               on_ready: Callable[[int], None] | None = None) -> None:  # fmt: skip
    """Serve Streamable HTTP in the foreground until Ctrl-C."""
    import asyncio

    import uvicorn

    from musicapi_client._sockets import listening_socket

    app, clients = http_app(settings, host, origins)
    sock = listening_socket(host, port)  # OSError: the caller says which port it could not have
    if on_ready is not None:
        on_ready(sock.getsockname()[1])
    config = uvicorn.Config(app, log_level="warning", lifespan="on")

    async def main() -> None:
        try:
            await uvicorn.Server(config).serve(sockets=[sock])
        finally:
            await clients.close()  # in the loop their connections live in

    try:
        asyncio.run(main())
    finally:
        sock.close()
