# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.riffusion_cover_music_task_type import (
    RiffusionCoverMusicTaskType,
    check_riffusion_cover_music_task_type,
)
from ..models.riffusion_model import RiffusionModel, check_riffusion_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiffusionCoverMusic")


@_attrs_define
class RiffusionCoverMusic:
    """Re-record a clip in another style."""

    task_type: RiffusionCoverMusicTaskType
    custom_mode: bool
    """ true to supply lyrics, title and tags; false to describe the song instead. """
    continue_clip_id: str
    """ The clip to work on. """
    mv: RiffusionModel
    """ Riffusion model version (the values contain spaces). """
    lyrics: str | Unset = UNSET
    """ Lyrics (custom mode). """
    title: str | Unset = UNSET
    """ Song title (custom mode). """
    sound: str | Unset = UNSET
    """ Style and sound, e.g. genre and voice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type: str = self.task_type

        custom_mode = self.custom_mode

        continue_clip_id = self.continue_clip_id

        mv: str = self.mv

        lyrics = self.lyrics

        title = self.title

        sound = self.sound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "custom_mode": custom_mode,
                "continue_clip_id": continue_clip_id,
                "mv": mv,
            }
        )
        if lyrics is not UNSET:
            field_dict["lyrics"] = lyrics
        if title is not UNSET:
            field_dict["title"] = title
        if sound is not UNSET:
            field_dict["sound"] = sound

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_type = check_riffusion_cover_music_task_type(d.pop("task_type"))

        custom_mode = d.pop("custom_mode")

        continue_clip_id = d.pop("continue_clip_id")

        mv = check_riffusion_model(d.pop("mv"))

        lyrics = d.pop("lyrics", UNSET)

        title = d.pop("title", UNSET)

        sound = d.pop("sound", UNSET)

        riffusion_cover_music = cls(
            task_type=task_type,
            custom_mode=custom_mode,
            continue_clip_id=continue_clip_id,
            mv=mv,
            lyrics=lyrics,
            title=title,
            sound=sound,
        )

        riffusion_cover_music.additional_properties = d
        return riffusion_cover_music

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
