"""World-wide coverage of the gazetteer (claims/gazetteer.yaml): actors, sources, countries and places of conflicts
anywhere, and the guards that keep a broad alias list from misreading ordinary text.

The sentences are written for these tests; none is taken from a corpus.
"""

from __future__ import annotations

from collections import defaultdict
from unittest.mock import ANY

import pytest
import yaml

import claims.gazetteer as gz
from claims import extract, find_places, place_within
from claims.gazetteer import gazetteer, normalize

PUB = "2024-05-06"  # ANY marks a field these tests leave to the extractor's rules (a bare "soldiers" with no country)
YAML = gz.GAZETTEER_PATH
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@pytest.fixture(scope="module")
def data() -> dict:
    return yaml.safe_load(YAML.read_text(encoding="utf-8"))


def _claims(text: str) -> list[tuple]:
    return [(c.outcome, c.value_low, c.party, c.attributed_to) for c in extract(text, published=PUB)]


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.entry.type, m.entry.name) for m in gazetteer().mentions(normalize(text))]


# ---- parties and sources through the new entries


@pytest.mark.parametrize("text, expected", [
    # ELN is its own actor, no longer folded into "FARC dissidents"
    ("ELN rebels freed 3 soldiers they had held for a month, the ELN said.", [("freed", 3, ANY, "ELN")]),
    ("Colombian troops killed five ELN rebels in Arauca, the army said.", [("killed", 5, "ELN", "Colombian army")]),
    ("The ELN said four of its fighters were killed by FARC dissidents.", [("killed", 4, "ELN", "ELN")]),
    # a country's demonym gives its army; the longer name wins over the one inside it
    ("Four Indian troops were killed in a gunfight on Monday.", [("killed", 4, "Indian army", None)]),
    ("Three South Sudanese soldiers were killed in an ambush, the army said.",
     [("killed", 3, "South Sudanese army", "South Sudanese army")]),
    ("Six Sudanese soldiers were killed, the army said.", [("killed", 6, "Sudanese army", "Sudanese army")]),
    ("Eight FARDC soldiers were killed in an ADF ambush.", [("killed", 8, "Congolese army", None)]),
    # sources: UN missions, national Red Crescent societies, monitors, generic "think tank"
    ("Two UN peacekeepers were wounded, UNMISS said.", [("wounded", 2, "UN peacekeepers", "UNMISS")]),
    ("Twenty people were killed, UNAMA said.", [("killed", 20, "all", "UNAMA")]),
    ("The Palestinian Red Crescent said 15 people were wounded in Jenin.",
     [("wounded", 15, "all", "Palestinian Red Crescent")]),
    ("A think tank said 120 soldiers were killed last year.", [("killed", 120, ANY, "think tank")]),
    # "RSF" stays the Rapid Support Forces; Reporters Without Borders has its own name
    ("The RSF said it killed 30 soldiers.", [("killed", 30, ANY, "RSF")]),
    ("Reporters Without Borders said 4 journalists were killed.", [("killed", 4, "civilians", "Reporters Without Borders")]),
])
def test_parties_and_sources(text: str, expected: list[tuple]) -> None:
    assert _claims(text) == expected


def test_named_groups_of_many_conflicts() -> None:
    cases = {
        "Kataib Hezbollah": "Kataib Hezbollah fighters", "Hezbollah": "Hezbollah fighters", "PMF": "Hashd al-Shaabi",
        "TPLF": "Tigrayan forces", "Ethiopian army": "ENDF", "OLA": "Oromo Liberation Army", "ADF": "ISCAP",
        "M23": "AFC/M23", "TTP": "Fitna al-Khawarij", "Maoists": "Naxalites", "KIA": "KIA", "Arakan Army": "Arakan Army",
        "Israeli army": "IDF", "Islamic Jihad": "Al-Quds Brigades", "Hamas": "Qassam Brigades", "CJNG": "CJNG",
        "Clan del Golfo": "Gulf Clan", "FARC dissidents": "Segunda Marquetalia", "gangs": "Viv Ansanm",
        "IS Mozambique": "Islamic State Mozambique Province", "ISGS": "IS Sahel", "al-Shabaab": "al-Shebab",
        "Dawlah Islamiyah": "Maute group", "NPA": "New People's Army", "Syrian National Army": "Turkish-backed factions",
    }
    for canonical, alias in cases.items():
        got = [(t, n) for _, t, n in _mentions(f"On Monday {alias} said this.")]
        assert got == [("actor", canonical)], (alias, got)


# ---- ordinary words must not become actors or countries


