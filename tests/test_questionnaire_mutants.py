"""Hundreds of hostile variants of one real questionnaire, imported in-process.

A questionnaire is exported from the demo workspace through the application's own code, then
mutated with a fixed seed: bytes flipped in the zip, compression methods and flags changed,
members dropped or doubled, cells retyped or given values out of range, rows deleted, doubled or
renumbered, sheets reordered, deleted or doubled, ``<dimension>`` shrunk, control characters,
huge strings. For every mutant the import must

- raise nothing but the project's own errors (ServiceError);
- change nothing in the workspace when it refuses the file (answers and history compared);
- apply or report every value the file changes: each answer cell whose value differs from the
  exported one (as a plain openpyxl parse reads it) is a change the preview lists with that
  value, or a rejected cell, row or sheet, or no change at all for the answer it gives;
- report every option it cannot find, and apply exactly what it previewed.
"""

from __future__ import annotations

import io
import os
import random
import sqlite3
import time
import warnings
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import openpyxl
from openpyxl.worksheet._reader import WorksheetReader
from openpyxl.worksheet.worksheet import Worksheet

from synergy_desktop.domain.assessment import ANSWER_FIELDS, Answer
from synergy_desktop.formats.excel.questionnaire import META_SHEET, export_questionnaire
from synergy_desktop.formats.excel.reading import control_character, unescape
from synergy_desktop.formats.excel.summary import run
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.demo import fill_demo
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.services.questionnaire_import import (
    apply_questionnaire,
    preview_questionnaire,
)
from synergy_desktop.services.questionnaire_values import parse_answer
from synergy_desktop.services.summary import collect_summary

# A deeper run: SYNERGY_MUTANTS=3000 SYNERGY_MUTANT_SEED=7 pytest <this file>
SEED = int(os.environ.get("SYNERGY_MUTANT_SEED", "20261128"))
MUTANTS = int(os.environ.get("SYNERGY_MUTANTS", "250"))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
COLUMNS = "DEFGHIJK"  # the answer columns, in the order of ANSWER_FIELDS


def q(tag: str, ns: str = MAIN) -> str:
    return f"{{{ns}}}{tag}"


# -- the exported questionnaire, as parts ------------------------------------------------------


@dataclass
class Original:
    members: dict[str, bytes]
    sheets: dict[str, str]  # sheet name -> part name
    areas: list[str]  # part names of the area sheets
    meta: str
    date_style: str


def parts_of(data: bytes) -> Original:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    rels = {
        rel.get("Id"): rel.get("Target").lstrip("/")
        for rel in ET.fromstring(members["xl/_rels/workbook.xml.rels"])
    }
    rels = {key: v if v.startswith("xl/") else f"xl/{v}" for key, v in rels.items()}
    sheets = {
        sheet.get("name"): rels[sheet.get(q("id", OFFICE_REL))]
        for sheet in ET.fromstring(members["xl/workbook.xml"]).iter(q("sheet"))
    }
    areas = [part for name, part in sheets.items() if len(first_text(members[part])) == 1]
    date_style = next(
        cell.get("s")
        for part in areas
        for cell in ET.fromstring(members[part]).iter(q("c"))
        if cell.get("r", "").startswith("K") and cell.find(q("v")) is not None
    )
    return Original(members, sheets, areas, sheets[META_SHEET], date_style)


def first_text(sheet_xml: bytes) -> str:
    cell = ET.fromstring(sheet_xml).find(f"{q('sheetData')}/{q('row')}/{q('c')}")
    return "".join(cell.itertext()) if cell is not None else ""


# -- mutations ---------------------------------------------------------------------------------


