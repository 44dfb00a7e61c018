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

from ..models.studio_model_type import StudioModelType, check_studio_model_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.studio_regular_config import StudioRegularConfig


T = TypeVar("T", bound="StudioDescriptionMode")


@_attrs_define
class StudioDescriptionMode:
    """Song with lyrics written by the service from the prompt."""

    lyrics_type: Literal["generate"]
    prompt: str
    """ Song description, or style keywords when lyrics are supplied. """
    prompt_strength: float
    """ How strongly the prompt steers the result. """
    clarity_strength: float
    lyrics_strength: float
    generation_quality: float
    model_type: StudioModelType
    """ studio130-v1.5 makes about 130 s of music at twice the credits of studio32-v1.5 (about 32 s). """
    config: StudioRegularConfig
    """ Generation of a complete song. """
    bypass_prompt_optimization: bool | Unset = UNSET
    """ Send the prompt as written, without the service rewriting it. """
    seed: int | Unset = UNSET
    """ Random seed; -1 picks one. """
    negative_prompt: str | Unset = UNSET
    """ Keywords to avoid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lyrics_type = self.lyrics_type

        prompt = self.prompt

        prompt_strength = self.prompt_strength

        clarity_strength = self.clarity_strength

        lyrics_strength = self.lyrics_strength

        generation_quality = self.generation_quality

        model_type: str = self.model_type

        config = self.config.to_dict()

        bypass_prompt_optimization = self.bypass_prompt_optimization

        seed = self.seed

        negative_prompt = self.negative_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lyrics_type": lyrics_type,
                "prompt": prompt,
                "prompt_strength": prompt_strength,
                "clarity_strength": clarity_strength,
                "lyrics_strength": lyrics_strength,
                "generation_quality": generation_quality,
                "model_type": model_type,
                "config": config,
            }
        )
        if bypass_prompt_optimization is not UNSET:
            field_dict["bypass_prompt_optimization"] = bypass_prompt_optimization
        if seed is not UNSET:
            field_dict["seed"] = seed
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.studio_regular_config import StudioRegularConfig

        d = dict(src_dict)
        lyrics_type = cast(Literal["generate"], d.pop("lyrics_type"))
        if lyrics_type != "generate":
            raise ValueError(f"lyrics_type must match const 'generate', got '{lyrics_type}'")

        prompt = d.pop("prompt")

        prompt_strength = d.pop("prompt_strength")

        clarity_strength = d.pop("clarity_strength")

        lyrics_strength = d.pop("lyrics_strength")

        generation_quality = d.pop("generation_quality")

        model_type = check_studio_model_type(d.pop("model_type"))

        config = StudioRegularConfig.from_dict(d.pop("config"))

        bypass_prompt_optimization = d.pop("bypass_prompt_optimization", UNSET)

        seed = d.pop("seed", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        studio_description_mode = cls(
            lyrics_type=lyrics_type,
            prompt=prompt,
            prompt_strength=prompt_strength,
            clarity_strength=clarity_strength,
            lyrics_strength=lyrics_strength,
            generation_quality=generation_quality,
            model_type=model_type,
            config=config,
            bypass_prompt_optimization=bypass_prompt_optimization,
            seed=seed,
            negative_prompt=negative_prompt,
        )

        studio_description_mode.additional_properties = d
        return studio_description_mode

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
