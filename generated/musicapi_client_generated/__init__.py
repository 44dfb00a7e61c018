# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""Code generated from spec/musicapi.yaml; users import :mod:`musicapi`, its façade.

- ``models``: the public types (datamodel-code-generator, pydantic v2);
- ``_http``: the endpoint layer (openapi-python-client, shaped by generator/opc-templates);
- ``operations``, ``resources``, ``client``: operations and families as data, typed methods
  and the client classes (generator/render.py).
"""

SPEC_TITLE = "MusicAPI"
SPEC_VERSION = "2026.11.1"
