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

from ..models.sonic_model import SonicModel, check_sonic_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicPersonaMusic")


@_attrs_define
class SonicPersonaMusic:
    """New song sung by a persona created with create_persona."""

    task_type: Literal["persona_music"]
    custom_mode: bool
    """ true to supply lyrics, title and tags; false to describe the song instead. """
    prompt: str
    """ Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and
    sonic-v4. """
    persona_id: str
    """ The persona to sing. """
    mv: SonicModel
    """ Sonic model version. """
    title: str | Unset = UNSET
    """ Song title. """
    tags: str | Unset = UNSET
    """ Comma-separated styles. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        custom_mode = self.custom_mode

        prompt = self.prompt

        persona_id = self.persona_id

        mv: str = self.mv

        title = self.title

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "custom_mode": custom_mode,
                "prompt": prompt,
                "persona_id": persona_id,
                "mv": mv,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_type = cast(Literal["persona_music"], d.pop("task_type"))
        if task_type != "persona_music":
            raise ValueError(f"task_type must match const 'persona_music', got '{task_type}'")

        custom_mode = d.pop("custom_mode")

        prompt = d.pop("prompt")

        persona_id = d.pop("persona_id")

        mv = check_sonic_model(d.pop("mv"))

        title = d.pop("title", UNSET)

        tags = d.pop("tags", UNSET)

        sonic_persona_music = cls(
            task_type=task_type,
            custom_mode=custom_mode,
            prompt=prompt,
            persona_id=persona_id,
            mv=mv,
            title=title,
            tags=tags,
        )

        sonic_persona_music.additional_properties = d
        return sonic_persona_music

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
