"""Build tests/claims/heldout5/{texts/h5NN.txt, gold.jsonl} from the hand-written reports in docs5.py.

Each claim is given as (number_text, outcome, party, attributed_to, as_of, part_of[, opts]).
number_text is searched forward from the previous claim, the sentence is found with the dev corpus
splitting rules, bounds come from the qualifier cue in number_text. as_of: 'P' = published date,
'Mon'..'Sun' = most recent such weekday on or before the published date, a date string, or None.
part_of: an int index or a label given in opts['L']. opts: role, ok (party_ok), bg, L, q.
"""
import datetime, importlib.util, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("cg", "/work/shared/corpus/dev/check_gold.py")
cg = importlib.util.module_from_spec(spec); spec.loader.exec_module(cg)
from docs5 import DOCS

ABBR = ("U.S.", "U.N.", "Nov.", "Sept.", "Col.", "No.", "a.m.", "p.m.", "Dec.", "Jan.", "Feb.", "Aug.", "Oct.", "Gen.", "Lt.", "Mr.", "Dr.")
def sentences(text):
    out = []
    pos = 0
    for line in text.split("\n"):
        start = 0
        for m in re.finditer(r'[.!?]["\u201d\u2019)]*(?=\s+["\u201c\u2018A-Z0-9])', line):
            end = m.end()
            if any(line[:end].endswith(a) for a in ABBR) or line[:end].endswith(".."):
                continue
            out.append((pos + start, line[start:end])); 
            start = end
            while start < len(line) and line[start].isspace(): start += 1
        if line[start:].strip():
            out.append((pos + start, line[start:]))
        pos += len(line) + 1
    return out

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
def resolve(as_of, pub):
    if as_of is None: return None
    if as_of == "P": return pub
    if as_of in WD:
        d = datetime.date.fromisoformat(pub)
        while d.weekday() != WD.index(as_of): d -= datetime.timedelta(days=1)
        return d.isoformat()
    return as_of

def qualify(nt):
    t = nt.lower()
    if re.search(r"\bbetween\b|\d\s*(-|to|–)\s*\d", t): return "range"
    for q, pats in cg.CUES.items():
        if any(re.search(p, nt, re.I) for p in pats): return q
    if cg.vague_word(nt): return "vague"
    return "exact"

def bounds(nt, q):
    if q == "vague": return cg.VAGUE[cg.vague_word(nt)]
    n = cg.parse_numbers(nt)
    if q == "range": return n[0], n[1]
    v = n[0]
    return {"exact": (v, v), "nearly": (v, v), "about": (v, v), "at_least": (v, None),
            "more_than": (v + 1, None), "up_to": (0, v)}[q]

def build():
    os.makedirs(os.path.join(HERE, "texts"), exist_ok=True)
    lines = []
    for d in DOCS:
        text = d["text"].strip("\n") + "\n"
        fn = f"texts/{d['id']}.txt"
        open(os.path.join(HERE, fn), "w").write(text)
        sents = sentences(text)
        cur = 0; claims = []; labels = {}
        for i, c in enumerate(d["claims"]):
            nt, outcome, party, attr, as_of, part_of = c[:6]
            o = c[6] if len(c) > 6 else {}
            m = re.search(r"(?<![\w,])" + re.escape(nt) + r"(?![\w])", text[cur:])
            if not m: raise SystemExit(f"{d['id']}: {nt!r} not found after {cur}")
            p = cur + m.start(); cur = p + 1
            s = [s for s in sents if s[0] <= p < s[0] + len(s[1])]
            if not s: raise SystemExit(f"{d['id']}: no sentence for {nt!r}")
            q = o.get("q") or qualify(nt)
            lo, hi = bounds(nt, q)
            if "L" in o: labels[o["L"]] = i
            pf = labels[part_of] if isinstance(part_of, str) else part_of
            cl = {"sentence": s[0][1], "number_text": nt, "outcome": outcome, "party": party,
                  "party_ok": o.get("ok", []), "role": o.get("role"), "value_low": lo, "value_high": hi,
                  "qualifier": q, "attributed_to": attr,
                  "as_of": None if o.get("bg") else resolve(as_of, d["pub"]), "part_of": pf}
            if o.get("bg"): cl["background"] = True
            claims.append(cl)
        rec = {"doc_id": d["id"], "file": fn, "published": d["pub"], "event": d["event"],
               "outlet": d["outlet"], "layout": d["layout"]}
        if d.get("notes"): rec["notes"] = d["notes"]
        rec["claims"] = claims
        lines.append(json.dumps(rec, ensure_ascii=False))
    open(os.path.join(HERE, "gold.jsonl"), "w").write("\n".join(lines) + "\n")
    print(len(DOCS), "docs", sum(len(d["claims"]) for d in DOCS), "claims")

if __name__ == "__main__":
    build()
