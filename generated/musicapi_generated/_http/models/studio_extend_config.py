# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.studio_extend_config_mode import (
    StudioExtendConfigMode,
    check_studio_extend_config_mode,
)

if TYPE_CHECKING:
    from ..models.studio_song_source import StudioSongSource


T = TypeVar("T", bound="StudioExtendConfig")


@_attrs_define
class StudioExtendConfig:
    """Extension of an existing song, before its start (precede) or after its end (continuation)."""

    mode: StudioExtendConfigMode
    source: StudioSongSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.studio_song_source import StudioSongSource

        d = dict(src_dict)
        mode = check_studio_extend_config_mode(d.pop("mode"))

        source = StudioSongSource.from_dict(d.pop("source"))

        studio_extend_config = cls(
            mode=mode,
            source=source,
        )

        studio_extend_config.additional_properties = d
        return studio_extend_config

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
