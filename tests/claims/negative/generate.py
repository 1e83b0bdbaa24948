"""Writes the negative corpus: texts/*.txt and manifest.jsonl (file, language, topic, origin).

The texts are news that is not about casualties: the hand-written paragraphs of hand.txt, plus paragraphs composed
from the word lists below (seeded, so the output is stable). Run it after editing either; the outputs are committed.
Usage: python tests/claims/negative/generate.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

# per language and topic: sentence templates; {n} {m} {k} small counts, {v} a version, {t} a clock time, {d} degrees,
# {p} a percent, {s} a legal section, {x} a score
TEMPLATES = {
    "en": {
        "tech": ["Version {v} was released on {day} with {n} bug fixes.", "The update freed {n} MB of disk space.",
                 "Build {k} killed {m} idle processes after {n} seconds.", "The library dropped {n} old APIs in release {v}.",
                 "Our benchmark captured {n} traces in {m} minutes.", "The installer shot up to {p} percent faster in {v}.",
                 "The {n} missing translations were added at {t}.", "{n} escaped quotes broke the parser until {v}."],
        "business": ["The board fired {n} managers and hired {m}.", "The brand captured {p} percent of the market in {n} years.",
                     "The retailer lost {n} million dollars in the quarter.", "Shares shot up {p}% by {t}.",
                     "The firm released {n} new products in {m} countries.", "Sales died down after {n} weeks."],
        "sport": ["The team lost {x} away and dropped {n} places.", "She shot {k} in the second round.",
                  "The club released {n} players and captured the title by {m} points.", "The keeper made {n} saves in {m} minutes.",
                  "They were held to a {x} draw after {n} corners.", "Their {n} forwards killed the game in the last {m} minutes."],
        "courts": ["Under section {s} the judge dismissed {n} counts.", "Defendant {n} was ordered to pay {k} pounds.",
                   "The court released its ruling at {t} on {day}.", "Paragraph {k} bars {n} of the {m} claims.",
                   "Article {s} was struck down by {n} votes to {m}."],
        "science": ["The samples were kept at {d}°C for {n} hours.", "The probe captured {k} images in {n} days.",
                    "The trial lost {n} of {k} participants to follow-up.", "Cells died within {n} minutes at {d} degrees.",
                    "The team released {n} data sets covering {m} years."],
        "culture": ["The film was shot in {n} days in {city}.", "The band released {n} albums in {m} years.",
                    "The show killed for {n} minutes before {m} encores.", "The museum captured {n} percent more visitors.",
                    "Tickets for the {n} concerts sold out at {t}."],
        "weather": ["Temperatures hit {d}°C on {day} and fell to {m} degrees at night.", "The wind died down after {n} hours.",
                    "Up to {k} mm of rain fell by {t}.", "The heatwave lost strength after {n} days."],
        "politics": ["The assembly killed {n} bills and passed {m}.", "The motion was lost by {n} votes.",
                     "The party captured {k} seats, up {n}.", "The bill died in committee after {n} amendments."],
        "recipe": ["Bake for {n} minutes at {d} degrees.", "Beat {n} eggs with {k} g of sugar.", "Serves {n}.",
                   "Step {n}: simmer for {m} minutes."],
    },
    "de": {
        "tech": ["Die Version {v} wurde am {day} veröffentlicht.", "Die die Software nutzen, sparen {n} Sekunden.",
                 "Das Update behebt {n} Fehler in {m} Modulen."],
        "courts": ["Die Beklagte zu {n} trägt die Kosten.", "Nach § {s} ist die Klage unzulässig.",
                   "Die Kammer hat {n} von {m} Anträgen abgelehnt.", "Die die Klage stützenden {n} Gutachten überzeugen nicht."],
        "sport": ["Die Mannschaft verlor {x} in {city}.", "Die die Tore schossen, waren {n} Spieler.",
                  "Nach {m} Minuten fiel das {n}. Tor."],
        "weather": ["Am {day} wurden {d} Grad gemessen.", "Die Warnung gilt bis {t} Uhr für {n} Kreise."],
        "business": ["Der Vorstand hat {n} Manager entlassen.", "Die Aktie stieg um {p} Prozent."],
        "recipe": ["Die Eier {n} Minuten kochen.", "Bei {d} Grad {m} Minuten backen."],
    },
    "fr": {
        "tech": ["La version {v} a été publiée le {day}.", "La mise à jour corrige {n} bogues dans {m} modules."],
        "courts": ["Selon l'article {s}, la demande est rejetée.", "Les {n} parties ont {m} jours pour faire appel."],
        "sport": ["L'équipe a perdu {x} à {city}.", "Les {n} buts sont arrivés en {m} minutes."],
        "weather": ["Il a fait {d} degrés le {day}.", "L'alerte concerne {n} départements jusqu'à {t}."],
        "business": ["Le groupe a licencié {n} cadres.", "L'action a gagné {p} % à {t}."],
        "recipe": ["Cuire {n} minutes à {d} degrés.", "Ajouter {n} œufs et {k} g de farine."],
    },
    "es": {
        "tech": ["La versión {v} se publicó el {day}.", "La actualización corrige {n} errores en {m} módulos."],
        "courts": ["Según el artículo {s}, se desestima la demanda.", "Las {n} partes tienen {m} días para recurrir."],
        "sport": ["El equipo perdió {x} en {city}.", "Los {n} goles llegaron en {m} minutos."],
        "weather": ["Se registraron {d} grados el {day}.", "La alerta afecta a {n} provincias hasta las {t}."],
        "business": ["La empresa despidió a {n} directivos.", "Las acciones subieron un {p} % a las {t}."],
        "recipe": ["Hornear {n} minutos a {d} grados.", "Añadir {n} huevos y {k} g de harina."],
    },
}
DAYS = {"en": ["Monday", "Tuesday", "Friday", "Sunday"], "de": ["Montag", "Dienstag", "Freitag"],
        "fr": ["lundi", "mardi", "vendredi"], "es": ["lunes", "martes", "viernes"]}
CITIES = ["Lyon", "Leeds", "Graz", "Porto", "Bilbao", "Turin", "Aarhus", "Cork"]
# how many composed texts per language (the hand-written ones come on top)
COUNTS = {"en": 70, "de": 30, "fr": 25, "es": 25}


def _fill(tpl: str, lang: str, rnd: random.Random) -> str:
    return tpl.format(
        n=rnd.randint(2, 40), m=rnd.randint(2, 90), k=rnd.randint(11, 999), t=f"{rnd.randint(7, 22)}.{rnd.choice(['00', '15', '30', '45'])}",
        v=f"{rnd.randint(1, 9)}.{rnd.randint(0, 12)}", d=rnd.randint(-5, 220), p=rnd.randint(2, 60),
        s=f"{rnd.randint(2, 240)}{rnd.choice(['', 'a', 'b'])}", x=f"{rnd.randint(0, 5)}-{rnd.randint(0, 5)}",
        day=rnd.choice(DAYS[lang]), city=rnd.choice(CITIES))


def main() -> None:
    out = HERE / "texts"
    out.mkdir(exist_ok=True)
    for p in out.glob("*.txt"):
        p.unlink()
    manifest = []
    blocks = (HERE / "hand.txt").read_text(encoding="utf-8").split("=== ")[1:]
    for i, b in enumerate(blocks):
        head, _, body = b.partition("\n")
        lang, topic = head.split()[:2]
        name = f"hand-{i:03d}-{lang}-{topic}.txt"
        (out / name).write_text(body.strip() + "\n", encoding="utf-8")
        manifest.append({"file": name, "language": lang, "topic": topic, "origin": "hand"})
    rnd = random.Random(19)
    for lang, n in COUNTS.items():
        topics = sorted(TEMPLATES[lang])
        for i in range(n):
            topic = topics[i % len(topics)]
            tpls = TEMPLATES[lang][topic]
            sents = [_fill(rnd.choice(tpls), lang, rnd) for _ in range(rnd.randint(3, 6))]
            name = f"gen-{lang}-{i:03d}-{topic}.txt"
            (out / name).write_text(" ".join(sents) + "\n", encoding="utf-8")
            manifest.append({"file": name, "language": lang, "topic": topic, "origin": "generated"})
    (HERE / "manifest.jsonl").write_text("".join(json.dumps(m) + "\n" for m in manifest), encoding="utf-8")
    print(f"{len(manifest)} texts written to {out}")


if __name__ == "__main__":
    main()
