"""The options framework as plain, immutable data (built by the content layer)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

SOURCE_LANGUAGE = "en"
EVIDENCE_MODULES = ("focal_points", "coordination", "nbsap", "reporting", "datasets")


@dataclass(frozen=True)
class LocalText:
    """One text in several languages; a missing language falls back to the source language."""

    texts: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "texts", MappingProxyType(dict(self.texts)))

    def get(self, lang: str = SOURCE_LANGUAGE) -> str:
        text = self.texts.get(lang)
        if not text and "_" in lang:
            text = self.texts.get(lang.split("_")[0])
        return text or self.texts.get(SOURCE_LANGUAGE, "")

    def has(self, lang: str) -> bool:
        return bool(self.texts.get(lang))

    def __str__(self) -> str:
        return self.get(SOURCE_LANGUAGE)


@dataclass(frozen=True)
class Option:
    id: str
    area_id: str
    title: LocalText
    text: LocalText
    guidance: LocalText
    questions: tuple[LocalText, ...]
    basis: tuple[LocalText, ...]
    good_practice: bool
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Area:
    id: str
    title: LocalText
    summary: LocalText
    workshop_area: int
    options: tuple[Option, ...]


@dataclass(frozen=True)
class Framework:
    id: str
    version: str
    content_hash: str
    title: LocalText
    description: LocalText
    areas: tuple[Area, ...]
    languages: tuple[str, ...] = (SOURCE_LANGUAGE,)

    @property
    def options(self) -> tuple[Option, ...]:
        return tuple(option for area in self.areas for option in area.options)

    def option(self, option_id: str) -> Option | None:
        return self._index().get(option_id)

    def area(self, area_id: str) -> Area | None:
        return next((a for a in self.areas if a.id == area_id), None)

    def _index(self) -> dict[str, Option]:
        cached = self.__dict__.get("_option_index")
        if cached is None:
            cached = {option.id: option for option in self.options}
            object.__setattr__(self, "_option_index", cached)
        return cached


@dataclass(frozen=True)
class Role:
    code: str
    name: LocalText
    multiple: bool
    basis: str = ""


@dataclass(frozen=True)
class Instrument:
    code: str
    name: LocalText
    short_name: LocalText
    family: str
    parent: str | None
    roles: tuple[Role, ...]
