"""The base of every generated pydantic model (datamodel-code-generator's ``--base-class``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict


class APIModel(BaseModel):
    """A model of the API's answers and requests; answers keep the server's request id.

    ``_request_id`` (as in openai-python) is the ``x-request-id`` (or ``x-vercel-id``,
    ``cf-ray``) header of the answer the model was read from, None when the server sent
    none or the model was built by hand. It is not a field: dumps and equality ignore it.
    """

    # A model's validator is built when it is first used, not when its module is
    # imported: a first call builds the few models its answer needs, not all of them.
    model_config = ConfigDict(defer_build=True)

    if TYPE_CHECKING:
        _request_id: str | None

    def to_dict(self) -> dict[str, Any]:
        """The model as plain data, by the API's field names (unknown fields kept)."""
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The model as JSON text."""
        return self.model_dump_json(indent=indent, by_alias=True)


# A plain class attribute, set after the class is made: pydantic would turn one in the
# class body into a private attribute, which costs every model (and every nested one) an
# extra initialisation step; an answer's id is set on the instance by the client.
APIModel._request_id = None
