#!/usr/bin/env python3
"""Builds the gold files of eval/own-news-3 (a blind set: see README.md).

The articles are written by us (not copied from any publication); the annotations
follow ../../../shared/eval/FORMAT.md and the choices in ../own-news/README.md,
../own-news-2/README.md and README.md. The helpers E, Q, T, V are those of
../own-news/gold.py. Every span is named by a substring of the article that must occur
exactly once; where the span itself is not unique, the string gives unique context and
marks the span in brackets: "Spanien schickte [am Sonntag]". Offsets are computed here,
in code points, never typed by hand. The script fails on any substring that is missing
or ambiguous, on spans that cut a word, on overlapping quotes, and on speakers or event
actors that are not the canonical entity name.

    python3 eval/own-news-3/gold.py          # rewrites the *.gold.json files
"""
import importlib.util, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("own_news_gold", os.path.join(HERE, "..", "own-news", "gold.py"))
_og = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_og)
E, Q, T, V, date_of = _og.E, _og.Q, _og.T, _og.V, _og.date_of

KINDS = {"direct", "indirect", "mixed"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
EVENT_TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT "
                  "THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())

ARTICLES = {
    "own3-telefonat-scholz-putin-2024-11": dict(
        entities=[
            E("Olaf Scholz", "PER", "DEU", ["Scholz"], ["Bundeskanzler", "Kanzler"]),
            E("Wladimir Putin", "PER", "RUS", ["Putin", "Putins"], ["Präsident", "Kremlchef"]),
            E("Steffen Hebestreit", "PER", "DEU", ["Hebestreit"], ["Regierungssprecher"]),
            E("Berlin", "LOC", "DEU"),
            E("Russland", "LOC", "RUS"),
            E("Ukraine", "LOC", "UKR"),
            E("Deutschland", "LOC", "DEU", ["Deutschlands"]),
            E("Wolodymyr Selenskyj", "PER", "UKR", ["Selenskyj"], ["Präsident"]),
            E("Kreml", "ORG", "RUS", optional=True),
            E("Nato", "ORG", "IGO", ["NATO"]),
            E("Dmitri Peskow", "PER", "RUS", ["Peskow"], ["Kremlsprecher"]),
            E("Kiew", "LOC", "UKR"),
            E("Polen", "LOC", "POL"),
            E("Donald Tusk", "PER", "POL", ["Tusk"], ["Ministerpräsident"]),
            E("CDU", "ORG", "DEU"),
        ],
        quotes=[
            Q("Das rund einstündige Gespräch sei auf Initiative der deutschen Seite zustande gekommen", "indirect", "Steffen Hebestreit", "teilte mit"),
            Q("Der Kanzler habe Russland aufgefordert, den Krieg gegen die Ukraine zu beenden und seine Truppen zurückzuziehen", "indirect", "Steffen Hebestreit", ""),
            Q("Scholz habe zudem die Entschlossenheit Deutschlands bekräftigt, die Ukraine so lange wie nötig zu unterstützen", "indirect", "Steffen Hebestreit", "hieß es"),
            Q("Putin habe die Nato für den Krieg verantwortlich gemacht", "indirect", "Dmitri Peskow", "sagte"),
            Q("Mögliche Vereinbarungen müssten „die neuen territorialen Realitäten“ berücksichtigen", "mixed", "Dmitri Peskow", ""),
            Q("die Isolation Putins aufzuweichen", "indirect", "Wolodymyr Selenskyj", "warf vor"),
            Q("„Damit öffnet man eine Tür, die sich nur schwer wieder schließen lässt“", "direct", "Wolodymyr Selenskyj", "sagte"),
            Q("Der Kremlchef wolle keinen Frieden, sondern nur eine Atempause für seine Armee", "indirect", "Wolodymyr Selenskyj", ""),
            Q("„Putin lässt sich nicht am Telefon zum Frieden überreden.“", "direct", "Donald Tusk", "kritisierte"),
            Q("„Wahlkampfmanöver“", "direct", "CDU", "sprach von"),
        ],
        timexes=[
            T("seit fast zwei Jahren", "DURATION", "P2Y"),
            T("am Freitag", "DATE", "2024-11-15"),
            T("seit Dezember 2022", "DATE", "2022-12"),
            T("rund einstündige", "DURATION", "PT1H"),
            T("am Abend", "TIME", "2024-11-15TEV"),
        ],
        events=[
            V("CONSULT", "Olaf Scholz", "DEU", "Wladimir Putin", "RUS", "2024-11-15", "hat am Freitag zum ersten Mal seit Dezember 2022 mit dem russischen Präsidenten Wladimir Putin telefoniert", note="phone call; the headline restates it"),
            V("REQUEST", "Olaf Scholz", "DEU", "Russland", "RUS", None, "Der Kanzler habe Russland aufgefordert", note="in reported speech, the source named by a role noun"),
            V("SUPPORT", "Olaf Scholz", "DEU", "Ukraine", "UKR", None, "die Ukraine so lange wie nötig zu unterstützen", note="declared support, in reported speech"),
            V("CONSULT", "Olaf Scholz", "DEU", "Wolodymyr Selenskyj", "UKR", None, "hatte er den ukrainischen Präsidenten Wolodymyr Selenskyj informiert", note="the source named by a pronoun"),
            V("ACCUSE", "Wladimir Putin", "RUS", "Nato", "IGO", None, "Putin habe die Nato für den Krieg verantwortlich gemacht", note="in reported speech"),
            V("ACCUSE", "Wolodymyr Selenskyj", "UKR", "Olaf Scholz", "DEU", None, "Selenskyj warf dem Kanzler vor", note="the 'scharfe Kritik' in Kiew is the same criticism"),
            V("ACCUSE", "Donald Tusk", "POL", "Olaf Scholz", "DEU", None, "kritisierte den Anruf", note="criticism of the act, against its author"),
            V("ACCUSE", "CDU", "DEU", "Olaf Scholz", "DEU", None, "„Wahlkampfmanöver“ des Kanzlers"),
        ],
    ),
    "own3-li-qiang-berlin-2023-06": dict(
        entities=[
            E("Li Qiang", "PER", "CHN", ["Li"], ["Ministerpräsident", "Regierungschef", "Gast"]),
            E("China", "LOC", "CHN", ["Chinas"]),
            E("Berlin", "LOC", "DEU"),
            E("Deutschland", "LOC", "DEU"),
            E("Olaf Scholz", "PER", "DEU", ["Scholz"], ["Bundeskanzler", "Kanzler"]),
            E("Kanzleramt", "LOC", "DEU", optional=True),
            E("Peking", "LOC", "CHN"),
            E("Russland", "LOC", "RUS"),
            E("Ukraine", "LOC", "UKR"),
            E("Moskau", "LOC", "RUS"),
            E("Frank-Walter Steinmeier", "PER", "DEU", ["Steinmeier"], ["Bundespräsident"]),
            E("Schloss Bellevue", "LOC", "DEU"),
            E("Bundespräsidialamt", "ORG", "DEU", ["Bundespräsidialamts"]),
            E("Xinjiang", "LOC", "CHN"),
            E("Union", "ORG", "DEU", ["CDU/CSU"]),
            E("Bundesregierung", "ORG", "DEU", optional=True),
            E("München", "LOC", "DEU"),
            E("Frankreich", "LOC", "FRA"),
        ],
        quotes=[
            Q("„Wir wollen uns nicht von China abkoppeln, aber wir wollen unsere Risiken verringern“", "direct", "Olaf Scholz", "sagte"),
            Q("seinen Einfluss auf Russland zu nutzen, um den Krieg in der Ukraine zu beenden", "indirect", "Olaf Scholz", "forderte auf"),
            Q("China dürfe keine Waffen an Moskau liefern", "indirect", "Olaf Scholz", ""),
            Q("Die sogenannte Risikominderung dürfe nicht zum Vorwand für Protektionismus werden", "indirect", "Li Qiang", "sagte"),
            Q("China sei ein Partner und kein Rivale", "indirect", "Li Qiang", ""),
            Q("Steinmeier sprach nach Angaben des Bundespräsidialamts auch die Menschenrechtslage in der Provinz Xinjiang an", "indirect", "Bundespräsidialamt", "nach Angaben"),
            Q("sich trotz aller Warnungen weiter von Peking abhängig zu machen", "indirect", "Union", "warf vor"),
        ],
        timexes=[
            T("am Dienstag", "DATE", "2023-06-20"),
            T("am Montag", "DATE", "2023-06-19"),
            T("am Mittwoch", "DATE", "2023-06-21"),
        ],
        events=[
            V("CONSULT", "Li Qiang", "CHN", "Olaf Scholz", "DEU", "2023-06-20", "Bundeskanzler Olaf Scholz empfing den Gast am Dienstag", note="government consultations; the visitor is the source, named by a role noun"),
            V("AGREE", "Deutschland", "DEU", "China", "CHN", None, "Beide Seiten unterzeichneten mehrere Absichtserklärungen"),
            V("REQUEST", "Olaf Scholz", "DEU", "Peking", "CHN", None, "Er forderte Peking auf"),
            V("REQUEST", "Olaf Scholz", "DEU", "China", "CHN", None, "China dürfe keine Waffen an Moskau liefern", note="a second demand, in reported speech"),
            V("AGREE", "Li Qiang", "CHN", "Olaf Scholz", "DEU", None, "Er lud den Kanzler zu einem Besuch in Peking ein", note="invitation: offer to meet"),
            V("CONSULT", "Li Qiang", "CHN", "Frank-Walter Steinmeier", "DEU", "2023-06-19", "war Li von Bundespräsident Frank-Walter Steinmeier im Schloss Bellevue empfangen worden", note="passive; the visitor is the source"),
            V("ACCUSE", "Union", "DEU", "Bundesregierung", "DEU", None, "Die Union warf der Bundesregierung vor"),
        ],
    ),
    "own3-rotes-meer-2024-01": dict(
        entities=[
            E("USA", "LOC", "USA", ["Vereinigte Staaten"]),
            E("Großbritannien", "LOC", "GBR"),
            E("Huthi", "ORG", "YEM"),
            E("Jemen", "LOC", "YEM"),
            E("US-Verteidigungsministerium", "ORG", "USA", optional=True),
            E("Joe Biden", "PER", "USA", ["Biden"], ["US-Präsident"]),
            E("Rotes Meer", "LOC", None, ["Roten Meer", "Rote Meer"]),
            E("Rishi Sunak", "PER", "GBR", ["Sunak"], ["Premierminister"]),
            E("Iran", "LOC", "IRN"),
            E("Sanaa", "LOC", "YEM"),
            E("Teheran", "LOC", "IRN"),
            E("Washington", "LOC", "USA", ["Washingtons"]),
            E("London", "LOC", "GBR", ["Londons"]),
            E("Saudi-Arabien", "LOC", "SAU"),
            E("UN-Sicherheitsrat", "ORG", "IGO"),
            E("Maersk", "ORG", "DNK"),
        ],
        quotes=[
            # the ministry, named by description only
            Q("Ziel der Luftangriffe seien Radaranlagen, Drohnenlager und Abschussrampen gewesen", "indirect", None, "teilte mit"),
            Q("wurden fünf Kämpfer getötet", "indirect", "Huthi", "Nach Angaben"),
            Q("„Ich werde nicht zögern, weitere Maßnahmen anzuordnen, wenn es nötig ist“", "direct", "Joe Biden", "sagte"),
            Q("„begrenzten und notwendigen“", "direct", "Rishi Sunak", "sprach von"),
            # an unnamed spokesman of a named organisation speaks for it
            Q("Die USA würden für den Angriff einen hohen Preis zahlen", "indirect", "Huthi", "sagte"),
            Q("die Angriffe auf Schiffe sofort einzustellen", "indirect", "UN-Sicherheitsrat", "aufgefordert"),
            Q("ihre Schiffe bis auf Weiteres nicht durch das Rote Meer zu schicken", "indirect", "Maersk", "kündigte an"),
        ],
        timexes=[
            T("in der Nacht zum Freitag", "TIME", "2024-01-12TNI"),
            T("Seit November", "DATE", "2023-11"),
            T("am Mittwoch", "DATE", "2024-01-10"),
        ],
        events=[
            V("ASSAULT", "USA", "USA", "Huthi", "YEM", "2024-01-12TNI", "[Die USA] und Großbritannien haben in der Nacht zum Freitag", note="two attackers side by side: two events"),
            V("ASSAULT", "Großbritannien", "GBR", "Huthi", "YEM", "2024-01-12TNI", "Die USA und [Großbritannien] haben in der Nacht zum Freitag", note="second attacker"),
            V("ASSAULT", "Huthi", "YEM", "Frachter", None, "2023-11", "Seit November haben die Huthi Dutzende Frachter mit Drohnen und Raketen beschossen", note="ships of no stated country"),
            V("THREATEN", "Joe Biden", "USA", "Huthi", "YEM", None, "„Ich werde nicht zögern, weitere Maßnahmen anzuordnen", note="in a direct quote; the addressee is implied"),
            V("THREATEN", "Huthi", "YEM", "USA", "USA", None, "Die vom Iran unterstützte Miliz kündigte Vergeltung an", note="the militia named by a role noun; the spokesman's 'hohen Preis' is the same threat"),
            V("ACCUSE", "Teheran", "IRN", "Washington", "USA", None, "Teheran verurteilte das Vorgehen [Washingtons] und Londons", note="two addressees side by side: two events"),
            V("ACCUSE", "Teheran", "IRN", "London", "GBR", None, "Teheran verurteilte das Vorgehen Washingtons und [Londons]", note="second addressee"),
            V("REQUEST", "Saudi-Arabien", "SAU", "Seiten", None, None, "Saudi-Arabien rief alle Seiten zur Zurückhaltung auf"),
            V("REQUEST", "UN-Sicherheitsrat", "IGO", "Huthi", "YEM", "2024-01-10", "Der UN-Sicherheitsrat hatte die Huthi erst am Mittwoch aufgefordert"),
        ],
    ),
    "own3-putsch-niger-2023-07": dict(
        entities=[
            E("Westafrikanische Wirtschaftsgemeinschaft", "ORG", "IGO", ["Ecowas", "ECOWAS"]),
            E("Niger", "LOC", "NER"),
            E("Mohamed Bazoum", "PER", "NER", ["Bazoum"], ["Präsident"]),
            E("Abuja", "LOC", "NGA"),
            E("Abdourahamane Tiani", "PER", "NER", ["Tiani"], ["General", "Kommandeur", "Staatschef"]),
            E("Niamey", "LOC", "NER"),
            E("Frankreich", "LOC", "FRA", ["Frankreichs"]),
            E("Emmanuel Macron", "PER", "FRA", ["Macron"], ["Präsident"]),
            E("Europäische Union", "ORG", "IGO", ["EU"]),
        ],
        quotes=[
            Q("Sollte der festgesetzte Präsident Mohamed Bazoum nicht binnen einer Woche wieder eingesetzt werden, werde man „alle notwendigen Maßnahmen“ ergreifen, einschließlich militärischer Gewalt", "mixed", "Westafrikanische Wirtschaftsgemeinschaft", "hieß es"),
            # a spokesman of the junta, named by no proper name
            Q("Ecowas plane eine Invasion im Auftrag ausländischer Mächte", "indirect", None, "sagte"),
            Q("Man werde das Land verteidigen", "indirect", None, ""),
            Q("jeder Angriff auf französische Staatsbürger werde eine sofortige Antwort nach sich ziehen", "indirect", "Emmanuel Macron", "warnte"),
        ],
        timexes=[
            T("binnen einer Woche", "DURATION", "P1W"),
            T("[am Sonntag] in der nigerianischen", "DATE", "2023-07-30"),
            T("seit Mittwoch vergangener Woche", "DATE", "2023-07-26"),
            T("am Freitag", "DATE", "2023-07-28"),
            T("zogen [am Sonntag]", "DATE", "2023-07-30"),
        ],
        events=[
            V("THREATEN", "Westafrikanische Wirtschaftsgemeinschaft", "IGO", "Putschisten", "NER", None, "hat den Putschisten in Niger ein Ultimatum gestellt", note="ultimatum with the threat of force"),
            V("SANCTION", "Westafrikanische Wirtschaftsgemeinschaft", "IGO", "Niger", "NER", None, "verhängte die Staatengemeinschaft Finanzsanktionen gegen das Land", note="source and target named by role nouns; closing the borders is the same decision"),
            V("COERCE", "Präsidialgarde", "NER", "Mohamed Bazoum", "NER", "2023-07-26", "von Angehörigen seiner eigenen Präsidialgarde in seiner Residenz festgehalten", note="detention, passive"),
            V("REJECT", "Militärregierung", "NER", "Westafrikanische Wirtschaftsgemeinschaft", "IGO", None, "Die Militärregierung wies das Ultimatum zurück"),
            V("ACCUSE", "Militärregierung", "NER", "Westafrikanische Wirtschaftsgemeinschaft", "IGO", None, "Ecowas plane eine Invasion im Auftrag ausländischer Mächte", note="in reported speech, said by a spokesman"),
            V("PROTEST", "Anhänger", "NER", "Botschaft", "FRA", "2023-07-30", "zogen am Sonntag Tausende Anhänger der Putschisten vor die französische Botschaft", note="the attempt to storm the grounds is the same (violent) protest"),
            V("THREATEN", "Emmanuel Macron", "FRA", "Militärs", "NER", None, "Macron warnte die Militärs"),
            V("SANCTION", "Europäische Union", "IGO", "Niger", "NER", None, "Die Europäische Union stellte ihre Budgethilfe für Niger ein", note="aid suspended"),
        ],
    ),
    "own3-essequibo-2023-12": dict(
        entities=[
            E("Essequibo", "LOC", "GUY"),
            E("Venezuela", "LOC", "VEN", ["Venezuelas"]),
            E("Guyana", "LOC", "GUY"),
            E("Nicolás Maduro", "PER", "VEN", ["Maduro", "Nicolas Maduro"], ["Präsident"]),
            E("Irfaan Ali", "PER", "GUY", ["Ali"], ["Amtskollege"]),
            E("St. Vincent", "LOC", "VCT"),
            E("Luiz Inácio Lula da Silva", "PER", "BRA", ["Lula da Silva", "Lula"], ["Präsident"]),
            E("Karibische Gemeinschaft", "ORG", "IGO", ["Caricom", "CARICOM"]),
            E("UN-Sicherheitsrat", "ORG", "IGO"),
            E("Brasilien", "LOC", "BRA"),
            E("Internationaler Gerichtshof", "ORG", "IGO", ["Internationale Gerichtshof", "Internationalen Gerichtshof", "IGH"]),
            E("Den Haag", "LOC", "NLD"),
            E("Caracas", "LOC", "VEN"),
        ],
        quotes=[
            # a joint declaration of both sides: no single speaker
            Q("einander weder direkt noch indirekt zu bedrohen", "indirect", None, "sicherten zu", neutral=True),
            Q("Bei einem Referendum hatte eine große Mehrheit der Venezolaner nach offiziellen Angaben dafür gestimmt, das von Guyana verwaltete Gebiet zu einem venezolanischen Bundesstaat zu machen", "indirect", None, "nach offiziellen Angaben"),
            Q("„direkten Bedrohung“", "direct", "Irfaan Ali", "sprach von"),
            Q("„Wir haben unseren Anspruch nicht aufgegeben“", "direct", "Nicolás Maduro", "sagte"),
            Q("keine Schritte zu unternehmen, die die Lage in der Region verändern", "indirect", "Internationaler Gerichtshof", "aufgefordert"),
        ],
        timexes=[
            T("am Donnerstag", "DATE", "XXXX-WXX-4"),
            T("seit Anfang des Monats", "DATE", "2023-12"),
            T("Jahr 1899", "DATE", "1899"),
            T("Anfang Dezember", "DATE", "2023-12"),
            T("binnen drei Monaten", "DURATION", "P3M"),
        ],
        events=[
            V("AGREE", "Venezuela", "VEN", "Guyana", "GUY", None, "haben sich Venezuela und Guyana auf einen Gewaltverzicht geeinigt", note="the joint declaration is the same agreement; the mediators' part is the same talks"),
            V("CONSULT", "Nicolás Maduro", "VEN", "Irfaan Ali", "GUY", "XXXX-WXX-4", "trafen sich am Donnerstag auf der Karibikinsel"),
            V("ACCUSE", "Irfaan Ali", "GUY", "Venezuela", "VEN", None, "Ali sprach von einer „direkten Bedrohung“ seines Landes", note="the addressee is implied"),
            V("REQUEST", "Irfaan Ali", "GUY", "UN-Sicherheitsrat", "IGO", None, "rief den UN-Sicherheitsrat an", note="appeal"),
            V("MOBILIZE", "Brasilien", "BRA", None, None, None, "Brasilien verlegte zusätzliche Soldaten", note="troops moved to the border; no target named"),
            V("REQUEST", "Internationaler Gerichtshof", "IGO", "Venezuela", "VEN", "2023-12", "hatte Venezuela Anfang Dezember aufgefordert"),
            V("REJECT", "Caracas", "VEN", "Internationaler Gerichtshof", "IGO", None, "Caracas erkennt die Zuständigkeit des Gerichts jedoch nicht an", note="the court named by a role noun"),
        ],
    ),
    "own3-sanktionen-iran-2024-04": dict(
        entities=[
            E("Europäische Union", "ORG", "IGO", ["EU", "Union"]),
            E("Iran", "LOC", "IRN"),
            E("Israel", "LOC", "ISR", ["Israels"]),
            E("Luxemburg", "LOC", "LUX"),
            E("Josep Borrell", "PER", "IGO", ["Borrell"], ["EU-Außenbeauftragte"]),
            E("Teheran", "LOC", "IRN", ["Teherans"]),
            E("Annalena Baerbock", "PER", "DEU", ["Baerbock"], ["Bundesaußenministerin"]),
            E("Damaskus", "LOC", "SYR"),
            E("Außenministerium", "ORG", "IRN", optional=True),
            E("Nasser Kanaani", "PER", "IRN", ["Kanaani"], ["Sprecher"]),
            E("Gazastreifen", "LOC", "PSE"),
        ],
        quotes=[
            # announced, and referred back to by "Das teilte … mit"
            Q("Die Außenminister der 27 Mitgliedstaaten verständigten sich am Montag in Luxemburg grundsätzlich darauf, die bestehenden Strafmaßnahmen gegen die Produktion von Drohnen auf Raketen auszuweiten", "indirect", "Josep Borrell", "teilte mit"),
            Q("Die Maßnahmen sollten auch Lieferungen an Verbündete Teherans in der Region erfassen", "indirect", "Josep Borrell", ""),
            Q("„Wir senden ein klares Signal an Teheran“", "direct", "Josep Borrell", "sagte"),
            Q("Die Union werde nicht zulassen, dass der Iran die gesamte Region in Brand setze", "indirect", "Josep Borrell", ""),
            # named by a country adjective only
            Q("Fast alle Geschosse wurden nach israelischen Angaben abgefangen", "indirect", None, "nach israelischen Angaben"),
            Q("Die Europäer sollten lieber die Verbrechen Israels im Gazastreifen verurteilen", "indirect", "Nasser Kanaani", "sagte"),
            Q("Die Sanktionen würden das Land nicht daran hindern, sich zu verteidigen", "indirect", "Nasser Kanaani", ""),
        ],
        timexes=[
            T("am Montag", "DATE", "2024-04-22"),
            T("vergangene Woche", "DATE", "2024-W16"),
            T("in der Nacht zum 14. April", "TIME", "2024-04-14TNI"),
            T("Anfang April", "DATE", "2024-04"),
        ],
        events=[
            V("SANCTION", "Europäische Union", "IGO", "Iran", "IRN", None, "will die Europäische Union ihre Sanktionen gegen den Iran verschärfen", note="declared sanctions; the ministers' agreement is the same decision"),
            V("THREATEN", "Josep Borrell", "IGO", "Iran", "IRN", None, "Die Union werde nicht zulassen, dass der Iran", note="deterrent warning, in reported speech; the 'Signal' is the same"),
            V("REQUEST", "Annalena Baerbock", "DEU", "Israel", "ISR", None, "rief sie Israel zur Zurückhaltung auf", note="the source named by a pronoun"),
            V("ASSAULT", "Iran", "IRN", "Israel", "ISR", "2024-04-14TNI", "mehr als 300 Drohnen und Raketen auf Israel abgefeuert", note="the 'Großangriff' of the lead is the same attack"),
            V("ASSAULT", None, None, "Konsulat", "IRN", "2024-04", "einen Luftschlag auf sein Konsulat in Damaskus Anfang April", note="told by a noun; the text names the attacker only through Teheran's accusation"),
            V("ACCUSE", "Teheran", "IRN", "Israel", "ISR", None, "für den es Israel verantwortlich macht"),
            V("ACCUSE", "Außenministerium", "IRN", "Europäische Union", "IGO", None, "verurteilte die Pläne der EU", note="the spokesman's 'Die Europäer sollten' is the same criticism"),
            V("ACCUSE", "Nasser Kanaani", "IRN", "Israel", "ISR", None, "die Verbrechen Israels im Gazastreifen", note="in reported speech"),
        ],
    ),
    "own3-erdbeben-marokko-2023-09": dict(
        entities=[
            E("Marokko", "LOC", "MAR"),
            E("Spanien", "LOC", "ESP"),
            E("Großbritannien", "LOC", "GBR"),
            E("Katar", "LOC", "QAT"),
            E("Vereinigte Arabische Emirate", "LOC", "ARE", ["Vereinigten Arabischen Emiraten"]),
            E("Innenministerium", "ORG", "MAR", optional=True),
            E("Rabat", "LOC", "MAR"),
            E("Atlasgebirge", "LOC", "MAR"),
            E("Al-Haouz", "LOC", "MAR"),
            E("Deutschland", "LOC", "DEU"),
            E("Technisches Hilfswerk", "ORG", "DEU", ["Technischen Hilfswerks", "THW"]),
            E("Köln/Bonn", "LOC", "DEU", ["Flughafen Köln/Bonn"], optional=True),
            E("Nancy Faeser", "PER", "DEU", ["Faeser"], ["Bundesinnenministerin", "SPD-Politikerin"]),
            E("SPD", "ORG", "DEU", optional=True),  # only inside "SPD-Politikerin"
            E("Frankreich", "LOC", "FRA"),
            E("Catherine Colonna", "PER", "FRA", ["Colonna"], ["Außenministerin"]),
            E("Paris", "LOC", "FRA"),
            E("Mohammed VI.", "PER", "MAR", ["Mohammed VI"], ["König"]),
        ],
        quotes=[
            # the ministry, named by description only; "Das teilte … mit" refers back
            Q("Drei Tage nach dem schweren Erdbeben hat die marokkanische Regierung Hilfsangebote aus Spanien, Großbritannien, Katar und den Vereinigten Arabischen Emiraten angenommen", "indirect", None, "teilte mit"),
            Q("Die Zusammenarbeit mit anderen Ländern könne zu einem späteren Zeitpunkt folgen", "indirect", None, "hieß es"),
            Q("Zu viele Helfer ohne Abstimmung könnten die Arbeit vor Ort behindern", "indirect", None, ""),
            Q("das Angebot bleibe bestehen", "indirect", "Nancy Faeser", "betonte"),
            Q("„Wir stehen bereit, sobald Marokko uns braucht“", "direct", "Nancy Faeser", "sagte"),
            Q("Eine Kränkung sehe sie nicht", "indirect", "Nancy Faeser", ""),
        ],
        timexes=[
            T("Drei Tage", "DURATION", "P3D"),
            T("am Sonntagabend", "TIME", "2023-09-10TEV"),
            T("in der Nacht zum Samstag", "TIME", "2023-09-09TNI"),
            T("Spanien schickte [am Sonntag]", "DATE", "2023-09-10"),
            T("dreitägige", "DURATION", "P3D"),
        ],
        events=[
            V("AGREE", "Regierung", "MAR", "Spanien", "ESP", None, "Hilfsangebote aus [Spanien], Großbritannien", note="accepting offers of aid; four countries side by side: four events"),
            V("AGREE", "Regierung", "MAR", "Großbritannien", "GBR", None, "Spanien, [Großbritannien], Katar", note="second country"),
            V("AGREE", "Regierung", "MAR", "Katar", "QAT", None, "Großbritannien, [Katar] und den", note="third country"),
            V("AGREE", "Regierung", "MAR", "Vereinigte Arabische Emirate", "ARE", None, "[den Vereinigten Arabischen Emiraten] angenommen", note="fourth country"),
            V("AID", "Spanien", "ESP", "Marokko", "MAR", "2023-09-10", "Spanien schickte am Sonntag 56 Rettungskräfte"),
            V("AGREE", "Nancy Faeser", "DEU", "Marokko", "MAR", None, "das Angebot bleibe bestehen", note="standing offer of aid, in reported speech"),
            V("AGREE", "Catherine Colonna", "FRA", "Marokko", "MAR", None, "sagte Marokko fünf Millionen Euro", note="promise of aid"),
        ],
    ),
    "own3-agentengesetz-georgien-2024-05": dict(
        entities=[
            E("Georgien", "LOC", "GEO", ["Georgiens"]),
            E("Parlament", "ORG", "GEO", optional=True),
            E("Tiflis", "LOC", "GEO"),
            E("Europäische Union", "ORG", "IGO", ["EU", "Union"]),
            E("Kreml", "ORG", "RUS", optional=True),
            E("Salome Surabischwili", "PER", "GEO", ["Surabischwili"], ["Präsidentin"]),
            E("Georgischer Traum", "ORG", "GEO"),
            E("Irakli Kobachidse", "PER", "GEO", ["Kobachidse"], ["Ministerpräsident"]),
            E("Charles Michel", "PER", "IGO", ["Michel"], ["EU-Ratspräsident"]),
            E("USA", "LOC", "USA"),
            E("Russland", "LOC", "RUS"),
            E("Moskau", "LOC", "RUS"),
            E("Maria Sacharowa", "PER", "RUS", ["Sacharowa"], ["Außenamtssprecherin"]),
        ],
        quotes=[
            Q("Die Polizei drängte die Menge nach Augenzeugenberichten mit Gewalt zurück", "indirect", None, "nach Augenzeugenberichten"),
            Q("Es solle lediglich für Transparenz sorgen", "indirect", "Irakli Kobachidse", "verteidigte"),
            Q("Das Gesetz sei mit den Werten der EU nicht vereinbar und gefährde den Weg Georgiens in die Union", "indirect", "Charles Michel", "erklärte"),
            Q("ihre Zusammenarbeit mit Tiflis zu überprüfen", "indirect", "USA", "drohten"),
            Q("Moskau mische sich nicht in die inneren Angelegenheiten Georgiens ein", "indirect", "Maria Sacharowa", "sagte"),
        ],
        timexes=[
            T("wochenlanger", "DURATION", "PXW"),
            T("am Dienstag", "DATE", "2024-05-14"),
            T("seit 2012", "DATE", "2012"),
        ],
        events=[
            V("PROTEST", "Demonstranten", "GEO", "Parlament", "GEO", "2024-05-14", "versammelten sich Tausende Demonstranten", note="the weeks of protest are the same campaign"),
            V("COERCE", "Polizei", "GEO", "Demonstranten", "GEO", None, "Die Polizei drängte die Menge nach Augenzeugenberichten mit Gewalt zurück", note="in reported speech"),
            V("COERCE", None, "GEO", "Demonstranten", "GEO", None, "Mehrere Menschen wurden festgenommen", note="arrests, passive, the agent not named"),
            V("COERCE", "Kreml", "RUS", "Kritiker", "RUS", "2012", "mit dem der Kreml seit 2012 Kritiker verfolgt", note="told in a relative clause"),
            V("REJECT", "Salome Surabischwili", "GEO", "Parlament", "GEO", None, "kündigte ihr Veto an", note="veto"),
            V("ACCUSE", "Charles Michel", "IGO", "Parlament", "GEO", None, "Das Gesetz sei mit den Werten der EU nicht vereinbar", note="criticism of the law, against its makers; the EU's concern told first is the same criticism"),
            V("THREATEN", "USA", "USA", "Tiflis", "GEO", None, "Die USA drohten, ihre Zusammenarbeit mit Tiflis zu überprüfen"),
            V("REJECT", "Russland", "RUS", None, None, None, "Russland wies jeden Zusammenhang mit dem Gesetz zurück", note="denial with no accuser named"),
        ],
    ),
    "own3-indien-kanada-2023-09": dict(
        entities=[
            E("Indien", "LOC", "IND", ["Indiens"]),
            E("Kanada", "LOC", "CAN"),
            E("Außenministerium", "ORG", "IND", optional=True),
            E("Justin Trudeau", "PER", "CAN", ["Trudeau"], ["Premierminister"]),
            E("Parlament", "ORG", "CAN", optional=True),
            E("Ottawa", "LOC", "CAN"),
            E("Hardeep Singh Nijjar", "PER", "CAN", ["Nijjar"], ["Sikh-Anführer", "Sikh-Aktivist"]),
            E("British Columbia", "LOC", "CAN"),
            E("Neu-Delhi", "LOC", "IND"),
            E("USA", "LOC", "USA"),
            E("Weißes Haus", "LOC", "USA", ["Weißen Hauses", "Weiße Haus"]),
        ],
        quotes=[
            # the ministry, named by description only
            Q("Der Diplomat müsse das Land binnen fünf Tagen verlassen", "indirect", None, "teilte mit"),
            Q("Es gebe glaubwürdige Hinweise, dass Agenten der indischen Regierung hinter dem Tod von Hardeep Singh Nijjar stünden", "indirect", "Justin Trudeau", ""),
            Q("„Wenn ein fremder Staat auf unserem Boden einen Kanadier tötet, ist das ein Angriff auf unsere Souveränität, den wir nicht hinnehmen“", "direct", "Justin Trudeau", "sagte"),
            Q("„haltlos“", "direct", "Neu-Delhi", "wies zurück"),
            Q("Kanada biete Terroristen und Extremisten Unterschlupf, die Indiens Einheit bedrohten", "indirect", "Neu-Delhi", "hieß es"),
            # an unnamed spokeswoman of a named institution speaks for it
            Q("Es sei wichtig, dass die Ermittlungen in Kanada vorankämen und die Täter zur Rechenschaft gezogen würden", "indirect", "Weißes Haus", "sagte"),
            Q("bei der Aufklärung mit den kanadischen Behörden zusammenzuarbeiten", "indirect", "Justin Trudeau", "forderte auf"),
        ],
        timexes=[
            T("binnen fünf Tagen", "DURATION", "P5D"),
            T("am Dienstag", "DATE", "2023-09-19"),
            T("am Montag", "DATE", "2023-09-18"),
            T("im Juni", "DATE", "2023-06"),
            T("Jahr 2020", "DATE", "2020"),
        ],
        events=[
            V("SANCTION", "Indien", "IND", "Diplomat", "CAN", None, "hat Indien einen kanadischen Diplomaten ausgewiesen", note="expulsion; the headline restates it"),
            V("SANCTION", "Kanada", "CAN", "Diplomat", "IND", None, "hatte Kanada seinerseits einen ranghohen indischen Diplomaten des Landes verwiesen"),
            V("ACCUSE", "Justin Trudeau", "CAN", "Indien", "IND", "2023-09-18", "schwere Vorwürfe gegen Indien erhoben"),
            V("ASSAULT", None, None, "Hardeep Singh Nijjar", "CAN", "2023-06", "erschossen worden", note="passive; the text names the killers only through Trudeau's accusation"),
            V("REJECT", "Neu-Delhi", "IND", "Justin Trudeau", "CAN", None, "Neu-Delhi wies die Anschuldigungen als „haltlos“ zurück"),
            V("ACCUSE", "Neu-Delhi", "IND", "Kanada", "CAN", None, "Kanada biete Terroristen und Extremisten Unterschlupf", note="in reported speech"),
            V("ACCUSE", "Indien", "IND", "Hardeep Singh Nijjar", "CAN", "2020", "Indien hatte Nijjar im Jahr 2020 als Terroristen eingestuft", note="designation as a terrorist"),
            V("REQUEST", "Justin Trudeau", "CAN", "Indien", "IND", None, "Trudeau forderte Indien auf"),
        ],
    ),
    "own3-nato-schweden-ungarn-2024-02": dict(
        entities=[
            E("Ungarn", "LOC", "HUN"),
            E("Schweden", "LOC", "SWE", ["Schwedens"]),
            E("Nato", "ORG", "IGO", ["NATO"]),
            E("Parlament", "ORG", "HUN", optional=True),
            E("Budapest", "LOC", "HUN"),
            E("Stockholm", "LOC", "SWE"),
            E("Ukraine", "LOC", "UKR"),
            E("Viktor Orbán", "PER", "HUN", ["Orbán", "Orban", "Viktor Orban"], ["Ministerpräsident"]),
            E("Ulf Kristersson", "PER", "SWE", ["Kristersson"], ["Regierungschef"]),
            E("Jens Stoltenberg", "PER", "IGO", ["Stoltenberg"], ["Nato-Generalsekretär"]),
            E("Moskau", "LOC", "RUS"),
            E("Russland", "LOC", "RUS"),
            E("Alexander Gruschko", "PER", "RUS", ["Gruschko"], ["Vizeaußenminister"]),
            E("Türkei", "LOC", "TUR"),
            E("Washington", "LOC", "USA"),
            E("Ankara", "LOC", "TUR"),
        ],
        quotes=[
            # Orbán's government, named by no proper name
            Q("Ungarn wegen angeblicher Mängel bei der Rechtsstaatlichkeit herabzusetzen", "indirect", None, "warf vor"),
            Q("„Heute ist ein historischer Tag“", "direct", "Ulf Kristersson", "sagte"),
            Q("Sein Land sei bereit, Verantwortung für die Sicherheit des Bündnisses zu übernehmen", "indirect", "Ulf Kristersson", ""),
            Q("„Schwedens Mitgliedschaft macht uns alle stärker und sicherer.“", "direct", "Jens Stoltenberg", "begrüßte"),
            Q("Russland werde auf die Erweiterung der Allianz mit „militärtechnischen Maßnahmen“ reagieren", "mixed", "Alexander Gruschko", "kündigte an"),
        ],
        timexes=[
            T("am Montag", "DATE", "2024-02-26"),
            T("fast zwei Jahre lange", "DURATION", "P2Y"),
            T("im Mai 2022", "DATE", "2022-05"),
            T("monatelang", "DURATION", "PXM"),
            T("am Freitag", "DATE", "2024-02-23"),
            T("Heute", "DATE", "2024-02-26"),
            T("im Januar", "DATE", "2024-01"),
        ],
        events=[
            V("AGREE", "Ungarn", "HUN", "Schweden", "SWE", "2024-02-26", "hat Ungarn den Beitritt Schwedens zur Nato gebilligt", note="ratification; the vote in parliament is the same"),
            V("REQUEST", "Schweden", "SWE", "Nato", "IGO", "2022-05", "die Mitgliedschaft beantragt", note="application for membership"),
            V("ACCUSE", "Regierung", "HUN", "Stockholm", "SWE", None, "Seine Regierung warf Stockholm vor"),
            V("CONSULT", "Ulf Kristersson", "SWE", "Viktor Orbán", "HUN", "2024-02-23", "Erst am Freitag empfing Orbán den schwedischen Regierungschef", note="the visitor is the source"),
            V("AGREE", "Viktor Orbán", "HUN", "Ulf Kristersson", "SWE", None, "Beide vereinbarten", note="arms deal"),
            V("SUPPORT", "Jens Stoltenberg", "IGO", "Parlament", "HUN", None, "begrüßte die Entscheidung des ungarischen Parlaments"),
            V("THREATEN", "Alexander Gruschko", "RUS", "Nato", "IGO", None, "Russland werde auf die Erweiterung der Allianz", note="in reported speech; the 'Kritik aus Moskau' is the same"),
            V("AGREE", "Türkei", "TUR", "Schweden", "SWE", "2024-01", "Die Türkei hatte den Beitritt bereits im Januar ratifiziert"),
            V("AGREE", "Washington", "USA", "Ankara", "TUR", None, "nachdem Washington der Lieferung von F-16-Kampfjets an Ankara zugestimmt hatte"),
        ],
    ),
    "own3-wahl-polen-2023-10": dict(
        entities=[
            E("PiS", "ORG", "POL"),
            E("Polen", "LOC", "POL", ["Polens"]),
            E("Jarosław Kaczyński", "PER", "POL", ["Kaczyński", "Jaroslaw Kaczynski", "Kaczynski"]),
            E("Wahlkommission", "ORG", "POL", optional=True),
            E("Warschau", "LOC", "POL"),
            E("Sejm", "ORG", "POL"),
            E("Donald Tusk", "PER", "POL", ["Tusk"], ["Oppositionsführer", "EU-Ratspräsident"]),
            E("Bürgerkoalition", "ORG", "POL"),
            E("Dritter Weg", "ORG", "POL", ["Dritten Weg"]),
            E("Linke", "ORG", "POL", ["Linken"]),
            E("Andrzej Duda", "PER", "POL", ["Duda"], ["Präsident"]),
            E("Brüssel", "LOC", "BEL"),
            E("Berlin", "LOC", "DEU"),
            E("EU-Kommission", "ORG", "IGO", ["Kommission", "Europäische Kommission"]),
            E("Europäische Union", "ORG", "IGO", ["EU"], optional=True),  # only inside compounds
            E("Olaf Scholz", "PER", "DEU", ["Scholz"], ["Bundeskanzler", "Kanzler"]),
        ],
        quotes=[
            # the electoral commission, named by description only
            Q("Zwar wurde die Partei von Jarosław Kaczyński bei der Parlamentswahl am Sonntag mit rund 35 Prozent erneut stärkste Kraft", "indirect", None, "mitteilte"),
            Q("„Das ist das Ende der schlechten Zeit“", "direct", "Donald Tusk", "rief zu"),
            Q("Seine Partei werde versuchen, eine Mehrheit zu finden", "indirect", "Jarosław Kaczyński", "sagte"),
            Q("Er freue sich auf eine enge Zusammenarbeit mit der künftigen polnischen Regierung", "indirect", "Olaf Scholz", "mitteilen"),
        ],
        timexes=[
            T("acht Jahren", "DURATION", "P8Y"),
            T("am Sonntag", "DATE", "2023-10-15"),
            T("am Montag", "DATE", "2023-10-16"),
            T("1989", "DATE", "1989"),
            T("jahrelang", "DURATION", "PXY"),
        ],
        events=[
            V("AGREE", "Donald Tusk", "POL", "Dritter Weg", "POL", None, "dem Dritten Weg", note="declared intent to govern together; two partners side by side: two events"),
            V("AGREE", "Donald Tusk", "POL", "Linke", "POL", None, "der Linken eine Regierung bilden", note="second partner"),
            V("AGREE", "Andrzej Duda", "POL", "Parteien", "POL", None, "Duda kündigte Gespräche mit allen Parteien an", note="offer of talks"),
            V("SANCTION", "EU-Kommission", "IGO", "Polen", "POL", None, "hatte Polen wegen der Justizreformen der PiS jahrelang Milliardenhilfen vorenthalten", note="aid withheld"),
            V("SUPPORT", "Olaf Scholz", "DEU", "Donald Tusk", "POL", None, "Bundeskanzler Olaf Scholz gratulierte Tusk telefonisch", note="congratulations"),
            V("AGREE", "Olaf Scholz", "DEU", "Regierung", "POL", None, "Er freue sich auf eine enge Zusammenarbeit", note="declared intent to cooperate, in reported speech"),
        ],
    ),
    "own3-haftbefehl-putin-2023-03": dict(
        entities=[
            E("Internationaler Strafgerichtshof", "ORG", "IGO", ["Internationale Strafgerichtshof", "IStGH"]),
            E("Russland", "LOC", "RUS", ["Russlands"]),
            E("Wladimir Putin", "PER", "RUS", ["Putin"], ["Präsident", "Kremlchef"]),
            E("Den Haag", "LOC", "NLD"),
            E("Ukraine", "LOC", "UKR"),
            E("Maria Lwowa-Belowa", "PER", "RUS", ["Lwowa-Belowa"], ["Kinderrechtsbeauftragte"]),
            E("Moskau", "LOC", "RUS"),
            E("Kreml", "ORG", "RUS", optional=True),
            E("Dmitri Peskow", "PER", "RUS", ["Peskow"], ["Kremlsprecher"]),
            E("Wolodymyr Selenskyj", "PER", "UKR", ["Selenskyj"], ["Präsident"]),
            E("Marco Buschmann", "PER", "DEU", ["Buschmann"], ["Bundesjustizminister"]),
            E("Deutschland", "LOC", "DEU"),
        ],
        quotes=[
            Q("Die Richter in Den Haag werfen ihm vor, für die rechtswidrige Verschleppung von Kindern aus besetzten Gebieten der Ukraine nach Russland verantwortlich zu sein", "indirect", "Internationaler Strafgerichtshof", "mitteilte"),
            # named by a country adjective only
            Q("wurden seit Beginn des Krieges im Februar 2022 mehr als 16.000 Kinder nach Russland gebracht", "indirect", None, "Nach ukrainischen Angaben"),
            # the content of an accusation that the subject denies
            Q("dass es sich um Verschleppungen handelt", "indirect", "Moskau", "bestreitet", neutral=True),
            Q("Russland erkenne die Zuständigkeit des Gerichts nicht an, die Haftbefehle seien daher rechtlich bedeutungslos", "indirect", "Dmitri Peskow", "sagte"),
            Q("„Das ist erst der Anfang“", "direct", "Wolodymyr Selenskyj", "sagte"),
            Q("Deutschland müsse Putin festnehmen, sollte dieser deutschen Boden betreten", "indirect", "Marco Buschmann", "äußerte sich"),
        ],
        timexes=[
            T("am Freitag", "DATE", "2023-03-17"),
            T("im Februar 2022", "DATE", "2022-02"),
            T("am Abend", "TIME", "2023-03-17TEV"),
        ],
        events=[
            V("ACCUSE", "Internationaler Strafgerichtshof", "IGO", "Wladimir Putin", "RUS", None, "hat Haftbefehl gegen Russlands Präsidenten Wladimir Putin erlassen", note="arrest warrant: charges, like a legal complaint; the headline restates it"),
            V("ACCUSE", "Internationaler Strafgerichtshof", "IGO", "Maria Lwowa-Belowa", "RUS", None, "Ein weiterer Haftbefehl richtet sich gegen", note="second warrant"),
            V("COERCE", "Russland", "RUS", "Kinder", "UKR", None, "mehr als 16.000 Kinder nach Russland gebracht", note="deportation, passive, in reported speech"),
            V("REJECT", "Moskau", "RUS", "Ukraine", "UKR", None, "Moskau bestreitet, dass es sich um Verschleppungen handelt", note="denial"),
            V("REJECT", "Kreml", "RUS", "Internationaler Strafgerichtshof", "IGO", None, "Der Kreml wies die Entscheidung umgehend zurück", note="Peskow's statement is the same rejection"),
            V("SUPPORT", "Wolodymyr Selenskyj", "UKR", "Internationaler Strafgerichtshof", "IGO", None, "begrüßte den Schritt"),
            V("THREATEN", "Marco Buschmann", "DEU", "Wladimir Putin", "RUS", None, "Deutschland müsse Putin festnehmen", note="declared readiness to arrest, in reported speech"),
        ],
    ),
}
def locate(text, spec, what):
    """(start, end, span text) of spec in text: spec without brackets must occur exactly once."""
    if spec.count("[") > 1 or spec.count("[") != spec.count("]"):
        sys.exit(f"{what}: bad brackets in {spec!r}")
    plain = spec.replace("[", "").replace("]", "")
    hits = [m.start() for m in re.finditer(re.escape(plain), text)]
    if len(hits) != 1:
        sys.exit(f"{what}: {plain!r} occurs {len(hits)} times (must be exactly once)")
    a = hits[0] + (spec.index("[") if "[" in spec else 0)
    b = a + (spec.index("]") - spec.index("[") - 1 if "[" in spec else len(plain))
    if (a > 0 and text[a - 1].isalnum() and text[a].isalnum()) or (b < len(text) and text[b - 1].isalnum() and text[b].isalnum()):
        sys.exit(f"{what}: span {text[a:b]!r} cuts a word")
    return a, b, text[a:b]


def check_names(doc_id, text, ann):
    canon, alias = set(), {}
    for e in ann["entities"]:
        forms = [e["name"], *e["aliases"]]
        if not any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text) for f in forms):
            sys.exit(f"{doc_id}: entity {e['name']!r} not named in the text")
        canon.add(e["name"])
        for f in forms:
            if alias.setdefault(f, e["name"]) != e["name"]:
                sys.exit(f"{doc_id}: {f!r} is an alias of two entities")
    for q in ann["quotes"]:
        if q["speaker"] is not None and q["speaker"] not in canon:
            sys.exit(f"{doc_id}: speaker {q['speaker']!r} is not a canonical entity name")
        if q["kind"] not in KINDS:
            sys.exit(f"{doc_id}: quote kind {q['kind']!r}")
    for t in ann["timexes"]:
        if t["type"] not in TIMEX_TYPES:
            sys.exit(f"{doc_id}: timex type {t['type']!r}")
    for v in ann["events"]:
        if v["type"] not in EVENT_TYPES:
            sys.exit(f"{doc_id}: event type {v['type']!r}")
        for role in ("source", "target"):
            name = v[role]
            if name in alias and alias[name] != name:
                sys.exit(f"{doc_id}: event {role} {name!r} should be the canonical {alias[name]!r}")
            if name in alias and v[role + "_country"] != next(e["country"] for e in ann["entities"] if e["name"] == name):
                sys.exit(f"{doc_id}: event {role} {name!r} with a country other than its entity's")


