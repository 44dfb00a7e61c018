# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SonicConcatMusic")


@_attrs_define
class SonicConcatMusic:
    """Join an extended clip with the song it extends into one full song."""

    task_type: Literal["concat_music"]
    continue_clip_id: str
    """ The clip produced by extend. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        continue_clip_id = self.continue_clip_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "continue_clip_id": continue_clip_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_type = cast(Literal["concat_music"], d.pop("task_type"))
        if task_type != "concat_music":
            raise ValueError(f"task_type must match const 'concat_music', got '{task_type}'")

        continue_clip_id = d.pop("continue_clip_id")

        sonic_concat_music = cls(
            task_type=task_type,
            continue_clip_id=continue_clip_id,
        )

        sonic_concat_music.additional_properties = d
        return sonic_concat_music

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
