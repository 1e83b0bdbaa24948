"""The extractor's fast paths give exactly what the plain patterns give.

LeadScan replaces `pattern.finditer(text)` for the whole-report scans; reject_suffix and hold_before skip a regex
when a cheap test already rules a match out. Texts are drawn from the patterns' own words (so a word added to a
pattern is drawn too) mixed with punctuation, digits and non-ASCII characters.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import asof as A
from claims import context as X
from claims import figures as F
from claims import lexicon as L
from claims.dates import _DATE_BODY, DATE_RE, dparser, to_date
from claims.gazetteer import gazetteer

_FILLER = [" ", "  ", "\n", ",", ".", "-", "'", '"', "\u2019", "(", ")", ":", ";", "#", "@", "$", "/", "_", "é", "É", "\u00a0",
           "\u2014", "\u2022", "٣", "2", "17", "1,200", "2.5", "2024", "a", "the", "of", "to", "and", "day", "days", "next", "x"]


_DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "texts"
_CORPUS = sorted(_DEV.glob("*.txt")) + sorted(Path(__file__).parent.glob("heldout*/texts/*.txt"))  # dev, then held-out


def _words(pattern: str) -> list[str]:
    """Letter runs of a pattern's source, escapes removed, and their two-word neighbours."""
    return sorted(set(re.findall(r"[A-Za-z]{2,}", re.sub(r"\\.", " ", pattern))))


def _texts(words: list[str], max_size: int = 40):
    piece = st.one_of(st.sampled_from(words), st.sampled_from(_FILLER), st.text(max_size=3))
    return st.lists(piece, max_size=max_size).map("".join) | st.lists(piece, max_size=max_size).map(" ".join)


_SCAN_WORDS = _words(X._FIGURE_LC.pattern) + _words(X._SAY_LC.pattern) + _words(DATE_RE.pattern) + [
    "january", "January", "Monday", "monday", "one day later", "the next day", "Sunday's"]


def _spans(ms, group):
    return [(m.start(group), m.end()) for m in ms]


@settings(max_examples=400, deadline=None)
@given(_texts(_SCAN_WORDS))
def test_lead_scans_find_what_finditer_finds(text):
    lc = text.lower()
    for scan, plain, t in ((X._FIGURE_SCAN, X._FIGURE_LC, lc), (X._SAY_SCAN, X._SAY_LC, lc),
                           (X._DATE_SCAN, DATE_RE, text), (X._DATE_SCAN, DATE_RE, lc)):
        assert _spans(scan.findall(t), scan.group) == [m.span() for m in plain.finditer(t)], (plain.pattern[:40], t)


_ALIASES = sorted(gazetteer().ci)
# every alias that ends with a character a match may follow ("u.s."), where the next match can start at once
_OPEN_END = [a for a in _ALIASES if not re.match(r"\w", a[-1])]


@settings(max_examples=300, deadline=None)
@given(_texts(_ALIASES[::7] + _OPEN_END, 30))
def test_gazetteer_lead_scan_finds_what_finditer_finds(text):
    g = gazetteer()
    lc = text.lower()
    assert _spans(g._ci_scan.findall(lc), 1) == [m.span() for m in g._ci_re.finditer(lc)]


def test_a_match_right_after_a_match():
    """A match ending in a character a match may follow ("(sdf)") and one starting at once after it ("(sdf)isis")."""
    g = gazetteer()
    for a in _OPEN_END:
        for b in ("isis", "un", "syria", "the army", "(sdf)"):
            lc = a + b + " " + a + " " + b
            assert _spans(g._ci_scan.findall(lc), 1) == [m.span() for m in g._ci_re.finditer(lc)], lc
    for t in ("(5)6 killed", "said)said", "5)Monday 3", "x)one day later"):
        for scan, plain, text in ((X._FIGURE_SCAN, X._FIGURE_LC, t.lower()), (X._SAY_SCAN, X._SAY_LC, t.lower()),
                                  (X._DATE_SCAN, DATE_RE, t)):
            assert _spans(scan.findall(text), scan.group) == [m.span() for m in plain.finditer(text)], t