def build(doc_id, ann):
    text = open(os.path.join(HERE, doc_id + ".txt"), encoding="utf-8").read()
    check_names(doc_id, text, ann)
    quotes, timexes, events = [], [], []
    for q in ann["quotes"]:
        s, e, span = locate(text, q["text"], doc_id)
        g = {"start": s, "end": e, "text": span, "kind": q["kind"], "speaker": q["speaker"], "cue": q["cue"]}
        if q["neutral"]:
            g["neutral"] = True
        quotes.append(g)
    spans = sorted((g["start"], g["end"]) for g in quotes)
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if c < b:
            sys.exit(f"{doc_id}: quotes overlap: {text[a:b]!r} / {text[c:d]!r}")
    for t in ann["timexes"]:
        s, e, span = locate(text, t["text"], doc_id)
        timexes.append({"start": s, "end": e, "text": span, "type": t["type"], "value": t["value"]})
    for v in ann["events"]:
        s, e, span = locate(text, v["evidence"], doc_id)
        g = {k: v[k] for k in ("type", "source", "source_country", "target", "target_country", "date")}
        g.update(evidence=[s, e], evidence_text=span)
        if v["note"]:
            g["note"] = v["note"]
        events.append(g)
    return {"id": doc_id, "source": "written by us for a blind evaluation set; annotations by us (see README.md)",
            "date": date_of(text), "text_file": doc_id + ".txt", "layers": ["entities", "quotes", "timexes", "events"],
            "entities": ann["entities"], "quotes": quotes, "timexes": timexes, "events": events}


if __name__ == "__main__":
    txt = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
    if txt != sorted(ARTICLES):
        sys.exit(f"articles without annotations or annotations without article: {set(txt) ^ set(ARTICLES)}")
    for doc_id, ann in ARTICLES.items():
        with open(os.path.join(HERE, doc_id + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(build(doc_id, ann), f, ensure_ascii=False, indent=1)
            f.write("\n")
    n = {k: sum(len(a[k]) for a in ARTICLES.values()) for k in ("entities", "quotes", "timexes", "events")}
    print(f"{len(ARTICLES)} gold files written; " + ", ".join(f"{v} {k}" for k, v in n.items()))
    by_type = Counter(v["type"] for a in ARTICLES.values() for v in a["events"])
    print("events by type: " + ", ".join(f"{t} {c}" for t, c in sorted(by_type.items())))
