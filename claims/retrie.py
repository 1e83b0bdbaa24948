"""Compile word lists into trie-shaped regex alternations.

Python's re tries alternatives one by one at every position; a trie makes each position cost a
character or two, which keeps full-text scans linear and fast.
"""

from __future__ import annotations

import re


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
