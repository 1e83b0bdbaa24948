"""A synthetic archive of N reports for the scale bench, built deterministically from the dev and held-out texts.

Usage: python bench/make_archive.py N [--out DIR] [--seed S]

Writes DIR/reports/ (the reports: YAML-front-matter text, some HTML pages, some JSONL files of several reports)
and DIR/truth.jsonl (one line per report: its file, locator, report_id, published day, outlet, base text and the
claims of the base text's gold that it still holds, with their figures, places and dates carried over).

Variety: each base text becomes many events (its places swapped for gazetteer places of the same kind in the same
country, its dates moved by whole weeks over 2012-2026 so weekday names stay true, its digit figures scaled by one
factor); each event is told by 1-6 reports from different outlets over a few days, cut short (down to ~300 B) or
lengthened with background paragraphs of other texts (up to ~20 KB). The background paragraphs carry no gold.
Every choice comes from one seeded random generator, so the same N, seed and texts give the same bytes.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.gazetteer import GAZETTEER_PATH, find_places  # noqa: E402
from claims.model import report_id_for  # noqa: E402

CORPORA = [ROOT.parent / "shared" / "corpus" / "dev", *sorted((ROOT / "tests" / "claims").glob("heldout*"))]
FIRST, LAST = date(2012, 1, 1), date(2026, 11, 30)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# full names, and the 3-letter abbreviations with or without a dot ("Feb. 17"; "Sept." too)
_M = "|".join([*MONTHS, *(rf"{m[:3]}\.?" for m in MONTHS), r"Sept\."])
# one pass over the text: dates first (moved), then digit figures (scaled); years and clock times are left alone
TOKEN = re.compile(
    rf"(?P<iso>\b(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)\b)"
    rf"|(?P<dmy>\b(?P<dd>\d{{1,2}}) (?P<dm>{_M})(?: (?P<dy>(?:19|20)\d\d))?\b)"
    rf"|(?P<mdy>\b(?P<mm>{_M}) (?P<md>\d{{1,2}})(?:, (?P<my>(?:19|20)\d\d))?\b)"
    r"|(?P<num>(?<![\d:.,/-])\d{1,3}(?:,\d{3})+(?![\d,]*\.\d)(?![\d:])|(?<![\d:.,/-])\d+(?![\d:.,/]\d))")
FRONT = re.compile(r"\A---\n.*?\n---\n", re.S)
KINDS = ("facility", "city", "region")
OUTLET_WORDS = ("Times", "Post", "Herald", "Tribune", "Observer", "Daily", "Monitor", "Courier", "Star", "Voice")


def month(name: str) -> int:
    return [m[:3] for m in MONTHS].index(name[:3]) + 1


def load_bases() -> list[dict]:
    """Every text with its gold (published day, outlet, claims), front matter removed."""
    bases = []
    for corpus in CORPORA:
        gold = corpus / "gold.jsonl"
        if not gold.exists():
            continue
        for line in gold.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            path = corpus / g["file"]
            if not path.exists():
                continue
            text = FRONT.sub("", path.read_text(encoding="utf-8")).strip()
            places = [(name, kind, text[s:e]) for name, kind, s, e in find_places(text) if kind in KINDS]
            bases.append({"id": g["doc_id"], "text": text, "published": g.get("published"),
                          "outlet": g.get("outlet"), "claims": g.get("claims", []), "places": places})
    return bases


class Places:
    """The gazetteer's places by (country, kind), each with its region, to swap one place for another alike."""

    def __init__(self):
        spec = yaml.load(GAZETTEER_PATH.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        self.info = spec["places"]
        self.by: dict[tuple, list[str]] = {}
        for name, p in sorted(self.info.items()):
            self.by.setdefault((p.get("country"), p["kind"]), []).append(name)
        self.outlets = sorted({*spec.get("wire_names", {}), *spec.get("sources", {})})
        cities = [n for n, p in sorted(self.info.items()) if p["kind"] == "city" and n.isascii()]
        self.outlets += [f"{c} {w}" for c in cities for w in OUTLET_WORDS[:3]]

    def swap_map(self, base: dict, rng: random.Random) -> dict[str, str]:
        """Surface form -> new name: each city (facility) another city (facility) of its country, and the region
        a swapped city lies in becomes the new city's region."""
        out: dict[str, str] = {}
        chosen: dict[str, str] = {}
        for name, kind, _ in base["places"]:
            if name in chosen or kind == "region":
                continue
            p = self.info.get(name, {})
            pool = self.by.get((p.get("country"), kind), [])
            chosen[name] = rng.choice(pool) if pool and rng.random() < 0.85 else name
            old_in, new_in = p.get("within"), self.info.get(chosen[name], {}).get("within")
            if old_in and new_in and self.info.get(old_in, {}).get("kind") == "region":
                chosen.setdefault(old_in, new_in)
        for name, kind, _ in base["places"]:
            if name not in chosen and kind == "region":
                pool = self.by.get((self.info.get(name, {}).get("country"), "region"), [])
                chosen[name] = rng.choice(pool) if pool and rng.random() < 0.5 else name
        for name, _, surface in base["places"]:
            new = chosen.get(name, name)
            if new != name:
                out[surface] = new.upper() if surface.isupper() else new
        return out


@functools.cache
def place_pattern(surfaces: tuple[str, ...]) -> re.Pattern:
    """One regex per base text's place names (compiling one per variant was a third of the time)."""
    return re.compile("|".join(r"\b" + re.escape(s) + r"\b" for s in sorted(surfaces, key=len, reverse=True)))


class Variant:
    """One event's rewrite of a base text: places swapped, dates moved by `shift`, digit figures times `factor`."""

    def __init__(self, base: dict, swaps: dict[str, str], shift: timedelta, factor: float):
        self.swaps, self.shift, self.factor = swaps, shift, factor
        self.year = int(base["published"][:4]) if base["published"] else 2022
        self.places = place_pattern(tuple(sorted({p[2] for p in base["places"]}))) if swaps else None

    def scale(self, v: int) -> int:
        return max(1, round(v * self.factor)) if v > 1 else v

    def _moved(self, y: int, m: int, d: int) -> date | None:
        try:
            return date(y, m, d) + self.shift
        except ValueError:
            return None

    def _token(self, m: re.Match) -> str:
        if m["iso"]:
            new = self._moved(int(m["iy"]), int(m["im"]), int(m["id"]))
            return new.isoformat() if new else m[0]
        if m["dmy"]:
            new = self._moved(int(m["dy"] or self.year), month(m["dm"]), int(m["dd"]))
            return f"{new.day} {MONTHS[new.month - 1]}" + (f" {new.year}" if m["dy"] else "") if new else m[0]
        if m["mdy"]:
            new = self._moved(int(m["my"] or self.year), month(m["mm"]), int(m["md"]))
            return f"{MONTHS[new.month - 1]} {new.day}" + (f", {new.year}" if m["my"] else "") if new else m[0]
        raw = m["num"]
        v = int(raw.replace(",", ""))
        if len(raw) == 4 and 1900 <= v <= 2100:
            return raw  # a year
        new = self.scale(v)
        return f"{new:,}" if "," in raw else str(new)

    def __call__(self, text: str) -> str:
        if self.places is not None:
            text = self.places.sub(lambda m: self.swaps.get(m[0], m[0]), text)
        return TOKEN.sub(self._token, text)

    def claim(self, c: dict) -> dict:
        """A gold claim as it reads in the rewritten text."""
        out = dict(c)
        out["sentence"] = self(c["sentence"])
        number_text = c.get("number_text") or ""
        if re.search(r"\d", number_text) and self(number_text) != number_text:
            out["number_text"] = self(number_text)
            for k in ("value_low", "value_high"):
                if isinstance(c.get(k), int):
                    out[k] = self.scale(c[k])
        if c.get("as_of"):
            out["as_of"] = (date.fromisoformat(c["as_of"]) + self.shift).isoformat()
        return out


def target_length(rng: random.Random, base_len: int) -> int:
    """Most reports keep their length; a fifth are cut short, a tenth grow (live blogs, long reads) to 20 KB."""
    r = rng.random()
    if r < 0.2:
        return int(rng.uniform(300, max(301, base_len)))
    if r < 0.3:
        return int(base_len * (20_000 / base_len) ** rng.random())
    return base_len


def shaped(paragraphs: list[str], filler: list[str], target: int, rng: random.Random) -> str:
    """The paragraphs cut at a paragraph end near `target` bytes (at least ~300 B), or with background added."""
    out, size = [], 0
    for p in paragraphs:
        if size >= target and size >= 300:
            break
        out.append(p)
        size += len(p.encode()) + 2
    while size < target:
        p = rng.choice(filler)
        out.append(p)
        size += len(p.encode()) + 2
    return "\n\n".join(out)


def html_page(title: str, published: str | None, outlet: str, url: str, body: str) -> str:
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paras = "".join(f"<p>{esc(p)}</p>\n" for p in body.split("\n\n")[1:])
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{esc(title)}</title>{meta}'
            f'<meta property="og:site_name" content="{esc(outlet)}"><link rel="canonical" href="{url}"></head>\n'
            f"<body><article><h1>{esc(title)}</h1>\n{paras}</article></body></html>\n")


