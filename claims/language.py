"""The language of a report and of its passages (issue 19): the extractor's rules read English only.

A report's language is py3langid's verdict (a naive Bayes model that ships inside the package; nothing is downloaded)
on a sample of its text, once per report. A mixed report is split by paragraph only where function words of another
language than the report's show up, and py3langid decides each such paragraph, so an English-only report pays for
one short classification and a regex pass.
"""

from __future__ import annotations

import re
from functools import lru_cache

READ = frozenset({"en"})  # the languages the extractor's rules are written for
UNDETERMINED = "und"
# the languages py3langid chooses among: those of news feeds; without the restriction short English paragraphs
# are often taken for English-based creoles or small languages (Nigerian Pidgin, Scots Gaelic, Afrikaans...)
LANGUAGES = ("en de fr es it pt nl sv da no pl cs sk ru uk bg sr hr ro hu el tr ar fa ur hi bn id ms tl sw ha so am "
             "zh ja ko vi th he fi et lv lt ca").split()
SAMPLE = 400  # characters classified per report: ~0.2 ms
_MIN_LETTERS = 12  # fewer letters than this: too little to tell, read as English

# function words frequent in one language and rare in English news (not names: "de", "la", "al", "van" are left out);
# they only decide which paragraphs py3langid looks at
_FOREIGN = re.compile(r"(?<![\w'-])(?:der|und|ist|nicht|wurde|wurden|werden|eine|einer|einem|mit|auf|dem|den|sich|"
                      r"auch|nach|zu|les|est|une|dans|pour|avec|sont|été|qui|pas|sur|aux|du|ont|à|los|las|una|por|"
                      r"fue|fueron|según|del|para|está|que|como|más|y|della|sono|il|gli|che|non|è|não|foram|uma|com|"
                      r"dos|pelo|het|een|zijn|werd|niet|och|att|är|og|er|ikke|się|jest|nie|że)(?![\w'-])", re.I)
_ENGLISH = re.compile(r"(?<![\w'-])(?:the|and|of|was|were|is|are|said|has|have|had|been|with|from|that|which|"
                      r"by|at|on|in|to)(?![\w'-])", re.I)
_PARA = re.compile(r"\n[ \t]*\n")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages([x for x in LANGUAGES if x in ident.nb_classes])
    return ident


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


def detect(text: str) -> str:
    """The language of a report: 'en', 'de'... or 'und' (no words to tell). Detected once on a sample. A sample
    dense with English function words and without another language's is English without asking the model (most
    reports of an English feed: the model walks the text byte by byte in Python, ~0.4 ms)."""
    sample = _sample(text)
    words = len(_WORD.findall(sample))
    if words >= 20 and len(_ENGLISH.findall(sample)) >= 0.2 * words and len(_FOREIGN.findall(sample)) <= 1:
        return "en"
    return classify(sample)


def readable(language: str | None) -> bool:
    return language is None or language in READ or language == UNDETERMINED


def foreign_spans(text: str, language: str) -> list[tuple[int, int]]:
    """[start, end) of the paragraphs the extractor must not read: those py3langid finds in a language it does not
    read. Only paragraphs whose function words differ from the report's language are classified."""
    out = []
    english_report = readable(language)
    start = 0
    for m in [*_PARA.finditer(text), None]:
        end = m.start() if m else len(text)
        para = text[start:end]
        if english_report:
            n_foreign = len(_FOREIGN.findall(para))  # the English count only where it can matter
            drop = n_foreign >= 3 and n_foreign >= len(_ENGLISH.findall(para)) and not readable(classify(para))
        else:
            n_en = len(_ENGLISH.findall(para))
            drop = not (n_en >= 3 and n_en > len(_FOREIGN.findall(para)) and readable(classify(para)))
        if drop and para.strip():
            out.append((start, end))
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
