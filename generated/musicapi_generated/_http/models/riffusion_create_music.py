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

from ..models.riffusion_model import RiffusionModel, check_riffusion_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiffusionCreateMusic")


@_attrs_define
class RiffusionCreateMusic:
    """New song from lyrics (custom_mode true) or from a prompt (custom_mode false)."""

    task_type: Literal["create_music"]
    custom_mode: bool
    """ true to supply lyrics, title and tags; false to describe the song instead. """
    mv: RiffusionModel
    """ Riffusion model version (the values contain spaces). """
    lyrics: str | Unset = UNSET
    """ Lyrics (custom mode). """
    title: str | Unset = UNSET
    """ Song title (custom mode). """
    make_instrumental: bool | Unset = False
    """ Generate without vocals. """
    prompt: str | Unset = UNSET
    """ What the song should be (description mode). """
    sound: str | Unset = UNSET
    """ Style and sound, e.g. genre and voice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        custom_mode = self.custom_mode

        mv: str = self.mv

        lyrics = self.lyrics

        title = self.title

        make_instrumental = self.make_instrumental

        prompt = self.prompt

        sound = self.sound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "custom_mode": custom_mode,
                "mv": mv,
            }
        )
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if title is not UNSET:
            field_dict["title"] = title
        if make_instrumental is not UNSET:
            field_dict["make_instrumental"] = make_instrumental
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if sound is not UNSET:
            field_dict["sound"] = sound

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_type = cast(Literal["create_music"], d.pop("task_type"))
        if task_type != "create_music":
            raise ValueError(f"task_type must match const 'create_music', got '{task_type}'")

        custom_mode = d.pop("custom_mode")

        mv = check_riffusion_model(d.pop("mv"))

        lyrics = d.pop("lyrics", UNSET)

        title = d.pop("title", UNSET)

        make_instrumental = d.pop("make_instrumental", UNSET)

        prompt = d.pop("prompt", UNSET)

        sound = d.pop("sound", UNSET)

        riffusion_create_music = cls(
            task_type=task_type,
            custom_mode=custom_mode,
            mv=mv,
            lyrics=lyrics,
            title=title,
            make_instrumental=make_instrumental,
            prompt=prompt,
            sound=sound,
        )

        riffusion_create_music.additional_properties = d
        return riffusion_create_music

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
