# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sonic_cover_music_task_type import (
    SonicCoverMusicTaskType,
    check_sonic_cover_music_task_type,
)
from ..models.sonic_model import SonicModel, check_sonic_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicCoverMusic")


@_attrs_define
class SonicCoverMusic:
    """Re-record a clip in another style."""

    task_type: SonicCoverMusicTaskType
    """ cover_upload_music for a clip_id from upload, cover_music otherwise. """
    custom_mode: bool
    """ true to supply lyrics, title and tags; false to describe the song instead. """
    continue_clip_id: str
    """ The clip to work on. """
    mv: SonicModel
    """ Sonic model version. """
    prompt: str | Unset = UNSET
    """ Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and
    sonic-v4. """
    title: str | Unset = UNSET
    """ Song title. """
    tags: str | Unset = UNSET
    """ Comma-separated styles. """
    audio_weight: float | Unset = UNSET
    """ How closely the cover follows the original audio (0 free, 1 close). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type: str = self.task_type

        custom_mode = self.custom_mode

        continue_clip_id = self.continue_clip_id

        mv: str = self.mv

        prompt = self.prompt

        title = self.title

        tags = self.tags

        audio_weight = self.audio_weight

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
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags
        if audio_weight is not UNSET:
            field_dict["audio_weight"] = audio_weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_type = check_sonic_cover_music_task_type(d.pop("task_type"))

        custom_mode = d.pop("custom_mode")

        continue_clip_id = d.pop("continue_clip_id")

        mv = check_sonic_model(d.pop("mv"))

        prompt = d.pop("prompt", UNSET)

        title = d.pop("title", UNSET)

        tags = d.pop("tags", UNSET)

        audio_weight = d.pop("audio_weight", UNSET)

        sonic_cover_music = cls(
            task_type=task_type,
            custom_mode=custom_mode,
            continue_clip_id=continue_clip_id,
            mv=mv,
            prompt=prompt,
            title=title,
            tags=tags,
            audio_weight=audio_weight,
        )

        sonic_cover_music.additional_properties = d
        return sonic_cover_music

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