def test_matches_after_non_ascii_characters():
    """Right after a dash, a bullet or a no-break space (positions the ASCII lead character cannot cover), at the start
    and end of the text, next to a match and after an accented letter (where no match may start)."""
    g = gazetteer()
    for ch in ("\u2014", "\u2022", "\u00a0", "\u2013", "é", "\u2014\u2014"):
        for body in ("isis", "syria", "5 killed", "said", "monday", "january 3, 2024", "(sdf)"):
            for t in (ch + body, body + ch, ch + body + ch + body, "x " + ch + body + " y", body + ch + body,
                      "u.s." + ch + body, ch):
                lc = t.lower()
                assert _spans(g._ci_scan_ascii.findall(lc), 1) == [m.span() for m in g._ci_scan_ascii.pattern.finditer(lc)], t
                for scan, plain, text in ((X._FIGURE_SCAN, X._FIGURE_LC, lc), (X._SAY_SCAN, X._SAY_LC, lc),
                                          (X._DATE_SCAN, DATE_RE, t)):
                    assert _spans(scan.findall(text), scan.group) == [m.span() for m in plain.finditer(text)], t
                for pos in range(len(lc) + 1):
                    _same_search(lc, pos)
                    _same_search(lc, 0, pos)


def test_lead_scans_on_the_dev_corpus():
    g = gazetteer()
    for p in _CORPUS:
        nt = X.normalize(p.read_text(encoding="utf-8"))
        lc = nt.lower()
        assert _spans(X._FIGURE_SCAN.findall(lc), "fig") == [m.span() for m in X._FIGURE_LC.finditer(lc)], p
        assert _spans(X._SAY_SCAN.findall(lc), "v") == [m.span() for m in X._SAY_LC.finditer(lc)], p
        assert _spans(X._DATE_SCAN.findall(nt), "date") == [m.span() for m in DATE_RE.finditer(nt)], p
        assert _spans(g._ci_scan.findall(lc), 1) == [m.span() for m in g._ci_re.finditer(lc)], p


_SUFFIX_WORDS = _words(L.REJECT_SUFFIX_LC.pattern) + ["years old", "-year-old", "people", "km", "pm", "am"]
_HOLD_WORDS = _words(L.HOLD_LC.pattern) + ["capacity of", "built for", "of whom only", "along with", "accommodating"]


def _same_suffix(s: str) -> None:
    assert L.reject_suffix(s) == (L.REJECT_SUFFIX_LC.match(s) is not None), s


def _same_hold(s: str) -> None:
    assert L.hold_before(s) == (L.HOLD_LC.search(s) is not None), s


def test_every_pattern_word_in_place():
    """Each word of the patterns where it decides: right after the figure, right before it."""
    for w in _SUFFIX_WORDS:
        for s in (" " + w, w, " " + w + " ago", " " + w + ",", "-" + w, " " + w + "s"):
            _same_suffix(s.lower())
    for w in _HOLD_WORDS:
        for s in (w, w + " ", "the camp " + w + " ", "prison, " + w + "  ", "x-" + w + " ", w + "s "):
            _same_hold(s.lower())


@settings(max_examples=600, deadline=None)
@given(_texts(_SUFFIX_WORDS, 8))
def test_reject_suffix_is_the_pattern(text):
    _same_suffix(text.lower())
    _same_suffix(" " + text.lower())


@settings(max_examples=600, deadline=None)
@given(_texts(_HOLD_WORDS, 8))
def test_hold_before_is_the_pattern(text):
    for s in (text.lower(), text.lower() + " ", text.lower() + "  "):
        _same_hold(s)


def test_full_dates_read_as_dateutil_reads_them():
    for month in ("January", "Jan", "Jan.", "Sept", "sep", "May", "Mar.", "Foo"):
        for day in ("1", "09", "29", "30", "31", "0", "32"):
            for text in (f"{month} {day}, 2024", f"{day} {month} 2023", f"{month} {day} 1999", f" {day} {month}, 2024 ",
                         f"Monday, {month} {day}, 2024", f"Sunday {day} {month} 2023"):
                try:
                    expected = dparser.parse(text, fuzzy=True).date()
                except (ValueError, OverflowError):
                    expected = None
                assert to_date(text) == expected, text


@settings(max_examples=600, deadline=None)
@given(_texts(_words(A._SCOPE_RE.pattern) + [", where", ", which", "from ", "between "], 12))
def test_scoped_is_the_pattern(text):
    """_scoped searches only from the last comma or semicolon: where every match of the pattern starts."""
    for s in (text, text + " ", "x, " + text):
        assert A._scoped(s) == (A._SCOPE_RE.search(s) is not None), s


_SEARCHES = ((L.PRE_SCAN, L.PRE_LC), (L.HOLD_SCAN, L.HOLD_LC), (L.NUMBER_OF_SCAN, L.NUMBER_OF_LC),
             (L.BACKGROUND_SCAN, L.BACKGROUND_LC))
_SEARCH_WORDS = sorted({w.lower() for _, plain in _SEARCHES for w in _words(plain.pattern)} | {
    "2019", "1998", "death toll", "number of", "a total of", "years ago"})


