"""Find text across a round: the options' own text and the team's answers (Edit > Find…).

Matching ignores case and accents (``evaluacion`` finds ``evaluación``, Arabic short vowels are
ignored); every word of the query must occur in the same field, in any order. A hit says where:
the option, the field and the position of the first word in that field's text, so the window can
jump to it and select it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from synergy_desktop.domain.assessment import Answer
from synergy_desktop.domain.framework import Framework, Option

#: The option's own texts, then the team's answer fields, in the order hits are listed.
OPTION_FIELDS = ("title", "text", "guidance", "questions")
ANSWER_FIELDS = ("evidence", "gaps", "next_steps", "responsible")
SNIPPET = 70  # characters of context around a hit
MAX_HITS = 500


@dataclass(frozen=True)
class Hit:
    option_id: str
    field: str  # one of OPTION_FIELDS or ANSWER_FIELDS
    start: int  # where the first word starts in the field's text (Python characters)
    length: int
    match: str  # the text found, as written in the field
    snippet: str  # the text around it, on one line, with "…" where it was cut


def search_round(
    framework: Framework,
    answers: Mapping[str, Answer],
    query: str,
    lang: str = "en",
) -> list[Hit]:
    """Every field of the round that holds all words of ``query``, in framework order."""
    words = [w for w in (_fold(word)[0] for word in query.split()) if w]
    if not words:
        return []
    hits: list[Hit] = []
    for option in framework.options:
        for field, text in _fields(option, answers.get(option.id), lang):
            hit = _find(option.id, field, text, words)
            if hit is not None:
                hits.append(hit)
                if len(hits) >= MAX_HITS:
                    return hits
    return hits


def _fields(option: Option, answer: Answer | None, lang: str) -> Iterable[tuple[str, str]]:
    yield "title", option.title.get(lang)
    yield "text", option.text.get(lang)
    yield "guidance", option.guidance.get(lang)
    yield "questions", "\n".join(q.get(lang) for q in option.questions)
    if answer is not None:
        for field in ANSWER_FIELDS:
            yield field, str(answer.value(field) or "")


def _find(option_id: str, field: str, text: str, words: list[str]) -> Hit | None:
    if not text:
        return None
    folded, origin = _fold(text)
    positions = [folded.find(word) for word in words]
    if any(p < 0 for p in positions):
        return None
    first = min(range(len(words)), key=lambda i: positions[i])
    begin = origin[positions[first]]
    end_folded = positions[first] + len(words[first]) - 1
    end = origin[end_folded] + 1
    return Hit(option_id, field, begin, end - begin, text[begin:end], _snippet(text, begin, end))


def _fold(text: str) -> tuple[str, list[int]]:
    """``text`` in lower case without accents, and for each folded character the index of
    the character of ``text`` it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part):
                continue
            for lower in part.casefold():
                folded.append(lower)
                origin.append(index)
    return "".join(folded), origin


def _snippet(text: str, begin: int, end: int) -> str:
    start = max(0, begin - SNIPPET // 2)
    stop = min(len(text), end + SNIPPET)
    piece = " ".join(text[start:stop].split())
    return ("…" if start > 0 else "") + piece + ("…" if stop < len(text) else "")
