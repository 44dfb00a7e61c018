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

from ..models.nuro_vocal_gender import NuroVocalGender, check_nuro_vocal_gender
from ..models.nuro_vocal_genre import NuroVocalGenre, check_nuro_vocal_genre
from ..models.nuro_vocal_mood import NuroVocalMood, check_nuro_vocal_mood
from ..models.nuro_vocal_timbre import NuroVocalTimbre, check_nuro_vocal_timbre
from ..types import UNSET, Unset

T = TypeVar("T", bound="NuroVocal")


@_attrs_define
class NuroVocal:
    """Song with vocals from lyrics; unset style fields are predicted from the lyrics."""

    type_: Literal["vocal"]
    lyrics: str
    """ Lyrics with section tags such as [verse] and [chorus]. """
    gender: NuroVocalGender | Unset = UNSET
    genre: NuroVocalGenre | Unset = UNSET
    mood: NuroVocalMood | Unset = UNSET
    timbre: NuroVocalTimbre | Unset = UNSET
    duration: int | Unset = UNSET
    """ Length in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        lyrics = self.lyrics

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        genre: str | Unset = UNSET
        if not isinstance(self.genre, Unset):
            genre = self.genre

        mood: str | Unset = UNSET
        if not isinstance(self.mood, Unset):
            mood = self.mood

        timbre: str | Unset = UNSET
        if not isinstance(self.timbre, Unset):
            timbre = self.timbre

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "lyrics": lyrics,
            }
        )
        if gender is not UNSET:
            field_dict["gender"] = gender
        if genre is not UNSET:
            field_dict["genre"] = genre
        if mood is not UNSET:
            field_dict["mood"] = mood
        if timbre is not UNSET:
            field_dict["timbre"] = timbre
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["vocal"], d.pop("type"))
        if type_ != "vocal":
            raise ValueError(f"type must match const 'vocal', got '{type_}'")

        lyrics = d.pop("lyrics")

        _gender = d.pop("gender", UNSET)
        gender: NuroVocalGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_nuro_vocal_gender(_gender)

        _genre = d.pop("genre", UNSET)
        genre: NuroVocalGenre | Unset
        if isinstance(_genre, Unset):
            genre = UNSET
        else:
            genre = check_nuro_vocal_genre(_genre)

        _mood = d.pop("mood", UNSET)
        mood: NuroVocalMood | Unset
        if isinstance(_mood, Unset):
            mood = UNSET
        else:
            mood = check_nuro_vocal_mood(_mood)

        _timbre = d.pop("timbre", UNSET)
        timbre: NuroVocalTimbre | Unset
        if isinstance(_timbre, Unset):
            timbre = UNSET
        else:
            timbre = check_nuro_vocal_timbre(_timbre)

        duration = d.pop("duration", UNSET)

        nuro_vocal = cls(
            type_=type_,
            lyrics=lyrics,
            gender=gender,
            genre=genre,
            mood=mood,
            timbre=timbre,
            duration=duration,
        )

        nuro_vocal.additional_properties = d
        return nuro_vocal

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