def _same_search(s: str, pos: int = 0, endpos: int | None = None) -> None:
    for scan, plain in _SEARCHES:
        want = plain.search(s, pos, len(s) if endpos is None else endpos)
        # (search, and its lead path, which search takes from LeadScan.short characters on)
        for got in (scan.search(s, pos, endpos), scan._lead_search(s, pos, len(s) if endpos is None else endpos)):
            assert (got and (got.span(), got.groups(), got.lastgroup)) == (
                want and (want.span(), want.groups(), want.lastgroup)), (plain.pattern[:40], s, pos, endpos)


@settings(max_examples=600, deadline=None)
@given(_texts(_SEARCH_WORDS, 14), st.integers(0, 6), st.integers(0, 6))
def test_lead_searches_are_the_patterns(text, cut_a, cut_b):
    """LeadScan.search: the same match as pattern.search, also from a position and up to an end inside the text."""
    s = text.lower()
    _same_search(s)
    _same_search(s, min(cut_a, len(s)), max(min(cut_a, len(s)), len(s) - cut_b))


def test_lead_searches_before_every_figure_of_the_corpus():
    for p in _CORPUS:
        lc = X.normalize(p.read_text(encoding="utf-8")).lower()
        for m in X._FIGURE_SCAN.findall(lc):
            a = m.start("fig")
            for width in (30, 50, 220):
                _same_search(lc[max(0, a - width):a])
            _same_search(lc, max(0, a - 300), a)


_GUARDED = ((L.PRE_LC, L.PRE_RE), (L.HOLD_LC, L.HOLD_RE), (L.NUMBER_OF_LC, L.NUMBER_OF_RE),
            (L.BACKGROUND_LC, L.BACKGROUND_RE))
_PLAIN_WORDS = sorted({w.lower() for _, plain in _GUARDED for w in _words(plain.pattern)})


def _same_as_unguarded(s: str) -> None:
    for guarded, plain in _GUARDED:
        got, want = guarded.search(s), plain.search(s)
        assert (got and got.span()) == (want and want.span()), (plain.pattern[:40], s)


@settings(max_examples=600, deadline=None)
@given(_texts(_PLAIN_WORDS, 10))
def test_guards_keep_every_word_of_the_cue_patterns(text):
    """A lower-cased cue pattern behind its guard of first words finds what the plain pattern finds: a cue added to
    the pattern and not to the guard's words ("funerals for") would never be read."""
    _same_as_unguarded(text.lower())


def _shortest(items) -> str:
    """One short string a parsed regex matches: each repeat at its least (one at least), each branch's first
    alternative, a class's first character; a positive look-behind its own text, other assertions nothing."""
    from re import _constants as K

    out = []
    for op, av in items:
        if op is K.LITERAL:
            out.append(chr(av))
        elif op is K.IN:
            o, a = av[0]
            out.append(chr(a) if o is K.LITERAL else chr(a[0]) if o is K.RANGE else " " if a is K.CATEGORY_SPACE else "a")
        elif op is K.BRANCH:
            out.append(_shortest(av[1][0]))
        elif op is K.SUBPATTERN:
            out.append(_shortest(av[-1]))
        elif op in (K.MAX_REPEAT, K.MIN_REPEAT):
            out.append(_shortest(av[2]) * max(av[0], 1))
        elif op is K.NOT_LITERAL:
            out.append("a")
        elif op is K.ANY:
            out.append("a")
        elif op is K.ASSERT and av[0] == -1:
            out.append(_shortest(av[1]))  # a positive look-behind: the text it wants before ("has " of "has claimed")
    return "".join(out)


def _top_alternatives(src: str) -> list[str]:
    depth, start, out = 0, 0, []
    k = 0
    while k < len(src):
        ch = src[k]
        if ch == "\\":
            k += 2
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            out.append(src[start:k])
            start = k + 1
        k += 1
    return out + [src[start:]]


def test_every_before_figure_cue_passes_its_guard():
    """Each alternative of every cue before a figure (lexicon.PRE), spelled once, is found behind the guard as the plain
    pattern finds it: a cue added to PRE and not to the guard's words ("funerals for") would never be read."""
    from re import _parser as P

    for outcome, src in L.PRE.items():
        for alt in _top_alternatives(src):
            s = " " + _shortest(P.parse(alt, re.IGNORECASE)).lower() + " "
            want = L.PRE_RE.search(s)
            assert want, (outcome, alt, s)
            got = L.PRE_LC.search(s)
            assert got and got.span() == want.span(), (outcome, alt, s)


