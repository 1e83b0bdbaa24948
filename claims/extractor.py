"""Rule-based extraction of casualty claims (shared/spec/claims.md) from one report.

`run` below is the stage order; each stage is a module (find a phrasing rule by the stage it belongs to):
  claims/context.py   the report before any figure: units, dates, gazetteer mentions, document context (Report, Doc)
  claims/figures.py   candidate figures: non-claim filters, noun phrase, outcome cue, relation words, actors in the phrase
  claims/tables.py    text tables: a row's figures instead of the sentence reading
  claims/parts.py     outcomes by coordination, parts of totals within a unit and across units
  claims/speakers.py  who gives each figure (reporting cues and their subjects) and the statement date
  claims/asof.py      background figures and as_of
  claims/party.py     party and role, after parts are known
  claims/handoff.py   the typed hand-off between them (Cand, Table, Flow)
Word lists are data: claims/words.yaml, claims/senses.yaml, claims/gazetteer.yaml (read by lexicon.py, senses.py,
gazetteer.py). Everything is local to a unit or uses precomputed document context, so time grows linearly with the
text.
"""

from __future__ import annotations

import datetime as dt
import gc

from . import language as _lang
from .asof import note_anchor, recaps_by_size
from .context import Report
from .figures import candidates
from .handoff import Cand, Flow
from .model import Claim, report_id_for
from .parts import (
    outcomes_by_coordination,
    parts_across_units,
    parts_after_total,
    parts_before_total,
    parts_by_place,
    parts_by_sum,
    parts_fit_totals,
    parts_of_separate_incidents,
    parts_within_unit,
    with_outcome,
)
from .party import assign_parties
from .speakers import attribute, lead_part_sources, short_names
from .tables import read_table

STRICT = False  # tests set this to surface rule bugs instead of returning no claims


def run(r: Report) -> list[Cand]:
    """The stages, in the order they read each unit (sentence, line or table row) of the report."""
    fl = Flow()
    for ui, u in enumerate(r.units):
        if u.signature:
            fl.last_src = (None, None)
            continue
        dates = r.unit_dates(ui)
        cands = candidates(r, ui)  # figures, their noun phrase and outcome cue (figures)
        cands = read_table(r, ui, cands, fl)  # a table row's figures instead (tables)
        note_anchor(r, dates)  # (asof)
        outcomes_by_coordination(r, cands)  # (parts)
        parts_within_unit(r, ui, cands, fl)  # (parts)
        cands = with_outcome(cands)
        attribute(r, ui, cands, dates, fl)  # sources and dates (speakers, asof)
        fl.found.extend(cands)
    found = fl.found
    recaps_by_size(r, found)  # (asof: a conflict's toll far above the opening's is background)
    parts_across_units(r, found)  # (parts)
    parts_by_sum(r, found)  # (parts)
    parts_of_separate_incidents(r, found)  # (parts)
    parts_after_total(r, found)  # (parts)
    parts_before_total(r, found)  # (parts: a bulletin's total under its parts)
    parts_by_place(r, found)  # (parts: a toll told place by place)
    lead_part_sources(found)  # (speakers)
    short_names(r, found)  # (speakers: one spelling per body in a report)
    assign_parties(r, found)  # (party)
    parts_fit_totals(found)  # (parts: after the party, which "30 of them" still takes from the group named before)
    return found


def extract(text: str, published: str | dt.date | None = None, report_id: str | None = None,
            language: str | None = None) -> list[Claim]:
    """All casualty claims of one report, in text order. Never raises on a str.

    The rules read English: `language` is the report's (detected here when not given); passages in a language they
    do not read are blanked first (same offsets), and a report with no English passage yields nothing."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        foreign = _lang.foreign_spans(text, language or _lang.detect(text))
    except Exception:  # pragma: no cover - a detector bug must not take the pipeline down: read it all
        if STRICT:
            raise
        foreign = []
    work = _lang.mask(text, foreign) if foreign else text
    if foreign and not work.strip():
        return []
    try:
        rid = report_id or report_id_for(text.encode("utf-8", "surrogatepass"))
    except Exception:  # pragma: no cover - exotic surrogates
        rid = report_id or report_id_for(text.encode("utf-8", "replace"))
    # The cyclic GC rescans every live object as a big report allocates, which makes time grow faster than
    # the text; nothing here builds reference cycles, so it is paused for the call.
    # The claims are built while it is still paused, and the working objects are dropped (by reference counting)
    # before it resumes: otherwise the first allocations after gc.enable() make it traverse all of them.
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        try:
            ex = Report(work, published)
            cands = run(ex)
        except Exception:  # a rule bug must not take the pipeline down; the report yields no claims
            if STRICT:
                raise
            return []
        units = ex.units
        del ex  # the report's scans and context (~half the working set of a report dense with figures): only
        # the units' bounds are read from here on, so the claims are built in the memory they held
        claims = _claims(text, rid, units, cands)
        del cands
        return claims
    finally:
        if gc_was_on:
            gc.enable()


def _claims(text: str, rid: str, units: list, cands: list[Cand]) -> list[Claim]:
    claims: list[Claim] = []
    index: dict[int, int] = {}
    out: list[tuple[Cand, str]] = []
    for c in cands:
        out.append((c, c.outcome))
        if c.fig.is_zero and c.second_outcome:
            out.append((c, c.second_outcome))
    for k, (c, _outcome) in enumerate(out):
        index.setdefault(id(c), k)
    for k, (c, outcome) in enumerate(out):
        u = units[c.u]
        po = index.get(id(c.part_of)) if c.part_of is not None and c.part_of.outcome == outcome else None
        f = c.fig
        claims.append(Claim(
            report_id=rid, claim_index=k, sentence=text[u.start:u.end], span=(c.span[0], c.span[1]),
            outcome=outcome, party=c.party or "all", party_text=c.party_text or text[c.span[0]:c.span[1]],
            role=c.role, value_low=f.low, value_high=f.high, qualifier=f.qualifier, attributed_to=c.source,
            as_of=c.as_of.isoformat() if c.as_of else None, part_of=po,
            extra={"background": c.background, "cue": c.how, "earlier": c.is_from, "state": c.state,
                   "revised_down": c.revised_down},
        ))
    return claims
