# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreatePersonaRequest")


@_attrs_define
class CreatePersonaRequest:
    name: str
    """ Name of the persona. """
    description: str
    """ Voice and style of the persona. """
    continue_clip_id: str
    """ The clip whose singer becomes the persona (a clip from the last 24 hours). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        continue_clip_id = self.continue_clip_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "continue_clip_id": continue_clip_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        continue_clip_id = d.pop("continue_clip_id")

        create_persona_request = cls(
            name=name,
            description=description,
            continue_clip_id=continue_clip_id,
        )

        create_persona_request.additional_properties = d
        return create_persona_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
