# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sonic_extend_music_task_type import (
    SonicExtendMusicTaskType,
    check_sonic_extend_music_task_type,
)
from ..models.sonic_model import SonicModel, check_sonic_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="SonicExtendMusic")


@_attrs_define
class SonicExtendMusic:
    """Continue a clip from a point in time. The result holds only the new part; concat joins it to the original."""

    task_type: SonicExtendMusicTaskType
    """ extend_upload_music for a clip_id from upload, extend_music otherwise. """
    custom_mode: bool
    """ true to supply lyrics, title and tags; false to describe the song instead. """
    continue_clip_id: str
    """ The clip to work on. """
    continue_at: float
    """ Second of the clip from which to continue. """
    mv: SonicModel
    """ Sonic model version. """
    prompt: str | Unset = UNSET
    """ Lyrics, with structure tags such as [Verse] and [Chorus]. 3000 characters at most on sonic-v3-5 and
    sonic-v4. """
    title: str | Unset = UNSET
    """ Song title. """
    tags: str | Unset = UNSET
    """ Comma-separated styles. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type: str = self.task_type

        custom_mode = self.custom_mode

        continue_clip_id = self.continue_clip_id

        continue_at = self.continue_at

        mv: str = self.mv

        prompt = self.prompt

        title = self.title

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_type": task_type,
                "custom_mode": custom_mode,
                "continue_clip_id": continue_clip_id,
                "continue_at": continue_at,
                "mv": mv,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if title is not UNSET:
            field_dict["title"] = title
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_type = check_sonic_extend_music_task_type(d.pop("task_type"))

        custom_mode = d.pop("custom_mode")

        continue_clip_id = d.pop("continue_clip_id")

        continue_at = d.pop("continue_at")

        mv = check_sonic_model(d.pop("mv"))

        prompt = d.pop("prompt", UNSET)

        title = d.pop("title", UNSET)

        tags = d.pop("tags", UNSET)

        sonic_extend_music = cls(
            task_type=task_type,
            custom_mode=custom_mode,
            continue_clip_id=continue_clip_id,
            continue_at=continue_at,
            mv=mv,
            prompt=prompt,
            title=title,
            tags=tags,
        )

        sonic_extend_music.additional_properties = d
        return sonic_extend_music

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
