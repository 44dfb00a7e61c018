"""The base of every generated pydantic model (datamodel-code-generator's ``--base-class``)."""

from __future__ import annotations

from pydantic import BaseModel, PrivateAttr


class APIModel(BaseModel):
    """A model of the API's answers and requests; answers keep the server's request id.

    ``_request_id`` (as in openai-python) is the ``x-request-id`` (or ``x-vercel-id``,
    ``cf-ray``) header of the answer the model was read from, None when the server sent
    none or the model was built by hand. It is not a field: dumps never include it.
    """

    _request_id: str | None = PrivateAttr(default=None)