@settings(max_examples=600, deadline=None)
@given(_texts(["of the", "of those", "of these", "two", "12", "aged", "between", "and", "to", "Chakma", "Ali,", ",", " "], 12))
def test_string_gates_never_hide_a_match(text):
    """The string tests _analyse runs before three end-anchored searches hold wherever the search matches."""
    for s in (text, text + " ", text.lower() + "  "):
        if F._OF_THE_NUMBER.search(s):
            assert s.rstrip().endswith(("the", "those", "these")), s
        if F._AGE_NAME_END.search(s):
            assert s.rstrip().endswith(","), s
        if F._AGED_END.search(s):
            assert "aged" in s, s


_DATE_PLAIN = re.compile(r"(?<!\w)(?P<date>" + _DATE_BODY + ")")  # DATE_RE without its look-ahead guard


@settings(max_examples=600, deadline=None)
@given(_texts(_SCAN_WORDS + ["A day later", "a  day", "the\nnext day", "This\tmorning", "the day before", "Seven days"], 30))
def test_the_date_guard_skips_no_date(text):
    for t in (text, text.lower(), text.title()):
        assert [m.span() for m in DATE_RE.finditer(t)] == [m.span() for m in _DATE_PLAIN.finditer(t)], t


def test_the_date_guard_on_the_corpus():
    for p in _CORPUS:
        nt = X.normalize(p.read_text(encoding="utf-8"))
        assert [m.span() for m in DATE_RE.finditer(nt)] == [m.span() for m in _DATE_PLAIN.finditer(nt)], p


def test_ranges_of_mentions_and_hits_cut_through_items():
    """MentionIndex.between and _Hits.within return a slice when nothing runs past the end: the same as the filter."""
    from claims.gazetteer import MentionIndex

    for p in _CORPUS[:10]:
        nt = X.normalize(p.read_text(encoding="utf-8"))
        idx = MentionIndex(gazetteer().mentions(nt, nt.lower()))
        hits = X._Hits(X._FIGURE_SCAN.findall(nt.lower()), "fig")
        cuts = sorted({0, len(nt)} | {m.start for m in idx.items} | {m.end - 1 for m in idx.items}
                      | {m.end() - 1 for m in hits.items} | {m.start("fig") for m in hits.items})
        for a in cuts[::3]:
            for b in cuts:
                if b > a:
                    assert idx.between(a, b) == [m for m in idx.items if a <= m.start < b and m.end <= b], (p, a, b)
                    assert hits.within(a, b) == [m for m in hits.items if a <= m.start("fig") < b and m.end() <= b]


# ---- language: function-word counts on a folded copy, counted once per text -------------------------------------
from claims import language as LG  # noqa: E402

# the plain patterns the counts replace: one alternative per word, IGNORECASE, on the text as it is
_PLAIN_FOREIGN = re.compile(r"(?<![\w'-])(?:" + "|".join(LG._FOREIGN_WORDS) + r")(?![\w'-])", re.I)
_PLAIN_ENGLISH = re.compile(r"(?<![\w'-])(?:" + "|".join(LG._ENGLISH_WORDS) + r")(?![\w'-])", re.I)
# re's IGNORECASE pairs beyond lower() (dotless i, long s, Kelvin sign, dotted capital I), accents, curly quotes,
# apostrophes and hyphens around words, digits and underscores glued to them
_LANG_FILLER = ["ı", "ſ", "\u212a", "İ", "é", "È", "\u2019", "\u2014", "\u00a0", "'", "-", "_", "2", "\n", "\n\n",
                "\n \n", ".", ",", " ", "«", "٣", "\ud800"]
_LANG_WORDS = sorted({v for w in LG._FOREIGN_WORDS + LG._ENGLISH_WORDS for v in (w, w.upper(), w.title())}
                     | {"ist", "ıst", "ſich", "\u212aom", "İl", "der2", "d'une", "non-stop", "Ellos"})


def _lang_texts(max_size: int = 40):
    piece = st.one_of(st.sampled_from(_LANG_WORDS), st.sampled_from(_LANG_FILLER), st.text(max_size=2))
    return st.lists(piece, max_size=max_size).map(" ".join) | st.lists(piece, max_size=max_size).map("".join)


