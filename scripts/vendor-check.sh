#!/usr/bin/env bash
# make vendor-check: the vendor's musicapi-sdk, installed from PyPI into a virtual environment
# of its own, calls every one of its public methods against the local mock
# (tests/vendor/test_vendor_sdk.py; that test is skipped when run without this script).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
VENDOR=${VENDOR:-musicapi-sdk==0.1.0}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/pip" install -q --disable-pip-version-check "$VENDOR"
MUSICAPI_VENDOR_PYTHON="$work/venv/bin/python" "$PYTHON" -m pytest -q -p no:cacheprovider \
  tests/vendor
