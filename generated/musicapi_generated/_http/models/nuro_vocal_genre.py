# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

NuroVocalGenre = Literal[
    "Bossa Nova",
    "Chinese Style",
    "Chinoiserie Electronic",
    "Contemporary R&B",
    "Disco",
    "DJ",
    "Electronic",
    "Folk",
    "Future Bass",
    "GuFeng Music",
    "Hip Hop/Rap",
    "Jazz",
    "Jazz Pop",
    "Pop",
    "Pop Punk",
    "Pop Rap",
    "Pop Rock",
    "Punk",
    "R&B Rap",
    "R&B/Soul",
    "Reggae",
    "Rock",
    "Trap Rap",
]

NURO_VOCAL_GENRE_VALUES: set[NuroVocalGenre] = {
    "Bossa Nova",
    "Chinese Style",
    "Chinoiserie Electronic",
    "Contemporary R&B",
    "Disco",
    "DJ",
    "Electronic",
    "Folk",
    "Future Bass",
    "GuFeng Music",
    "Hip Hop/Rap",
    "Jazz",
    "Jazz Pop",
    "Pop",
    "Pop Punk",
    "Pop Rap",
    "Pop Rock",
    "Punk",
    "R&B Rap",
    "R&B/Soul",
    "Reggae",
    "Rock",
    "Trap Rap",
}


def check_nuro_vocal_genre(value: str) -> NuroVocalGenre:
    if value in NURO_VOCAL_GENRE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NURO_VOCAL_GENRE_VALUES!r}")