@dataclass
class Draft:
    members: dict[str, bytes]
    doubled: list[tuple[str, bytes]] = field(default_factory=list)
    byte_edits: list[Callable[[bytes], bytes]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def pack(self) -> bytes:
        buffer = io.BytesIO()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns about a doubled name
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
                for name, data in [*self.members.items(), *self.doubled]:
                    archive.writestr(name, data)
        data = buffer.getvalue()
        for edit in self.byte_edits:
            try:
                data = edit(data)
            except (zipfile.BadZipFile, KeyError, AssertionError, ValueError, IndexError):
                continue  # an earlier edit already broke the archive beyond finding the part
        return data


def dump(root: ET.Element) -> bytes:
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def answer_cell(root: ET.Element, rng: random.Random) -> ET.Element:
    """A cell of an answer column on an option row (created when the row has none)."""
    rows = [r for r in root.iter(q("row")) if int(r.get("r", "0")) >= 3]
    row = rng.choice(rows)
    ref = f"{rng.choice(COLUMNS)}{row.get('r')}"
    for cell in row.iter(q("c")):
        if cell.get("r") == ref:
            return cell
    cell = ET.SubElement(row, q("c"), {"r": ref})
    row[:] = sorted(row, key=lambda c: (len(c.get("r", "")), c.get("r", "")))
    return cell


def set_cell(cell: ET.Element, *, t: str | None = None, v: str | None = None, text=None, f=None):
    for child in list(cell):
        cell.remove(child)
    cell.attrib.pop("t", None)
    if text is not None:
        cell.set("t", "inlineStr")
        ET.SubElement(ET.SubElement(cell, q("is")), q("t")).text = text
    if t is not None:
        cell.set("t", t)
    if f is not None:
        ET.SubElement(cell, q("f")).text = f
    if v is not None:
        ET.SubElement(cell, q("v")).text = v


TEXTS = [
    "4 – fully in place",
    "0",
    "NA – not applicable",
    "nd",
    "3 - largely",
    "7 – excellent",
    "H – High",
    "l",
    "urgent",
    "CITES, cms",
    "CBD; RAMSAR",
    "XYZ, CBD",
    "Ministry of Agriculture",
    "Agreed at the meeting of _x0001_ March",
    "Tab\tand line\nbreak",
    "literal _x005F_x0041_ kept",
    "escaped _x0041_ letter",
    "lone _xD800_ surrogate",
    "bell _x0007_",
    "2027-06-30",
    "2020-02-31",
    "0001-01-01",
    "soon",
    "وزارة البيئة",
    "生态环境部 🌿",
    "   ",
    "",
    "x" * 40_000,
    "y" * 1_500,
    "=SUM(1,2)",
]
NUMBERS = ["0", "2", "4", "2.0", "2.5", "-1", "5", "1e308", "-5", "45000", "NaN", "inf", "9" * 400]
DATE_SERIALS = ["-5", "0.5", "1", "45000", "73051", "110000", "2958466", "1e10", "46477"]


def mutate_cell(root: ET.Element, rng: random.Random, original: Original) -> str:
    cell = answer_cell(root, rng)
    kind = rng.choice(
        ["text", "text", "text", "number", "date", "type", "shared", "formula", "clear", "bool"]
    )
    ref = cell.get("r")
    if kind == "text":
        text = rng.choice(TEXTS)
        set_cell(cell, text=text)
        return f"{ref} text {text[:30]!r}"
    if kind == "number":
        value = rng.choice(NUMBERS)
        set_cell(cell, v=value)
        return f"{ref} number {value}"
    if kind == "date":
        value = rng.choice(DATE_SERIALS)
        set_cell(cell, v=value)
        cell.set("s", original.date_style)
        return f"{ref} date serial {value}"
    if kind == "type":
        t, v = rng.choice(
            [
                ("n", "two"),
                ("d", "2020-02-31"),
                ("d", "2027-06-30T00:00:00"),
                ("d", "1850-01-01"),
                ("e", "#N/A"),
                ("x", "2"),
                ("str", "3"),
                ("inlineStr", None),
                ("b", "1"),
                ("s", "abc"),
            ]
        )
        set_cell(cell, t=t, v=v)
        return f"{ref} t={t} v={v}"
    if kind == "shared":
        index = rng.choice(["0", "7", "-1"])
        set_cell(cell, t="s", v=index)
        return f"{ref} shared string {index} (the file has none)"
    if kind == "formula":
        set_cell(cell, f="1+1", v="2")
        return f"{ref} formula"
    if kind == "bool":
        set_cell(cell, t="b", v=rng.choice(["0", "1"]))
        return f"{ref} boolean"
    set_cell(cell)
    return f"{ref} cleared"


def mutate_rows(root: ET.Element, rng: random.Random) -> str:
    data = root.find(q("sheetData"))
    rows = [r for r in data if int(r.get("r", "0")) >= 3]
    row = rng.choice(rows)
    number = int(row.get("r"))
    kind = rng.choice(
        ["delete", "same number", "copy below", "copy below changed", "swap", "renumber", "far"]
    )
    if kind == "delete":
        data.remove(row)
    elif kind == "same number":
        data.insert(list(data).index(row) + 1, ET.fromstring(ET.tostring(row)))
    elif kind in ("copy below", "copy below changed"):
        last = max(int(r.get("r")) for r in data)
        copy = ET.fromstring(ET.tostring(row))
        copy.set("r", str(last + 1))
        for cell in copy.iter(q("c")):
            cell.set("r", "".join(c for c in cell.get("r") if c.isalpha()) + str(last + 1))
        if kind == "copy below changed":
            target = next(c for c in copy.iter(q("c")) if c.get("r", "").startswith("H"))
            set_cell(target, text=f"copy {rng.randrange(1000)}")
        data.append(copy)
    elif kind == "swap":  # two rows trade places in the XML, each keeping its numbers
        other = rng.choice(rows)
        i, j = list(data).index(row), list(data).index(other)
        data[i], data[j] = other, row
    elif kind == "renumber":  # no r attributes at all: positions count
        for r in data:
            r.attrib.pop("r", None)
            for cell in r:
                cell.attrib.pop("r", None)
    else:
        far = ET.SubElement(data, q("row"), {"r": str(rng.choice([600, 1_048_577, 90_000]))})
        set_cell(ET.SubElement(far, q("c"), {"r": f"B{far.get('r')}"}), text="far")
    return f"row {number} {kind}"


def mutate_sheet_xml(data: bytes, rng: random.Random, original: Original) -> tuple[bytes, str]:
    root = ET.fromstring(data)
    kind = rng.choice(["cell"] * 6 + ["rows"] * 2 + ["dimension", "id", "area", "broken"])
    if kind in ("cell", "rows"):
        note = mutate_cell(root, rng, original) if kind == "cell" else mutate_rows(root, rng)
        return dump(root), note
    if kind == "dimension":
        dimension = root.find(q("dimension"))
        ref = rng.choice(["A1:K3", "A1", "A1:B2", None])
        if dimension is not None and ref is None:
            root.remove(dimension)
        elif dimension is not None:
            dimension.set("ref", ref)
        rows = [r for r in root.find(q("sheetData")) if len(r.findall(q("c"))) > 3]
        last = rows[-1]  # a change below what the dimension claims
        cell = rng.choice(last.findall(q("c"))[3:])
        set_cell(cell, text=rng.choice(TEXTS[:13]))
        return dump(root), f"dimension {ref}, {cell.get('r')} changed"
    if kind in ("id", "area"):
        rows = list(root.find(q("sheetData")))
        row = rows[0] if kind == "area" else rng.choice(rows[2:])
        set_cell(row.find(q("c")), text=rng.choice(["Z9", "B1", "A", "", "x"]))
        return dump(root), f"{kind} cell of row {row.get('r')} changed"
    text = data.decode()
    cut = rng.randrange(len(text) // 2, len(text))
    return (text[:cut] + rng.choice(["<", "&bogus;", "</row>", ""])).encode(), "broken xml"


def mutate_meta(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    root = ET.fromstring(data)
    rows = list(root.find(q("sheetData")))
    row = rng.choice(rows[:8])
    cell = row.findall(q("c"))[1]
    t, v, text = rng.choice(
        [
            ("n", "not a number", None),
            ("d", "2020-02-31", None),
            ("s", "0", None),
            ("e", "#REF!", None),
            (None, None, "synergy-questionnaire-9"),
            (None, None, "0" * 64),
            (None, None, "_x0001_"),
        ]
    )
    set_cell(cell, t=t, v=v, text=text)
    return dump(root), f"identity sheet {cell.get('r')} t={t} v={v} text={text}"


def mutate_workbook(draft: Draft, rng: random.Random, original: Original) -> str:
    book = ET.fromstring(draft.members["xl/workbook.xml"])
    sheets = book.find(q("sheets"))
    kind = rng.choice(["area first", "shuffle", "delete", "double", "missing part", "rename"])
    entries = list(sheets)
    if kind == "area first":
        area = rng.choice([s for s in entries if original.sheets[s.get("name")] in original.areas])
        sheets.remove(area)
        sheets.insert(0, area)
    elif kind == "shuffle":
        rng.shuffle(entries)
        sheets[:] = entries
    elif kind == "delete":
        sheets.remove(rng.choice(entries))
    elif kind == "missing part":
        part = original.sheets[rng.choice(entries).get("name")]
        draft.members.pop(part, None)
    elif kind == "rename":
        rng.choice(entries).set("name", rng.choice([META_SHEET, "Instructions", "Notes"]))
    else:  # a copy of an area sheet, with one answer changed or not
        part = rng.choice(original.areas)
        name = next(n for n, p in original.sheets.items() if p == part)
        copy_part = "xl/worksheets/sheet99.xml"
        root = ET.fromstring(draft.members[part])
        note = "same values"
        if rng.random() < 0.6:
            note = mutate_cell(root, rng, original)
        draft.members[copy_part] = dump(root)
        rels = ET.fromstring(draft.members["xl/_rels/workbook.xml.rels"])
        ET.SubElement(
            rels,
            q("Relationship", PACKAGE_REL),
            {"Id": "rId99", "Type": f"{OFFICE_REL}/worksheet", "Target": f"/{copy_part}"},
        )
        draft.members["xl/_rels/workbook.xml.rels"] = dump(rels)
        types = ET.fromstring(draft.members["[Content_Types].xml"])
        ET.SubElement(
            types,
            q("Override", CONTENT_TYPES),
            {"PartName": f"/{copy_part}", "ContentType": WORKSHEET_TYPE},
        )
        draft.members["[Content_Types].xml"] = dump(types)
        copy = ET.SubElement(sheets, q("sheet"), {"name": f"{name[:25]} (2)", "sheetId": "99"})
        copy.set(q("id", OFFICE_REL), "rId99")
        kind = f"double {name[:1]} ({note})"
    draft.members["xl/workbook.xml"] = dump(book)
    return f"workbook: {kind}"


def local_header(data: bytes, name: str) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.getinfo(name).header_offset


def central_entry(data: bytes, name: str) -> int:
    encoded = name.encode()
    start = data.find(b"PK\x01\x02")
    while start != -1:
        length = int.from_bytes(data[start + 28 : start + 30], "little")
        if data[start + 46 : start + 46 + length] == encoded:
            return start
        start = data.find(b"PK\x01\x02", start + 4)
    raise AssertionError(name)


def patch(data: bytes, offset: int, value: bytes) -> bytes:
    return data[:offset] + value + data[offset + len(value) :]


def mutate_zip(draft: Draft, rng: random.Random, original: Original) -> str:
    kind = rng.choice(
        ["flip", "flip", "flip in part", "method", "encrypted", "truncate", "drop", "double"]
    )
    name = rng.choice(list(draft.members))
    if kind == "flip":
        count = rng.randint(1, 4)

        def edit(data: bytes) -> bytes:
            for _ in range(count):
                at = rng.randrange(len(data))
                data = patch(data, at, bytes([data[at] ^ (1 << rng.randrange(8))]))
            return data

        draft.byte_edits.append(edit)
    elif kind == "flip in part":

        def edit(data: bytes) -> bytes:
            start = local_header(data, name)
            head = 30 + int.from_bytes(data[start + 26 : start + 28], "little")
            head += int.from_bytes(data[start + 28 : start + 30], "little")
            size = int.from_bytes(data[start + 18 : start + 22], "little")
            at = start + head + rng.randrange(max(size, 1))
            return patch(data, at, bytes([data[at] ^ 0xFF]))

        draft.byte_edits.append(edit)
    elif kind in ("method", "encrypted"):
        method = rng.choice([9, 99, 12, 14, 1, 0])

        def edit(data: bytes) -> bytes:
            local, central = local_header(data, name), central_entry(data, name)
            if kind == "encrypted":
                flags = int.from_bytes(data[local + 6 : local + 8], "little") | 1
                data = patch(data, local + 6, flags.to_bytes(2, "little"))
                return patch(data, central + 8, flags.to_bytes(2, "little"))
            data = patch(data, local + 8, method.to_bytes(2, "little"))
            return patch(data, central + 10, method.to_bytes(2, "little"))

        draft.byte_edits.append(edit)
        kind = f"{kind} {method if kind == 'method' else ''}"
    elif kind == "truncate":
        draft.byte_edits.append(lambda data: data[: rng.randrange(len(data))])
    elif kind == "drop":
        draft.members.pop(name)
    else:
        other = rng.choice(original.areas)
        draft.doubled.append((name, draft.members[other]))
    return f"zip: {kind} {name}"


def make_mutant(original: Original, rng: random.Random) -> Draft:
    draft = Draft(dict(original.members))
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
        layer = rng.choices(["sheet", "meta", "workbook", "zip"], weights=[12, 1, 3, 2])[0]
        try:
            if layer == "sheet":
                part = rng.choice(original.areas)
                draft.members[part], note = mutate_sheet_xml(draft.members[part], rng, original)
                draft.notes.append(f"{part}: {note}")
            elif layer == "meta":
                draft.members[original.meta], note = mutate_meta(draft.members[original.meta], rng)
                draft.notes.append(note)
            elif layer == "workbook":
                draft.notes.append(mutate_workbook(draft, rng, original))
            else:
                draft.notes.append(mutate_zip(draft, rng, original))
        except (KeyError, IndexError, ET.ParseError):  # an earlier mutation broke that part
            continue
    return draft


# -- what a plain openpyxl parse sees ----------------------------------------------------------


Rows = list[tuple[str, int, str, dict[str, tuple[str | None, object]]]]


def option_rows(sheet, framework, title: str = "") -> Rows:
    """(sheet, row, option, {field: (type, value)}) for every option row of an openpyxl sheet,
    text unescaped as Excel shows it."""
    found = []
    for row in sheet.iter_rows(min_row=3, max_col=11):
        option_id = str(row[0].value or "").strip()
        label = str(row[1].value or "").strip()
        if framework.option(option_id) is None or not label.startswith(option_id + " "):
            continue
        values = {}
        for name, cell in zip(ANSWER_FIELDS, row[3:11], strict=True):
            value = cell.value
            if isinstance(value, str) and cell.data_type == "s":
                value = unescape(value)
            values[name] = (cell.data_type if value is not None else None, value)
        found.append((title or sheet.title, row[0].row, option_id, values))
    return found


class PlainParse:
    """What a plain (not read-only) openpyxl parse sees in a mutant. When only sheet parts
    changed, just those are parsed again, with openpyxl's own worksheet reader; otherwise the
    whole workbook is loaded."""

    def __init__(self, original: Original, data: bytes, framework) -> None:
        self.original, self.framework = original, framework
        self.book = self._load(data)
        self.cache = {
            part: option_rows(self.book[name], framework)
            for name, part in original.sheets.items()
            if name != META_SHEET
        }

    @staticmethod
    def _load(data: bytes):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(io.BytesIO(data), data_only=False)

    def rows(self, draft: Draft, data: bytes) -> Rows:
        sheets = set(self.original.sheets.values())
        same_frame = (
            not draft.byte_edits
            and not draft.doubled
            and draft.members.keys() == self.original.members.keys()
            and all(
                draft.members[name] == content
                for name, content in self.original.members.items()
                if name not in sheets
            )
        )
        if not same_frame:
            book = self._load(data)
            return [
                row
                for sheet in book.worksheets
                if sheet.title != META_SHEET
                for row in option_rows(sheet, self.framework)
            ]
        found = []
        for name, part in self.original.sheets.items():
            if name == META_SHEET:
                continue
            if draft.members[part] == self.original.members[part]:
                found += self.cache[part]
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                sheet = Worksheet(self.book)
                source = io.BytesIO(draft.members[part])
                WorksheetReader(sheet, source, [], False, False).bind_cells()
            found += option_rows(sheet, self.framework, name)
        return found


def snapshot(path) -> tuple[list, list]:
    with sqlite3.connect(path) as db:
        return (
            db.execute("SELECT * FROM responses ORDER BY id").fetchall(),
            db.execute("SELECT * FROM change_history ORDER BY id").fetchall(),
        )


def values_of(answers: dict[str, Answer], framework) -> dict[tuple[str, str], object]:
    return {
        (o.id, name): answers.get(o.id, Answer(o.id)).value(name)
        for o in framework.options
        for name in ANSWER_FIELDS
    }


def check_preview(preview, plain: Rows, original_rows: Rows, framework, current) -> list[str]:
    """The silent losses of one accepted mutant (empty when there is none)."""
    problems = []
    rejected = {(sheet, cell) for sheet, cell, _ in preview.rejected}
    changes = {(c.option_id, c.field) for c in preview.changes}
    before = {
        (option, name): v for _, _, option, values in original_rows for name, v in values.items()
    }
    seen = set()
    for sheet, number, option, values in plain:
        seen.add(option)
        if (sheet, "A1") in rejected or (sheet, f"A{number}") in rejected:
            continue
        old = current.get(option, Answer(option))
        for offset, name in enumerate(ANSWER_FIELDS):
            kind, value = values[name]
            where = f"{sheet}!{COLUMNS[offset]}{number}"
            if (kind, value) == before[(option, name)]:
                continue
            if (sheet, where.split("!")[1]) in rejected or any(
                where in reason for _, _, reason in preview.rejected
            ):
                continue
            if kind not in ("s", "n", "d", None):
                problems.append(f"{where}: a cell of type {kind} was not rejected")
                continue
            if isinstance(value, str) and control_character(value):
                problems.append(f"{where}: a control character was not rejected")
                continue
            try:
                parsed = parse_answer(name, value)
            except ValueError:
                problems.append(f"{where} ({value!r:.40}) dropped without a word")
                continue
            if (option, name) in changes:
                if preview.values[option][name] != parsed:
                    problems.append(f"{where}: applies {preview.values[option][name]!r:.40}")
            elif parsed != old.value(name):
                problems.append(f"{where} = {value!r:.40} neither applied nor reported")
    for option in framework.options:
        if option.id not in seen and not any(
            f"option {option.id} " in reason or (sheet == option.area_id and cell == "")
            for sheet, cell, reason in preview.rejected
        ):
            problems.append(f"{option.id} is gone without a word")
    copies: dict[tuple[str, str], list[tuple[str, object]]] = {}
    for sheet, number, option, values in plain:
        if (sheet, "A1") not in rejected and (sheet, f"A{number}") not in rejected:
            for offset, name in enumerate(ANSWER_FIELDS):
                where = f"{sheet}!{COLUMNS[offset]}{number}"
                copies.setdefault((option, name), []).append((where, values[name]))
    for (option, name), found in copies.items():  # one option on several rows that disagree
        if len({repr(_parsed(name, value)) for _, (_, value) in found}) > 1:
            if (option, name) in changes:
                problems.append(f"{option} {name}: copies disagree, yet one was applied")
            if not any(
                w in r or w == f"{sh}!{c}" for w, _ in found for sh, c, r in preview.rejected
            ):
                problems.append(f"{option} {name}: copies disagree without a word")
    for option, name in changes:  # and no change the file does not hold
        found = [values[name] for _, _, o, values in plain if o == option]
        new = preview.values[option][name]
        if not any(_parses_to(name, value, new) for _, value in found):
            problems.append(f"{option} {name} changed to {new!r:.40}, not a value in the file")
    return problems


def _parsed(name: str, value: object) -> object:
    try:
        return parse_answer(name, value)
    except ValueError as exc:
        return exc.args


def _parses_to(name: str, value: object, expected: object) -> bool:
    try:
        return parse_answer(name, value) == expected
    except ValueError:
        return False


def test_hostile_questionnaires(workspace, workspace_path, framework, tmp_path):
    started, cpu = time.perf_counter(), time.process_time()
    round_id = fill_demo(workspace, framework)
    service = AssessmentService(workspace, framework)
    exported = tmp_path / "questionnaire.xlsx"
    run(export_questionnaire(collect_summary(workspace, framework, round_id), exported))
    original = parts_of(exported.read_bytes())
    parse = PlainParse(original, exported.read_bytes(), framework)
    original_rows = parse.rows(Draft(original.members), b"")
    rng = random.Random(SEED)
    path = tmp_path / "mutant.xlsx"
    outcome: Counter[str] = Counter()
    failures: list[str] = []
    current = service.answers(round_id)  # only apply_questionnaire changes it, and is undone
    for number in range(MUTANTS):
        draft = make_mutant(original, rng)
        data = draft.pack()
        path.write_bytes(data)
        label = f"mutant {number}: {'; '.join(draft.notes)}"
        before = snapshot(workspace_path)
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                preview = preview_questionnaire(workspace, framework, path, round_id)
        except ServiceError as exc:
            outcome["refused"] += 1
            assert "Traceback" not in str(exc) and "\n" not in str(exc), label
            assert snapshot(workspace_path) == before, label
            continue
        except Exception as exc:
            failures.append(f"{label}: {type(exc).__name__}: {exc}"[:400])
            continue
        finally:
            failures += [f"{label}: warning {w.message}"[:300] for w in caught]
        assert snapshot(workspace_path) == before, label
        try:
            plain = parse.rows(draft, data)
            problems = check_preview(preview, plain, original_rows, framework, current)
        except Exception as exc:
            outcome["not comparable"] += 1
            problems = []
            print(f"{label}: plain parse failed ({type(exc).__name__})")
        failures += [f"{label}: {p}" for p in problems]
        if preview.rejected:
            outcome["reported"] += 1
        if not preview.changes:
            outcome["no change" if not preview.rejected else "reported only"] += 1
            continue
        try:
            count = apply_questionnaire(workspace, framework, preview, author="mutant")
        except ServiceError:
            outcome["apply refused"] += 1
            assert snapshot(workspace_path) == before, label
            continue
        outcome["applied"] += 1
        assert count == len(preview.changes), label
        after = service.answers(round_id)
        for option, values in preview.values.items():
            for name, value in values.items():
                assert after[option].value(name) == value, f"{label}: {option} {name}"
        service.save_answers(
            round_id,
            {
                o: {n: current.get(o, Answer(o)).value(n) for n in values}
                for o, values in preview.values.items()
            },
            author="restore",
        )
        restored = values_of(service.answers(round_id), framework)
        assert restored == values_of(current, framework), label
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"{MUTANTS} mutants in {elapsed:.1f} s ({cpu:.1f} s CPU): {dict(outcome)}")
    assert not failures, f"{len(failures)} problems; the first:\n" + "\n".join(failures[:30])
    assert outcome["refused"] > MUTANTS // 10 and outcome["applied"] > MUTANTS // 10
    assert outcome["not comparable"] <= MUTANTS // 50