@settings(max_examples=800, deadline=None)
@given(_lang_texts())
def test_function_word_counts_are_the_plain_patterns(text):
    folded = LG.fold(text)
    assert folded is None or len(folded) == len(text) + 1
    for wc, plain in ((LG._FOREIGN, _PLAIN_FOREIGN), (LG._ENGLISH, _PLAIN_ENGLISH)):
        assert wc.starts(text, folded) == [m.start() for m in plain.finditer(text)], text
        assert wc.count(text, folded) == len(plain.findall(text)), text
        assert wc.count(text, None) == len(plain.findall(text)), text
        assert LG._starts_by_paragraph(wc, text) == [m.start() for m in plain.finditer(text)], text


def _plain_foreign_spans(text: str, language: str) -> list[tuple[int, int]]:
    """foreign_spans as first written: both counts on every paragraph with the plain patterns."""
    out, start = [], 0
    for m in [*LG._PARA.finditer(text), None]:
        end = m.start() if m else len(text)
        para = text[start:end]
        if LG.readable(language):
            n = len(_PLAIN_FOREIGN.findall(para))
            drop = n >= 3 and n >= len(_PLAIN_ENGLISH.findall(para)) and not LG.readable(LG.classify(para))
        else:
            n_en = len(_PLAIN_ENGLISH.findall(para))
            drop = not (n_en >= 3 and n_en > len(_PLAIN_FOREIGN.findall(para)) and LG.readable(LG.classify(para)))
        if drop and para.strip():
            out.append((start, end))
        start = m.end() if m else end
    return out


def _plain_detect(text: str) -> str:
    sample = LG._sample(text)
    words = len(LG._WORD.findall(sample))
    en, foreign = len(_PLAIN_ENGLISH.findall(sample)), len(_PLAIN_FOREIGN.findall(sample))
    if words >= 20 and (en >= 0.2 * words and foreign <= 1 or en >= 0.1 * words and foreign == 0):
        return "en"
    return LG.classify(sample)


@settings(max_examples=300, deadline=None)
@given(_lang_texts(60), st.sampled_from(["en", "de", "und", None]))
def test_foreign_spans_and_detect_are_the_plain_reading(text, language):
    assert LG.foreign_spans(text, language) == _plain_foreign_spans(text, language)
    assert LG.detect(text) == _plain_detect(text)


def test_foreign_spans_and_detect_on_the_corpus():
    """Every corpus text, whole and with its paragraphs in another language's frame ('de': only English is kept)."""
    negative = sorted((Path(__file__).parent / "negative" / "texts").glob("*"))
    stream = sorted((Path(__file__).parent / "stream" / "texts").glob("*"))
    for p in _CORPUS + negative + stream:
        text = p.read_text(encoding="utf-8")
        assert LG.detect(text) == _plain_detect(text), p
        for language in ("en", "de"):
            assert LG.foreign_spans(text, language) == _plain_foreign_spans(text, language), (p, language)


@pytest.mark.parametrize("para", [
    "Die Kinder spielen und lachen im Garten mit der Katze, the dog in the yard.",  # 3 foreign, 3 English: a tie
    "Die Kinder spielen und lachen im Garten mit der Katze und dem Hund, on the farm in the village.",
    "Der Bürgermeister sagte am Montag, dass die Straße nach dem Unwetter wieder offen ist: the road is open.",
])
def test_mixed_paragraphs_at_the_thresholds(para):
    english = "Gunmen killed 14 villagers in an attack on the town on Monday, police said, and 6 were wounded."
    for text in (para, english + "\n\n" + para, para + "\n \n" + english + "\n\n" + para):
        for language in ("en", "de", "und"):
            assert LG.foreign_spans(text, language) == _plain_foreign_spans(text, language), (text, language)
    assert LG.foreign_spans(english + "\n\n" + para, "en") == [(len(english) + 2, len(english) + 2 + len(para))]


# ---- gazetteer: the scans without non-ASCII-initial aliases, where no such initial occurs ------------------------
def _full_scans():
    """A copy of the gazetteer that always runs the scans with every alias."""
    import copy

    g = gazetteer()
    full = copy.copy(g)
    full._ci_scan_ascii, full._cs_re_ascii = g._ci_scan, g._cs_re
    return full


_NON_ASCII_ALIASES = sorted(a for a in list(gazetteer().ci) + list(gazetteer().cs) if not a[0].isascii())
_ALIAS_WORDS = _ALIASES[::5] + sorted(gazetteer().cs)[::3] + _NON_ASCII_ALIASES[::4] + [
    a[0] for a in _NON_ASCII_ALIASES[::9]] + ["É", "é", "\u2014", "Х", "х", "و"]


