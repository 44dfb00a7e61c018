# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.riffusion_extend_music_task_type import (
    RiffusionExtendMusicTaskType,
    check_riffusion_extend_music_task_type,
)
from ..models.riffusion_model import RiffusionModel, check_riffusion_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiffusionExtendMusic")


@_attrs_define
class RiffusionExtendMusic:
    """Continue a clip from a point in time."""

    task_type: RiffusionExtendMusicTaskType
    custom_mode: bool
    """ true to supply lyrics, title and tags; false to describe the song instead. """
    lyrics: str
    """ Lyrics (custom mode). """
    sound: str
    """ Style and sound, e.g. genre and voice. """
    continue_at: float
    """ Second of the clip from which to continue. """
    continue_clip_id: str
    """ The clip to work on. """
    mv: RiffusionModel
    """ Riffusion model version (the values contain spaces). """
    title: str | Unset = UNSET
    """ Song title (custom mode). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type: str = self.task_type

        custom_mode = self.custom_mode

        lyrics = self.lyrics

        sound = self.sound

        continue_at = self.continue_at

        continue_clip_id = self.continue_clip_id

        mv: str = self.mv

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "custom_mode": custom_mode,
                "lyrics": lyrics,
                "sound": sound,
                "continue_at": continue_at,
                "continue_clip_id": continue_clip_id,
                "mv": mv,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_type = check_riffusion_extend_music_task_type(d.pop("task_type"))

        custom_mode = d.pop("custom_mode")

        lyrics = d.pop("lyrics")

        sound = d.pop("sound")

        continue_at = d.pop("continue_at")

        continue_clip_id = d.pop("continue_clip_id")

        mv = check_riffusion_model(d.pop("mv"))

        title = d.pop("title", UNSET)

        riffusion_extend_music = cls(
            task_type=task_type,
            custom_mode=custom_mode,
            lyrics=lyrics,
            sound=sound,
            continue_at=continue_at,
            continue_clip_id=continue_clip_id,
            mv=mv,
            title=title,
        )

        riffusion_extend_music.additional_properties = d
        return riffusion_extend_music

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
