# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

NuroVocalMood = Literal[
    "Calm/Relaxing",
    "Chill",
    "Dreamy/Ethereal",
    "Dynamic/Energetic",
    "Excited",
    "Groovy/Funky",
    "Happy",
    "Inspirational/Hopeful",
    "Miss",
    "Nostalgic/Memory",
    "Romantic",
    "Sentimental/Melancholic/Lonely",
    "Sorrow/Sad",
]

NURO_VOCAL_MOOD_VALUES: set[NuroVocalMood] = {
    "Calm/Relaxing",
    "Chill",
    "Dreamy/Ethereal",
    "Dynamic/Energetic",
    "Excited",
    "Groovy/Funky",
    "Happy",
    "Inspirational/Hopeful",
    "Miss",
    "Nostalgic/Memory",
    "Romantic",
    "Sentimental/Melancholic/Lonely",
    "Sorrow/Sad",
}


def check_nuro_vocal_mood(value: str) -> NuroVocalMood:
    if value in NURO_VOCAL_MOOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NURO_VOCAL_MOOD_VALUES!r}")