@settings(max_examples=400, deadline=None)
@given(_texts(_ALIAS_WORDS, 24))
def test_mentions_without_non_ascii_initials_are_the_full_scans(text):
    g, full = gazetteer(), _full_scans()
    nt = X.normalize(text)
    for lc in (None, nt.lower()):
        if lc is not None and len(lc) != len(nt):
            continue
        assert g.mentions(nt, lc) == full.mentions(nt, lc), text


def test_mentions_without_non_ascii_initials_on_the_corpus():
    g, full = gazetteer(), _full_scans()
    negative = sorted((Path(__file__).parent / "negative" / "texts").glob("*"))
    stream = sorted((Path(__file__).parent / "stream" / "texts").glob("*"))
    ascii_scans = 0
    for p in _CORPUS + negative + stream:
        nt = X.normalize(p.read_text(encoding="utf-8"))
        assert g.mentions(nt) == full.mentions(nt), p
        ascii_scans += not g._ci_firsts.search(nt.lower())
    assert ascii_scans > len(_CORPUS) // 2  # the gate does skip the non-ASCII aliases on most reports


def test_the_model_with_flat_arrays_scores_as_loaded():
    """language._identifier() keeps py3langid's DFA offsets and outputs in arrays: every score is the same, bit for
    bit, as with the identifier as the package loads it."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ours = LG._identifier()
    plain = LanguageIdentifier.from_model_file(MODEL_FILE)
    plain.set_languages([x for x in LG.LANGUAGES if x in plain.nb_classes])
    assert isinstance(plain.tk_output, list) and not isinstance(ours.tk_output, list)  # the change is in place
    negative = sorted((Path(__file__).parent / "negative" / "texts").glob("*"))
    stream = sorted((Path(__file__).parent / "stream" / "texts").glob("*"))
    n = 0
    for p in _CORPUS + negative + stream:
        text = p.read_text(encoding="utf-8")
        for piece in [LG._sample(text), *LG._PARA.split(text)[:6]]:
            assert ours._decide(piece).tobytes() == plain._decide(piece).tobytes(), (p, piece[:60])
            assert ours.classify(piece) == plain.classify(piece)
            n += 1
    assert n > 500


def test_the_prepared_model_is_the_built_one(tmp_path, monkeypatch):
    """language._identifier() maps py3langid's tables from a prepared copy (.native/) instead of building them: the
    mapped identifier holds what the built one holds, attribute by attribute, and every score is the same, bit for
    bit. A damaged copy is not read; the first process writes the copy, the next one maps it."""
    from claims import _native

    built = LG._built_identifier()
    path = tmp_path / "py3langid-prepared-test.bin"
    LG._write_prepared(path, built)
    mapped = LG._load_prepared(path)
    assert mapped is not None and isinstance(mapped.tk_nextmove, memoryview)  # mapped, not read
    assert LG._state(mapped) == LG._state(built)
    negative = sorted((Path(__file__).parent / "negative" / "texts").glob("*"))
    n = 0
    for p in _CORPUS + negative:
        text = p.read_text(encoding="utf-8")
        for piece in [LG._sample(text), *LG._PARA.split(text)[:4]]:
            assert mapped._decide(piece).tobytes() == built._decide(piece).tobytes(), (p, piece[:60])
            assert mapped.classify(piece) == built.classify(piece)
            n += 1
    assert n > 300
    path.write_bytes(path.read_bytes()[:5000])  # cut short
    assert LG._load_prepared(path) is None
    monkeypatch.setattr(_native, "NATIVE_DIR", tmp_path / "native" / "claims-x")
    monkeypatch.setattr(LG, "_identifier", LG._identifier.__wrapped__)  # (not the process's own, cached)
    first = LG._identifier()
    (copy,) = (tmp_path / "native").glob("py3langid-prepared-*.bin")
    second = LG._identifier()
    assert not isinstance(first.tk_nextmove, memoryview) and isinstance(second.tk_nextmove, memoryview)
    assert LG._state(second) == LG._state(built)


def test_plain_english_never_loads_the_model():
    """The model (a second to load, 40 MB) loads at the first report that needs it, not for plain English."""
    import subprocess
    import sys

    code = ("import sys, claims; claims.extract(sys.argv[1]); claims.extract(sys.argv[1], language='en'); "
            "print('py3langid' in sys.modules)")
    text = ("Gunmen killed 14 villagers in an attack on the town on Monday, police said, and 6 were wounded. The army "
            "said it had sent troops to the area and that the attackers fled into the forest near the border.")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code, text], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---- end-word gates before end-anchored searches (issue 14's speed) ---------------------------------------------
from claims import retrie as R  # noqa: E402
from claims import senses as S  # noqa: E402

_FOLDING = ["ı", "ſ", "\u212a", "İ"]  # letters IGNORECASE folds to ASCII ones
_GATE_WORDS = sorted(set(_words(L.PRE_LC.pattern) + _words(S.LABEL_END.pattern) + _words(F._INTENT_END.pattern)
                         + _words(F._DEAD_INCL.pattern) + _words(F._FIGURE_REF.pattern) + _words(L.NUMBER_OF_LC.pattern)
                         + _words(L.TOOK_RE.pattern)) | {
    "the dead included", "victims were", "its own tally up to", "vowed to", "version", "section", "re-arrested",
    "killed at least", "to kill", "'", '"', "\u201c", "\u2018"})


def _same_gates(s: str) -> None:
    lc = s.lower()
    got, want = L.pre_search(lc), L.PRE_SCAN.search(lc)
    assert (got and got.span()) == (want and want.span()), lc
    assert S.label_end(lc) == (S.LABEL_END.search(lc) is not None), lc
    assert F._intent_end(lc) == (F._INTENT_END.search(lc) is not None), lc
    got, want = L.number_of_search(lc), L.NUMBER_OF_SCAN.search(lc)
    assert (got and got.span()) == (want and want.span()), lc
    if F._DEAD_INCL.search(s[-70:]):  # (the gate reads the lower-cased 80 characters, the pattern the last 70)
        assert F._DEAD_INCL_END.may_end_folded(s[-80:].lower().rstrip()), s
    if L.TOOK_RE.search(s[-16:]):
        assert F._TOOK_END.may_end_folded(s[-80:].lower().rstrip()), s
    if F._FIGURE_REF.search(lc[-40:]):
        assert F._FIGURE_REF_END.may_end(lc[-40:].rstrip()), lc


@settings(max_examples=800, deadline=None)
@given(_texts(_GATE_WORDS + _FOLDING, 14))
def test_end_word_gates_are_the_patterns(text):
    """pre_search, number_of_search, label_end, _intent_end and the end-word tests before three searches: the same
    verdict as the search wherever it matches, also with the letters IGNORECASE folds to ASCII ones."""
    for s in (text, text + " ", text + ' "  ', text.upper()):
        _same_gates(s)


def test_end_word_gates_before_every_figure_of_the_corpus():
    for p in _CORPUS:
        lc = X.normalize(p.read_text(encoding="utf-8")).lower()
        for m in X._FIGURE_SCAN.findall(lc):
            a = m.start("fig")
            for width in (24, 30, 50, 220):
                _same_gates(lc[max(0, a - width):a])


def test_final_words_are_what_the_pattern_can_end_with():
    """retrie.final_words: every string a pattern matches ends (blanks stripped) with one of them; a stretch it does
    not spell out (`s+`, `\\w`) keeps only the letters after it; a pattern that may end with such a stretch has none."""
    assert R.final_words(r"kill(?:s|ed|ing)?|shot\s+dead|toll\s+(?:of|at)") == {"kill", "kills", "killed", "killing",
                                                                                "dead", "of", "at"}
    assert R.final_words(r"re-?arrest") == {"rearrest", "arrest"}
    assert R.final_words(r"stabbed\\s+to") == {"sto"}  # a backslash, then s+: "\\sto", "\\ssto"...
    assert R.final_words(r"(?i)Killed\s*[,:]?\s*$") == {"killed", ",", ":"}
    assert R.final_words(r"[\w-]+ly\s+$") == {"ly"}
    for src in (r"\w+", r"killed[^.]*$", r"(?:the|all)*"):
        with pytest.raises(ValueError):
            R.final_words(src)
    assert set(L._PRE_END.words) >= {"killed", "the", "of", "wounded", "abducted", "death", "up", '"'}
    assert set(L._NUMBER_OF_END.words) >= {"at", "to", "of", "reached", "than", ","}


@settings(max_examples=400, deadline=None)
@given(_texts(_words(X._AT_HOSPITAL.pattern) + _FOLDING + ["Staff at", "the hospital", "officials of a clinic"], 20))
def test_hospital_staff_scan_is_the_pattern(text):
    """The LeadScan of the hospital-staff pattern (IGNORECASE) finds what the pattern's finditer finds."""
    for t in (text, text.upper(), "é" + text):
        assert [(m.start(1), m.end()) for m in X._AT_HOSPITAL_SCAN.findall(t)] == [
            m.span() for m in X._AT_HOSPITAL.finditer(t)], t
        if not X._FOLDS_TO_ASCII.search(t):  # the scan without IGNORECASE on the lower-cased copies of the text
            lcs = {t.translate(X._ASCII_LOWER)} | ({t.lower()} if len(t.lower()) == len(t) else set())
            for lc in lcs:
                assert [(m.start(1), m.end()) for m in X._AT_HOSPITAL_LC_SCAN.findall(lc)] == [
                    m.span() for m in X._AT_HOSPITAL.finditer(t)], t