def test_case_sensitive_acronyms_are_not_ordinary_words() -> None:
    text = "Let us know at dawn whether they opt out, said the man in the car with the pdf; aa and kia are words here."
    assert [m for m in _mentions(text) if m[1] in ("actor", "country", "demonym")] == []
    assert ("LeT", "actor", "Lashkar-e-Taiba") in _mentions("Police said LeT militants attacked.")
    assert ("AA", "actor", "Arakan Army") in _mentions("The AA said it took the town.")
    assert ("US", "demonym", "United States") in _mentions("The US military said so.")


def test_longer_names_win() -> None:
    names = [n for n, *_ in find_places("Clashes in the Niger Delta and Niger State, then in Niger and Nigeria.")]
    assert names == ["Niger Delta", "Niger State", "Niger", "Nigeria"]
    names = [n for n, *_ in find_places("From Guinea-Bissau to Papua New Guinea and Equatorial Guinea, not Guinea.")]
    assert names == ["Guinea-Bissau", "Papua New Guinea", "Equatorial Guinea", "Guinea"]
    assert [n for n, *_ in find_places("South Sudan and Sudan")] == ["South Sudan", "Sudan"]
    assert [n for n, *_ in find_places("Democratic Republic of Congo, Republic of Congo, Congo")] == [
        "DR Congo", "Republic of the Congo", "DR Congo"]
    assert [n for n, *_ in find_places("Dominican Republic and Dominica")] == ["Dominican Republic", "Dominica"]
    # a lake or a city named after a country is not that country
    assert find_places("near Lake Chad")[0][:2] == ("Lake Chad", "area")
    assert place_within("Benin City") == ("Edo State", "Nigeria")


def test_places_chain_to_their_country() -> None:
    assert place_within("Mekelle") == ("Tigray", "Ethiopia")
    assert place_within("El Obeid") == ("North Kordofan", "Kordofan", "Sudan")
    assert place_within("Bukavu") == ("South Kivu", "DR Congo")
    assert place_within("Rafah") == ("Gaza Strip",)


# ---- the data itself


def _aliases(section: str, name: str, spec) -> list[tuple[str, bool]]:
    if section in ("sources", "wire_names"):
        return [(str(a), False) for a in spec or []]
    out = [(str(a), False) for a in [name, *(spec.get("aliases") or [])]]
    out += [(str(a), True) for a in spec.get("case_aliases") or []]
    if section == "countries" and spec.get("demonym"):
        out.append((str(spec["demonym"]), False))
    return out


def _key(alias: str, case: bool) -> str:
    """The key an alias is matched under (see Gazetteer.add): short all-capital acronyms keep their case."""
    a = normalize(alias).strip()
    letters = [c for c in a if c.isalpha()]
    if case or (letters and all(c.isupper() for c in letters) and len(a) <= 5):
        return a
    if any(c.isupper() and not c.isascii() for c in a):  # Харків, État: matched as written
        return a
    return a.lower()


@pytest.mark.parametrize("section", ["actors", "sources", "countries", "places", "wire_names"])
def test_each_alias_has_one_entry_per_section(data: dict, section: str) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for name, spec in data[section].items():
        for alias, case in _aliases(section, name, spec):
            if "{" not in alias:
                owners[_key(alias, case)].add(name)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}


def test_no_alias_stands_for_two_kinds_of_thing() -> None:
    """One matched string is one entry (a country with its own demonym spelling aside)."""
    g = gazetteer()
    for key, entries in [*g.ci.items(), *g.cs.items()]:
        names = {(e.type, e.name) for e in entries}
        if len(names) > 1:
            assert {e.type for e in entries} <= {"country", "demonym"} and len({e.name for e in entries}) == 1, (key, names)


def test_case_insensitive_aliases_can_match(data: dict) -> None:
    """Case-insensitive aliases run on an ASCII-lowercased text: an alias with a non-ASCII capital could never match."""
    bad = []
    for section in ("actors", "sources", "countries", "places"):
        for name, spec in data[section].items():
            for alias, case in _aliases(section, name, spec):
                if _key(alias, case) != alias and alias.lower() != alias.translate(_ASCII_LOWER):
                    bad.append(alias)
    assert bad == []


def test_countries_and_places_are_consistent(data: dict) -> None:
    countries, places = data["countries"], data["places"]
    assert len(countries) >= 197  # UN members, Palestine, Kosovo, Taiwan, Western Sahara
    for name in ("South Sudan", "Palestine", "Kosovo", "Taiwan", "Western Sahara", "Guinea-Bissau", "Timor-Leste"):
        assert gazetteer().canonical_place(name) in countries, name
    assert all(spec.get("demonym") for spec in countries.values())
    for name, spec in places.items():
        assert spec.get("kind") in ("facility", "city", "region", "area"), name
        assert not spec.get("country") or spec["country"] in countries, name
        assert not spec.get("within") or spec["within"] in places or spec["within"] in countries, name
    kinds = {spec.get("kind") for spec in data["actors"].values()}
    assert kinds <= {"armed_group", "state", "force", "parent"}
    wire = {normalize(str(a)).lower() for a in data["sources"]["wire"]}
    assert all(normalize(str(a)).lower() in wire for aliases in data["wire_names"].values() for a in aliases)


