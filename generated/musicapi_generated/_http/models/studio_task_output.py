# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_song import StudioSong


T = TypeVar("T", bound="StudioTaskOutput")


@_attrs_define
class StudioTaskOutput:
    songs: list[StudioSong] | Unset = UNSET
    """ The songs; the docs page shows them only in its example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        songs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.songs, Unset):
            songs = []
            for songs_item_data in self.songs:
                songs_item = songs_item_data.to_dict()
                songs.append(songs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if songs is not UNSET:
            field_dict["songs"] = songs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.studio_song import StudioSong

        d = dict(src_dict)
        _songs = d.pop("songs", UNSET)
        songs: list[StudioSong] | Unset = UNSET
        if _songs is not UNSET:
            songs = []
            for songs_item_data in _songs:
                songs_item = StudioSong.from_dict(songs_item_data)

                songs.append(songs_item)

        studio_task_output = cls(
            songs=songs,
        )

        studio_task_output.additional_properties = d
        return studio_task_output

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
