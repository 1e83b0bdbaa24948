"""Compile word lists into trie-shaped regex alternations.

Python's re tries alternatives one by one at every position; a trie makes each position cost a
character or two, which keeps full-text scans linear and fast.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from functools import cached_property, lru_cache
from re import _constants as _K
from re import _parser as _P

from . import recache


def trie_regex(words, space: str = r"\s+") -> str:
    """A non-capturing regex matching any of `words` (longest first); a space in a word matches `space`."""
    words = list(words)
    if len(words) >= 200:  # (the gazetteer's ~7,000 aliases: ~0.05 s a process, kept on disk by recache.memo)
        return recache.memo(f"trie_regex {_source_digest()}\0{space!r}\0{words!r}", lambda: _trie_regex(words, space))
    return _trie_regex(words, space)


def _trie_regex(words, space: str) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def esc(ch: str) -> str:
        return space if ch == " " else re.escape(ch)

    def build(node: dict) -> str:
        if list(node) == [""]:
            return ""
        alts, optional = [], False
        for ch in sorted(node, key=lambda c: (c == "", c)):
            if ch == "":
                optional = True
                continue
            alts.append(esc(ch) + build(node[ch]))
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if optional:
            body = "(?:" + body + ")?"
        return body

    return "(?:" + build(trie) + ")"



class LeadScan:
    """`pattern.finditer(text)` as a list, and `pattern.search`, faster, for a pattern `(?<!BAD)BODY` whose look-behind
    tests one character.

    re has no fast skip for a pattern that opens with a look-behind: it enters the matcher at every position of the
    text. Consuming the character before a match instead (`[^BAD]BODY`, spelled as the ASCII characters BAD leaves)
    lets it skip in C to the positions after an allowed ASCII character, by a bitmap test. Matches then start one
    character early: read spans with m.start(group) and m.end(), `group` spanning all BODY consumes (plain `pattern`
    matches have it too). The positions the lead character cannot cover are tried with `pattern` itself: the start of
    the text, the end of a match that ends with an allowed character (the next one could start right there), and the
    positions after an allowed non-ASCII character (a dash, a bullet, a no-break space: a few a report; letters are
    never allowed), so the list is the same. One lead pattern serves every text: a second one for non-ASCII texts
    (a lead class of every character) cost as much to compile as the first, ~0.1 s for a long word list, on the first
    report with an em dash.
    """

    def __init__(self, pattern: re.Pattern, group=0):
        src = pattern.pattern
        assert src.startswith("(?<!")
        k = src.index(")")
        bad, body = src[4:k], src[k + 1:]
        flags = pattern.flags  # the lead pattern reads BODY (and the look-behind) as pattern does, IGNORECASE too
        bad_re = re.compile(bad, flags)
        assert bad_re.fullmatch("x") and not bad_re.match(" ")  # one character (the index above found its end)
        ok_ascii = "".join(re.escape(chr(c)) for c in range(128) if not bad_re.match(chr(c)))
        self.group = group
        self.pattern = pattern
        # compiled on first use: a scan of a long word list costs ~0.1 s to compile, and many processes never use it
        self._lead_src = (f"[{ok_ascii}]{body}", flags)
        self._ok = re.compile(f"(?!{bad})[\\s\\S]", flags).match  # a character a match may follow
        self._bad = frozenset(chr(c) for c in range(128) if bad_re.match(chr(c)))  # ASCII ones it may not follow
        # a non-ASCII character a match may follow (the class itself case-sensitive: only the look-behind folds case)
        self._after_non_ascii = re.compile(f"(?-i:[^\\x00-\\x7f])(?<!{bad})", flags).finditer
        self._may_follow = _CharTest(re.compile(f"(?-i:[^\\x00-\\x7f])(?<!{bad})", flags).match)  # the same, by character

    @cached_property
    def _ascii(self) -> re.Pattern:  # the lead pattern
        return recache.compile(*self._lead_src)

    def _extra(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int]:
        """The positions in [pos, endpos] right after an allowed non-ASCII character, where the lead cannot go."""
        if text.isascii():
            return []
        if pos == 0 and endpos is None:  # a whole text: its non-ASCII characters are found once for all the scans
            ok = self._may_follow
            return [e for e, ch in _non_ascii(text) if ok[ch]]
        return [m.end() for m in self._after_non_ascii(text, pos, len(text) if endpos is None else endpos)]

    # a span shorter than this is searched by `pattern` itself: the lead's skip does not pay for its second program
    # there (the searches of the few words before a figure, of a sentence: 0.5-0.9x the time in extraction, where
    # both programs are out of the CPU caches; the lead wins from ~300-500 characters on)
    short = 300

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """`pattern.search(text, pos, endpos)`, the same match, faster: on a long span the lead pattern skips to a
        position after an allowed character, and `pattern` itself matches there (and at `pos` and after allowed
        non-ASCII characters, which the lead cannot cover)."""
        if endpos is None:
            endpos = len(text)
        if endpos - pos < self.short:
            return self.pattern.search(text, pos, endpos)
        return self._lead_search(text, pos, endpos)

    def _lead_search(self, text: str, pos: int, endpos: int) -> re.Match | None:
        full = self.pattern.match
        m = full(text, pos, endpos)
        if m is not None:
            return m
        lm = self._ascii.search(text, pos, endpos)
        at = lm.start() + 1 if lm is not None else endpos + 1
        for q in self._extra(text, pos, max(pos, at - 1)):  # (each after pos, which was tried)
            m = full(text, q, endpos)
            if m is not None:
                return m
        return full(text, at, endpos) if lm is not None else None

    def findall(self, text: str) -> list:
        lead = self._ascii
        full = self.pattern.match
        ok = self._ok
        bad = self._bad
        extra = self._extra(text)
        out: list = []
        pos = 0
        while True:
            if pos == 0 or ok(text, pos - 1):
                m = full(text, pos)
                if m:
                    out.append(m)
                    pos = m.end()
                    continue
            k = bisect.bisect_right(extra, pos) if extra else 0
            first = None  # a match at a position after a non-ASCII character, before the lead's next one
            for m in lead.finditer(text, pos):
                if extra:
                    first = _first_match(full, text, extra, k, m.start() + 1)
                    if first is not None:
                        break
                out.append(m)
                e = pos = m.end()
                if text[e - 1] not in bad and ok(text, e - 1):
                    break
                if extra:
                    k = bisect.bisect_right(extra, e)
            else:
                first = _first_match(full, text, extra, k, len(text) + 1) if extra else None
                if first is None:
                    return out
            if first is not None:
                out.append(first)
                pos = first.end()


class _CharTest(dict):
    """match(ch) is not None for each character asked (kept: a report has a few kinds of non-ASCII characters)."""

    def __init__(self, match) -> None:
        super().__init__()
        self._match = match

    def __missing__(self, ch: str) -> bool:
        ok = self[ch] = self._match(ch) is not None
        return ok


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_last_non_ascii: tuple = ()  # ((text, its list), ...) of the last two texts (a report's and its lower-cased copy)


def _non_ascii(text: str) -> list[tuple[int, str]]:
    """(end, character) of each non-ASCII character of text: the scans of one report (of its text and of its
    lower-cased copy, with the same non-ASCII characters) share them."""
    global _last_non_ascii
    last = _last_non_ascii  # (one tuple, replaced whole: a thread reads either the old or the new one)
    for t, out in last:
        if t is text:
            return out
    out = [(m.end(), m[0]) for m in _NON_ASCII.finditer(text)]
    _last_non_ascii = ((text, out), *last[:1])
    return out


def _first_match(full, text: str, starts: list[int], k: int, before: int) -> re.Match | None:
    """The first of full(text, q) for q in starts[k:] below `before` that matches, or None (by index: a slice would
    copy the rest of the list for each match of a long text)."""
    n = len(starts)
    while k < n:
        q = starts[k]
        if q >= before:
            return None
        m = full(text, q)
        if m is not None:
            return m
        k += 1
    return None


def final_words(src: str) -> set[str]:
    """What each string the pattern `src` matches ends with, ASCII letters lower-cased, after its trailing blanks: its last run of
    a-z letters (only the letters after the last stretch this cannot spell out, see _strings), or its last character
    when that is no letter. A string whose end (blanks stripped) is none of them cannot end with a match: a test
    cheaper than an end-anchored search. ValueError when a match may end with a stretch this cannot spell out."""
    out = set()
    for s in _strings(_P.parse(src), [0]):
        s = s.rstrip(" ")
        run = _LAST_RUN.search(s).group(0)
        w = run.rpartition("\x00")[2] if run else s[-1:]
        if not w or w == "\x00":
            raise ValueError(f"no final word in {src[:60]}")
        out.add(w)
    return out


def _strings(sub, size: list) -> set[str]:
    """Every string a parsed pattern matches, spelled so that its end is exact: a blank (\\s) as one space, a run of
    blanks as one or none, and \\x00 for any stretch this does not spell out (a class such as \\w or [^.], a repeat
    of more than 4 or of no bound, which then ends with one of its item's strings). Assertions match the empty
    string. ValueError past 200,000 strings."""
    out = {""}
    for op, av in sub:
        if op is _K.LITERAL:
            alts = {_lower(chr(av))}
        elif op is _K.IN:
            alts = set()
            for o, a in av:
                if o is _K.LITERAL:
                    alts.add(_lower(chr(a)))
                elif o is _K.RANGE:
                    alts |= {_lower(chr(c)) for c in range(a[0], a[1] + 1)}
                elif o is _K.CATEGORY and a is _K.CATEGORY_SPACE:
                    alts.add(" ")
                else:  # a negated class, \\w, \\d...: any of many characters
                    alts = {"\x00"}
                    break
        elif op in (_K.ANY, _K.NOT_LITERAL):
            alts = {"\x00"}
        elif op is _K.BRANCH:
            alts = set().union(*(_strings(b, size) for b in av[1]))
        elif op is _K.SUBPATTERN:
            alts = _strings(av[3], size)
        elif op in (_K.MAX_REPEAT, _K.MIN_REPEAT):
            lo, hi, item = av
            item_s = _strings(item, size)
            if all(set(x) <= {" "} for x in item_s):  # blanks: how many does not matter, only whether any
                counts = sorted({lo, max(lo, 1)} if hi is _K.MAXREPEAT else {lo, min(max(lo, 1), hi)})
            elif hi is _K.MAXREPEAT or hi > 4:  # ..., then the last repetition
                alts = {"\x00" + x for x in item_s} | ({""} if lo == 0 else set())
                counts = ()
            else:
                counts = range(lo, hi + 1)
            if counts:
                alts = set()
                for n in counts:
                    cur = {""}
                    for _ in range(n):
                        cur = {a + b for a in cur for b in item_s}
                    alts |= cur
        elif op in (_K.AT, _K.ASSERT, _K.ASSERT_NOT):
            alts = {""}
        else:
            raise ValueError(f"op {op}")
        out = {_end_of(a + b) for a in out for b in alts}
        size[0] += len(out)
        if size[0] > 200_000:
            raise ValueError("too many strings")
    return out


def _lower(ch: str) -> str:
    return ch.lower() if ch.isascii() else ch  # as the ASCII-lower-cased copy of a text has it


_LAST_RUN = re.compile(r"[a-z\x00]*$")


def _end_of(s: str) -> str:
    """The part of s that decides how s, and any string that goes on with s's strings, ends: its trailing blanks as
    one space, and before them its last run of letters (\\x01 standing for the character before that run) or, when
    s ends with no letter, its last character."""
    t = s.rstrip(" ")
    blank = " " if len(t) < len(s) else ""
    run = _LAST_RUN.search(t).group(0)
    if run:
        return ("\x01" if len(run) < len(t) else "") + run + blank
    return t[-1:] + blank


def start_stems(src: str) -> list[str]:
    """Strings one of which starts every match of the (case-sensitive) pattern `src`: the literal characters each way
    through it opens with, up to its first class, repeat or other item this does not spell out (assertions are read
    as empty); none a prefix of another. For a guard look-ahead (lexicon.lc_guarded) that rejects most positions at
    once. ValueError when a match may open with no literal. Kept on disk (recache.memo): the parse costs ~25 ms."""
    return recache.memo(f"start_stems {_source_digest()}\0{src}", lambda: _start_stems(src))


def _start_stems(src: str) -> list[str]:
    p = _P.parse(src)
    if p.state.flags & re.IGNORECASE:
        raise ValueError("IGNORECASE: a literal stands for several characters")
    out = {s for s, _ in _stems(p, [0])}
    if "" in out:
        raise ValueError(f"a match may open with no literal: {src[:60]}")
    return sorted(s for s in out if not any(t != s and s.startswith(t) for t in out))


def _stems(sub, size: list) -> set[tuple[str, bool]]:
    """(prefix, open) for each way through a parsed pattern: the literal characters it opens with, and whether every
    item so far was one (then the next item's literals go on it)."""
    cur = {("", True)}
    for op, av in sub:
        if not any(o for _, o in cur):
            break
        if op in (_K.AT, _K.ASSERT, _K.ASSERT_NOT):
            continue  # zero width: the characters after it open the match alike
        if op is _K.LITERAL:
            alts = {(chr(av), True)}
        elif op is _K.IN and all(o is _K.LITERAL for o, _ in av):
            alts = {(chr(a), True) for _, a in av}
        elif op is _K.SUBPATTERN:
            if av[1] or av[2]:
                raise ValueError("flags inside the pattern")
            alts = _stems(av[3], size)
        elif op is _K.BRANCH:
            alts = set().union(*(_stems(b, size) for b in av[1]))
        elif op in (_K.MAX_REPEAT, _K.MIN_REPEAT):  # its first item's literals, then no more; or none, and on
            alts = {(s, False) for s, _ in _stems(av[2], size)} | (set() if av[0] >= 1 else {("", True)})
        else:
            alts = {("", False)}
        cur = {(s + t, o2) for s, o in cur for t, o2 in (alts if o else [("", False)])}
        size[0] += len(cur)
        if size[0] > 200_000:
            raise ValueError("too many ways")
    return cur


def _final_words_or_any(src: str) -> set[str]:
    try:
        return final_words(src)
    except ValueError:
        return {""}  # every text may end with a match


@lru_cache(maxsize=1)
def _source_digest() -> str:
    """A hash of this module's source (what final_words derives depends on it)."""
    from ._native import _SRC

    return hashlib.sha256((_SRC / "retrie.py").read_bytes()).hexdigest()


class EndWords:
    """A fast test that a (lower-cased, right-stripped) text may end with a match of an end-anchored pattern: it ends
    with one of the pattern's final_words. Looked up by the last two characters, then one short endswith. A pattern
    final_words cannot read gets no test (every text may end with a match)."""

    def __init__(self, src: str | None = None, words=None):
        if words is None:  # (derived at import, ~35 ms for the lexicon's: kept in the import bundle, recache.imports)
            words = recache.memo(f"final_words {_source_digest()}\0{src}", lambda: _final_words_or_any(src))
        self.words = tuple(sorted(words))
        self.longest = max(map(len, self.words))
        self._by_last2: dict[str, tuple] = {}
        for w in self.words:
            if len(w) >= 2:
                self._by_last2[w[-2:]] = self._by_last2.get(w[-2:], ()) + (w,)
        self._short = tuple(w for w in self.words if len(w) < 2)

    def may_end(self, t: str) -> bool:
        """t (lower-cased, blanks stripped on the right) ends with one of the words."""
        return t.endswith(self._by_last2.get(t[-2:], ())) or (bool(self._short) and t.endswith(self._short))

    def may_end_folded(self, t: str) -> bool:
        """may_end for an IGNORECASE pattern and t = text.lower().rstrip(): also true when t's end is not ASCII, where
        IGNORECASE may fold a letter (long s, dotless i, Kelvin sign) to an ASCII one that lower() leaves alone."""
        return self.may_end(t) or not t[-2 * self.longest - 2:].isascii()
