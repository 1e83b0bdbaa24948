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
    """One figure on its way to a claim; each field says which stage sets it."""

    fig: Figure  # the number, its bounds and qualifier (claims/numbers.py)
    u: int  # index of its unit in Report.units
    span: tuple[int, int]  # the figure and its noun phrase in the text
    # figures
    head: str | None = None  # the people noun ("soldiers"), None for a bare figure
    ofref: str | None = None  # "them"/"whom"/"the"/"their"... of "N of them", "N of the"
    np_end: int = 0  # end of the noun phrase
    ext_end: int = 0  # end of the phrase with its "of the X" extension
    outcome: str | None = None  # killed, wounded, ... (parts may fill it from a neighbour)
    how: str = ""  # which cue gave the outcome (pre, follow, noun, scan, coord, table, ...)
    party: str | None = None  # (party; tables set it for rows)
    role: str | None = None  # (party)
    party_text: str = ""  # the words the party is read from
    part_of: Cand | None = None  # the total this figure is a part of (parts, tables)
    is_from: bool = False  # "up from 22": an earlier figure
    revised_down: bool = False  # "revised down the toll to 84": a correction of every higher figure given before
    among: str | None = None  # outcome of an "among the dead were" / "the dead included" lead
    among_after: str | None = None  # outcome of a trailing "were (also) among the dead": a part of an earlier total
    other: bool = False  # "the other three"
    state: bool = False  # a state ("remain missing", "still held"), dated at the report's date
    np_actor: str | None = None  # an actor named in the noun phrase ("15 Islamic State fighters")
    actor_head: bool = False  # the head noun begins the actor's name ("6 Volunteers for the Defence of the Homeland")
    nationality: str | None = None  # a country or demonym in the noun phrase
    cue_end: int = 0  # end of the outcome cue after the figure
    source: str | None = None  # who gives it (speakers)
    as_of: dt.date | None = None  # (asof)
    background: bool = False  # another or a wider event (asof)
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
    of_span: tuple[int, int] | None = None  # where "the four" of "two of the four" is written (figures)
    implied: bool = False  # that "the four" itself, read as the total its part restates (figures)
    restates: Cand | None = None  # the total counted before that "the four" states again (parts), for its party
    outcome_from: str | None = None  # "unit": the figure before in the sentence gives the outcome, "previous": the
    #                                    claim before ("18 of them were children") (parts)
    second_outcome: str | None = None  # "none were killed or wounded": a zero for a second outcome too (claims)
    # set by the parts stage
    list_of: Cand | None = None  # the total whose list this coordinated figure goes on
    lead_part: bool = False  # a breakdown line under a lead ("The dead were:"): its source is the total's
    sum_total: bool = False  # "..., 71 in all": the total of the figures before it (party: theirs if they share one)
    toll_aside: bool = False  # "the death toll, including 18 children, stood at 51": a part of the toll stated after it


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
    src_unit: int = -1  # the unit that named it
    lead_src: str | None = None  # the source a lead line names ("... gave the following figures:"), for its bullets
    live_src: tuple | None = None  # the source of a live-blog entry, for the entry's later lines
    lead_parts_outcome: str | None = None  # outcome of a breakdown lead ("The dead were:"), for the lines under it
    lead_total_unit: int = -1  # the unit of that lead
    table: Table | None = None
    prev_unit_line: int = -1
    quote_open: bool = False  # a quotation opened in an earlier sentence of this paragraph is still open
    said_para: tuple | None = None  # (source, date, paragraph) a speaker's lead ending in a colon introduced ("X said:")