@settings(max_examples=300, deadline=None)
@given(_texts(_words(X._AT_HOSPITAL.pattern) + _FOLDING + ["hospital", "clinic", "centre"], 20))
def test_hospital_staff_gate_hides_no_match(text):
    """_described_medical looks for the pattern's first words in the lower-cased copy first: never where it matches."""
    nt = text
    lc = nt.translate(X._ASCII_LOWER)
    if X._AT_HOSPITAL.search(nt):
        assert X._has_any(lc, X._AT_HOSPITAL_WORDS) or X._FOLDS_TO_ASCII.search(nt), nt


def test_month_gate_hides_no_match():
    """The background test searches _MONTH_BACK only in units that name a month: every match names one."""
    for p in _CORPUS:
        lc = X.normalize(p.read_text(encoding="utf-8")).lower()
        for m in A._MONTH_BACK.finditer(lc):
            assert X._has_any(m.group(0), A._MONTH_NAMES)


def _plain_incident_pattern() -> re.Pattern:
    """The incident cues as the longest-first alternation they were scanned with before the trie."""
    from claims.events import _kinds

    alts = "|".join(re.escape(c) for c in sorted(_kinds().kind_of, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.I)


def _cue_words() -> list[str]:
    from claims.events import _kinds

    cues = list(_kinds().kind_of)
    return cues + [c.upper() for c in cues[::5]] + [c.title() for c in cues[::3]] + ["mass", "gun", "shoot", "s"]


@settings(max_examples=400, deadline=None)
@given(_texts(_cue_words()))
def test_incident_cue_scan_finds_what_the_alternation_finds(text):
    from claims.events import _kinds

    k = _kinds()
    got = [(m.start("cue"), m.end(), m.group("cue").lower()) for m in k.scan.findall(text)]
    assert got == [(m.start(), m.end(), m.group(0).lower()) for m in _plain_incident_pattern().finditer(text)]


def test_every_lookback_phrase_needs_one_of_its_words():
    """incidents.yaml's `lookback_needs` lets a lead without those words skip the look-back patterns: every pattern
    must then fail on any text without them. Each pattern's match on phrases of its own words holds one of them."""
    from claims.events import _kinds, lookback_date

    k = _kinds()
    assert k.lookback_words
    for pat in k.lookback:
        for m in pat.finditer("two years after, the 3rd anniversary, anniversary of, last year's, a week since"):
            assert any(w in m.group(0).lower() for w in k.lookback_words), (pat.pattern, m.group(0))
        assert not pat.search("ten days after the attack; the first day of the raid; two hours since the blast")
    import datetime as dt

    text = "A year after the attack on the market in Gao, families still wait for news."
    assert lookback_date(text, dt.date(2024, 5, 1)) == dt.date(2023, 5, 2)


def test_the_gazetteer_keeps_one_texts_mentions_for_the_same_lower_case_only():
    """mentions() answers a repeated call for the same text from its last scan, but a different lower-cased copy
    (the extractor folds accents into it) is scanned again: it can find other places."""
    g = gazetteer()
    text = "Gunmen attacked Cúcuta and Kabul on Monday."
    lc = text.lower()
    folded = lc.replace("ú", "u")
    plain = g.mentions(text)
    assert g.mentions(text) == plain and g.mentions(text) is not g.mentions(text)
    assert g.mentions(text, folded) == g._mentions(text, folded)
    assert g.mentions(text) == g._mentions(text, lc) == plain


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZé ÉхХ-.ÇİıſK1"), max_size=12))
def test_the_gazetteers_case_test_is_the_plain_one(alias):
    """gazetteer._has_non_ascii_upper skips the character loop for an ASCII alias: the plain test's answer."""
    from claims import gazetteer as G

    assert G._has_non_ascii_upper(alias) == any(c.isupper() and not c.isascii() for c in alias)


@settings(max_examples=600, deadline=None)
@given(_texts(_words(A._RECALLS.pattern) + ["brings to mind", "memories of the", "reminiscent of a", "back"], 12))
def test_the_recall_word_gate_hides_no_match(text):
    """asof._unit_background tests _RECALL_WORDS before the _RECALLS search: every match holds one of them."""
    for s in (text, text.lower()):
        if A._RECALLS.search(s):
            assert X._has_any(s, A._RECALL_WORDS), s
