#!/usr/bin/env python3
"""Builds the gold files of eval/own-news from the annotations below.

The articles are written by the lagebild developers (not copied from any
publication); the annotations follow ../../../shared/eval/FORMAT.md. Each
annotation names its evidence by a substring of the article (and which
occurrence), so offsets are computed here, in code points, never typed by hand.

    python3 eval/own-news/gold.py          # rewrites the *.gold.json files
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def E(name, typ, country, aliases=(), roles=(), optional=False):
    e = {"name": name, "type": typ, "country": country,
         "aliases": sorted({name, *aliases}), "roles": list(roles)}
    if optional:
        e["optional"] = True
    return e


# (content, kind, speaker or None, cue[, occurrence][, neutral])
def Q(text, kind, speaker, cue, occ=0, neutral=False):
    return dict(text=text, kind=kind, speaker=speaker, cue=cue, occ=occ, neutral=neutral)


def T(text, typ, value, occ=0):
    return dict(text=text, type=typ, value=value, occ=occ)


def V(typ, source, sc, target, tc, date, evidence, occ=0, note=None):
    return dict(type=typ, source=source, source_country=sc, target=target,
                target_country=tc, date=date, evidence=evidence, occ=occ, note=note)


ARTICLES = {
    "own-ukraine-hilfe-2024-05": dict(
        entities=[
            E("Olaf Scholz", "PER", "DEU", ["Scholz"], ["Bundeskanzler", "SPD-Politiker", "Kanzler"]),
            E("Kiew", "LOC", "UKR"),
            E("Ukraine", "LOC", "UKR"),
            E("Wolodymyr Selenskyj", "PER", "UKR", ["Selenskyj"], ["Präsident", "ukrainische Präsident"]),
            E("Berlin", "LOC", "DEU"),
            E("Deutschland", "LOC", "DEU"),
            E("Bundesregierung", "ORG", "DEU", optional=True),
            E("Russland", "LOC", "RUS"),
            E("Dmitri Peskow", "PER", "RUS", ["Peskow"], ["Kremlsprecher"]),
            E("Interfax", "ORG", "RUS"),
            E("Moskau", "LOC", "RUS"),
            E("Union", "ORG", "DEU", ["CDU/CSU"]),
            E("Friedrich Merz", "PER", "DEU", ["Merz"], ["CDU-Chef"]),
            E("Verteidigungsministerium", "ORG", "DEU", optional=True),
            E("Nato", "ORG", "IGO", ["NATO"], optional=True),
            E("Prag", "LOC", "CZE"),
        ],
        quotes=[
            Q("„Wir werden die Ukraine so lange unterstützen wie nötig“", "direct", "Olaf Scholz", "sagte"),
            Q("Deutschland werde ein drittes Patriot-System liefern", "indirect", "Olaf Scholz", "kündigte an"),
            Q("Die Lage an der Front sei schwierig", "indirect", "Wolodymyr Selenskyj", "sagte"),
            Q("Russland greife jede Nacht Städte und Kraftwerke an", "indirect", "Wolodymyr Selenskyj", ""),
            Q("schneller zu handeln", "indirect", "Wolodymyr Selenskyj", "forderte auf"),
            Q("den Krieg zu verlängern", "indirect", "Dmitri Peskow", "warf vor"),
            Q("Die Lieferungen würden nichts am Ausgang ändern", "indirect", "Dmitri Peskow", "sagte"),
            Q("die Regierung habe zu lange gezögert", "indirect", "Friedrich Merz", "sagte"),
            # the ministry is not named with a proper name: no speaker
            Q("soll das System bis Ende Juni in der Ukraine eintreffen", "indirect", None, "Nach Angaben"),
        ],
        timexes=[
            T("am Dienstag", "DATE", "2024-05-14"),
            T("jede Nacht", "SET", "XXXX-XX-XXTNI"),
            T("bis Ende Juni", "DATE", "2024-06"),
            T("Am Donnerstag", "DATE", "2024-05-16"),
        ],
        events=[
            V("CONSULT", "Olaf Scholz", "DEU", "Wolodymyr Selenskyj", "UKR", None, "bei einem Treffen mit Präsident Wolodymyr Selenskyj"),
            V("AGREE", "Olaf Scholz", "DEU", "Ukraine", "UKR", None, "hat der Ukraine bei einem Treffen mit Präsident Wolodymyr Selenskyj in Berlin weitere Hilfe zugesagt", note="promise of aid; the announced Patriot system is the same event"),
            V("SUPPORT", "Wolodymyr Selenskyj", "UKR", "Bundesregierung", "DEU", None, "Selenskyj dankte der Bundesregierung"),
            V("ASSAULT", "Russland", "RUS", "Ukraine", "UKR", "XXXX-XX-XXTNI", "Russland greife jede Nacht Städte und Kraftwerke an", note="reported by Selenskyj"),
            V("REQUEST", "Wolodymyr Selenskyj", "UKR", "Verbündete", None, None, "forderte die Verbündeten auf, schneller zu handeln"),
            V("ACCUSE", "Dmitri Peskow", "RUS", "Berlin", "DEU", None, "warf Berlin vor, den Krieg zu verlängern"),
            V("THREATEN", "Moskau", "RUS", "Berlin", "DEU", None, "Moskau drohte mit Gegenmaßnahmen"),
            V("ACCUSE", "Union", "DEU", "Olaf Scholz", "DEU", None, "Die Union kritisierte den Kanzler", note="Merz's statement is the same criticism"),
        ],
    ),
    "own-zoelle-2025-02": dict(
        entities=[
            E("Kanada", "LOC", "CAN"),
            E("Donald Trump", "PER", "USA", ["Trump"], ["US-Präsident"]),
            E("Justin Trudeau", "PER", "CAN", ["Trudeau"], ["Premierminister"]),
            E("Ottawa", "LOC", "CAN"),
            E("Mexiko", "LOC", "MEX"),
            E("Claudia Sheinbaum", "PER", "MEX", ["Sheinbaum"], ["Präsidentin"]),
            E("Washington", "LOC", "USA"),
            E("Europäische Union", "ORG", "IGO", ["EU"]),
            E("EU-Kommission", "ORG", "IGO", ["Europäische Kommission", "Kommission"]),
            E("Vereinigte Staaten", "LOC", "USA", ["USA", "Vereinigten Staaten"]),
            E("Europa", "LOC", None),
            E("Peking", "LOC", "CHN"),
            E("Welthandelsorganisation", "ORG", "IGO", ["WTO"]),
            E("China", "LOC", "CHN"),
            E("Handelsministerium", "ORG", "CHN", optional=True),
        ],
        quotes=[
            Q("Kanada werde Zölle von 25 Prozent auf amerikanische Waren im Wert von 155 Milliarden Dollar erheben", "indirect", "Justin Trudeau", "sagte"),
            Q("„Wir wollten das nicht, aber wir werden für die Kanadier einstehen“", "direct", "Justin Trudeau", "erklärte"),
            # the content of Washington's accusation, which Sheinbaum rejects
            Q("ihre Regierung arbeite mit Drogenkartellen zusammen", "indirect", "Washington", "Vorwürfe", neutral=True),
            Q("Sie habe ihren Wirtschaftsminister angewiesen, einen Plan B umzusetzen", "indirect", "Claudia Sheinbaum", ""),
            Q("man bedauere die Entscheidung der USA", "indirect", "EU-Kommission", "sagte"),
            Q("Die EU werde entschlossen reagieren, falls sie selbst ins Visier gerate", "indirect", "EU-Kommission", ""),
            Q("auch Waren aus Europa mit Zöllen zu belegen", "indirect", "Donald Trump", "gedroht"),
            Q("bei der Welthandelsorganisation Klage gegen die Vereinigten Staaten einzureichen", "indirect", None, "kündigte an"),
            Q("China lehne die Zölle entschieden ab", "indirect", None, "hieß es"),
        ],
        timexes=[T("am Sonntag", "DATE", "2025-02-02")],
        events=[
            V("SANCTION", "Donald Trump", "USA", "Kanada", "CAN", None, "von US-Präsident Donald Trump verhängten Zölle"),
            V("SANCTION", "Kanada", "CAN", "Vereinigte Staaten", "USA", None, "Kanada werde Zölle von 25 Prozent auf amerikanische Waren"),
            V("ACCUSE", "Washington", "USA", "Mexiko", "MEX", None, "die Vorwürfe Washingtons"),
            V("REJECT", "Claudia Sheinbaum", "MEX", "Washington", "USA", None, "wies die Vorwürfe Washingtons zurück"),
            V("ACCUSE", "Europäische Union", "IGO", "Vereinigte Staaten", "USA", None, "Die Europäische Union verurteilte die Zölle"),
            V("THREATEN", "EU-Kommission", "IGO", "Vereinigte Staaten", "USA", None, "Die EU werde entschlossen reagieren, falls sie selbst ins Visier gerate"),
            V("THREATEN", "Donald Trump", "USA", "Europäische Union", "IGO", None, "Trump hatte zuvor gedroht, auch Waren aus Europa mit Zöllen zu belegen"),
            V("ACCUSE", "Handelsministerium", "CHN", "Vereinigte Staaten", "USA", None, "Klage gegen die Vereinigten Staaten einzureichen", note="legal complaint"),
            V("REJECT", "China", "CHN", "Vereinigte Staaten", "USA", None, "China lehne die Zölle entschieden ab"),
        ],
    ),
    "own-israel-hamas-2023-10": dict(
        entities=[
            E("Israel", "LOC", "ISR"),
            E("Hamas", "ORG", "PSE"),
            E("Benjamin Netanjahu", "PER", "ISR", ["Netanjahu"], ["Ministerpräsident"]),
            E("Gazastreifen", "LOC", "PSE"),
            E("Olaf Scholz", "PER", "DEU", ["Scholz"], ["Bundeskanzler"]),
            E("Deutschland", "LOC", "DEU"),
            E("Annalena Baerbock", "PER", "DEU", ["Baerbock"], ["Außenministerin"]),
            E("Eli Cohen", "PER", "ISR", ["Cohen"], ["Amtskollege"]),
            E("Iran", "LOC", "IRN"),
            E("António Guterres", "PER", "IGO", ["Guterres"], ["UN-Generalsekretär"]),
            E("Sicherheitsrat", "ORG", "IGO", ["UN-Sicherheitsrat"], optional=True),
        ],
        quotes=[
            Q("„Wir sind im Krieg, und wir werden ihn gewinnen“", "direct", "Benjamin Netanjahu", "sagte"),
            Q("wurden mehr als 700 Menschen getötet", "indirect", None, "Nach Angaben"),
            Q("Deutschland stehe fest an der Seite Israels", "indirect", "Olaf Scholz", "sagte"),
            Q("„stolzen Tag“", "direct", None, "sprach von"),
        ],
        timexes=[
            T("am Samstagmorgen", "TIME", "2023-10-07TMO"),
            T("am Sonntagabend", "TIME", "2023-10-08TEV"),
        ],
        events=[
            V("ASSAULT", "Hamas", "PSE", "Israel", "ISR", "2023-10-07TMO", "Tausende Raketen auf Israel abgefeuert", note="rockets and abductions: one attack"),
            V("MOBILIZE", "Israel", "ISR", "Hamas", "PSE", None, "den Kriegszustand erklärt"),
            V("THREATEN", "Benjamin Netanjahu", "ISR", "Hamas", "PSE", None, "kündigte eine massive Reaktion an"),
            V("ACCUSE", "Olaf Scholz", "DEU", "Hamas", "PSE", None, "verurteilte den Angriff scharf"),
            V("SUPPORT", "Olaf Scholz", "DEU", "Israel", "ISR", None, "Deutschland stehe fest an der Seite Israels"),
            V("CONSULT", "Annalena Baerbock", "DEU", "Eli Cohen", "ISR", None, "telefonierte mit ihrem israelischen Amtskollegen Eli Cohen"),
            V("SUPPORT", "Iran", "IRN", "Hamas", "PSE", None, "Der Iran begrüßte den Angriff"),
            V("REQUEST", "António Guterres", "IGO", "alle Seiten", None, None, "rief alle Seiten zur Zurückhaltung auf"),
        ],
    ),
    "own-ampel-2024-11": dict(
        entities=[
            E("SPD", "ORG", "DEU"),
            E("Grüne", "ORG", "DEU", ["Grünen", "Bündnis 90/Die Grünen"]),
            E("FDP", "ORG", "DEU"),
            E("Olaf Scholz", "PER", "DEU", ["Scholz"], ["Bundeskanzler", "Kanzler"]),
            E("Christian Lindner", "PER", "DEU", ["Lindner"], ["Finanzminister", "FDP-Chef"]),
            E("Friedrich Merz", "PER", "DEU", ["Merz"], ["Oppositionsführer", "CDU-Vorsitzende"]),
            E("Robert Habeck", "PER", "DEU", ["Habeck"], ["Wirtschaftsminister"]),
        ],
        quotes=[
            Q("Er habe zu oft sein Vertrauen gebrochen", "indirect", "Olaf Scholz", "begründete"),
            Q("Lindner habe kleinlich parteitaktisch gehandelt und Gesetze blockiert", "indirect", "Olaf Scholz", ""),
            Q("Scholz habe ihn kalkuliert in den Bruch der Koalition geführt", "indirect", "Christian Lindner", "sagte"),
            Q("„Der Kanzler hat lange verkannt, dass unser Land einen Aufbruch braucht.“", "direct", "Christian Lindner", ""),
            Q("dies schon in der kommenden Woche zu tun", "indirect", "Friedrich Merz", "forderte auf"),
            Q("Es gebe keinen Grund, Neuwahlen bis März hinauszuzögern", "indirect", "Friedrich Merz", "sagte"),
        ],
        timexes=[
            T("am Mittwochabend", "TIME", "2024-11-06TEV"),
            T("im Januar", "DATE", "2025-01"),
            T("in der kommenden Woche", "DATE", "2024-W46"),
            T("bis März", "DATE", "2025-03"),
        ],
        events=[
            V("ACCUSE", "Olaf Scholz", "DEU", "Christian Lindner", "DEU", None, "Er habe zu oft sein Vertrauen gebrochen"),
            V("REJECT", "Christian Lindner", "DEU", "Olaf Scholz", "DEU", None, "Der FDP-Chef wies die Vorwürfe zurück"),
            V("ACCUSE", "Christian Lindner", "DEU", "Olaf Scholz", "DEU", None, "Scholz habe ihn kalkuliert in den Bruch der Koalition geführt"),
            V("REQUEST", "Friedrich Merz", "DEU", "Olaf Scholz", "DEU", "2024-W46", "forderte ihn auf, dies schon in der kommenden Woche zu tun"),
        ],
    ),
    "own-russland-ukraine-2022-02": dict(
        entities=[
            E("Russland", "LOC", "RUS"),
            E("Ukraine", "LOC", "UKR"),
            E("Wladimir Putin", "PER", "RUS", ["Putin"], ["Präsident"]),
            E("Wolodymyr Selenskyj", "PER", "UKR", ["Selenskyj"], ["ukrainische Präsident"]),
            E("Moskau", "LOC", "RUS"),
            E("Joe Biden", "PER", "USA", ["Biden"], ["US-Präsident"]),
            E("Vereinigte Staaten", "LOC", "USA", ["Vereinigten Staaten", "USA"]),
            E("Europäische Union", "ORG", "IGO", ["EU"]),
            E("Nato", "ORG", "IGO", ["NATO"]),
        ],
        quotes=[
            # a quoted name for the war, not a statement of its own
            Q("„militärische Spezialoperation“", "direct", "Wladimir Putin", "angekündigt", neutral=True),
            Q("Wer sich einmische, müsse mit Konsequenzen rechnen, „wie Sie sie in Ihrer Geschichte noch nie erlebt haben“", "mixed", "Wladimir Putin", "drohte"),
            Q("Ruhe zu bewahren", "indirect", "Wolodymyr Selenskyj", "rief auf"),
            Q("Die Ukraine werde sich verteidigen", "indirect", "Wolodymyr Selenskyj", "sagte"),
            Q("„grundlosen und ungerechtfertigten Angriff“", "direct", "Joe Biden", "verurteilte"),
            Q("Die Vereinigten Staaten und ihre Verbündeten würden Russland mit harten Sanktionen belegen", "indirect", "Joe Biden", "kündigte an"),
        ],
        timexes=[
            T("in der Nacht zum Donnerstag", "TIME", "2022-02-24TNI"),
            T("am Abend", "TIME", "2022-02-24TEV"),
            T("Freitag", "DATE", "2022-02-25"),
        ],
        events=[
            V("ASSAULT", "Russland", "RUS", "Ukraine", "UKR", "2022-02-24TNI", "die Ukraine aus mehreren Richtungen angegriffen"),
            V("THREATEN", "Wladimir Putin", "RUS", "Wer sich einmische", None, None, "müsse mit Konsequenzen rechnen"),
            V("SANCTION", "Wolodymyr Selenskyj", "UKR", "Moskau", "RUS", None, "brach die diplomatischen Beziehungen zu Moskau ab", note="PLOVER SANCTION covers breaking relations"),
            V("ACCUSE", "Joe Biden", "USA", "Russland", "RUS", None, "verurteilte den „grundlosen und ungerechtfertigten Angriff“"),
            V("SANCTION", "Vereinigte Staaten", "USA", "Russland", "RUS", None, "würden Russland mit harten Sanktionen belegen", note="declared"),
            V("SANCTION", "Europäische Union", "IGO", "Moskau", "RUS", "2022-02-24TEV", "beschloss am Abend weitere Strafmaßnahmen gegen Moskau"),
        ],
    ),
    "own-klimastreik-2019-09": dict(
        entities=[
            E("Fridays for Future", "ORG", "DEU"),
            E("Deutschland", "LOC", "DEU"),
            E("Berlin", "LOC", "DEU"),
            E("Bundesregierung", "ORG", "DEU", optional=True),
            E("Luisa Neubauer", "PER", "DEU", ["Neubauer"], ["Aktivistin"]),
            E("Klimakabinett", "ORG", "DEU", optional=True),
            E("Angela Merkel", "PER", "DEU", ["Merkel"], ["Bundeskanzlerin", "CDU-Politikerin"]),
        ],
        quotes=[
            Q("den Ausstieg aus der Kohle zu beschleunigen", "indirect", "Fridays for Future", "forderten auf"),
            Q("„Das ist kein Durchbruch, das ist ein Skandal“", "direct", "Luisa Neubauer", "sagte"),
            Q("Politik sei das, was möglich ist", "indirect", "Angela Merkel", "sagte"),
            Q("Die Regierung werde die Fortschritte jedes Jahr überprüfen", "indirect", "Angela Merkel", ""),
        ],
        timexes=[
            T("am Freitag", "DATE", "2019-09-20"),
            T("stundenlang", "DURATION", "PTXH"),
            T("am Abend", "TIME", "2019-09-20TEV"),
            T("jedes Jahr", "SET", "P1Y"),
        ],
        events=[
            V("PROTEST", "Fridays for Future", "DEU", "Bundesregierung", "DEU", "2019-09-20", "Hunderttausende Menschen auf die Straße gegangen"),
            V("REQUEST", "Fridays for Future", "DEU", "Bundesregierung", "DEU", None, "forderten die Bundesregierung auf"),
            V("ACCUSE", "Luisa Neubauer", "DEU", "Bundesregierung", "DEU", None, "kritisierte das Klimapaket der Koalition als mutlos"),
        ],
    ),
    "own-macron-peking-2023-04": dict(
        entities=[
            E("Emmanuel Macron", "PER", "FRA", ["Macron"], ["Präsident", "Franzose"]),
            E("Peking", "LOC", "CHN"),
            E("Frankreich", "LOC", "FRA"),
            E("Xi Jinping", "PER", "CHN", ["Xi"], ["Staatschef"]),
            E("Russland", "LOC", "RUS"),
            E("China", "LOC", "CHN"),
            E("Airbus", "ORG", None),
            E("Ursula von der Leyen", "PER", "IGO", ["von der Leyen"], ["EU-Kommissionspräsidentin"]),
            E("Europäische Union", "ORG", "IGO", ["EU"]),
            E("Auswärtiges Amt", "ORG", "DEU", ["Auswärtige Amt"]),
            E("Berlin", "LOC", "DEU"),
        ],
        quotes=[
            Q("Russland „zur Vernunft zu bringen“", "mixed", "Emmanuel Macron", "appellierte an"),
            Q("China könne eine wichtige Rolle dabei spielen, den Weg zum Frieden zu ebnen", "indirect", "Emmanuel Macron", "sagte"),
            Q("sein Land sei zu Friedensgesprächen bereit", "indirect", "Xi Jinping", "erklärte"),
            Q("Wie China mit dem Krieg umgehe, werde entscheidend für die Beziehungen zur Europäischen Union sein", "indirect", "Ursula von der Leyen", "sagte"),
        ],
        timexes=[T("am Donnerstag", "DATE", "2023-04-06")],
        events=[
            V("CONSULT", "Emmanuel Macron", "FRA", "Xi Jinping", "CHN", "2023-04-06", "mit dem chinesischen Staatschef Xi Jinping zusammengetroffen", note="mode: meet"),
            V("REQUEST", "Emmanuel Macron", "FRA", "Xi Jinping", "CHN", None, "Macron appellierte an Xi"),
            V("AGREE", "Xi Jinping", "CHN", None, None, None, "sein Land sei zu Friedensgesprächen bereit", note="readiness for peace talks; the counterpart is not named"),
            V("AGREE", "Frankreich", "FRA", "China", "CHN", None, "Beide Seiten unterzeichneten mehrere Wirtschaftsabkommen", note="signed agreements"),
            V("SUPPORT", "Auswärtiges Amt", "DEU", "Emmanuel Macron", "FRA", None, "Das Auswärtige Amt in Berlin begrüßte die Reise"),
        ],
    ),
    "own-proteste-teheran-2022-09": dict(
        entities=[
            E("Iran", "LOC", "IRN"),
            E("Mahsa Amini", "PER", "IRN", ["Amini"]),
            E("Teheran", "LOC", "IRN"),
            E("Amnesty International", "ORG", None, ["Amnesty"]),
            E("Ebrahim Raisi", "PER", "IRN", ["Raisi"], ["Präsident"]),
            E("Bundesregierung", "ORG", "DEU", optional=True),
            E("Annalena Baerbock", "PER", "DEU", ["Baerbock"], ["Außenministerin"]),
            E("Europäische Union", "ORG", "IGO", ["EU"]),
        ],
        quotes=[
            Q("wurden mindestens 50 Menschen getötet", "indirect", "Amnesty International", "Nach Angaben"),
            Q("Die Unruhen seien vom Ausland gesteuert", "indirect", "Ebrahim Raisi", "sagte"),
            # "nach eigenen Angaben": the authorities, named by no proper name
            Q("Die Behörden nahmen nach eigenen Angaben mehr als 1200 Menschen fest, darunter mehrere Journalisten", "indirect", None, "nach eigenen Angaben"),
            Q("die Festgenommenen freizulassen", "indirect", "Annalena Baerbock", "forderte auf"),
        ],
        timexes=[T("am Wochenende", "DATE", "2022-W38-WE")],
        events=[
            V("PROTEST", "Demonstranten", "IRN", "Regierung", "IRN", "2022-W38-WE", "Tausende Menschen gegen die Regierung demonstriert"),
            V("COERCE", "Sittenpolizei", "IRN", "Mahsa Amini", "IRN", None, "von der Sittenpolizei festgenommen", note="arrest"),
            V("COERCE", "Sicherheitskräfte", "IRN", "Demonstranten", "IRN", None, "Sicherheitskräfte setzten in Teheran Tränengas gegen die Demonstranten ein", note="tear gas"),
            V("COERCE", "Behörden", "IRN", "Demonstranten", "IRN", None, "Die Behörden nahmen nach eigenen Angaben mehr als 1200 Menschen fest", note="mass arrests"),
            V("THREATEN", "Ebrahim Raisi", "IRN", "Demonstranten", "IRN", None, "kündigte ein hartes Vorgehen an"),
            V("ACCUSE", "Ebrahim Raisi", "IRN", "Ausland", None, None, "Die Unruhen seien vom Ausland gesteuert"),
            V("ACCUSE", "Bundesregierung", "DEU", "Iran", "IRN", None, "Die Bundesregierung verurteilte die Gewalt gegen die Protestierenden"),
            V("REQUEST", "Annalena Baerbock", "DEU", "Teheran", "IRN", None, "forderte Teheran auf, die Festgenommenen freizulassen"),
            # "Die EU prüft neue Sanktionen": considered, not declared: no event
        ],
    ),
    "own-fluthilfe-pakistan-2022-08": dict(
        entities=[
            E("Deutschland", "LOC", "DEU"),
            E("Pakistan", "LOC", "PAK"),
            E("Bundesregierung", "ORG", "DEU", optional=True),
            E("Svenja Schulze", "PER", "DEU", ["Schulze"], ["Entwicklungsministerin"]),
            E("Berlin", "LOC", "DEU"),
            E("Shehbaz Sharif", "PER", "PAK", ["Sharif"], ["Premierminister"]),
            E("António Guterres", "PER", "IGO", ["Guterres"], ["UN-Generalsekretär"]),
            E("Vereinigte Staaten", "LOC", "USA", ["Vereinigten Staaten", "USA"]),
            E("Washington", "LOC", "USA"),
            E("USAID", "ORG", "USA"),
        ],
        quotes=[
            # announced, and referred back to by "Das kündigte … an"
            Q("Nach den verheerenden Überschwemmungen in Pakistan stellt die Bundesregierung weitere zehn Millionen Euro für die Opfer bereit", "indirect", "Svenja Schulze", "kündigte an"),
            Q("Die Schäden beliefen sich auf mindestens zehn Milliarden Dollar", "indirect", "Shehbaz Sharif", "sagte"),
            Q("Washington werde 30 Millionen Dollar für Nahrungsmittel und Notunterkünfte bereitstellen", "indirect", "USAID", "teilte mit"),
        ],
        timexes=[
            T("am Mittwoch", "DATE", "2022-08-31"),
            T("Seit Mitte Juni", "DATE", "2022-06"),
            T("in der kommenden Woche", "DATE", "2022-W36"),
        ],
        events=[
            V("AID", "Bundesregierung", "DEU", "Pakistan", "PAK", None, "stellt die Bundesregierung weitere zehn Millionen Euro für die Opfer bereit"),
            V("REQUEST", "Shehbaz Sharif", "PAK", "internationale Gemeinschaft", None, None, "bat die internationale Gemeinschaft um Unterstützung"),
            V("REQUEST", "António Guterres", "IGO", None, None, None, "rief zu Spenden auf"),
            V("AGREE", "Vereinigte Staaten", "USA", "Pakistan", "PAK", None, "Auch die Vereinigten Staaten sagten Hilfe zu", note="pledge; USAID's announcement is the same event"),
        ],
    ),
    "own-prozess-muenchen-2018-07": dict(
        entities=[
            E("Oberlandesgericht München", "ORG", "DEU", ["OLG München"]),
            E("Beate Zschäpe", "PER", "DEU", ["Zschäpe", "Zschäpes"]),
            E("Manfred Götzl", "PER", "DEU", ["Götzl"], ["Vorsitzende Richter", "Richter"]),
            E("NSU", "ORG", "DEU", ["Nationalsozialistischer Untergrund"]),
            E("Wolfgang Heer", "PER", "DEU", ["Heer"], ["Verteidiger"]),
            E("Gamze Kubaşık", "PER", "DEU", ["Kubaşık"]),
            E("Dortmund", "LOC", "DEU"),
            E("Bundesanwaltschaft", "ORG", "DEU"),
            E("München", "LOC", "DEU", optional=True),
        ],
        quotes=[
            Q("war die Angeklagte an allen zehn Morden des NSU beteiligt", "indirect", "Oberlandesgericht München", "Nach Überzeugung"),
            Q("Das Urteil sei nicht haltbar", "indirect", "Wolfgang Heer", "sagte"),
            Q("Seine Mandantin habe von den Taten erst im Nachhinein erfahren", "indirect", "Wolfgang Heer", ""),
            Q("Viele Fragen sind nach fünf Jahren Prozess immer noch offen. Wer hat den Tätern in den Städten geholfen?", "direct", "Gamze Kubaşık", "sagte"),
            Q("sind die Ermittlungen gegen mögliche Unterstützer noch nicht abgeschlossen", "indirect", "Bundesanwaltschaft", "Laut"),
        ],
        timexes=[
            T("am Mittwoch", "DATE", "2018-07-11"),
            T("2006", "DATE", "2006"),
            T("nach fünf Jahren", "DURATION", "P5Y"),
        ],
        # a domestic court's verdict and an appeal are not coded as events here
        events=[],
    ),
}


def find(text, sub, occ, what):
    i = -1
    for _ in range(occ + 1):
        i = text.find(sub, i + 1)
        if i < 0:
            sys.exit(f"{what}: {sub!r} (occurrence {occ}) not in the text")
    return i, i + len(sub)


def date_of(text):
    head = text.split()
    return head[1] if len(head) > 1 and head[0] == "date" else None


def build(doc_id, ann):
    text = open(os.path.join(HERE, doc_id + ".txt"), encoding="utf-8").read()
    quotes = []
    for q in ann["quotes"]:
        s, e = find(text, q["text"], q["occ"], doc_id)
        g = {"start": s, "end": e, "text": q["text"], "kind": q["kind"], "speaker": q["speaker"], "cue": q["cue"]}
        if q["neutral"]:
            g["neutral"] = True
        quotes.append(g)
    timexes = []
    for t in ann["timexes"]:
        s, e = find(text, t["text"], t["occ"], doc_id)
        timexes.append({"start": s, "end": e, "text": t["text"], "type": t["type"], "value": t["value"]})
    events = []
    for v in ann["events"]:
        s, e = find(text, v["evidence"], v["occ"], doc_id)
        g = {k: v[k] for k in ("type", "source", "source_country", "target", "target_country", "date")}
        g["evidence"] = [s, e]
        g["evidence_text"] = v["evidence"]
        if v["note"]:
            g["note"] = v["note"]
        events.append(g)
    return {
        "id": doc_id,
        "source": "written by the lagebild developers; annotations by them (see README.md)",
        "date": date_of(text),
        "text_file": doc_id + ".txt",
        "layers": ["entities", "quotes", "timexes", "events"],
        "entities": ann["entities"],
        "quotes": quotes,
        "timexes": timexes,
        "events": events,
    }


if __name__ == "__main__":
    for doc_id, ann in ARTICLES.items():
        with open(os.path.join(HERE, doc_id + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(build(doc_id, ann), f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(ARTICLES)} gold files written")