def make(n: int, out: Path, seed: int = 15) -> dict:
    rng = random.Random(seed)
    bases = load_bases()
    places = Places()
    filler = sorted({p for b in bases for p in b["text"].split("\n\n")[1:]
                     if len(p) > 80 and not re.search(r"\d", p)})
    reports_dir = out / "reports"
    reports_dir.mkdir(parents=True, exist_ok=True)
    weeks = (LAST - FIRST).days // 7
    written, files = 0, 0
    pending_jsonl: list[tuple[str, dict]] = []
    with open(out / "truth.jsonl", "w", encoding="utf-8") as truth:
        def emit(path: Path, locator: str, raw: bytes, meta: dict, claims: list[dict]) -> None:
            truth.write(json.dumps({"file": str(path.relative_to(out)), "locator": locator,
                                    "report_id": report_id_for(raw), **meta, "claims": claims},
                                   ensure_ascii=False) + "\n")

        def flush_jsonl() -> None:
            nonlocal files
            if not pending_jsonl:
                return
            path = reports_dir / f"feed-{files:06d}.jsonl"
            lines = [json.dumps(obj, ensure_ascii=False) for obj, _ in pending_jsonl]
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            for i, (line, (_, (meta, claims))) in enumerate(zip(lines, pending_jsonl, strict=True), start=1):
                emit(path, f"#{i}", line.encode(), meta, claims)
            files += 1
            pending_jsonl.clear()

        while written < n:
            base = rng.choice(bases)
            day0 = date.fromisoformat(base["published"]) if base["published"] else None
            ref = day0 or date(2022, 6, 1)
            shift = timedelta(weeks=rng.randrange(weeks) - (ref - FIRST).days // 7)  # whole weeks: weekdays stay true
            variant = Variant(base, places.swap_map(base, rng), shift, rng.choice((0.5, 0.75, 1, 1, 1.5, 2, 3)))
            paragraphs = variant(base["text"]).split("\n\n")
            gold = [variant.claim(c) for c in base["claims"]]
            for _ in range(min(n - written, rng.choice((1, 1, 2, 2, 3, 4, 6)))):
                outlet = rng.choice(places.outlets)
                published = (day0 + shift + timedelta(days=rng.randrange(4))).isoformat() if day0 else None
                body = shaped(paragraphs, filler, target_length(rng, len(base["text"].encode())), rng)
                title = paragraphs[0].splitlines()[0][:120]
                url = f"https://news.example/{written:07d}"
                meta = {"published": published, "outlet": outlet, "base": base["id"]}
                claims = [c for c in gold if c["sentence"] in body]
                shard = reports_dir / (published[:7] if published else "undated")
                form = rng.random()
                if form < 0.05:
                    pending_jsonl.append(({"title": title, "published": published, "outlet": outlet, "url": url,
                                           "text": body}, (meta, claims)))
                    if len(pending_jsonl) >= rng.randrange(5, 30):
                        flush_jsonl()
                else:
                    shard.mkdir(exist_ok=True)
                    if form < 0.12:
                        path = shard / f"r{written:07d}.html"
                        raw = html_page(title, published, outlet, url, body).encode()
                    else:
                        path = shard / f"r{written:07d}.txt"
                        # JSON strings are YAML scalars: no yaml.safe_dump per report (it was most of the time)
                        front = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in
                                        (("title", title), ("outlet", outlet), ("url", url), ("published", published))
                                        if v)
                        raw = ("---\n" + front + "---\n" + body + "\n").encode()
                    path.write_bytes(raw)
                    emit(path, "", raw, meta, claims)
                    files += 1
                written += 1
        flush_jsonl()
    return {"reports": written, "files": files}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--out", type=Path, default=None, help="default: bench/archive-N (not committed)")
    ap.add_argument("--seed", type=int, default=15)
    a = ap.parse_args(argv)
    out = a.out or ROOT / "bench" / f"archive-{a.n}"
    if (out / "reports").exists() and any((out / "reports").iterdir()):
        print(f"{out}/reports is not empty: pick another --out", file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    got = make(a.n, out, a.seed)
    size = sum(p.stat().st_size for p in (out / "reports").rglob("*") if p.is_file())
    print(f"{got['reports']:,} reports in {got['files']:,} files, {size / 1e6:.1f} MB, under {out}/reports "
          f"(truth: {out}/truth.jsonl) in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
