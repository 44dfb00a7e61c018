# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nuro_bgm_genre_item import NuroBgmGenreItem, check_nuro_bgm_genre_item
from ..models.nuro_bgm_instrument_item import (
    NuroBgmInstrumentItem,
    check_nuro_bgm_instrument_item,
)
from ..models.nuro_bgm_mood_item import NuroBgmMoodItem, check_nuro_bgm_mood_item
from ..models.nuro_bgm_theme_item import NuroBgmThemeItem, check_nuro_bgm_theme_item
from ..models.nuro_bgm_version import NuroBgmVersion, check_nuro_bgm_version
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nuro_segment import NuroSegment


T = TypeVar("T", bound="NuroBgm")


@_attrs_define
class NuroBgm:
    """Instrumental background music from a description and tags."""

    type_: Literal["bgm"]
    description: str
    """ What the music is for and how it should feel. """
    genre: list[NuroBgmGenreItem] | Unset = UNSET
    mood: list[NuroBgmMoodItem] | Unset = UNSET
    instrument: list[NuroBgmInstrumentItem] | Unset = UNSET
    theme: list[NuroBgmThemeItem] | Unset = UNSET
    duration: int | Unset = 60
    """ Length in seconds. """
    version: NuroBgmVersion | Unset = UNSET
    """ Model version; v2.0 accepts segments. """
    segments: list[NuroSegment] | Unset = UNSET
    """ Song structure (v2.0). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description = self.description

        genre: list[str] | Unset = UNSET
        if not isinstance(self.genre, Unset):
            genre = []
            for genre_item_data in self.genre:
                genre_item: str = genre_item_data
                genre.append(genre_item)

        mood: list[str] | Unset = UNSET
        if not isinstance(self.mood, Unset):
            mood = []
            for mood_item_data in self.mood:
                mood_item: str = mood_item_data
                mood.append(mood_item)

        instrument: list[str] | Unset = UNSET
        if not isinstance(self.instrument, Unset):
            instrument = []
            for instrument_item_data in self.instrument:
                instrument_item: str = instrument_item_data
                instrument.append(instrument_item)

        theme: list[str] | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = []
            for theme_item_data in self.theme:
                theme_item: str = theme_item_data
                theme.append(theme_item)

        duration = self.duration

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "description": description,
            }
        )
        if genre is not UNSET:
            field_dict["genre"] = genre
        if mood is not UNSET:
            field_dict["mood"] = mood
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if theme is not UNSET:
            field_dict["theme"] = theme
        if duration is not UNSET:
            field_dict["duration"] = duration
        if version is not UNSET:
            field_dict["version"] = version
        if segments is not UNSET:
            field_dict["segments"] = segments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nuro_segment import NuroSegment

        d = dict(src_dict)
        type_ = cast(Literal["bgm"], d.pop("type"))
        if type_ != "bgm":
            raise ValueError(f"type must match const 'bgm', got '{type_}'")

        description = d.pop("description")

        _genre = d.pop("genre", UNSET)
        genre: list[NuroBgmGenreItem] | Unset = UNSET
        if _genre is not UNSET:
            genre = []
            for genre_item_data in _genre:
                genre_item = check_nuro_bgm_genre_item(genre_item_data)

                genre.append(genre_item)

        _mood = d.pop("mood", UNSET)
        mood: list[NuroBgmMoodItem] | Unset = UNSET
        if _mood is not UNSET:
            mood = []
            for mood_item_data in _mood:
                mood_item = check_nuro_bgm_mood_item(mood_item_data)

                mood.append(mood_item)

        _instrument = d.pop("instrument", UNSET)
        instrument: list[NuroBgmInstrumentItem] | Unset = UNSET
        if _instrument is not UNSET:
            instrument = []
            for instrument_item_data in _instrument:
                instrument_item = check_nuro_bgm_instrument_item(instrument_item_data)

                instrument.append(instrument_item)

        _theme = d.pop("theme", UNSET)
        theme: list[NuroBgmThemeItem] | Unset = UNSET
        if _theme is not UNSET:
            theme = []
            for theme_item_data in _theme:
                theme_item = check_nuro_bgm_theme_item(theme_item_data)

                theme.append(theme_item)

        duration = d.pop("duration", UNSET)

        _version = d.pop("version", UNSET)
        version: NuroBgmVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = check_nuro_bgm_version(_version)

        _segments = d.pop("segments", UNSET)
        segments: list[NuroSegment] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = NuroSegment.from_dict(segments_item_data)

                segments.append(segments_item)

        nuro_bgm = cls(
            type_=type_,
            description=description,
            genre=genre,
            mood=mood,
            instrument=instrument,
            theme=theme,
            duration=duration,
            version=version,
            segments=segments,
        )

        nuro_bgm.additional_properties = d
        return nuro_bgm

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
