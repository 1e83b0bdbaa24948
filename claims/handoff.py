"""The typed hand-off between the extraction stages (claims/extractor.py `run`).

Cand is one figure and what each stage learns about it: the figure stage (claims/figures.py) fills the noun phrase,
outcome and the hints the later stages read (named fields, never a free dict); the parts, speakers, asof and party
stages fill part_of, source, as_of and party. Table and Flow carry what one unit hands the next.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .numbers import Figure


@dataclass(slots=True)
class Cand:
    fig: Figure
    u: int
    span: tuple[int, int]
    head: str | None = None
    ofref: str | None = None
    np_end: int = 0
    ext_end: int = 0
    outcome: str | None = None
    how: str = ""
    party: str | None = None
    role: str | None = None
    party_text: str = ""
    part_of: Cand | None = None
    is_from: bool = False
    among: str | None = None  # outcome of an "among the dead were" / "the dead included" lead
    other: bool = False
    state: bool = False
    np_actor: str | None = None
    nationality: str | None = None
    cue_end: int = 0
    source: str | None = None
    as_of: dt.date | None = None
    background: bool = False
    # set by the figure stage for the stages after it
    head_mod: str | None = None  # the word before the head noun ("prison" staff): party's role of guards
    bodies_of: str | None = None  # the people noun of "bodies of N soldiers": party
    pred_noun: str | None = None  # the people noun of "seven were women" after a bare figure: party
    mixed: bool = False  # "N soldiers and civilians": nouns of two party categories, so party "all"
    first_person: bool = False  # "we lost four men": the speaker's own side (party)
    toll_what: str = ""  # the words before a "toll" cue ("the civilian death toll"): party
    with_wounds: bool = False  # "... wounded with machetes": a part of a killed total was killed (parts)
    of_total: bool = False  # "two of the four": a part of a total counted before, whose value is of_n (parts)
    of_n: int | None = None
    outcome_from: str | None = None  # "unit": the figure before in the sentence gives the outcome, "previous": the
    #                                    claim before ("18 of them were children") (parts)
    second_outcome: str | None = None  # "none were killed or wounded": a zero for a second outcome too (claims)
    # set by the parts stage
    list_of: Cand | None = None  # the total whose list this coordinated figure goes on
    lead_part: bool = False  # a breakdown line under a lead ("The dead were:"): its source is the total's


# ------------------------------------------------------------------ main
@dataclass(slots=True)
class Table:
    """A text table being read, row by row."""

    line: int  # line of the last row read
    col: int | None  # the column that counts people
    outcome: str | None  # the outcome its caption or heading names
    spaced: bool  # columns aligned with spaces (not pipes)
    generic_col: bool  # the people column is a bare "Number" / "Total"
    ocols: list  # (column, outcome) of columns named by an outcome ("Killed | Injured")
    rows: list = field(default_factory=list)
    total: Cand | None = None
    parts: dict = field(default_factory=dict)  # outcome -> row claims of an outcome column, before its total row


@dataclass(slots=True)
class Flow:
    """What the reading of one unit hands to the next ones (the report is read in order, once)."""

    found: list[Cand] = field(default_factory=list)  # claims of the units read so far
    last_src: tuple = (None, None)  # (source, statement date) last named: a quotation that goes on speaks for it
    lead_src: str | None = None  # the source a lead line names ("... gave the following figures:"), for its bullets
    live_src: tuple | None = None  # the source of a live-blog entry, for the entry's later lines
    lead_parts_outcome: str | None = None  # outcome of a breakdown lead ("The dead were:"), for the lines under it
    lead_total_unit: int = -1  # the unit of that lead
    table: Table | None = None
    prev_unit_line: int = -1
