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

T = TypeVar("T", bound="SonicCreateMusic")


@_attrs_define
class SonicCreateMusic:
    """New song from lyrics (custom_mode true) or from a description (custom_mode false)."""

    task_type: Literal["create_music"]
    custom_mode: bool
    """ true to supply lyrics, title and tags; false to describe the song instead. """
    mv: SonicModel
    """ Sonic model version. """
    prompt: str | Unset = UNSET
    """ Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and
    sonic-v4. """
    gpt_description_prompt: str | Unset = UNSET
    """ What the song should be about (description mode). """
    title: str | Unset = UNSET
    """ Song title. """
    tags: str | Unset = UNSET
    """ Comma-separated styles. """
    negative_tags: str | Unset = UNSET
    """ Styles or elements to keep out. """
    make_instrumental: bool | Unset = False
    """ Generate without vocals. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        custom_mode = self.custom_mode

        mv: str = self.mv

        prompt = self.prompt

        gpt_description_prompt = self.gpt_description_prompt

        title = self.title

        tags = self.tags

        negative_tags = self.negative_tags

        make_instrumental = self.make_instrumental

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "custom_mode": custom_mode,
                "mv": mv,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if gpt_description_prompt is not UNSET:
            field_dict["gpt_description_prompt"] = gpt_description_prompt
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags
        if negative_tags is not UNSET:
            field_dict["negative_tags"] = negative_tags
        if make_instrumental is not UNSET:
            field_dict["make_instrumental"] = make_instrumental

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_type = cast(Literal["create_music"], d.pop("task_type"))
        if task_type != "create_music":
            raise ValueError(f"task_type must match const 'create_music', got '{task_type}'")

        custom_mode = d.pop("custom_mode")

        mv = check_sonic_model(d.pop("mv"))

        prompt = d.pop("prompt", UNSET)

        gpt_description_prompt = d.pop("gpt_description_prompt", UNSET)

        title = d.pop("title", UNSET)

        tags = d.pop("tags", UNSET)

        negative_tags = d.pop("negative_tags", UNSET)

        make_instrumental = d.pop("make_instrumental", UNSET)

        sonic_create_music = cls(
            task_type=task_type,
            custom_mode=custom_mode,
            mv=mv,
            prompt=prompt,
            gpt_description_prompt=gpt_description_prompt,
            title=title,
            tags=tags,
            negative_tags=negative_tags,
            make_instrumental=make_instrumental,
        )

        sonic_create_music.additional_properties = d
        return sonic_create_music

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
