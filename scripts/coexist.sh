#!/usr/bin/env bash
# make coexist: this client and the vendor's musicapi-sdk install into one fresh virtual
# environment, neither overwrites the other, and both import and work side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
VENDOR=${VENDOR:-musicapi-sdk==0.1.0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$PYTHON" -m pip wheel . --no-deps --no-build-isolation -q -w "$work/dist"
"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/pip" install -q --disable-pip-version-check "$work"/dist/musicapi_client-*.whl "$VENDOR"
"$work/venv/bin/python" - <<'PY'
import importlib.metadata as metadata
import pathlib

import musicapi  # the vendor's package
import musicapi_client

ours = {str(f) for f in metadata.files("musicapi-client") or ()}
theirs = {str(f) for f in metadata.files("musicapi-sdk") or ()}
shared = {f for f in ours & theirs if not f.endswith((".pyc", "RECORD", "INSTALLER"))}
assert not shared, f"both distributions write: {sorted(shared)[:5]}"
assert pathlib.Path(musicapi.__file__).parent.name == "musicapi"
assert pathlib.Path(musicapi_client.__file__).parent.name == "musicapi_client"
assert musicapi.MusicAPI is not musicapi_client.MusicAPI
client = musicapi_client.MusicAPI(api_key="k")
assert "sonic" in client.catalog().families
print(
    f"coexist: musicapi-client {metadata.version('musicapi-client')} and "
    f"musicapi-sdk {metadata.version('musicapi-sdk')} installed side by side, "
    f"{len(ours)} and {len(theirs)} files, none shared"
)
PY
