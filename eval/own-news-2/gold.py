#!/usr/bin/env python3
"""Builds the gold files of eval/own-news-2 (a blind set: see README.md).

The articles are written by us (not copied from any publication); the annotations
follow ../../../shared/eval/FORMAT.md and the choices in README.md. The helpers E, Q,
T, V (those of ../own-news/gold.py) and the checks live in ../goldlib.py, shared with
the other sets. Every span is named by a substring of the article that must occur
exactly once; where the span itself is not unique, the string gives unique context and
marks the span in brackets: "[am Samstag] veröffentlichten". Offsets are computed there,
in code points, never typed by hand. Building fails on any substring that is missing or
ambiguous, on spans that cut a word, on overlapping quotes, and on speakers or event
actors that are not the canonical entity name (or that carry another country than their
entity).

    python3 eval/own-news-2/gold.py          # rewrites the *.gold.json files
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(HERE))
from goldlib import E, Q, T, V, main  # noqa: E402

SOURCE = "written by us for a blind evaluation set; annotations by us (see README.md)"

ARTICLES = {
    "own2-g7-hiroshima-2023-05": dict(
        entities=[
            E("G7", "ORG", "IGO", ["G-7"]),
            E("Russland", "LOC", "RUS"),
            E("Kiew", "LOC", "UKR"),
            E("Hiroshima", "LOC", "JPN"),
            E("Ukraine", "LOC", "UKR"),
            E("Fumio Kishida", "PER", "JPN", ["Kishida"], ["Gastgeber", "Ministerpräsident"]),
            E("Olaf Scholz", "PER", "DEU", ["Scholz"], ["Bundeskanzler"]),
            E("Deutschland", "LOC", "DEU"),
            E("Wolodymyr Selenskyj", "PER", "UKR", ["Selenskyj"], ["Präsident", "ukrainische Präsident"]),
            E("Joe Biden", "PER", "USA", ["Biden"], ["US-Präsident"]),
            E("Weißes Haus", "LOC", "USA", ["Weißen Hauses", "Weiße Haus"]),  # used for the administration, like a capital (FORMAT.md)
            E("Peking", "LOC", "CHN"),
            E("China", "LOC", "CHN"),
            E("Außenministerium", "ORG", "CHN", ["Außenministeriums", "chinesische Außenministerium", "chinesisches Außenministerium"], optional=True),
            E("Italien", "LOC", "ITA"),
        ],
        quotes=[
            Q("Russland müsse seine Truppen vollständig und bedingungslos abziehen", "indirect", "G7", "heißt es"),
            Q("„starken Signal der Geschlossenheit“", "direct", "Fumio Kishida", "sprach von"),
            Q("sein Land werde der Ukraine weitere Fahrzeuge und Lebensmittel liefern", "indirect", "Fumio Kishida", "kündigte an"),
            Q("Deutschland werde die Ukraine unterstützen, „solange es nötig ist“", "mixed", "Olaf Scholz", "sagte"),
            Q("sagte Biden Kiew ein neues Paket mit Munition im Wert von 375 Millionen Dollar zu", "indirect", "Weißes Haus", "Nach Angaben"),
            # a spokesman of the ministry, named by no proper name
            Q("Die Erklärung enthalte „Verleumdungen“ gegen China", "mixed", None, "sagte"),
            Q("Die G7 mischten sich in die inneren Angelegenheiten seines Landes ein", "indirect", None, ""),
            Q("Das Ministerium bestellte nach eigenen Angaben den japanischen Botschafter ein", "indirect", None, "nach eigenen Angaben"),
        ],
        timexes=[
            T("[am Samstag] veröffentlichten", "DATE", "2023-05-20"),
            T("[am Samstag] auch", "DATE", "2023-05-20"),
            T("im kommenden Jahr", "DATE", "2024"),
        ],
        events=[
            V("ACCUSE", "G7", "IGO", "Russland", "RUS", None, "verurteilen die sieben Industriestaaten den russischen Angriffskrieg"),
            V("REQUEST", "G7", "IGO", "Russland", "RUS", "2023-05-20", "Russland müsse seine Truppen vollständig und bedingungslos abziehen", note="demand in the declaration"),
            V("AGREE", "Fumio Kishida", "JPN", "Ukraine", "UKR", None, "sein Land werde der Ukraine weitere Fahrzeuge", note="promise of aid, in reported speech"),
            V("SUPPORT", "Olaf Scholz", "DEU", "Ukraine", "UKR", None, "Deutschland werde die Ukraine unterstützen"),
            V("CONSULT", "Wolodymyr Selenskyj", "UKR", "Joe Biden", "USA", None, "Er traf am Rande des Gipfels US-Präsident Joe Biden"),
            V("AGREE", "Joe Biden", "USA", "Kiew", "UKR", None, "sagte Biden Kiew ein neues Paket", note="promise of aid"),
            V("ACCUSE", "Außenministerium", "CHN", "G7", "IGO", None, "Die Erklärung enthalte „Verleumdungen“ gegen China", note="the 'interference' sentence is the same criticism"),
            V("ACCUSE", "Außenministerium", "CHN", "Botschafter", "JPN", None, "bestellte nach eigenen Angaben den japanischen Botschafter ein", note="summoning an ambassador: official complaint"),
        ],
    ),
    "own2-waffenruhe-sudan-2023-05": dict(
        entities=[
            E("Sudan", "LOC", "SDN"),
            E("Dschidda", "LOC", "SAU"),
            E("RSF", "ORG", "SDN", ["Rapid Support Forces"]),
            E("Außenministerium", "ORG", "SAU", ["saudische Außenministerium", "saudisches Außenministerium"], optional=True),
            E("Saudi-Arabien", "LOC", "SAU"),
            E("USA", "LOC", "USA", ["Vereinigte Staaten"]),
            E("Antony Blinken", "PER", "USA", ["Blinken"], ["US-Außenminister"]),
            E("Khartum", "LOC", "SDN"),
            E("Abdel Fattah al-Burhan", "PER", "SDN", ["al-Burhan", "Burhan"], ["Armeechef"]),
            E("Vereinte Nationen", "ORG", "IGO", ["Vereinten Nationen", "UN", "UNO"]),
        ],
        quotes=[
            # the ministry, named by no proper name
            Q("Die Vereinbarung zwischen der sudanesischen Armee und der paramilitärischen Miliz RSF soll am Montagabend in Kraft treten", "indirect", None, "teilte mit"),
            Q("Beide Seiten hätten sich zudem verpflichtet, humanitäre Hilfe durchzulassen", "indirect", None, ""),
            Q("„ersten Schritt“", "direct", "Antony Blinken", "sprach von"),
            Q("Man werde genau beobachten, ob sich die Parteien an ihre Zusagen hielten", "indirect", "Antony Blinken", "sagte"),
            Q("wurden am Sonntag Wohnviertel im Norden der Stadt erneut aus der Luft bombardiert", "indirect", None, "Nach Angaben"),
            Q("Krankenhäuser besetzt zu haben", "indirect", "Abdel Fattah al-Burhan", "warf vor"),
            Q("sind seit Beginn der Kämpfe Mitte April mehr als eine Million Menschen aus ihren Häusern geflohen", "indirect", "Vereinte Nationen", "Nach Angaben"),
        ],
        timexes=[
            T("zweiwöchigen", "DURATION", "P2W"),
            T("einwöchige", "DURATION", "P1W"),
            T("am Montagabend", "TIME", "XXXX-WXX-1TEV"),
            T("am Samstag", "DATE", "XXXX-WXX-6"),
            T("Anfang Mai", "DATE", "2023-05"),
            T("am Sonntag", "DATE", "XXXX-WXX-7"),
            T("Mitte April", "DATE", "2023-04"),
        ],
        events=[
            V("CONSULT", "Armee", "SDN", "RSF", "SDN", None, "nach zweiwöchigen Verhandlungen", note="talks told by a noun; the mediators' part is the same talks"),
            V("AGREE", "Armee", "SDN", "RSF", "SDN", None, "auf eine einwöchige Waffenruhe geeinigt", note="the commitment to let aid through is part of the same agreement"),
            V("THREATEN", "Antony Blinken", "USA", "Konfliktparteien", "SDN", None, "drohte er den Konfliktparteien mit Sanktionen"),
            V("ASSAULT", "Armee", "SDN", "RSF", "SDN", None, "gingen die Kämpfe in der Hauptstadt Khartum weiter"),
            V("ASSAULT", None, "SDN", "Wohnviertel", "SDN", "XXXX-WXX-7", "Wohnviertel im Norden der Stadt erneut aus der Luft bombardiert", note="passive, the agent not named; both parties are Sudanese"),
            V("ACCUSE", "RSF", "SDN", "Armee", "SDN", None, "Die RSF machte die Armee für die Angriffe verantwortlich"),
            V("ACCUSE", "Abdel Fattah al-Burhan", "SDN", "RSF", "SDN", None, "warf der Miliz vor", note="the militia is the RSF, named by a role noun"),
        ],
    ),
    "own2-steinmeier-tansania-2023-11": dict(
        entities=[
            E("Frank-Walter Steinmeier", "PER", "DEU", ["Steinmeier"], ["Bundespräsident"]),
            E("Tansania", "LOC", "TZA"),
            E("Songea", "LOC", "TZA"),
            E("Deutschland", "LOC", "DEU"),
            E("Schutztruppe", "ORG", "DEU", optional=True),
            E("Daressalam", "LOC", "TZA"),
            E("Samia Suluhu Hassan", "PER", "TZA", ["Samia"], ["Präsidentin", "Staatschefin"]),
            E("Bundesregierung", "ORG", "DEU", optional=True),
        ],
        quotes=[
            Q("„Ich verneige mich vor den Opfern“", "direct", "Frank-Walter Steinmeier", "sagte"),
            Q("Er schäme sich für das, was deutsche Kolonialsoldaten den Menschen hier angetan hätten", "indirect", "Frank-Walter Steinmeier", ""),
            Q("Deutschland sei bereit, gemeinsam mit Tansania an der Aufarbeitung zu arbeiten", "indirect", "Frank-Walter Steinmeier", "versicherte"),
            Q("„neuen Kapitel“", "direct", "Samia Suluhu Hassan", "sprach von"),
        ],
        timexes=[
            T("am Mittwoch", "DATE", "2023-11-01"),
            T("ab 1905", "DATE", "1905"),
            T("am Dienstag", "DATE", "2023-10-31"),
        ],
        events=[
            V("SUPPORT", "Frank-Walter Steinmeier", "DEU", "Tansania", "TZA", None, "um Vergebung für die Verbrechen der deutschen Kolonialzeit gebeten", note="apology (CAMEO 055)"),
            V("ASSAULT", "Schutztruppe", "DEU", "Menschen", "TZA", "1905", "von der deutschen Schutztruppe getötet worden", note="historical, passive"),
            V("AGREE", "Frank-Walter Steinmeier", "DEU", "Tansania", "TZA", None, "Deutschland sei bereit, gemeinsam mit Tansania", note="declared readiness, in reported speech"),
            V("CONSULT", "Frank-Walter Steinmeier", "DEU", "Samia Suluhu Hassan", "TZA", "2023-10-31", "von Präsidentin Samia Suluhu Hassan empfangen worden", note="passive; the visitor is the source"),
            V("SUPPORT", "Samia Suluhu Hassan", "TZA", "Frank-Walter Steinmeier", "DEU", None, "würdigte die Geste des Gastes", note="the guest is Steinmeier, named by a role noun"),
            V("AGREE", "Deutschland", "DEU", "Tansania", "TZA", None, "Beide Regierungen unterzeichneten eine Absichtserklärung"),
            V("REQUEST", "Nachfahren", "TZA", "Deutschland", "DEU", None, "forderten bei dem Besuch auch Entschädigungen von Deutschland"),
            V("REJECT", "Bundesregierung", "DEU", "Nachfahren", "TZA", None, "Die Bundesregierung lehnt Reparationen bislang ab"),
        ],
    ),
    "own2-sanktionen-belarus-2021-06": dict(
        entities=[
            E("Europäische Union", "ORG", "IGO", ["EU"]),
            E("Belarus", "LOC", "BLR", ["Weißrussland"]),
            E("Ryanair", "ORG", "IRL", optional=True),  # only inside the compound "Ryanair-Flugzeugs"
            E("Minsk", "LOC", "BLR"),
            E("Luxemburg", "LOC", "LUX"),
            E("Athen", "LOC", "GRC"),
            E("Vilnius", "LOC", "LTU"),
            E("Roman Protassewitsch", "PER", "BLR", ["Protassewitsch"], ["Blogger"]),
            E("Josep Borrell", "PER", "IGO", ["Borrell"], ["EU-Außenbeauftragte"]),
            E("Heiko Maas", "PER", "DEU", ["Maas"], ["Bundesaußenminister", "SPD-Politiker"]),
            E("Alexander Lukaschenko", "PER", "BLR", ["Lukaschenko"], ["Machthaber"]),
            E("Belta", "ORG", "BLR", ["BelTA"]),
            E("Westen", "LOC", None, optional=True),
        ],
        quotes=[
            Q("„Das ist Staatsterrorismus“", "direct", "Josep Borrell", "sagte"),
            Q("Protassewitsch sofort freizulassen", "indirect", "Heiko Maas", "forderte auf"),
            Q("Die Sanktionen seien die Antwort auf die Willkür der Führung in Minsk", "indirect", "Heiko Maas", "sagte"),
            Q("Der Westen führe einen „hybriden Krieg“ gegen sein Land", "mixed", "Alexander Lukaschenko", "sagte"),
            Q("Belarus werde sich davon nicht einschüchtern lassen", "indirect", "Alexander Lukaschenko", ""),
        ],
        timexes=[
            T("am Montag", "DATE", "2021-06-21"),
            T("Ende Mai", "DATE", "2021-05"),
        ],
        events=[
            V("SANCTION", "Europäische Union", "IGO", "Belarus", "BLR", None, "weitere Sanktionen gegen Belarus beschlossen", note="the listings and the sector measures are the same decision"),
            V("COERCE", "Kampfjet", "BLR", "Passagiermaschine", None, None, "zur Landung in Minsk gezwungen worden", note="passive; forced landing of a plane of no stated country"),
            V("COERCE", "Behörden", "BLR", "Roman Protassewitsch", "BLR", None, "Die Behörden nahmen dort den regierungskritischen Blogger Roman Protassewitsch", note="arrest"),
            V("ACCUSE", "Josep Borrell", "IGO", "Belarus", "BLR", None, "„Das ist Staatsterrorismus“"),
            V("REQUEST", "Heiko Maas", "DEU", "Minsk", "BLR", None, "forderte Minsk auf"),
            V("REJECT", "Alexander Lukaschenko", "BLR", "Europäische Union", "IGO", None, "wies die Kritik der EU zurück"),
            V("ACCUSE", "Alexander Lukaschenko", "BLR", "Westen", None, None, "Der Westen führe einen „hybriden Krieg“ gegen sein Land", note="in reported speech"),
            V("THREATEN", "Minsk", "BLR", "Europäische Union", "IGO", None, "Minsk kündigte Gegenmaßnahmen gegen die EU an"),
        ],
    ),
    "own2-imamoglu-2025-03": dict(
        entities=[
            E("Türkei", "LOC", "TUR"),
            E("Ekrem İmamoğlu", "PER", "TUR", ["İmamoğlu", "Imamoglu", "Ekrem Imamoglu"], ["Oberbürgermeister", "Oppositionspolitiker", "Bürgermeister"]),
            E("Recep Tayyip Erdoğan", "PER", "TUR", ["Erdoğan", "Erdogan", "Recep Tayyip Erdogan"], ["Präsident"]),
            E("Istanbul", "LOC", "TUR"),
            E("CHP", "ORG", "TUR"),
            E("Ankara", "LOC", "TUR"),
            E("Yılmaz Tunç", "PER", "TUR", ["Tunç"], ["Justizminister"]),
            E("Europa", "LOC", None),
            E("Auswärtiges Amt", "ORG", "DEU", ["Auswärtige Amt"]),
            E("Berlin", "LOC", "DEU"),
            E("Europarat", "ORG", "IGO"),
        ],
        quotes=[
            # the prosecutors, named by no proper name
            Q("wird dem Oppositionspolitiker unter anderem Korruption und Unterstützung einer Terrororganisation vorgeworfen", "indirect", None, "Nach Angaben"),
            Q("„Putschversuch gegen den nächsten Präsidenten“", "direct", "CHP", "sprach von"),
            Q("Die Justiz sei unabhängig", "indirect", "Yılmaz Tunç", "sagte"),
            Q("Niemand stehe über dem Gesetz", "indirect", "Yılmaz Tunç", ""),
            Q("Die Festnahme sei ein schwerer Rückschlag für die Demokratie in der Türkei", "indirect", "Auswärtiges Amt", "teilte mit"),
        ],
        timexes=[
            T("am Mittwochmorgen", "TIME", "2025-03-19TMO"),
            T("seit 2019", "DATE", "2019"),
            T("Am Mittwochabend", "TIME", "2025-03-19TEV"),
        ],
        events=[
            V("COERCE", None, "TUR", "Ekrem İmamoğlu", "TUR", "2025-03-19TMO", "ist am Mittwochmorgen in seinem Haus festgenommen worden", note="arrest, passive, the agent not named"),
            V("ACCUSE", "Staatsanwaltschaft", "TUR", "Ekrem İmamoğlu", "TUR", None, "wird dem Oppositionspolitiker unter anderem Korruption", note="charges, passive"),
            V("ACCUSE", "CHP", "TUR", "Regierung", "TUR", None, "„Putschversuch gegen den nächsten Präsidenten“"),
            V("PROTEST", "Demonstranten", "TUR", "Regierung", "TUR", "2025-03-19TEV", "Tausende Menschen, um gegen die Festnahme zu demonstrieren"),
            V("COERCE", "Polizei", "TUR", "Demonstranten", "TUR", None, "Die Polizei setzte Tränengas und Gummigeschosse ein"),
            V("REJECT", "Regierung", "TUR", "CHP", "TUR", None, "Die Regierung wies jeden Zusammenhang mit der Politik zurück"),
            V("ACCUSE", "Auswärtiges Amt", "DEU", "Türkei", "TUR", None, "Die Festnahme sei ein schwerer Rückschlag"),
            V("REQUEST", "Europarat", "IGO", "Türkei", "TUR", None, "Der Europarat forderte die sofortige Freilassung des Bürgermeisters", note="the addressee is implied"),
        ],
    ),
    "own2-wahl-taiwan-2024-01": dict(
        entities=[
            E("Lai Ching-te", "PER", "TWN", ["Lai"], ["Vizepräsident", "Sieger"]),
            E("Taiwan", "LOC", "TWN"),
            E("Peking", "LOC", "CHN"),
            E("Demokratische Fortschrittspartei", "ORG", "TWN", ["Demokratischen Fortschrittspartei", "DPP"]),
            E("Hou Yu-ih", "PER", "TWN", ["Hou"], ["Rivale"]),
            E("Kuomintang", "ORG", "TWN", ["KMT"]),
            E("Taiwanstraße", "LOC", None),
            E("Taipeh", "LOC", "TWN"),
            E("China", "LOC", "CHN", ["Chinas"]),
            E("Büro für Taiwan-Angelegenheiten", "ORG", "CHN"),
            E("Antony Blinken", "PER", "USA", ["Blinken"], ["US-Außenminister"]),
            E("USA", "LOC", "USA", ["Vereinigte Staaten"]),
            E("Außenministerium", "ORG", "CHN", optional=True),
            E("Washington", "LOC", "USA"),
        ],
        quotes=[
            Q("kam der bisherige Vizepräsident am Samstag auf gut 40 Prozent der Stimmen", "indirect", None, "Nach Angaben"),
            Q("„Wir werden den Frieden in der Taiwanstraße bewahren“", "direct", "Lai Ching-te", "sagte"),
            Q("Er wolle den Dialog mit Peking suchen", "indirect", "Lai Ching-te", ""),
            Q("Das Ergebnis ändere nichts daran, dass Taiwan ein Teil Chinas sei", "indirect", "Büro für Taiwan-Angelegenheiten", "erklärte"),
            Q("Die Wiedervereinigung sei unaufhaltsam", "indirect", "Büro für Taiwan-Angelegenheiten", ""),
            Q("Die USA wollten die Partnerschaft mit Taiwan weiter ausbauen", "indirect", "Antony Blinken", "hieß es"),
            # a spokeswoman of the ministry, named by no proper name
            Q("Sie sendeten ein „falsches Signal“ an die separatistischen Kräfte", "mixed", None, "sagte"),
        ],
        timexes=[
            T("am Samstag", "DATE", "2024-01-13"),
            T("am Abend", "TIME", "2024-01-13TEV"),
            T("am Sonntag", "DATE", "2024-01-14"),
        ],
        events=[
            V("SUPPORT", "Hou Yu-ih", "TWN", "Lai Ching-te", "TWN", "2024-01-13TEV", "gratulierte dem Sieger noch am Abend", note="the winner is Lai, named by a role noun"),
            V("AGREE", "Lai Ching-te", "TWN", "Peking", "CHN", None, "Er wolle den Dialog mit Peking suchen", note="declared readiness for talks, in reported speech"),
            V("ACCUSE", "Peking", "CHN", "Lai Ching-te", "TWN", None, "ihn als gefährlichen Separatisten bezeichnet", note="the warning to the voters is the same statement"),
            V("SUPPORT", "Antony Blinken", "USA", "Lai Ching-te", "TWN", None, "Blinken gratulierte Lai zu seinem Sieg"),
            V("AGREE", "USA", "USA", "Taiwan", "TWN", None, "Die USA wollten die Partnerschaft mit Taiwan weiter ausbauen", note="declared intent to cooperate, in reported speech"),
            V("ACCUSE", "Außenministerium", "CHN", "Washington", "USA", "2024-01-14", "protestierte am Sonntag scharf gegen die Glückwünsche aus Washington", note="a diplomatic protest is ACCUSE"),
        ],
    ),
    "own2-luftraum-estland-2025-09": dict(
        entities=[
            E("Estland", "LOC", "EST", ["Estlands"]),
            E("Finnischer Meerbusen", "LOC", None, ["Finnischen Meerbusen"]),
            E("Russland", "LOC", "RUS"),
            E("Nato", "ORG", "IGO", ["NATO"]),
            E("Außenministerium", "ORG", "EST", optional=True),
            E("Tallinn", "LOC", "EST"),
            E("Margus Tsahkna", "PER", "EST", ["Tsahkna"], ["Außenminister"]),
            E("Moskau", "LOC", "RUS"),
            E("Verteidigungsministerium", "ORG", "RUS", optional=True),
            E("Mark Rutte", "PER", "IGO", ["Rutte"], ["Nato-Generalsekretär", "Niederländer"]),
        ],
        quotes=[
            Q("hielten sich die Maschinen vom Typ MiG-31 rund zwölf Minuten über dem Finnischen Meerbusen auf, bevor sie wieder abdrehten", "indirect", None, "Nach Angaben"),
            Q("„Russland hat in diesem Jahr bereits viermal unseren Luftraum verletzt, aber dieses Eindringen ist beispiellos dreist“", "direct", "Margus Tsahkna", "sagte"),
            # the ministry, named by no proper name
            Q("Die Flugzeuge hätten sich über neutralen Gewässern bewegt", "indirect", None, "teilte mit"),
            Q("„rücksichtslosen Verhalten“", "direct", "Mark Rutte", "sprach von"),
            Q("Die Allianz werde jeden Zentimeter ihres Gebiets verteidigen", "indirect", "Mark Rutte", "sagte"),
        ],
        timexes=[
            T("am Freitag", "DATE", "XXXX-WXX-5"),
            T("rund zwölf Minuten", "DURATION", "PT12M"),
            T("wenige Tage", "DURATION", "PXD"),
            T("seit 2004", "DATE", "2004"),
            T("in diesem Jahr", "DATE", "2025"),
        ],
        events=[
            V("MOBILIZE", "Kampfflugzeuge", "RUS", "Estland", "EST", "XXXX-WXX-5", "in den Luftraum Estlands eingedrungen", note="airspace violation: a show of force (CAMEO 150)"),
            V("MOBILIZE", "Russland", "RUS", None, None, None, "Großmanövers „Sapad“", note="military exercise, told by a noun"),
            V("ACCUSE", "Außenministerium", "EST", "Geschäftsträger", "RUS", None, "bestellte den russischen Geschäftsträger ein und übergab ihm eine Protestnote", note="summons and protest note: official complaint"),
            V("ACCUSE", "Margus Tsahkna", "EST", "Russland", "RUS", None, "Russland hat in diesem Jahr bereits viermal unseren Luftraum verletzt"),
            V("REQUEST", "Estland", "EST", "Nato", "IGO", None, "Estland beantragte Konsultationen nach Artikel 4"),
            V("REJECT", "Moskau", "RUS", "Estland", "EST", None, "Moskau bestritt den Vorwurf"),
            V("ACCUSE", "Mark Rutte", "IGO", "Russland", "RUS", None, "sprach von einem „rücksichtslosen Verhalten“", note="the addressee is implied"),
            V("THREATEN", "Mark Rutte", "IGO", "Russland", "RUS", None, "Die Allianz werde jeden Zentimeter ihres Gebiets verteidigen", note="deterrent warning, in reported speech"),
        ],
    ),
    "own2-geberkonferenz-erdbeben-2023-03": dict(
        entities=[
            E("Türkei", "LOC", "TUR"),
            E("Syrien", "LOC", "SYR", ["Syriens"]),
            E("Ursula von der Leyen", "PER", "IGO", ["von der Leyen"], ["EU-Kommissionspräsidentin", "Kommissionschefin"]),
            E("Brüssel", "LOC", "BEL"),
            E("Europäische Union", "ORG", "IGO", ["EU"]),
            E("Bundesregierung", "ORG", "DEU", optional=True),
            E("Svenja Schulze", "PER", "DEU", ["Schulze"], ["Entwicklungsministerin", "SPD-Politikerin"]),
            E("Vereinte Nationen", "ORG", "IGO", ["Vereinten Nationen", "UN", "UNO"]),
            E("Fuat Oktay", "PER", "TUR", ["Oktay"], ["Vizepräsident"]),
        ],
        quotes=[
            # announced, and referred back to by "Das gab … bekannt"
            Q("Sechs Wochen nach den verheerenden Erdbeben in der Türkei und in Syrien haben internationale Geber sieben Milliarden Euro für den Wiederaufbau und die Nothilfe zugesagt", "indirect", "Ursula von der Leyen", "gab bekannt"),
            Q("stellt allein die Europäische Union eine Milliarde Euro für die Türkei bereit", "indirect", "Ursula von der Leyen", "Nach ihren Worten"),
            Q("„Niemand muss diese Katastrophe allein bewältigen“", "direct", "Ursula von der Leyen", "sagte"),
            Q("ein Großteil des Geldes solle über die Vereinten Nationen an die Menschen im Nordwesten Syriens fließen", "indirect", "Svenja Schulze", "kündigte an"),
            Q("Dort habe die Hilfe viel zu spät begonnen", "indirect", "Svenja Schulze", "kritisierte"),
            Q("Der Bedarf sei aber weit größer, die Schäden beliefen sich auf mehr als 100 Milliarden Dollar", "indirect", "Fuat Oktay", ""),
            Q("Die Türkei bitte die Weltgemeinschaft deshalb um weitere Unterstützung", "indirect", "Fuat Oktay", ""),
            # the Syrian government, named by no proper name
            Q("die Opfer in Syrien aus politischen Gründen im Stich zu lassen", "indirect", None, "warf vor"),
        ],
        timexes=[
            T("Sechs Wochen", "DURATION", "P6W"),
            T("am Montag", "DATE", "2023-03-20"),
            T("am 6. Februar", "DATE", "2023-02-06"),
        ],
        events=[
            V("AGREE", "Geber", None, "Türkei", "TUR", None, "[haben internationale Geber sieben Milliarden Euro] für den Wiederaufbau", note="pledge to two countries named side by side: two events"),
            V("AGREE", "Geber", None, "Syrien", "SYR", None, "internationale Geber sieben Milliarden Euro [für den Wiederaufbau und die Nothilfe zugesagt]", note="pledge, second country"),
            V("AID", "Europäische Union", "IGO", "Türkei", "TUR", None, "stellt allein die Europäische Union eine Milliarde Euro für die Türkei bereit", note="in reported speech"),
            V("AGREE", "Bundesregierung", "DEU", None, None, None, "Die Bundesregierung sagte weitere 240 Millionen Euro zu", note="pledge; no recipient named in the sentence"),
            V("ACCUSE", "Svenja Schulze", "DEU", None, None, None, "Dort habe die Hilfe viel zu spät begonnen", note="criticism with no named addressee"),
            V("SUPPORT", "Fuat Oktay", "TUR", "Geber", None, None, "bedankte sich bei den Gebern"),
            V("REQUEST", "Türkei", "TUR", "Weltgemeinschaft", None, None, "Die Türkei bitte die Weltgemeinschaft", note="in reported speech"),
            V("ACCUSE", "Regierung", "SYR", "Europäische Union", "IGO", None, "Sie warf der EU vor"),
        ],
    ),
    "own2-eu-zoelle-eautos-2024-10": dict(
        entities=[
            E("Europäische Union", "ORG", "IGO", ["EU"]),
            E("China", "LOC", "CHN"),
            E("EU-Kommission", "ORG", "IGO", ["Kommission", "Europäische Kommission"]),
            E("Brüssel", "LOC", "BEL"),
            E("Europa", "LOC", None),
            E("Peking", "LOC", "CHN"),
            E("Handelsministerium", "ORG", "CHN", optional=True),
            E("Deutschland", "LOC", "DEU"),
            E("Bundesregierung", "ORG", "DEU", optional=True),
            E("Robert Habeck", "PER", "DEU", ["Habeck"], ["Wirtschaftsminister"]),
        ],
        quotes=[
            Q("Die Aufschläge von bis zu 35,3 Prozent gelten ab Mittwoch für fünf Jahre", "indirect", "EU-Kommission", "teilte mit"),
            Q("Chinesische Hersteller profitierten von unfairen staatlichen Beihilfen, die den Wettbewerb in Europa verzerrten", "indirect", "EU-Kommission", "begründet"),
            # the ministry, named by no proper name
            Q("alle notwendigen Maßnahmen zum Schutz chinesischer Unternehmen zu ergreifen", "indirect", None, "kündigte an"),
            Q("Ein Handelskrieg schade allen Beteiligten", "indirect", "Robert Habeck", "sagte"),
            Q("weiter über eine Verhandlungslösung zu sprechen", "indirect", "Robert Habeck", "forderte auf"),
            Q("sollen die Gespräche über Mindestpreise für chinesische Autos in der kommenden Woche fortgesetzt werden", "indirect", "EU-Kommission", "Nach Angaben"),
        ],
        timexes=[
            T("ab Mittwoch", "DATE", "2024-10-30"),
            T("für fünf Jahre", "DURATION", "P5Y"),
            T("Anfang Oktober", "DATE", "2024-10"),
            T("im Oktober", "DATE", "2024-10"),
            T("am Dienstag", "DATE", "2024-10-29"),
            T("in der kommenden Woche", "DATE", "2024-W45"),
        ],
        events=[
            V("SANCTION", "Europäische Union", "IGO", "China", "CHN", None, "Ausgleichszölle auf Fahrzeuge aus China in Kraft gesetzt"),
            V("ACCUSE", "EU-Kommission", "IGO", "Hersteller", "CHN", None, "Chinesische Hersteller profitierten von unfairen staatlichen Beihilfen", note="in reported speech"),
            V("ACCUSE", "Handelsministerium", "CHN", "Europäische Union", "IGO", None, "Das Handelsministerium warf der EU Protektionismus vor"),
            V("THREATEN", "Handelsministerium", "CHN", "Europäische Union", "IGO", None, "kündigte an, alle notwendigen Maßnahmen"),
            V("SANCTION", "China", "CHN", "Europäische Union", "IGO", "2024-10", "vorläufige Abgaben auf Weinbrand aus der EU verhängt"),
            V("REJECT", "Bundesregierung", "DEU", "EU-Kommission", "IGO", "2024-10", "gegen die Aufschläge gestimmt", note="a vote against the Commission's proposal"),
            V("REQUEST", "Robert Habeck", "DEU", "EU-Kommission", "IGO", None, "Er forderte die Kommission und Peking auf", note="two addressees side by side: two events"),
            V("REQUEST", "Robert Habeck", "DEU", "Peking", "CHN", None, "[Er forderte] die Kommission und Peking auf", note="second addressee"),
        ],
    ),
    "own2-memorial-2021-12": dict(
        entities=[
            E("Russland", "LOC", "RUS", ["Russlands"]),
            E("Oberstes Gericht", "ORG", "RUS", ["Oberste Gericht", "Oberste Gericht Russlands", "Oberstes Gericht Russlands"]),
            E("Memorial", "ORG", "RUS"),
            E("Generalstaatsanwaltschaft", "ORG", "RUS"),
            E("Sowjetunion", "LOC", None, ["UdSSR"]),
            E("Europäischer Gerichtshof für Menschenrechte", "ORG", "IGO", ["Europäischen Gerichtshof für Menschenrechte", "EGMR"]),
            E("Jan Ratschinski", "PER", "RUS", ["Ratschinski"], ["Vorstandsmitglied"]),
            E("Moskau", "LOC", "RUS"),
            E("OWD-Info", "ORG", "RUS"),
            E("Annalena Baerbock", "PER", "DEU", ["Baerbock"], ["Bundesaußenministerin", "Grünen-Politikerin"]),
            E("Vereinte Nationen", "ORG", "IGO", ["Vereinten Nationen", "UN", "UNO"]),
            E("Kreml", "ORG", "RUS", optional=True),
        ],
        quotes=[
            # a member of the prosecution, named by no proper name
            Q("Memorial habe ein „falsches Bild“ der Sowjetunion als terroristischer Staat gezeichnet", "mixed", None, "gesagt"),
            Q("Berufung einzulegen und notfalls vor den Europäischen Gerichtshof für Menschenrechte zu ziehen", "indirect", None, "kündigten an"),
            Q("„Memorial ist keine Organisation, sondern eine Idee, und die lässt sich nicht verbieten“", "direct", "Jan Ratschinski", "sagte"),
            Q("nahm die Polizei mehrere Demonstranten fest", "indirect", "OWD-Info", "Nach Angaben"),
            Q("Damit werde der Zivilgesellschaft in Russland ein weiterer Schlag versetzt", "indirect", "Annalena Baerbock", "sagte"),
            Q("das Urteil zu überprüfen", "indirect", "Vereinte Nationen", "forderten auf"),
        ],
        timexes=[
            T("am Dienstag", "DATE", "2021-12-28"),
            T("seit mehr als 30 Jahren", "DURATION", "P30Y"),
        ],
        events=[
            V("COERCE", "Oberstes Gericht", "RUS", "Memorial", "RUS", None, "hat die Auflösung der Menschenrechtsorganisation Memorial angeordnet", note="ban of an organisation (CAMEO 172)"),
            V("ACCUSE", "Generalstaatsanwaltschaft", "RUS", "Memorial", "RUS", None, "einem Antrag der Generalstaatsanwaltschaft, die der Organisation wiederholte Verstöße", note="legal complaint, told by a noun and a relative clause; the prosecutor's words in court are the same accusation"),
            V("PROTEST", "Unterstützer", "RUS", "Oberstes Gericht", "RUS", None, "protestierten Dutzende Unterstützer gegen das Urteil"),
            V("COERCE", "Polizei", "RUS", "Demonstranten", "RUS", None, "nahm die Polizei mehrere Demonstranten fest", note="arrests, in reported speech"),
            V("ACCUSE", "Annalena Baerbock", "DEU", "Oberstes Gericht", "RUS", None, "verurteilte die Entscheidung"),
            V("REQUEST", "Vereinte Nationen", "IGO", "Moskau", "RUS", None, "forderten Moskau auf"),
        ],
    ),
    "own2-ausweisung-diplomaten-2022-04": dict(
        entities=[
            E("Butscha", "LOC", "UKR"),
            E("Deutschland", "LOC", "DEU", ["Bundesrepublik"]),
            E("Bundesregierung", "ORG", "DEU", optional=True),
            E("Berlin", "LOC", "DEU"),
            E("Annalena Baerbock", "PER", "DEU", ["Baerbock"], ["Außenministerin", "Grünen-Politikerin"]),
            E("Ukraine", "LOC", "UKR"),
            E("Olaf Scholz", "PER", "DEU", ["Scholz"], ["Bundeskanzler"]),
            E("Sergej Netschajew", "PER", "RUS", ["Netschajew"], ["Botschafter"]),
            E("Moskau", "LOC", "RUS"),
            E("Außenministerium", "ORG", "RUS", optional=True),
            E("Maria Sacharowa", "PER", "RUS", ["Sacharowa"], ["Sprecherin"]),
            E("Frankreich", "LOC", "FRA"),
        ],
        quotes=[
            Q("Die Bundesregierung hat 40 Angehörige der russischen Botschaft in Berlin zu unerwünschten Personen erklärt", "indirect", "Annalena Baerbock", "teilte mit"),
            Q("Sie müssten Deutschland binnen fünf Tagen verlassen", "indirect", "Annalena Baerbock", ""),
            Q("Die Diplomaten hätten gegen die Freiheit in Deutschland gearbeitet", "indirect", "Annalena Baerbock", "sagte"),
            Q("Dies werde man nicht länger dulden", "indirect", "Annalena Baerbock", ""),
            Q("„unfreundlichen Schritt“", "direct", "Sergej Netschajew", "sprach von"),
            Q("Moskau werde angemessen antworten", "indirect", "Sergej Netschajew", ""),
            Q("Die Bilder seien eine „Inszenierung“", "mixed", "Maria Sacharowa", "erklärte"),
        ],
        timexes=[
            T("[am Montag] mit", "DATE", "2022-04-04"),
            T("binnen fünf Tagen", "DURATION", "P5D"),
            T("am Wochenende", "DATE", "2022-W13-WE"),
            T("kündigte [am Montag]", "DATE", "2022-04-04"),
        ],
        events=[
            V("SANCTION", "Bundesregierung", "DEU", "Diplomaten", "RUS", None, "40 Angehörige der russischen Botschaft in Berlin zu unerwünschten Personen erklärt", note="expulsion of diplomats (CAMEO 166), in reported speech"),
            V("ACCUSE", "Annalena Baerbock", "DEU", "Diplomaten", "RUS", None, "Die Diplomaten hätten gegen die Freiheit in Deutschland gearbeitet", note="in reported speech"),
            V("ACCUSE", "Ukraine", "UKR", "Soldaten", "RUS", None, "Die Ukraine macht russische Soldaten für die Tötungen verantwortlich"),
            V("ACCUSE", "Olaf Scholz", "DEU", None, "RUS", None, "Olaf Scholz sprach von Kriegsverbrechen", note="the accused, Russia, is implied"),
            V("ACCUSE", "Sergej Netschajew", "RUS", "Bundesregierung", "DEU", None, "sprach von einem „unfreundlichen Schritt“", note="the addressee is implied"),
            V("THREATEN", "Moskau", "RUS", "Deutschland", "DEU", None, "Moskau werde angemessen antworten", note="in reported speech; the addressee is implied"),
            V("REJECT", "Außenministerium", "RUS", "Ukraine", "UKR", None, "bestritt jede Verantwortung für die Toten", note="denial; Sacharowa's 'Inszenierung' is the same denial"),
            V("SANCTION", "Frankreich", "FRA", "Diplomaten", "RUS", "2022-04-04", "kündigte am Montag die Ausweisung russischer Diplomaten an", note="declared expulsion, told by a noun"),
        ],
    ),
    "own2-streik-frankreich-2023-03": dict(
        entities=[
            E("Frankreich", "LOC", "FRA"),
            E("Innenministerium", "ORG", "FRA", ["Innenministeriums"], optional=True),
            E("CGT", "ORG", "FRA"),
            E("Laurent Berger", "PER", "FRA", ["Berger"], ["CFDT-Chef"]),
            E("Paris", "LOC", "FRA"),
            E("Emmanuel Macron", "PER", "FRA", ["Macron"], ["Präsident"]),
            E("Élisabeth Borne", "PER", "FRA", ["Borne", "Elisabeth Borne"], ["Premierministerin"]),
            E("Senat", "ORG", "FRA", optional=True),
            E("Olivier Dussopt", "PER", "FRA", ["Dussopt"], ["Arbeitsminister"]),
        ],
        quotes=[
            Q("gingen landesweit rund 1,28 Millionen Menschen auf die Straße", "indirect", None, "Nach Angaben"),
            # the unions, named by no proper name
            Q("dass die Regierung die Anhebung des Rentenalters von 62 auf 64 Jahre zurücknimmt", "indirect", None, "verlangen"),
            Q("„Die Regierung muss endlich zuhören“", "direct", "Laurent Berger", "sagte"),
            Q("Präsident Emmanuel Macron habe die Wut im Land unterschätzt", "indirect", "Laurent Berger", ""),
            Q("Die Reform sei notwendig, um das Rentensystem zu retten", "indirect", "Élisabeth Borne", "sagte"),
            # "nach eigenen Angaben": the police, named by no proper name
            Q("Die Polizei setzte Tränengas ein und nahm nach eigenen Angaben 22 Menschen fest", "indirect", None, "nach eigenen Angaben"),
        ],
        timexes=[
            T("am Dienstag", "DATE", "2023-03-07"),
            T("am Mittwoch", "DATE", "2023-03-08"),
        ],
        events=[
            V("PROTEST", "Beschäftigte", "FRA", "Regierung", "FRA", "2023-03-07", "Hunderttausende Beschäftigte die Arbeit niedergelegt", note="strike"),
            V("REQUEST", "Gewerkschaften", "FRA", "Regierung", "FRA", None, "Sie verlangen, dass die Regierung"),
            V("REQUEST", "Laurent Berger", "FRA", "Regierung", "FRA", None, "„Die Regierung muss endlich zuhören“"),
            V("ACCUSE", "Laurent Berger", "FRA", "Emmanuel Macron", "FRA", None, "Präsident Emmanuel Macron habe die Wut im Land unterschätzt", note="in reported speech"),
            V("REJECT", "Élisabeth Borne", "FRA", "Gewerkschaften", "FRA", None, "lehnte ein Einlenken ab"),
            V("AGREE", "Olivier Dussopt", "FRA", "Gewerkschaften", "FRA", None, "bot den Gewerkschaften zugleich Gespräche", note="offer of talks (CAMEO 036)"),
            V("COERCE", "Polizei", "FRA", "Demonstranten", "FRA", None, "Die Polizei setzte Tränengas ein", note="tear gas"),
            V("COERCE", "Polizei", "FRA", "Demonstranten", "FRA", None, "nahm nach eigenen Angaben 22 Menschen fest", note="arrests"),
        ],
    ),
}


if __name__ == "__main__":
    main(HERE, ARTICLES, SOURCE)
