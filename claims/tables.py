"""Stage 2: text tables ("Killed | Injured" pipe rows, or columns aligned with spaces under a header naming people).

A table row's figures replace the sentence reading of the row; a "Total" row is the total its rows are parts of.
"""

from __future__ import annotations

import re

from . import lexicon as L
from .context import Report, _rx
from .handoff import Cand, Flow, Table
from .numbers import FIGURE_RE, parse_figure

_OUTCOME_COL = re.compile(r"\W*(?:people\s+|persons\s+)?(?:killed|dead|deaths|fatalities|injured|wounded|injuries|missing|"
                          r"abducted|kidnapped|displaced|idps|arrested|detained|released|freed)\W*", re.I)
_PEOPLE_COL = re.compile(r"\b(?:individuals|people|persons|killed|dead|injured|displaced|idps|number)\b", re.I)
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of a space-aligned row: words apart by single spaces


def _table_cells(line: str, spaced_ok: bool) -> tuple[list[str], list[int], bool] | None:
    """(cells, their offsets in line, whether spaced) for a table row: cells between pipes, or columns aligned with
    two or more spaces or tabs (three cells at least, two when continuing such a table); None for other lines."""
    if line.count("|") >= 2:
        offsets = [0] + [i + 1 for i, ch in enumerate(line) if ch == "|"]
        return [x.strip() for x in line.split("|")], offsets, False
    if "  " in line or "\t" in line:
        runs = list(_SPACED_CELL.finditer(line))
        if len(runs) >= 3 or (spaced_ok and len(runs) == 2):
            return [m.group() for m in runs], [m.start() for m in runs], True
    return None


_ROW_LABEL = re.compile(r"^(?:people\s+|persons\s+|total\s+)?(?:deaths?|dead|killed|fatalities|injured|injuries|wounded|missing|"
                        r"abducted|kidnapped|displaced|idps|arrested|detained|released|freed|rescued|escaped|hostages)"
                        r"(?:\s*\([^)]*\))?$", re.I)


def read_table(r: Report, ui: int, cands: list[Cand], fl: Flow) -> list[Cand]:
    """A row of a text table ("a | b | c", or columns aligned with spaces): its figures instead of the sentence's."""
    u = r.units[ui]
    units = r.units
    nt = r.ntext
    utext = nt[u.start:u.end]
    table = fl.table
    continuing = table is not None and table.line == fl.prev_unit_line
    grid = _table_cells(utext, continuing and table.spaced)
    if grid is not None and continuing and grid[2] != table.spaced:
        continuing = False  # a pipe row after a spaced table (or the reverse) starts another table
    if grid is not None and grid[2] and not continuing and not _spaced_header(r, ui, grid[0]):
        grid = None  # columns aligned with spaces start a table only under a header row naming a people column
    if grid is not None:
        cells, cell_offsets, spaced = grid
        if not continuing:
            hdr_out = None
            k = ui - 1
            while k >= 0 and k >= ui - 3:
                if units[k].para != u.para and units[k].end - units[k].start > 80:
                    break  # a caption or heading names the table's outcome, a sentence of an earlier paragraph does not
                om = L.OUTCOME_NOUN_RE.search(nt[units[k].start:units[k].end])
                if om:
                    hdr_out = om.lastgroup
                    break
                k -= 1
            col = None
            for j, cell in enumerate(cells):
                if _PEOPLE_COL.search(cell):
                    col = j
                    break
            table = fl.table = Table(
                line=u.line, col=col, outcome=hdr_out, spaced=spaced,
                generic_col=col is None or _rx.fullmatch(r"\W*(?:number|no\.?|count|total)\W*", cells[col], re.I) is not None,
                # columns named by an outcome ("Killed | Injured"): one claim per such cell of a row
                ocols=[(j, L.OUTCOME_NOUN_RE.search(x).lastgroup) for j, x in enumerate(cells) if _OUTCOME_COL.fullmatch(x)])
            if len(table.ocols) < 2:
                table.ocols = []  # one figure column: the caption or the column names the outcome, as before
            cands = []
        else:
            table.line = u.line
            cands = []
            col = table.col
            label = next((x for x in cells if x), "")
            row_out = L.OUTCOME_NOUN_RE.search(label) if _ROW_LABEL.match(label) else None
            # a row about things ("Houses destroyed") under a generic "Number" column; a column that names
            # people ("People", "IDPs") counts people whatever the row is ("Goma western sites")
            things = table.generic_col and any(w in L.NONPERSON_NOUNS for w in label.lower().split())
            for j, out in table.ocols:
                if j >= len(cells) or not cells[j]:
                    continue
                end = u.start + (cell_offsets[j + 1] if j + 1 < len(cell_offsets) else len(utext))
                mm = FIGURE_RE.search(nt, u.start + cell_offsets[j], end)
                f = parse_figure(mm) if mm else None
                if f is None:
                    continue
                c = Cand(f, ui, (f.start, f.end), outcome=out, how="table")
                c.party = "civilians" if out == "displaced" else "all"
                c.party_text = label
                if _rx.match(r"total\b", label, re.I):
                    for row in table.parts.get(out, []):
                        row.part_of = c
                else:
                    table.parts.setdefault(out, []).append(c)
                cands.append(c)
            if not table.ocols and col is not None and col < len(cells) and table.outcome and not row_out \
                    and not things:
                mm = FIGURE_RE.search(nt, u.start + cell_offsets[col], u.end)
                f = parse_figure(mm) if mm else None
                if f is not None:
                    c = Cand(f, ui, (f.start, f.end), outcome=table.outcome, how="table")
                    c.party = "civilians" if table.outcome == "displaced" else "all"
                    c.party_text = cells[0]
                    if _rx.match(r"total\b", cells[0], re.I):
                        table.total = c
                        for row in table.rows:
                            row.part_of = c
                    else:
                        table.rows.append(c)
                    cands = [c]
            if not cands and row_out:
                om = L.OUTCOME_NOUN_RE.search(label)
                after_label = nt.find(label, u.start, u.end) + len(label)
                mm = FIGURE_RE.search(nt, after_label, u.end)
                f = parse_figure(mm) if (mm and om) else None
                if f is not None:
                    c = Cand(f, ui, (f.start, f.end), outcome=om.lastgroup, how="table")
                    c.party = "civilians" if om.lastgroup == "displaced" else "all"
                    c.party_text = label
                    cands = [c]
        fl.prev_unit_line = u.line
    else:
        fl.prev_unit_line = u.line
    return cands


def _spaced_header(r: Report, ui: int, cells: list[str]) -> bool:
    """A header row of a space-aligned text table: word cells, one naming people, and a next line with as many cells."""
    if any(ch.isdigit() for cell in cells for ch in cell) or not any(_PEOPLE_COL.search(x) for x in cells):
        return False
    if ui + 1 >= len(r.units) or r.units[ui + 1].line != r.units[ui].line + 1:
        return False
    nxt = r.units[ui + 1]
    row = _table_cells(r.ntext[nxt.start:nxt.end], True)
    return row is not None and len(row[0]) == len(cells)
