# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""Code generated from spec/musicapi.yaml: pydantic models, request builders, resources.

Users import :mod:`musicapi`; this package is its generated half.
``models`` holds the public types (datamodel-code-generator), ``_http`` the internal
request builders (openapi-python-client), ``operations`` and ``resources`` the tables and
typed methods rendered by generator/render.py.
"""

SPEC_TITLE = "MusicAPI"
