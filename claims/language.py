"""The language of a report and of its passages (issue 19): the extractor's rules read English only.

A report's language is py3langid's verdict (a naive Bayes model that ships inside the package; nothing is downloaded)
on a sample of its text, once per report. A mixed report is split by paragraph only where function words of another
language than the report's show up, and py3langid decides each such paragraph, so an English-only report pays for
two passes of a trie regex (the function words of its sample and of its text) and, when its sample is not plainly
English, one short classification.
"""

from __future__ import annotations

import bisect
import lzma
import os
import re
import shutil
from array import array
from functools import lru_cache
from pathlib import Path

from . import recache
from .retrie import LeadScan, trie_regex

READ = frozenset({"en"})  # the languages the extractor's rules are written for
UNDETERMINED = "und"
# the languages py3langid chooses among: those of news feeds; without the restriction short English paragraphs
# are often taken for English-based creoles or small languages (Nigerian Pidgin, Scots Gaelic, Afrikaans...)
LANGUAGES = ("en de fr es it pt nl sv da no pl cs sk ru uk bg sr hr ro hu el tr ar fa ur hi bn id ms tl sw ha so am "
             "zh ja ko vi th he fi et lv lt ca").split()
SAMPLE = 400  # characters classified per report: 0.1 ms with the model in the CPU caches, ~1 ms without
_MIN_LETTERS = 12  # fewer letters than this: too little to tell, read as English

# function words frequent in one language and rare in English news (not names: "de", "la", "al", "van" are left out);
# they only decide which paragraphs py3langid looks at
_FOREIGN_WORDS = ("der und ist nicht wurde wurden werden eine einer einem mit auf dem den sich auch nach zu les est une "
                  "dans pour avec sont été qui pas sur aux du ont à los las una por fue fueron según del para está que "
                  "como más y della sono il gli che non è não foram uma com dos pelo het een zijn werd niet och att är "
                  "og er ikke się jest nie że").split()
_ENGLISH_WORDS = "the and of was were is are said has have had been with from that which by at on in to".split()
_NEAR = r"[\w'-]"  # a character a counted word may not touch: "d'une", "non-stop" and "2der" hold no function word


class _WordCount:
    """Whole-word, case-insensitive occurrences of a word list: `pattern` on any text, and a faster scan for the
    texts whose letters and digits are all ASCII (most English news).

    The fast scan reads a folded copy (same offsets plus one leading space): non-ASCII characters, none of them a
    letter or digit there, become "?" (like them, not a word character, not ' or -), and case is lowered, so no
    IGNORECASE is needed (with it re enters every alternative instead of testing its first letter) and re's exotic
    case pairs (dotless i, long s, Kelvin sign: letters, so not in such a text) cannot arise. The scan consumes the
    character before a word instead of looking behind, so re skips in C to the positions after a non-word character
    (as retrie.LeadScan does); the leading space stands in for the text's start. On dev reports: 16 ms/MB, against
    106 for the plain IGNORECASE alternation."""

    def __init__(self, words: list[str]):
        body = trie_regex(words)  # a trie: one alternative per letter instead of one per word
        self.pattern = re.compile(rf"(?<!{_NEAR})({body})(?!{_NEAR})", re.IGNORECASE)
        # texts with a non-ASCII letter read the pattern itself, through a scan that skips to word starts in C
        # (a look-behind first makes re enter the pattern at every position: ~2-3x slower on such texts)
        self._scan = LeadScan(self.pattern, 1)
        outside = "".join(re.escape(chr(c)) for c in range(128) if not re.match(_NEAR, chr(c)))
        self._folded = re.compile(f"[{outside}]{body}(?!{_NEAR})")

    def starts(self, text: str, folded: str | None) -> list[int]:
        """Start offsets of the words in text; `folded` is fold(text) (None: text has a non-ASCII letter or digit)."""
        if folded is None:
            return [m.start(1) for m in self._scan.findall(text)]
        return [m.start() for m in self._folded.finditer(folded)]  # the lead character's offset + 1 - 1

    def count(self, text: str, folded: str | None) -> int:
        return len(self._scan.findall(text) if folded is None else self._folded.findall(folded))


_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")  # a letter or digit outside ASCII


