"""An MCP server for agents, made from the spec: ``musicapi mcp`` (the ``[mcp]`` extra).

Its tools are the create operations of the families that are not retired (one tool each,
their input schemas the request models' JSON Schemas, their descriptions the summaries
with the dated prices) and ``get_task``, ``wait_for_task``, ``get_credits``,
``download_clip``; ``musicapi://task/{task_id}`` is a readable resource. Every call goes
through the client, so an agent gets what the client promises: a create is never sent
twice, creates are paced, a spend limit holds (``max_credits``), waits are adaptive and
report progress so no MCP client cuts them, an unknown outcome is said as such.
"""

from musicapi_client._extras import install_hint

try:
    from musicapi_client.mcp._server import Settings, build, http_app, serve_http, serve_stdio
except ImportError as _missing:  # only without the [mcp] extra: said when a name is used
    _MISSING = f"the MCP server needs the mcp extra ({_missing.name or 'a module'} is missing): "
    _MISSING += install_hint("mcp")

    def __getattr__(name: str) -> object:
        raise ImportError(_MISSING, name=name)


__all__ = ["Settings", "build", "http_app", "serve_http", "serve_stdio"]
