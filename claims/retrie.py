"""Compile word lists into trie-shaped regex alternations.

Python's re tries alternatives one by one at every position; a trie makes each position cost a
character or two, which keeps full-text scans linear and fast.
"""

from __future__ import annotations

import re
from re import _constants as _K
from re import _parser as _P


def trie_regex(words, space: str = r"\s+") -> str:
    """A non-capturing regex matching any of `words` (longest first); a space in a word matches `space`."""
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
    text. Consuming the character before a match instead (`[^BAD]BODY`) lets it skip in C to the positions after an
    allowed character, by a bitmap test when the text is ASCII. Matches then start one character early: read spans
    with m.start(group) and m.end(), `group` spanning all BODY consumes (plain `pattern` matches have it too). Two
    positions the leading character cannot cover are tried with `pattern` itself: the start of the text, and the end
    of a match that ends with an allowed character (the next one could start right there), so the list is the same.
    """

    def __init__(self, pattern: re.Pattern, group=0):
        src = pattern.pattern
        assert src.startswith("(?<!")
        k = src.index(")")
        bad, body = src[4:k], src[k + 1:]
        flags = pattern.flags  # the lead patterns read BODY (and the look-behind) as pattern does, IGNORECASE too
        bad_re = re.compile(bad, flags)
        assert bad_re.fullmatch("x") and not bad_re.match(" ")  # one character (the index above found its end)
        ok_ascii = "".join(re.escape(chr(c)) for c in range(128) if not bad_re.match(chr(c)))
        self.group = group
        self.pattern = pattern
        self._ascii = re.compile(f"[{ok_ascii}]{body}", flags)
        self._any = re.compile(f"[{ok_ascii}\\x80-\\U0010ffff](?<!{bad}){body}", flags)
        self._ok = re.compile(f"(?!{bad})[\\s\\S]", flags).match  # a character a match may follow
        self._bad = frozenset(chr(c) for c in range(128) if bad_re.match(chr(c)))  # ASCII ones it may not follow

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """`pattern.search(text, pos, endpos)`, the same match, faster: the lead pattern skips to a position after an
        allowed character, and `pattern` itself matches there (and at `pos`, which the lead cannot cover)."""
        if endpos is None:
            endpos = len(text)
        full = self.pattern.match
        m = full(text, pos, endpos)
        if m is not None:
            return m
        lm = (self._ascii if text.isascii() else self._any).search(text, pos, endpos)
        return full(text, lm.start() + 1, endpos) if lm is not None else None

    def findall(self, text: str) -> list:
        lead = self._ascii if text.isascii() else self._any
        full = self.pattern.match
        ok = self._ok
        bad = self._bad
        out: list = []
        pos = 0
        while True:
            if pos == 0 or ok(text, pos - 1):
                m = full(text, pos)
                if m:
                    out.append(m)
                    pos = m.end()
                    continue
            for m in lead.finditer(text, pos):
                out.append(m)
                e = m.end()
                if text[e - 1] not in bad and ok(text, e - 1):
                    pos = m.end()
                    break
            else:
                return out


def final_words(src: str) -> set[str]:
    """The letters each string `src` matches ends with: the last run of a-z of each (after the last repeat with no
    bound, which may add letters before them; ValueError when none, or for a construct this does not read). A string
    that ends with none of them (after what follows the pattern) cannot end with a match, a test cheaper than an
    end-anchored search."""
    out = set()
    for s in _strings(_P.parse(src)):
        w = re.search(r"[a-z\x00]*$", s).group(0).rpartition("\x00")[2]
        if not w:
            raise ValueError(f"no final word in {src[:60]}")
        out.add(w)
    return out


def _strings(sub) -> set[str]:
    """Every string a parsed pattern matches, a blank class as one space, a repeat of blanks as one or none, and a
    repeat with no bound of anything else as the mark \\x00 (assertions match the empty string: a superset)."""
    out = {""}
    for op, av in sub:
        if op is _K.LITERAL:
            alts = {chr(av)}
        elif op is _K.IN:
            alts = set()
            for o, a in av:
                if o is _K.LITERAL:
                    alts.add(chr(a))
                elif o is _K.RANGE:
                    alts |= {chr(c) for c in range(a[0], a[1] + 1)}
                elif o is _K.CATEGORY and a is _K.CATEGORY_SPACE:
                    alts.add(" ")
                else:
                    raise ValueError(f"class {o} {a}")
        elif op is _K.BRANCH:
            alts = set().union(*(_strings(b) for b in av[1]))
        elif op is _K.SUBPATTERN:
            alts = _strings(av[3])
        elif op in (_K.MAX_REPEAT, _K.MIN_REPEAT):
            lo, hi, item = av
            item_s = _strings(item)
            if hi is _K.MAXREPEAT and not all(set(x) <= {" "} for x in item_s):
                alts = {"\x00"}
            else:
                alts = set()
                for n in ({lo, max(lo, 1)} if hi is _K.MAXREPEAT else range(lo, hi + 1)):
                    cur = {""}
                    for _ in range(n):
                        cur = {a + b for a in cur for b in item_s}
                    alts |= cur
        elif op in (_K.AT, _K.ASSERT, _K.ASSERT_NOT):
            alts = {""}
        else:
            raise ValueError(f"op {op}")
        out = {a + b for a in out for b in alts}
    return out