# ---- other scripts and languages (sentences written for these tests)


def _places(text: str) -> list[str]:
    return [n for n, *_ in find_places(text)]


def test_arabic_place_names_with_joined_prepositions() -> None:
    text = "قتل ثلاثة مدنيين في الحسكة، وسقطت قذيفة بالموصل ووصلت تعزيزات إلى صنعاء والخرطوم وللفاشر."
    assert _places(text) == ["Hasakeh", "Mosul", "Sanaa", "Khartoum", "El Fasher"]
    # a word that merely contains a name is not that name
    assert _places("المحسكةوالي") == []


def test_arabic_actor_names() -> None:
    got = [(t, n) for _, t, n in _mentions("قالت قسد إن داعش هاجم سجن غويران، وقالت قوات الدعم السريع إن حركة الشباب ...")]
    assert got == [("actor", "SDF"), ("actor", "ISIS"), ("place", "Ghwayran prison"), ("actor", "RSF"),
                   ("actor", "al-Shabaab")]


def test_cyrillic_place_names_in_their_case_forms() -> None:
    uk = "Унаслідок обстрілу Харкова загинули двоє людей, у Києві та Одесі оголошено тривогу."
    ru = "В Харькове и Киеве прогремели взрывы, сообщили в Запорожье."
    assert _places(uk) == ["Kharkiv", "Kyiv", "Odesa"]
    assert _places(ru) == ["Kharkiv", "Kyiv", "Zaporizhzhia"]
    # capitalised Cyrillic aliases are matched as written: a capital the ASCII lowering cannot fold still matches
    assert [n for _, _, n in _mentions("Исламское государство взяло ответственность, заявили ВСУ.")] == [
        "ISIS", "Ukrainian army"]


def test_french_spanish_portuguese_names() -> None:
    assert [n for _, _, n in _mentions("L'État islamique a revendiqué l'attaque près de Tombouctou, au Tchad et en Syrie.")] == [
        "ISIS", "Timbuktu", "Chad", "Syria"]
    assert _places("Ataque en Culiacán, México; ataque em Palma, Moçambique.") == [
        "Culiacan", "Mexico", "Palma", "Mozambique"]


@pytest.mark.parametrize("town, chain", [
    ("Lashkar Gah", ("Helmand", "Afghanistan")),
    ("Kupiansk", ("Kharkiv Oblast", "Ukraine")),
    ("Харкові", ("Kharkiv Oblast", "Ukraine")),
    ("Mosul", ("Nineveh", "Iraq")),
    ("الموصل", ("Nineveh", "Iraq")),
    ("Sednaya prison", ("Saydnaya", "Rif Dimashq", "Syria")),
    ("Afungi", ("Palma", "Cabo Delgado", "Mozambique")),
    ("Kousseri", ("Far North region", "Cameroon")),
    ("Kaga-Bandoro", ("Nana-Grebizi", "Central African Republic")),
    ("Cap-Haïtien", ("Nord department", "Haiti")),
    ("Miranshah", ("North Waziristan", "Khyber Pakhtunkhwa", "Pakistan")),
])
def test_new_towns_chain_to_region_and_country(town: str, chain: tuple) -> None:
    assert place_within(town) == chain


def test_first_level_regions_named_like_a_country_a_city_or_a_word() -> None:
    assert _places("Clashes in Georgia; a storm in the U.S. state of Georgia.") == ["Georgia", "Georgia (U.S. state)"]
    assert _places("New York, upstate New York, Washington State and Washington, D.C.") == [
        "New York State", "Washington State", "District of Columbia"]
    assert _places("Baja California, California, New England, England, New South Wales, Kansas City") == [
        "Baja California", "California", "New England", "England", "New South Wales", "Kansas City"]
    assert _places("the Sierra Nevada de Santa Marta; the Brandenburg Gate") == ["Sierra Nevada", "Brandenburg Gate"]
    # a given name, a word, a club or a meeting is not a region
    assert _places("Victoria and Brittany met at the family reunion; Lazio fans marched; a free state; Scotland Yard") == []
    assert place_within("Quebec City") == ("Quebec", "Canada")
    assert place_within("Eldoret") == ("Uasin Gishu", "Kenya")