def fold(text: str) -> str | None:
    """A space, then text lower-cased with its non-ASCII characters as "?" (for _WordCount), or None when text has a
    non-ASCII letter or digit (then the counts read text itself)."""
    if not text.isascii():
        if _NON_ASCII_WORD.search(text):
            return None
        text = text.encode("ascii", "replace").decode("ascii")
    return " " + text.lower()


_FOREIGN = _WordCount(_FOREIGN_WORDS)
_ENGLISH = _WordCount(_ENGLISH_WORDS)
_PARA = re.compile(r"\n[ \t]*\n")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's identifier restricted to LANGUAGES, its tables laid out as _built_identifier lays them out: mapped
    from the prepared copy in .native/ when there is one (see _prepared), else built and the copy written."""
    path = _prepared_path()
    ident = _load_prepared(path) if path is not None else None
    if ident is None:
        ident = _built_identifier()
        if path is not None:
            _write_prepared(path, ident)
    return ident


def _built_identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    try:  # LanguageIdentifier.from_model_file(MODEL_FILE), its model read from the uncompressed copy
        import numpy as np  # py3langid's own dependency

        ptc, pc, classes, nextmove, row, output = _model(MODEL_DIR / MODEL_FILE)
        ident = LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output, tk_row=row)
    except Exception:  # another py3langid: its own loader
        ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages([x for x in LANGUAGES if x in ident.nb_classes])
    # py3langid walks its byte DFA in Python, reading a state's row offset and output from lists of int objects (a
    # pointer, then an object elsewhere in memory, for each of ~100,000 states). Between two reports extraction
    # pushes them out of the CPU caches, so each byte costs cache misses: the same values in flat arrays (the walk
    # reads them by index alike) take a few hundred KB, and a classification on a cold cache costs ~1.2-1.7x less.
    if isinstance(getattr(ident, "_rowbase", None), list) and isinstance(ident.tk_output, list):
        ident._rowbase = array("q", ident._rowbase)
        ident.tk_output = array("i", ident.tk_output)
        _interleave(ident)
    # The score gathers one row of the feature table per feature seen. After set_languages the table is a
    # column-major view, so a row's 46 values lie on 46 cache lines; a row-major copy holds them on one or two. The
    # gathered rows (a new row-major array either way) and so the scores are the same: 0.3 -> 0.15 ms a cold call.
    nb_ptc = getattr(ident, "nb_ptc", None)
    if getattr(nb_ptc, "ndim", 0) == 2 and not nb_ptc.flags["C_CONTIGUOUS"]:
        import numpy as np  # py3langid's own dependency

        ident.nb_ptc = np.ascontiguousarray(nb_ptc)
    return ident


# The prepared copy: what _built_identifier makes (the 46 languages' feature table in rows, the DFA's next-state table
# and its interleaved row offsets and outputs) as raw arrays in one file, mapped into memory instead of read: building
# them cost ~0.3 s of CPU in each process that classified a text (reading the 68 MB model, cutting it to 46 languages,
# the layouts above); mapping costs ~1 ms, and the walk reads only the pages it visits. The file is named by a hash of
# this module's source, py3langid's version, its model file and LANGUAGES; it is kept only when the identifier read
# from it holds, attribute by attribute, exactly what the built one holds (so every score is the same).
_PREPARED_LAYOUT = b"py3langid prepared 1"


def _prepared_path() -> Path | None:
    if not recache.enabled():
        return None
    try:
        import hashlib
        import sys

        import py3langid
        from py3langid.langid import MODEL_DIR, MODEL_FILE

        from ._native import _SRC, NATIVE_DIR

        st = (MODEL_DIR / MODEL_FILE).stat()
        ver = getattr(py3langid, "__version__", None)
        if not ver:  # (importlib.metadata's lookup costs ~25 ms)
            from importlib.metadata import version

            ver = version("py3langid")
        key = b"\0".join([_PREPARED_LAYOUT, (_SRC / "language.py").read_bytes(), str(ver).encode(),
                          f"{st.st_size} {st.st_mtime_ns} {sys.byteorder}".encode(), " ".join(LANGUAGES).encode()])
        return NATIVE_DIR.parent / f"py3langid-prepared-{hashlib.sha256(key).hexdigest()[:24]}.bin"
    except Exception:  # another py3langid, no source beside the package: build it every time
        return None


def _state(ident) -> dict:
    """Every attribute of an identifier that classify reads, as comparable plain values (arrays as their bytes)."""
    import numpy as np

    out = {}
    for name in type(ident).__slots__:
        if name == "_full_model":
            continue  # (set_languages' source: the prepared identifier keeps only its 46 languages)
        v = getattr(ident, name)
        if isinstance(v, np.ndarray):
            v = ("ndarray", v.dtype.str, v.shape, v.tobytes())
        elif isinstance(v, (array, memoryview)):
            v = ("buffer", memoryview(v).format, memoryview(v).tobytes())
        elif isinstance(v, list):
            v = ("list", [tuple(x) if isinstance(x, (tuple, list)) else x for x in v])
        out[name] = v
    return out


def _load_prepared(path: Path):
    """The identifier mapped from a prepared copy, or None (no file, a damaged one)."""
    import marshal
    import mmap

    try:
        import numpy as np
        from py3langid.langid import LanguageIdentifier

        with open(path, "rb") as f:
            mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        n = int.from_bytes(mm[:8], "little")
        meta = marshal.loads(mm[8:8 + n])
        mv = memoryview(mm)
        ident = LanguageIdentifier.__new__(LanguageIdentifier)
        for name, (kind, *spec) in meta.items():
            if kind == "ndarray":
                dtype, shape, a, b = spec
                v = np.frombuffer(mm, dtype=np.dtype(dtype), count=(b - a) // np.dtype(dtype).itemsize, offset=a)
                v = v.reshape(shape)
            elif kind == "buffer":
                fmt, a, b = spec
                v = mv[a:b].cast(fmt)
            elif kind == "view":  # a view of another buffer from an offset (tk_output: the interleaved table + 1)
                of, k = spec
                v = None  # set below, once the buffer it views is there
            else:
                v = spec[0]
            setattr(ident, name, v)
        for name, (kind, *spec) in meta.items():
            if kind == "view":
                setattr(ident, name, getattr(ident, spec[0])[spec[1]:])
            elif kind == "list":
                setattr(ident, name, [tuple(x) if isinstance(x, list) else x for x in spec[0]])
        ident._full_model = (ident.nb_ptc, ident.nb_pc, ident.nb_classes)
        return ident
    except Exception:
        return None


def _write_prepared(path: Path, ident) -> None:
    """Write the prepared copy of a built identifier, kept only when it reads back the same (see _PREPARED_LAYOUT)."""
    import marshal

    try:
        import numpy as np

        blocks: list[bytes] = []
        meta: dict = {}
        views = {}
        table = getattr(ident, "_rowbase", None)
        out = getattr(ident, "tk_output", None)
        if isinstance(out, memoryview) and isinstance(table, array) and out.obj is table \
                and out.tobytes() == memoryview(table)[1:].tobytes():
            views["tk_output"] = ("view", "_rowbase", 1)  # (the walk reads outputs through the table itself)
        for name in type(ident).__slots__:
            if name == "_full_model":
                continue
            v = getattr(ident, name)
            if name in views:
                meta[name] = views[name]
            elif isinstance(v, np.ndarray):
                v = np.ascontiguousarray(v)
                meta[name] = ["ndarray", v.dtype.str, v.shape, len(blocks)]
                blocks.append(v.tobytes())
            elif isinstance(v, (array, memoryview)):
                meta[name] = ["buffer", memoryview(v).format, len(blocks)]
                blocks.append(memoryview(v).tobytes())
            elif isinstance(v, list):
                meta[name] = ("list", [list(x) if isinstance(x, tuple) else x for x in v])
            else:
                meta[name] = ("value", v)
        # offsets: after the header, each block on a 64-byte boundary
        head = len(marshal.dumps({k: (tuple(x[:-1]) + (0, 0) if isinstance(x, list) else x) for k, x in meta.items()}))
        pos = -(-(8 + head + 64 * len(blocks)) // 64) * 64  # (room for the offsets' own bytes)
        spans = []
        for b in blocks:
            spans.append((pos, pos + len(b)))
            pos = -(-(pos + len(b)) // 64) * 64
        meta = {k: (tuple(x[:-1]) + spans[x[-1]] if isinstance(x, list) else x) for k, x in meta.items()}
        header = marshal.dumps(meta)
        if 8 + len(header) > spans[0][0] if spans else False:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            f.write(len(header).to_bytes(8, "little") + header)
            for (a, _), b in zip(spans, blocks, strict=True):
                f.seek(a)
                f.write(b)
        back = _load_prepared(tmp)
        if back is not None and _state(back) == _state(ident):
            for old in path.parent.glob("py3langid-prepared-*.bin"):
                old.unlink(missing_ok=True)  # (one a checkout: each is ~50 MB)
            os.replace(tmp, path)  # whole or not at all: processes that start together may both write it
        else:
            tmp.unlink(missing_ok=True)
    except Exception:  # a read-only install, a full disk, another py3langid: no copy
        pass


def _model(path: Path) -> tuple:
    """py3langid's modelio.load_model(path), read from an uncompressed copy of the model beside the compiled modules
    (.native/, ~70 MB): decompressing the 4.6 MB LZMA file took 0.45 s of each process that classified a text, the
    copy ~0.2 s. The copy is made by the first process, and kept only when what it reads equals load_model's own
    (TOLL_START_CACHE=0 turns it off, as claims/recache.py's)."""
    from importlib.metadata import version

    from py3langid import modelio

    from ._native import NATIVE_DIR

    if not recache.enabled():
        return modelio.load_model(path)
    st = path.stat()
    copy = NATIVE_DIR.parent / f"py3langid-{version('py3langid')}-{st.st_size}-{st.st_mtime_ns}.npz"
    if copy.is_file():
        return _read_model(copy, modelio)
    model = modelio.load_model(path)
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        tmp = copy.with_name(f"{copy.name}.{os.getpid()}.tmp")
        with lzma.open(path) as src, open(tmp, "wb") as out:
            shutil.copyfileobj(src, out, length=1 << 20)
        if _same_model(_read_model(tmp, modelio), model):
            os.replace(tmp, copy)  # whole or not at all: processes that start together may both write it
        else:
            tmp.unlink()
    except OSError:  # a read-only install, a full disk: no copy
        pass
    return model


def _read_model(npz: Path, modelio) -> tuple:
    import numpy as np  # py3langid's own dependency

    with np.load(npz, allow_pickle=False) as data:  # (load_model's own reading of its uncompressed npz)
        return (data["ptc"], data["pc"], data["classes"].tolist(), modelio._to_array(data["nextmove"]),
                modelio._to_array(data["nextmove_row"]), data["out_feat"].tolist())


def _same_model(a: tuple, b: tuple) -> bool:
    import numpy as np

    return len(a) == len(b) and all(np.array_equal(x, y) if isinstance(x, np.ndarray) else (type(x) is type(y) and x == y)
                                    for x, y in zip(a, b, strict=True))


def _interleave(ident) -> None:
    """A state's row offset and output side by side, so each byte of the walk misses the cache once for them, not
    twice (the walk, `state = nm[rowbase[state] + byte]; f = out[state]`, is py3langid's own).

    State s is numbered 2s: rowbase[2s] is its row offset, out = rowbase shifted by one, so out[2s] is its output,
    and the next-state table holds 2s. The walk visits the same states and emits the same features."""
    import numpy as np  # py3langid's own dependency

    nm = ident.tk_nextmove
    n = len(ident._rowbase)
    if not (isinstance(nm, array) and nm.typecode == "I") or len(ident.tk_output) != n or 2 * n >= 2**31:
        return
    rowbase = np.frombuffer(ident._rowbase, dtype=np.int64)
    if rowbase.max() >= 2**31:
        return
    table = array("i", bytes(8 * n))
    both = np.frombuffer(table, dtype=np.int32)
    both[0::2] = rowbase
    both[1::2] = np.frombuffer(ident.tk_output, dtype=np.int32)
    np.frombuffer(nm, dtype=np.uint32)[:] *= 2  # in place: the 39 MB table is not copied
    ident._rowbase = table
    ident.tk_output = memoryview(table)[1:]


def classify(text: str) -> str:
    """py3langid's language of text (ISO 639-1), or 'und' when it has too few letters to tell."""
    if len(_LETTER.findall(text[:200])) < _MIN_LETTERS:
        return UNDETERMINED
    return _identifier().classify(text)[0]


def _sample(text: str) -> str:
    """Up to SAMPLE characters of running text: the start of the first paragraph with words, whole words."""
    for m in re.finditer(r"[^\n]*[^\W\d_]{3,}[^\n]*", text[:20000]):
        line = m.group(0)
        if len(line) >= 40 or m.end() > 2000:
            s = text[m.start():m.start() + SAMPLE]
            return s.rsplit(None, 1)[0] if len(s) == SAMPLE and " " in s else s
    return text[:SAMPLE]


_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[A-Za-z]+")  # the same runs in an ASCII text, without a Unicode class test per character


def detect(text: str) -> str:
    """The language of a report: 'en', 'de'... or 'und' (no words to tell). Detected once on a sample. A sample
    dense with English function words and without another language's is English without asking the model (most
    reports of an English feed: the model walks the text byte by byte in Python through a 39 MB table, ~1 ms once
    extraction has pushed that table out of the CPU's caches)."""
    sample = _sample(text)
    words = len((_ASCII_WORD if sample.isascii() else _WORD).findall(sample))
    if words >= 20:
        folded = fold(sample)
        en, foreign = _ENGLISH.count(sample, folded), _FOREIGN.count(sample, folded)
        # a headline-heavy start (names, figures, few function words) is English too when no foreign word is in it:
        # on 642 test and real texts, 60 more skip the model and the model calls none of them another language
        if en >= 0.2 * words and foreign <= 1 or en >= 0.1 * words and foreign == 0:
            return "en"
    return classify(sample)


def readable(language: str | None) -> bool:
    return language is None or language in READ or language == UNDETERMINED


def foreign_spans(text: str, language: str) -> list[tuple[int, int]]:
    """[start, end) of the paragraphs the extractor must not read: those py3langid finds in a language it does not
    read. Only paragraphs whose function words differ from the report's language are classified.

    The function words are found in one pass over the whole text and counted per paragraph (a paragraph's words are
    the text's words inside it: paragraphs are cut at blank lines, which no word touches). An English report drops
    only a paragraph with 3 or more foreign function words, so with fewer in the whole text (nearly every English
    report) no paragraph is looked at."""
    folded = fold(text)
    english_report = readable(language)
    if english_report and folded is not None and _FOREIGN.count(text, folded) < 3:
        return []  # (counted first: the offsets are needed only past that)
    foreign = _FOREIGN.starts(text, folded) if folded is not None else _starts_by_paragraph(_FOREIGN, text)
    if english_report and len(foreign) < 3:
        return []
    english = None if english_report else (
        _ENGLISH.starts(text, folded) if folded is not None else _starts_by_paragraph(_ENGLISH, text))
    out = []
    start = 0
    for m in [*_PARA.finditer(text), None]:
        end = m.start() if m else len(text)
        n_foreign = bisect.bisect_left(foreign, end) - bisect.bisect_left(foreign, start)
        if english_report:
            # the English count and the model only where they can matter
            drop = (n_foreign >= 3 and n_foreign >= _ENGLISH.count(text[start:end], fold(text[start:end]) if folded is None
                                                                     else folded[start:end + 1])
                    and not readable(classify(text[start:end])))
        else:
            n_en = bisect.bisect_left(english, end) - bisect.bisect_left(english, start)
            drop = not (n_en >= 3 and n_en > n_foreign and readable(classify(text[start:end])))
        if drop and text[start:end].strip():
            out.append((start, end))
        start = m.end() if m else end
    return out


def _starts_by_paragraph(wc: _WordCount, text: str) -> list[int]:
    """wc.starts(text, None), paragraph by paragraph: a text with one accented name is read by the IGNORECASE scan
    (~7x slower a character) only in that name's paragraph, the others folded. No word crosses or touches the blank
    lines between paragraphs, so the paragraphs' words are the whole text's."""
    out: list[int] = []
    start = 0
    for m in [*_PARA.finditer(text), None]:
        end = m.start() if m else len(text)
        para = text[start:end]
        out.extend(start + k for k in wc.starts(para, fold(para)))
        start = m.end() if m else end
    return out


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """text with the spans' characters blanked (newlines kept), so offsets into it stay offsets into text."""
    if not spans:
        return text
    parts, pos = [], 0
    for a, b in spans:
        parts.append(text[pos:a])
        parts.append(re.sub(r"[^\n]", " ", text[a:b]))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)
