#!/usr/bin/env python3
"""Builds the gold files of eval/own-news-4 (a DEVELOPMENT set, not blind: see README.md).

The articles are written by us (not copied from any publication); the annotations
follow ../../../shared/eval/FORMAT.md and the choices in ../own-news/README.md,
../own-news-2/README.md, ../own-news-3/README.md and README.md. The helpers E, Q, T, V
are those of ../own-news/gold.py; the checks are those of ../own-news-3/gold.py. Every
span is named by a substring of the article that must occur exactly once; where the span
itself is not unique, the string gives unique context and marks the span in brackets:
"sind [am Donnerstag] mindestens". Offsets are computed here, in code points, never typed
by hand. The script fails on any substring that is missing or ambiguous, on spans that
cut a word, on overlapping quotes, and on speakers or event actors that are not the
canonical entity name (or that carry another country than their entity).

    python3 eval/own-news-4/gold.py          # rewrites the *.gold.json files
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
    "own4-wagner-aufstand-2023-06": dict(
        entities=[
            E("Wagner", "ORG", "RUS"),
            E("Jewgeni Prigoschin", "PER", "RUS", ["Prigoschin"], ["Chef", "Wagner-Chef"]),
            E("Moskau", "LOC", "RUS"),
            E("Rostow am Don", "LOC", "RUS"),
            E("Wladimir Putin", "PER", "RUS", ["Putin"], ["Präsident", "Kremlchef"]),
            E("Kreml", "ORG", "RUS", optional=True),
            E("Alexander Lukaschenko", "PER", "BLR", ["Lukaschenko", "Lukaschenkos"], ["Machthaber"]),
            E("Dmitri Peskow", "PER", "RUS", ["Peskow"], ["Kremlsprecher"]),
            E("Belarus", "LOC", "BLR"),
            E("Sergej Schoigu", "PER", "RUS", ["Schoigu"], ["Verteidigungsminister"]),
            E("USA", "LOC", "USA"),
        ],
        quotes=[
            Q("„Verrat“", "direct", "Wladimir Putin", "verurteilt"),
            Q("Wer sich an der Meuterei beteilige, werde hart bestraft", "indirect", "Wladimir Putin", "kündigte an"),
            # military bloggers, named by no proper name
            Q("Entlang der Route wurden nach Angaben russischer Militärblogger mehrere Hubschrauber der Luftwaffe von den Söldnern abgeschossen", "indirect", None, "nach Angaben"),
            # the press office of a person named with a proper name speaks for him
            Q("Er habe mehrfach mit Prigoschin telefoniert", "indirect", "Alexander Lukaschenko", "teilte mit"),
            Q("wird das Strafverfahren gegen Prigoschin eingestellt", "indirect", "Dmitri Peskow", "zufolge"),
            Q("Der Wagner-Chef solle nach Belarus ausreisen", "indirect", "Dmitri Peskow", ""),
            Q("Kämpfer, die sich nicht beteiligt hätten, könnten Verträge mit dem Verteidigungsministerium unterschreiben", "indirect", "Dmitri Peskow", ""),
            Q("man kehre um, um kein russisches Blut zu vergießen", "indirect", "Jewgeni Prigoschin", "erklärte"),
            Q("Sein Ziel sei nie der Sturz der Regierung gewesen", "indirect", "Jewgeni Prigoschin", ""),
            Q("Tausende Wagner-Kämpfer sinnlos in den Tod geschickt zu haben", "indirect", "Jewgeni Prigoschin", "warf vor"),
            # a spokesman of a ministry named by description
            Q("die USA seien an den Ereignissen nicht beteiligt gewesen", "indirect", None, "sagte"),
        ],
        timexes=[
            T("in der Nacht zum Sonntag", "TIME", "2023-06-25TNI"),
            T("am Samstag", "DATE", "2023-06-24"),
        ],
        events=[
            V("RETREAT", "Jewgeni Prigoschin", "RUS", "Moskau", "RUS", "2023-06-25TNI", "seine Kämpfer in der Nacht zum Sonntag in ihre Lager zurückbeordert", note="troops withdrawn; 'man kehre um' is the same retreat; the headline restates it"),
            V("COERCE", "Wagner", "RUS", "Rostow am Don", "RUS", "2023-06-24", "das Hauptquartier des Militärbezirks Süd in Rostow am Don besetzt", note="occupation (PLOVER: occupy territory); the mercenaries named by a role noun"),
            V("MOBILIZE", "Wagner", "RUS", "Moskau", "RUS", "2023-06-24", "mit einem Konvoi bis auf rund 200 Kilometer an Moskau herangerückt", note="armed forces moved against the capital"),
            V("ACCUSE", "Wladimir Putin", "RUS", "Wagner", "RUS", None, "den Aufstand in einer Fernsehansprache als „Verrat“ verurteilt", note="condemning the act, against its author"),
            V("THREATEN", "Wladimir Putin", "RUS", "Wagner", "RUS", None, "werde hart bestraft", note="in reported speech; the source named by a role noun"),
            V("ASSAULT", "Wagner", "RUS", "Luftwaffe", "RUS", None, "mehrere Hubschrauber der Luftwaffe von den Söldnern abgeschossen", note="passive with 'von'"),
            V("AGREE", "Jewgeni Prigoschin", "RUS", "Kreml", "RUS", None, "die Einigung zwischen Prigoschin und dem Kreml", note="told by a noun; the mediator's part is the same agreement"),
            V("CONSULT", "Alexander Lukaschenko", "BLR", "Jewgeni Prigoschin", "RUS", None, "Er habe mehrfach mit Prigoschin telefoniert", note="phone calls, in reported speech, the source a pronoun"),
            V("CONCEDE", "Kreml", "RUS", "Jewgeni Prigoschin", "RUS", None, "wird das Strafverfahren gegen Prigoschin eingestellt", note="charges dropped (PLOVER: ease administrative sanctions), in reported speech"),
            V("ACCUSE", "Jewgeni Prigoschin", "RUS", "Sergej Schoigu", "RUS", None, "Verteidigungsminister Sergej Schoigu warf er vor", note="the source a pronoun, the target fronted"),
        ],
    ),
    "own4-getreideabkommen-2022-07": dict(
        entities=[
            E("Russland", "LOC", "RUS"),
            E("Ukraine", "LOC", "UKR"),
            E("Istanbul", "LOC", "TUR"),
            E("Türkei", "LOC", "TUR"),
            E("Vereinte Nationen", "ORG", "IGO", ["Vereinten Nationen", "UN"]),
            E("Schwarzes Meer", "LOC", None, ["Schwarze Meer"]),
            E("António Guterres", "PER", "IGO", ["Guterres"], ["UN-Generalsekretär"]),
            E("Antony Blinken", "PER", "USA", ["Blinken"], ["US-Außenminister"]),
            E("Ankara", "LOC", "TUR", ["Ankaras"]),
            E("Moskau", "LOC", "RUS"),
            E("Odessa", "LOC", "UKR"),
            E("Wolodymyr Selenskyj", "PER", "UKR", ["Selenskyj"], ["Präsident"]),
            E("Europäische Union", "ORG", "IGO", ["EU"]),
            E("Josep Borrell", "PER", "IGO", ["Borrell"], ["EU-Außenbeauftragter"]),
        ],
        quotes=[
            Q("„Hoffnungsschimmer“", "direct", "António Guterres", "sprach von"),
            Q("Moskau müsse seine Zusagen nun aber auch einhalten", "indirect", "Antony Blinken", "mahnte"),
            # the military, named by description; referred back to by "Das teilte … mit"
            Q("Keine 24 Stunden nach der Unterzeichnung schlugen am Samstagmorgen zwei russische Marschflugkörper im Hafen von Odessa ein", "indirect", None, "teilte mit"),
            Q("das Abkommen zu sabotieren", "indirect", "Wolodymyr Selenskyj", "warf vor"),
            Q("„Das beweist nur eines: Was Russland verspricht, ist nichts wert“", "direct", "Wolodymyr Selenskyj", "sagte"),
            Q("untergräbt der Beschuss das Vertrauen in die Vereinbarung", "indirect", "Josep Borrell", "laut"),
            Q("Die Ausfuhren sollen nach Angaben der Vereinten Nationen in der kommenden Woche beginnen", "indirect", "Vereinte Nationen", "nach Angaben"),
        ],
        timexes=[
            T("am Freitag", "DATE", "2022-07-22"),
            T("Keine 24 Stunden", "DURATION", "PT24H"),
            T("am Samstagmorgen", "TIME", "2022-07-23TMO"),
            T("in der kommenden Woche", "DATE", "2022-W30"),
        ],
        events=[
            V("AGREE", "Russland", "RUS", "Türkei", "TUR", "2022-07-22", "[Russland] und die Ukraine haben am Freitag", note="two signatories and two counterparts: four agreements"),
            V("AGREE", "Russland", "RUS", "Vereinte Nationen", "IGO", "2022-07-22", "getrennte Vereinbarungen mit der Türkei und den [Vereinten Nationen] unterzeichnet"),
            V("AGREE", "Ukraine", "UKR", "Türkei", "TUR", "2022-07-22", "Russland und die [Ukraine] haben am Freitag"),
            V("AGREE", "Ukraine", "UKR", "Vereinte Nationen", "IGO", "2022-07-22", "getrennte [Vereinbarungen] mit der Türkei"),
            V("COOPERATE", "Türkei", "TUR", "Vereinte Nationen", "IGO", None, "Die Türkei und die UN richten in Istanbul gemeinsam ein Kontrollzentrum ein", note="joint operation; one event for the two partners"),
            V("SUPPORT", "Antony Blinken", "USA", "Ankara", "TUR", None, "lobte die Vermittlung Ankaras", note="praise; the capital for its government"),
            V("REQUEST", "Antony Blinken", "USA", "Moskau", "RUS", None, "Moskau müsse seine Zusagen nun aber auch einhalten, mahnte er", note="demand in reported speech, the source a pronoun"),
            V("ASSAULT", "Russland", "RUS", "Odessa", "UKR", "2022-07-23TMO", "zwei russische Marschflugkörper im Hafen von Odessa ein", note="the attacker named by a country adjective"),
            V("ACCUSE", "Wolodymyr Selenskyj", "UKR", "Russland", "RUS", None, "Selenskyj warf Russland vor"),
            V("REJECT", "Moskau", "RUS", "Wolodymyr Selenskyj", "UKR", None, "Moskau wies den Vorwurf zunächst zurück", note="denying an accusation"),
            V("ACCUSE", "Europäische Union", "IGO", "Russland", "RUS", None, "Die EU verurteilte den Angriff scharf", note="condemning the act, against its author; Borrell's statement is the same criticism"),
        ],
    ),
    "own4-bergkarabach-2023-09": dict(
        entities=[
            E("Bergkarabach", "LOC", "AZE"),
            E("Aserbaidschan", "LOC", "AZE", ["Aserbaidschans"]),
            E("Baku", "LOC", "AZE"),
            E("Stepanakert", "LOC", "AZE"),
            E("Yevlakh", "LOC", "AZE"),
            E("Armenien", "LOC", "ARM", ["Armeniens"]),
            E("Nikol Paschinjan", "PER", "ARM", ["Paschinjan"], ["Regierungschef"]),
            E("UN-Sicherheitsrat", "ORG", "IGO"),
            E("Eriwan", "LOC", "ARM"),
            E("Ilham Alijew", "PER", "AZE", ["Alijew"], ["Präsident"]),
            E("Europäische Union", "ORG", "IGO"),
        ],
        quotes=[
            # the separatists' leadership, named by no proper name
            Q("Sie stimmten einer Waffenruhe zu, die ihre Entwaffnung und die Auflösung ihrer Einheiten vorsieht", "indirect", None, "mitteilte"),
            Q("„Anti-Terror-Operation“", "direct", "Baku", "sprach von"),
            # a fronted "Nach Angaben X" is the cue, not part of the content (as in ../own-news-3)
            Q("wurden mindestens 200 Menschen getötet", "indirect", None, "Nach Angaben"),
            Q("eine ethnische Säuberung vorzubereiten", "indirect", "Nikol Paschinjan", "warf vor"),
            Q("Beobachter in die Region zu entsenden", "indirect", "Nikol Paschinjan", "forderte auf"),
            Q("die Karabach-Armenier im Stich gelassen zu haben", "indirect", None, "vorwarfen"),
            Q("die Souveränität seines Landes sei wiederhergestellt", "indirect", "Ilham Alijew", "erklärte"),
            Q("Den Bewohnern werde man gleiche Rechte garantieren", "indirect", "Ilham Alijew", ""),
        ],
        timexes=[
            T("eintägigen", "DURATION", "P1D"),
            T("am Mittwoch", "DATE", "2023-09-20"),
            T("seit 2020", "DATE", "2020"),
            T("am Dienstag", "DATE", "2023-09-19"),
            T("Am Donnerstag", "DATE", "2023-09-21"),
        ],
        events=[
            # the separatists of Bergkarabach are coded with the country the region lies in (as militias elsewhere)
            V("RETREAT", "Separatisten", "AZE", "Aserbaidschan", "AZE", None, "haben die Separatisten in Bergkarabach kapituliert", note="military surrender; the headline restates it"),
            V("AGREE", "Separatisten", "AZE", "Aserbaidschan", "AZE", "2023-09-20", "Sie stimmten einer Waffenruhe zu", note="accepting the ceasefire terms; the Russian mediators' part is the same agreement"),
            V("ASSAULT", "Aserbaidschan", "AZE", "Separatisten", "AZE", "2023-09-19", "Stellungen der Separatisten mit Artillerie und Drohnen angegriffen", note="the 'Offensive Aserbaidschans' of the lead is the same attack"),
            V("CONSULT", "Aserbaidschan", "AZE", "Separatisten", "AZE", "2023-09-21", "kamen Vertreter beider Seiten in der Stadt Yevlakh zu Gesprächen", note="talks between both sides: one event"),
            V("ACCUSE", "Nikol Paschinjan", "ARM", "Aserbaidschan", "AZE", None, "Paschinjan warf Aserbaidschan vor"),
            V("REQUEST", "Nikol Paschinjan", "ARM", "UN-Sicherheitsrat", "IGO", None, "Er forderte den UN-Sicherheitsrat auf"),
            V("PROTEST", "Menschen", "ARM", "Nikol Paschinjan", "ARM", None, "demonstrierten Tausende Menschen gegen Paschinjan"),
            V("COERCE", "Polizei", "ARM", "Demonstranten", "ARM", None, "Die Polizei nahm Dutzende Demonstranten fest", note="arrests"),
            V("AGREE", "Ilham Alijew", "AZE", "Bewohner", "AZE", None, "Den Bewohnern werde man gleiche Rechte garantieren", note="a promise of rights, in reported speech"),
            V("AID", "Europäische Union", "IGO", "Flüchtlinge", "ARM", None, "stellte fünf Millionen Euro für die Versorgung von Flüchtlingen in Armenien bereit", note="aid made available"),
        ],
    ),
    "own4-ballon-usa-2023-02": dict(
        entities=[
            E("Vereinigte Staaten", "LOC", "USA", ["Vereinigten Staaten", "USA"]),
            E("South Carolina", "LOC", "USA"),
            E("Joe Biden", "PER", "USA", ["Biden"], ["Präsident"]),
            E("Atlantik", "LOC", None),
            E("Lloyd Austin", "PER", "USA", ["Austin"], ["Verteidigungsminister"]),
            E("China", "LOC", "CHN"),
            E("Antony Blinken", "PER", "USA", ["Blinken"], ["Außenminister"]),
            E("Peking", "LOC", "CHN"),
            E("Außenministerium", "ORG", "CHN", optional=True),
            E("Xie Feng", "PER", "CHN", [], ["Vizeaußenminister"]),
            E("Kanada", "LOC", "CAN"),
            E("Ottawa", "LOC", "CAN", ["Ottawas"]),
        ],
        quotes=[
            Q("Präsident Joe Biden hatte den Abschuss nach eigenen Worten bereits am Mittwoch angeordnet, die Ausführung aber aus Sicherheitsgründen verschoben, bis das Objekt über dem Atlantik war", "indirect", "Joe Biden", "nach eigenen Worten"),
            Q("mit dem Ballon strategisch wichtige Militäreinrichtungen ausgespäht zu haben", "indirect", "Lloyd Austin", "warf vor"),
            # the ministry, named by description: no speaker
            Q("Es handle sich um ein ziviles Forschungsluftschiff, das durch Winde vom Kurs abgekommen sei", "indirect", None, "erklärte"),
            Q("„klare Überreaktion“", "direct", None, "nannte"),
            Q("China behalte sich vor, „weitere notwendige Reaktionen“ zu zeigen", "mixed", None, ""),
            Q("Vizeaußenminister Xie Feng legte nach Angaben staatlicher Medien bei der US-Botschaft offiziell Protest ein", "indirect", None, "nach Angaben"),
            Q("Kanada unterstützte die US-Streitkräfte nach Angaben Ottawas mit eigenen Radardaten bei der Verfolgung des Ballons", "indirect", "Ottawa", "nach Angaben"),
        ],
        timexes=[
            T("am Samstag", "DATE", "2023-02-04"),
            T("tagelang", "DURATION", "PXD"),
            T("am Mittwoch", "DATE", "2023-02-01"),
            T("am Freitag", "DATE", "2023-02-03"),
            T("am Sonntag", "DATE", "2023-02-05"),
        ],
        events=[
            V("ASSAULT", "US-Luftwaffe", "USA", "Spionageballon", "CHN", "2023-02-04", "hat am Samstag vor der Küste des Bundesstaats South Carolina einen mutmaßlichen chinesischen Spionageballon abgeschossen", note="destroying property; Biden's order is the same act; the headline restates it"),
            V("ACCUSE", "Lloyd Austin", "USA", "China", "CHN", None, "Austin warf China vor", note="accusation of espionage"),
            V("SANCTION", "Antony Blinken", "USA", "Peking", "CHN", "2023-02-03", "eine geplante Reise nach Peking abgesagt", note="a planned visit called off (PLOVER: reduce relations)"),
            V("REJECT", "China", "CHN", "Lloyd Austin", "USA", None, "Die chinesische Regierung wies die Spionagevorwürfe zurück", note="denying an accusation; the government named by a country adjective"),
            V("ACCUSE", "Außenministerium", "CHN", "Vereinigte Staaten", "USA", None, "Den Abschuss nannte es eine „klare Überreaktion“", note="criticism of the act, against its author; the source a pronoun"),
            V("THREATEN", "China", "CHN", "Vereinigte Staaten", "USA", None, "China behalte sich vor, „weitere notwendige Reaktionen“ zu zeigen", note="declared retaliation, in reported speech"),
            V("ACCUSE", "Xie Feng", "CHN", "US-Botschaft", "USA", None, "legte nach Angaben staatlicher Medien bei der US-Botschaft offiziell Protest ein", note="official protest: ACCUSE (complain officially); the headline restates it"),
            V("COOPERATE", "Kanada", "CAN", "US-Streitkräfte", "USA", None, "Kanada unterstützte die US-Streitkräfte", note="sharing intelligence (radar data)"),
        ],
    ),
    "own4-botschaft-quito-2024-04": dict(
        entities=[
            E("Mexiko", "LOC", "MEX"),
            E("Ecuador", "LOC", "ECU", ["Ecuadors"]),
            E("Quito", "LOC", "ECU", ["Quitos"]),
            E("Jorge Glas", "PER", "ECU", ["Glas"], ["Vizepräsident"]),
            E("Andrés Manuel López Obrador", "PER", "MEX", ["López Obrador"], ["Präsident"]),
            E("Alicia Bárcena", "PER", "MEX", ["Bárcena"], ["Außenministerin"]),
            E("Internationaler Gerichtshof", "ORG", "IGO", ["Internationalen Gerichtshof"]),
            E("Daniel Noboa", "PER", "ECU", ["Noboa"], ["Präsident"]),
            E("Organisation Amerikanischer Staaten", "ORG", "IGO"),
            E("Brasilien", "LOC", "BRA"),
            E("Kolumbien", "LOC", "COL"),
            E("Washington", "LOC", "USA"),
        ],
        quotes=[
            Q("„flagranten Verletzung des Völkerrechts“", "direct", "Andrés Manuel López Obrador", "sprach von"),
            Q("Das Botschaftspersonal werde umgehend abgezogen", "indirect", "Alicia Bárcena", "kündigte an"),
            Q("Ihre Regierung werde den Internationalen Gerichtshof anrufen", "indirect", "Alicia Bárcena", ""),
            # the office of a person named with a proper name speaks for him
            Q("Glas sei ein verurteilter Straftäter, das Asyl daher unrechtmäßig gewesen", "indirect", "Daniel Noboa", "teilte mit"),
            Q("Man werde nicht zulassen, dass Kriminelle straffrei blieben", "indirect", "Daniel Noboa", ""),
            Q("ihre Differenzen friedlich beizulegen", "indirect", "Washington", "rief auf"),
        ],
        timexes=[
            T("am Freitagabend", "TIME", "2024-04-05TEV"),
            T("seit Dezember", "DATE", "2023-12"),
            T("2017", "DATE", "2017"),
            T("sechs Jahren", "DURATION", "P6Y"),
            T("für die kommende Woche", "DATE", "2024-W15"),
        ],
        events=[
            V("SANCTION", "Mexiko", "MEX", "Ecuador", "ECU", None, "hat seine diplomatischen Beziehungen zu Ecuador abgebrochen", note="breaking off relations; withdrawing the embassy staff is part of it"),
            V("COERCE", "Polizisten", "ECU", "Botschaft", "MEX", "2024-04-05TEV", "die mexikanische Botschaft in Quito gestürmt", note="in a subordinate clause; both actors by country adjectives"),
            V("COERCE", "Polizisten", "ECU", "Jorge Glas", "ECU", "2024-04-05TEV", "Die Beamten nahmen dort den früheren Vizepräsidenten Jorge Glas fest", note="arrest; the source a role noun"),
            V("AID", "Mexiko", "MEX", "Jorge Glas", "ECU", None, "Mexiko hatte ihm kurz zuvor politisches Asyl gewährt", note="asylum granted (PLOVER: AID, asylum); the target a pronoun"),
            V("ACCUSE", "Andrés Manuel López Obrador", "MEX", "Ecuador", "ECU", None, "López Obrador sprach von einer „flagranten Verletzung des Völkerrechts“", note="the target implied"),
            V("ACCUSE", "Mexiko", "MEX", "Ecuador", "ECU", None, "Ihre Regierung werde den Internationalen Gerichtshof anrufen", note="a declared legal complaint, in reported speech"),
            V("REJECT", "Daniel Noboa", "ECU", "Andrés Manuel López Obrador", "MEX", None, "Noboa wies die Kritik zurück", note="rejecting criticism"),
            V("ACCUSE", "Brasilien", "BRA", "Quito", "ECU", None, "[Brasilien] und Kolumbien verurteilten das Vorgehen Quitos", note="two sources side by side: two events"),
            V("ACCUSE", "Kolumbien", "COL", "Quito", "ECU", None, "Brasilien und [Kolumbien] verurteilten"),
            V("REQUEST", "Washington", "USA", "Mexiko", "MEX", None, "Washington rief [beide Länder] auf", note="two addressees: two events"),
            V("REQUEST", "Washington", "USA", "Ecuador", "ECU", None, "[Washington rief] beide Länder auf"),
        ],
    ),
    "own4-putsch-myanmar-2021-02": dict(
        entities=[
            E("Myanmar", "LOC", "MMR"),
            E("Aung San Suu Kyi", "PER", "MMR", [], ["Regierungschefin"]),
            E("Naypyidaw", "LOC", "MMR"),
            E("Win Myint", "PER", "MMR", [], ["Präsident"]),
            E("Min Aung Hlaing", "PER", "MMR", [], ["Armeechef"]),
            E("Nationale Liga für Demokratie", "ORG", "MMR", ["Nationalen Liga für Demokratie"]),
            E("António Guterres", "PER", "IGO", ["Guterres"], ["UN-Generalsekretär"]),
            E("Joe Biden", "PER", "USA", ["Biden"], ["US-Präsident"]),
            E("Vereinigte Staaten", "LOC", "USA", ["Vereinigten Staaten"]),
            E("Rangun", "LOC", "MMR"),
            E("China", "LOC", "CHN"),
            E("UN-Sicherheitsrat", "ORG", "IGO"),
            E("Peking", "LOC", "CHN"),
        ],
        quotes=[
            # the generals, named by no proper name
            Q("die Parlamentswahl im November durch Betrug gewonnen zu haben", "indirect", None, "werfen vor"),
            Q("„schweren Schlag für die demokratischen Reformen“", "direct", "António Guterres", "verurteilte als"),
            # colon-introduced indirect speech
            Q("Die Vereinigten Staaten würden gegen jene vorgehen, die für die Machtübernahme verantwortlich seien", "indirect", "Joe Biden", "drohte"),
            Q("ihre Differenzen im Rahmen der Verfassung beizulegen", "indirect", "China", "rief auf"),
        ],
        timexes=[
            T("am Montag", "DATE", "XXXX-WXX-1"),
            T("ein Jahr", "DURATION", "P1Y"),
            T("im November", "DATE", "2020-11"),
            T("am Dienstagabend", "TIME", "XXXX-WXX-2TEV"),
        ],
        events=[
            V("COERCE", "Militär", "MMR", "Aung San Suu Kyi", "MMR", None, "die faktische Regierungschefin Aung San Suu Kyi festgenommen", note="arrest; the headline restates it"),
            V("COERCE", "Soldaten", "MMR", "Win Myint", "MMR", "XXXX-WXX-1", "brachten am Montag in der Hauptstadt Naypyidaw auch Präsident Win Myint in Gewahrsam", note="detention of a second person"),
            V("COERCE", "Min Aung Hlaing", "MMR", "Myanmar", "MMR", None, "verhängte für ein Jahr den Ausnahmezustand", note="state of emergency (PLOVER: COERCE, martial law)"),
            V("ACCUSE", "Generäle", "MMR", "Nationale Liga für Demokratie", "MMR", None, "Die Generäle werfen der Nationalen Liga für Demokratie vor"),
            V("REJECT", "Wahlkommission", "MMR", "Generäle", "MMR", None, "Die Wahlkommission hatte dies zurückgewiesen", note="denying the accusation, told before it"),
            V("ACCUSE", "António Guterres", "IGO", "Militär", "MMR", None, "Guterres verurteilte die Festnahmen", note="condemning the act, against its author"),
            V("REQUEST", "António Guterres", "IGO", "Militär", "MMR", None, "Er forderte die sofortige Freilassung aller Inhaftierten", note="the source a pronoun, the addressee implied"),
            V("THREATEN", "Joe Biden", "USA", "Militär", "MMR", None, "Biden drohte mit neuen Sanktionen"),
            V("PROTEST", "Anwohner", "MMR", "Militär", "MMR", "XXXX-WXX-2TEV", "schlugen Anwohner am Dienstagabend aus Protest auf Töpfe und Pfannen"),
            V("PROTEST", "Ärzte", "MMR", "Militär", "MMR", None, "traten in den Streik", note="a strike"),
            V("REQUEST", "China", "CHN", "Seiten", "MMR", None, "rief lediglich alle Seiten dazu auf", note="the sides are those of the country"),
            V("REJECT", "Peking", "CHN", "UN-Sicherheitsrat", "IGO", None, "Im UN-Sicherheitsrat blockierte Peking eine gemeinsame Erklärung", note="blocking a statement, like a veto"),
        ],
    ),
    "own4-gefangenenaustausch-2024-08": dict(
        entities=[
            E("Russland", "LOC", "RUS"),
            E("Ankara", "LOC", "TUR"),
            E("Moskau", "LOC", "RUS"),
            E("Evan Gershkovich", "PER", "USA", [], ["US-Reporter"]),
            E("Paul Whelan", "PER", "USA", [], ["Marineinfanterist"]),
            E("Deutschland", "LOC", "DEU"),
            E("Wadim Krassikow", "PER", "RUS", [], ["Tiergartenmörder"]),
            E("Berlin", "LOC", "DEU"),
            E("MIT", "ORG", "TUR", [], ["Geheimdienst"]),
            E("Olaf Scholz", "PER", "DEU", ["Scholz"], ["Bundeskanzler", "Kanzler"]),
            E("Köln/Bonn", "LOC", "DEU", optional=True),
            E("Joe Biden", "PER", "USA", ["Biden"], ["US-Präsident"]),
            E("Türkei", "LOC", "TUR"),
            E("Weißes Haus", "LOC", "USA", ["Weißen Haus"]),
            E("Union", "ORG", "DEU"),
            E("CDU", "ORG", "DEU", optional=True),
            E("Roderich Kiesewetter", "PER", "DEU", [], ["CDU-Außenpolitiker"]),
            E("Kreml", "ORG", "RUS", optional=True),
        ],
        quotes=[
            Q("Der türkische Geheimdienst MIT organisierte den Austausch nach eigenen Angaben auf dem Flughafen der Hauptstadt", "indirect", "MIT", "nach eigenen Angaben"),
            Q("Die Entscheidung, einen verurteilten Mörder abzuschieben, sei ihm nicht leichtgefallen", "indirect", "Olaf Scholz", "sagte"),
            Q("Ausschlaggebend sei der Schutz deutscher Staatsbürger gewesen", "indirect", "Olaf Scholz", ""),
            Q("Er habe sie in enger Abstimmung mit US-Präsident Joe Biden getroffen", "indirect", "Olaf Scholz", ""),
            Q("„Das war ein Akt der Diplomatie und der Freundschaft“", "direct", "Joe Biden", "sagte"),
            Q("der Kreml werde sich ermutigt fühlen, weitere Ausländer als Faustpfand festzunehmen", "indirect", "Roderich Kiesewetter", "warnte"),
        ],
        timexes=[
            T("am Donnerstag", "DATE", "2024-08-01"),
            T("2021", "DATE", "2021"),
            T("am späten Abend", "TIME", "2024-08-01TEV"),
        ],
        events=[
            V("RETREAT", "Moskau", "RUS", "Evan Gershkovich", "USA", "2024-08-01", "Moskau ließ unter anderem den US-Reporter Evan Gershkovich", note="release of persons (PLOVER: RETREAT, release); two released side by side: two events; the exchange in the lead is these releases"),
            V("RETREAT", "Moskau", "RUS", "Paul Whelan", "USA", "2024-08-01", "den früheren Marineinfanteristen Paul Whelan frei"),
            V("RETREAT", "Deutschland", "DEU", "Wadim Krassikow", "RUS", "2024-08-01", "entließ Deutschland den sogenannten Tiergartenmörder Wadim Krassikow aus der Haft"),
            # the MIT organised the exchange: a third party's facilitation with no addressee, not coded
            V("CONSULT", "Deutsche", "DEU", "Olaf Scholz", "DEU", "2024-08-01TEV", "Scholz empfing drei freigelassene Deutsche", note="a reception (PLOVER: host a visit); those received are the source"),
            V("CONSULT", "Olaf Scholz", "DEU", "Joe Biden", "USA", None, "Er habe sie in enger Abstimmung mit US-Präsident Joe Biden getroffen", note="consultation, in reported speech"),
            V("SUPPORT", "Joe Biden", "USA", "Deutschland", "DEU", None, "Biden dankte unter anderem [Deutschland] und der Türkei", note="thanks; two addressees: two events"),
            V("SUPPORT", "Joe Biden", "USA", "Türkei", "TUR", None, "Deutschland und der [Türkei] für ihre Unterstützung"),
            V("ACCUSE", "Union", "DEU", "Olaf Scholz", "DEU", None, "Kritik kam von der Union", note="criticism told by a noun; Kiesewetter's warning is the same criticism (the party, then its member)"),
        ],
    ),
    "own4-rakete-japan-2022-10": dict(
        entities=[
            E("Nordkorea", "LOC", "PRK"),
            E("Japan", "LOC", "JPN"),
            E("Tokio", "LOC", "JPN", ["Tokios"]),
            E("Pazifik", "LOC", None),
            E("Fumio Kishida", "PER", "JPN", ["Kishida"], ["Ministerpräsident"]),
            E("Peking", "LOC", "CHN"),
            E("Pjöngjang", "LOC", "PRK"),
            E("Südkorea", "LOC", "KOR"),
            E("USA", "LOC", "USA", ["Vereinigten Staaten"]),
            E("Gelbes Meer", "LOC", None, ["Gelben Meer"]),
            E("Joe Biden", "PER", "USA", ["Biden"], ["US-Präsident"]),
            E("UN-Sicherheitsrat", "ORG", "IGO", ["UN-Sicherheitsrats"]),
            E("Washington", "LOC", "USA", ["Washingtons"]),
            E("Außenministerium", "ORG", "PRK", ["Außenministeriums"], optional=True),
        ],
        quotes=[
            # "die Regierung in Tokio": the capital for its government, as for event actors
            Q("Schutz in Gebäuden zu suchen", "indirect", "Tokio", "forderte auf"),
            Q("Die Rakete stürzte nach Angaben der japanischen Küstenwache rund 3000 Kilometer östlich von Japan in den Pazifik", "indirect", None, "nach Angaben"),
            Q("„barbarisch“", "direct", "Fumio Kishida", "nannte"),
            Q("die Verteidigungsfähigkeit seines Landes weiter zu stärken", "indirect", "Fumio Kishida", "kündigte an"),
            Q("Das Raketenprogramm diene der Selbstverteidigung gegen die „feindselige Politik“ der USA", "mixed", None, "hieß es"),
        ],
        timexes=[
            T("am Dienstagmorgen", "TIME", "2022-10-04TMO"),
            T("seit fünf Jahren", "DURATION", "P5Y"),
            T("am selben Tag", "DATE", "2022-10-04"),
        ],
        events=[
            V("MOBILIZE", "Nordkorea", "PRK", "Japan", "JPN", "2022-10-04TMO", "eine ballistische Rakete über japanisches Staatsgebiet hinweg abgefeuert", note="missile test (PLOVER: demonstrate military power); the target by a country adjective; the headline restates it"),
            # the warning to the residents is a government's advice to its own population, not coded
            V("ACCUSE", "Fumio Kishida", "JPN", "Nordkorea", "PRK", None, "Kishida nannte den Start „barbarisch“", note="condemning the act, against its author"),
            V("ACCUSE", "Japan", "JPN", "Pjöngjang", "PRK", None, "Japan legte über diplomatische Kanäle in Peking Protest bei Pjöngjang ein", note="official protest"),
            V("MOBILIZE", "Südkorea", "KOR", "Nordkorea", "PRK", "2022-10-04", "[Südkorea] und die USA reagierten noch am selben Tag", note="military exercise in response; two sources side by side: two events"),
            V("MOBILIZE", "USA", "USA", "Nordkorea", "PRK", "2022-10-04", "Südkorea und die [USA] reagierten"),
            V("CONSULT", "Joe Biden", "USA", "Fumio Kishida", "JPN", None, "Biden telefonierte mit Kishida"),
            V("AGREE", "Joe Biden", "USA", "Japan", "JPN", None, "sicherte Japan den Beistand der Vereinigten Staaten zu", note="a promise of military protection"),
            V("REQUEST", "USA", "USA", "UN-Sicherheitsrat", "IGO", None, "Die USA beantragten eine Dringlichkeitssitzung"),
            V("REJECT", "Pjöngjang", "PRK", "Tokio", "JPN", None, "Pjöngjang wies die Kritik [Tokios] und Washingtons zurück", note="two critics side by side: two events"),
            V("REJECT", "Pjöngjang", "PRK", "Washington", "USA", None, "Pjöngjang wies die Kritik Tokios und [Washingtons] zurück"),
            V("ACCUSE", "Außenministerium", "PRK", "USA", "USA", None, "„feindselige Politik“ der USA", note="in reported speech"),
        ],
    ),
    "own4-tigray-pretoria-2022-11": dict(
        entities=[
            E("Äthiopien", "LOC", "ETH", ["Äthiopiens"]),
            E("Tigray", "LOC", "ETH"),
            E("Volksbefreiungsfront von Tigray", "ORG", "ETH", ["TPLF"]),
            E("Pretoria", "LOC", "ZAF"),
            E("Afrikanische Union", "ORG", "IGO", ["Afrikanischen Union"]),
            E("Getachew Reda", "PER", "ETH", [], ["Verhandlungsführer"]),
            E("Abiy Ahmed", "PER", "ETH", [], ["Ministerpräsident"]),
            E("Südafrika", "LOC", "ZAF"),
            E("Olusegun Obasanjo", "PER", "IGO", [], ["AU-Vermittler"]),
            E("Addis Abeba", "LOC", "ETH"),
            E("Welternährungsprogramm", "ORG", "IGO"),
            E("Internationales Komitee vom Roten Kreuz", "ORG", None, ["Internationale Komitee vom Roten Kreuz"]),
            E("Mekele", "LOC", "ETH"),
        ],
        quotes=[
            Q("„schmerzhaften Zugeständnissen“", "direct", "Getachew Reda", "sprach von"),
            Q("der Frieden sei nun unumkehrbar", "indirect", "Abiy Ahmed", "erklärte"),
            Q("seine Lieferungen nach Tigray wieder aufzunehmen, sobald die Straßen sicher seien", "indirect", "Welternährungsprogramm", "kündigte an"),
            Q("Schon am Donnerstag schickte das Internationale Komitee vom Roten Kreuz nach eigenen Angaben einen ersten Konvoi mit Medikamenten nach Mekele", "indirect", "Internationales Komitee vom Roten Kreuz", "nach eigenen Angaben"),
        ],
        timexes=[
            T("zwei Jahren", "DURATION", "P2Y"),
            T("am Mittwoch", "DATE", "2022-11-02"),
            T("zehntägigen", "DURATION", "P10D"),
            T("binnen 30 Tagen", "DURATION", "P30D"),
            T("seit Monaten", "DURATION", "PXM"),
            T("am Donnerstag", "DATE", "2022-11-03"),
        ],
        events=[
            V("AGREE", "Äthiopien", "ETH", "Volksbefreiungsfront von Tigray", "ETH", "2022-11-02", "eine dauerhafte Einstellung der Kämpfe vereinbart", note="the government named by a country adjective; the signing in Pretoria and the TPLF's commitment to disarm are part of the same agreement"),
            V("CONSULT", "Äthiopien", "ETH", "Volksbefreiungsfront von Tigray", "ETH", None, "nach zehntägigen Verhandlungen unter Vermittlung der Afrikanischen Union", note="negotiations told by a noun; the mediators' part is the same talks"),
            V("SUPPORT", "Abiy Ahmed", "ETH", "Südafrika", "ZAF", None, "Er dankte Südafrika für die Gastfreundschaft", note="thanks; the source a pronoun"),
            V("SUPPORT", "Olusegun Obasanjo", "IGO", "Delegationen", "ETH", None, "lobte beide Delegationen für ihren Mut", note="praise of both sides: one event"),
            V("REQUEST", "US-Regierung", "USA", "Truppen", "ERI", None, "forderte zugleich den Abzug der eritreischen Truppen", note="the target by a country adjective"),
            V("RETREAT", "Addis Abeba", "ETH", "Tigray", "ETH", None, "ließ erstmals seit Monaten wieder Hilfskonvois in die abgeriegelte Region", note="allowing humanitarian access (PLOVER: RETREAT, access)"),
            V("AGREE", "Welternährungsprogramm", "IGO", "Tigray", "ETH", None, "seine Lieferungen nach Tigray wieder aufzunehmen", note="a promise of aid"),
            V("AID", "Internationales Komitee vom Roten Kreuz", None, "Mekele", "ETH", "2022-11-03", "einen ersten Konvoi mit Medikamenten nach Mekele", note="humanitarian aid, in reported speech"),
        ],
    ),
    "own4-saudi-iran-2023-03": dict(
        entities=[
            E("Saudi-Arabien", "LOC", "SAU"),
            E("Iran", "LOC", "IRN", ["Irans"]),
            E("China", "LOC", "CHN", ["Chinas"]),
            E("Peking", "LOC", "CHN", ["Pekings"]),
            E("Ali Schamchani", "PER", "IRN", [], ["Sicherheitsratschef"]),
            E("Faisal bin Farhan", "PER", "SAU", [], ["Außenminister", "Prinz"]),
            E("Wang Yi", "PER", "CHN", [], ["Außenpolitiker"]),
            E("Ukraine", "LOC", "UKR", optional=True),
            E("Arabische Liga", "ORG", "IGO"),
            E("Riad", "LOC", "SAU", ["Riads"]),
            E("Teheran", "LOC", "IRN"),
            E("Washington", "LOC", "USA"),
            E("Weißes Haus", "LOC", "USA", ["Weiße Haus"]),
            E("Israel", "LOC", "ISR"),
            E("Naftali Bennett", "PER", "ISR", [], ["Ministerpräsident"]),
            E("Benjamin Netanjahu", "PER", "ISR"),
        ],
        quotes=[
            # a joint declaration of both sides: no single speaker
            Q("Beide Länder wollen binnen zwei Monaten ihre Botschaften wieder eröffnen", "indirect", None, "hieß es", neutral=True),
            Q("die Einigung sei ein Wendepunkt für die Region", "indirect", "Ali Schamchani", "sagte"),
            Q("die Welt sei nicht nur auf die Ukraine-Frage beschränkt", "indirect", "Wang Yi", "sagte"),
            Q("Peking werde sich weiter konstruktiv für die Lösung von Konflikten einsetzen", "indirect", "Wang Yi", ""),
            Q("Riad habe Washington vorab über die Gespräche informiert", "indirect", "Weißes Haus", "erklärte"),
            Q("die Entwicklung verschlafen zu haben", "indirect", "Naftali Bennett", "warf vor"),
        ],
        timexes=[
            T("siebenjähriger", "DURATION", "P7Y"),
            T("binnen zwei Monaten", "DURATION", "P2M"),
            T("am Freitag", "DATE", "2023-03-10"),
            T("viertägigen", "DURATION", "P4D"),
            T("2016", "DATE", "2016"),
        ],
        events=[
            V("AGREE", "Saudi-Arabien", "SAU", "Iran", "IRN", None, "haben sich nach siebenjähriger Eiszeit auf die Wiederaufnahme ihrer diplomatischen Beziehungen geeinigt", note="the signing in Beijing is the same agreement; the headline restates it"),
            V("CONSULT", "Saudi-Arabien", "SAU", "Iran", "IRN", None, "nach viertägigen Gesprächen in Peking", note="talks told by a noun; China's mediation is the same talks"),
            V("SUPPORT", "Faisal bin Farhan", "SAU", "Peking", "CHN", None, "würdigte die Rolle Pekings", note="praise"),
            V("SUPPORT", "Arabische Liga", "IGO", "Riad", "SAU", None, "Die Arabische Liga begrüßte die Annäherung Riads an Teheran", note="welcoming the act, for its author"),
            V("CONSULT", "Riad", "SAU", "Washington", "USA", None, "Riad habe Washington vorab über die Gespräche informiert", note="informing, in reported speech"),
            V("ACCUSE", "Naftali Bennett", "ISR", "Benjamin Netanjahu", "ISR", None, "warf der frühere Ministerpräsident Naftali Bennett der Regierung von Benjamin Netanjahu vor"),
            V("SANCTION", "Riad", "SAU", "Teheran", "IRN", "2016", "Riad hatte die Beziehungen 2016 abgebrochen", note="background: relations broken off"),
            V("PROTEST", "Demonstranten", "IRN", "Botschaft", "SAU", None, "nachdem Demonstranten die saudische Botschaft in Teheran gestürmt hatten", note="violent protest at an embassy, in a subordinate clause"),
        ],
    ),
    "own4-nawalny-festnahme-2021-01": dict(
        entities=[
            E("Alexej Nawalny", "PER", "RUS", ["Nawalny", "Nawalnys"], ["Kremlkritiker", "Oppositioneller"]),
            E("Russland", "LOC", "RUS"),
            E("Scheremetjewo", "LOC", "RUS"),
            E("Sibirien", "LOC", "RUS"),
            E("Charité", "ORG", "DEU"),
            E("Kreml", "ORG", "RUS", optional=True),
            E("Moskau", "LOC", "RUS"),
            E("Heiko Maas", "PER", "DEU", ["Maas"], ["Bundesaußenminister"]),
            E("Europäische Union", "ORG", "IGO", ["EU"]),
            E("USA", "LOC", "USA"),
            E("Dmitri Peskow", "PER", "RUS", ["Peskow"], ["Kremlsprecher"]),
            E("Berlin", "LOC", "DEU"),
            E("Washington", "LOC", "USA"),
            E("Wnukowo", "LOC", "RUS"),
        ],
        quotes=[
            Q("Es sei „völlig unverständlich“, dass ein Opfer eines Giftanschlags festgenommen werde", "mixed", "Heiko Maas", "sagte"),
            # a demand made jointly by two parties: no single speaker
            Q("Nawalny freizulassen", "indirect", None, "verlangten", neutral=True),
            Q("„Einmischung in innere Angelegenheiten“", "direct", "Dmitri Peskow", "wies als zurück"),
        ],
        timexes=[
            T("am Sonntagabend", "TIME", "2021-01-17TEV"),
            T("am Montag", "DATE", "2021-01-18"),
            T("30 Tage", "DURATION", "P30D"),
            T("im August", "DATE", "2020-08"),
            T("monatelang", "DURATION", "PXM"),
            T("für [Samstag]", "DATE", "2021-01-23"),
        ],
        events=[
            V("COERCE", "Strafvollzugsbehörde", "RUS", "Alexej Nawalny", "RUS", "2021-01-17TEV", "ist unmittelbar nach seiner Rückkehr nach Russland festgenommen worden", note="arrest, passive; the agent named in the next sentence ('Beamte der Strafvollzugsbehörde führten … ab' is the same arrest); the headline restates it"),
            V("COERCE", "Gericht", "RUS", "Alexej Nawalny", "RUS", "2021-01-18", "Ein Gericht ordnete am Montag 30 Tage Haft an", note="detention ordered"),
            V("ASSAULT", None, None, "Alexej Nawalny", "RUS", "2020-08", "vergiftet und anschließend monatelang", note="background; the agent named only through Nawalny's accusation: null source"),
            V("ACCUSE", "Alexej Nawalny", "RUS", "Kreml", "RUS", None, "Er macht den Kreml für den Anschlag verantwortlich"),
            V("REJECT", "Moskau", "RUS", "Alexej Nawalny", "RUS", None, "was Moskau bestreitet", note="denying an accusation, in a relative clause"),
            V("REQUEST", "Heiko Maas", "DEU", "Russland", "RUS", None, "Maas forderte die sofortige Freilassung des Oppositionellen", note="the addressee implied; his criticism in the next sentence belongs to the same statement"),
            V("REQUEST", "Europäische Union", "IGO", "Russland", "RUS", None, "Auch die [EU] und die USA verlangten", note="two sources side by side: two events"),
            V("REQUEST", "USA", "USA", "Russland", "RUS", None, "Auch die EU und die [USA] verlangten"),
            V("REJECT", "Dmitri Peskow", "RUS", "Berlin", "DEU", None, "wies die Forderungen aus [Berlin] und Washington", note="two addressees side by side: two events"),
            V("REJECT", "Dmitri Peskow", "RUS", "Washington", "USA", None, "wies die Forderungen aus Berlin und [Washington]"),
            # the call for rallies is addressed to supporters: not coded
            V("COERCE", "Polizei", "RUS", "Anhänger", "RUS", None, "die Polizei nahm dort Dutzende von ihnen fest", note="the target a pronoun"),
        ],
    ),
    "own4-banjska-kosovo-2023-09": dict(
        entities=[
            E("USA", "LOC", "USA"),
            E("Serbien", "LOC", "SRB", ["Serbiens"]),
            E("Kosovo", "LOC", "XKX", ["Kosovos"]),
            E("John Kirby", "PER", "USA", ["Kirby"], ["Sprecher"]),
            E("Nationaler Sicherheitsrat", "ORG", "USA", ["Nationalen Sicherheitsrats"]),
            E("Washington", "LOC", "USA"),
            E("Banjska", "LOC", "XKX"),
            E("Albin Kurti", "PER", "XKX", ["Kurti"], ["Ministerpräsident"]),
            E("Belgrad", "LOC", "SRB"),
            E("Aleksandar Vučić", "PER", "SRB", ["Vučić"], ["Präsident"]),
            E("Nato", "ORG", "IGO", optional=True),
            E("KFOR", "ORG", "IGO"),
            E("Großbritannien", "LOC", "GBR"),
            E("London", "LOC", "GBR"),
        ],
        quotes=[
            # the government, named by description
            Q("seine an der Grenze zum Kosovo zusammengezogenen Truppen abzuziehen", "indirect", None, "aufgefordert"),
            # an order ("ordnete an, … zu verringern") is an act, not a statement: no quote
            Q("Man beobachte einen „beispiellosen Aufmarsch“ von Artillerie, Panzern und Infanterie", "mixed", "John Kirby", "sagte"),
            Q("Das sei „eine sehr destabilisierende Entwicklung“", "mixed", "John Kirby", ""),
            Q("den Angriff unterstützt zu haben", "indirect", "Albin Kurti", "warf vor"),
            Q("Belgrad habe mit der Tat nichts zu tun", "indirect", "Aleksandar Vučić", "sagte"),
            # the ministry, named by description
            Q("Großbritannien schickt rund 200 zusätzliche Soldaten in das Kosovo", "indirect", None, "mitteilte"),
        ],
        timexes=[
            T("am Freitag", "DATE", "2023-09-29"),
            T("am vergangenen Sonntag", "DATE", "2023-09-24"),
            T("Am Freitagabend", "TIME", "2023-09-29TEV"),
        ],
        events=[
            V("REQUEST", "US-Regierung", "USA", "Serbien", "SRB", None, "Die US-Regierung hat Serbien aufgefordert", note="Kirby's 'destabilisierende Entwicklung' belongs to the same statement; the headline restates it"),
            V("MOBILIZE", "Serbien", "SRB", "Kosovo", "XKX", None, "seine an der Grenze zum Kosovo zusammengezogenen Truppen", note="troops massed, told by an attributive participle; the 'Aufmarsch' in the quote is the same"),
            V("ASSAULT", "Kommando", "SRB", "Polizeistreife", "XKX", "2023-09-24", "hatten eine Polizeistreife beschossen und einen kosovarischen Polizisten getötet", note="the attackers by a role noun; 'der Angriff eines bewaffneten serbischen Kommandos' is the same attack"),
            V("ASSAULT", "Spezialkräfte", "XKX", "Angreifer", "SRB", None, "Bei einem Feuergefecht mit Spezialkräften der kosovarischen Polizei wurden drei Angreifer getötet", note="passive, the agent in a 'mit' phrase"),
            V("ACCUSE", "Albin Kurti", "XKX", "Belgrad", "SRB", None, "Kurti warf Belgrad vor"),
            V("REJECT", "Aleksandar Vučić", "SRB", "Albin Kurti", "XKX", None, "Vučić wies das zurück", note="denying an accusation; the object a pronoun"),
            V("RETREAT", "Aleksandar Vučić", "SRB", "Kosovo", "XKX", "2023-09-29TEV", "ordnete er an, die Zahl der Soldaten an der Grenze zu verringern", note="troops reduced (de-escalation); the source a pronoun"),
            V("COOPERATE", "Großbritannien", "GBR", "KFOR", "IGO", None, "Großbritannien schickt rund 200 zusätzliche Soldaten", note="reinforcing an alliance force (military cooperation), in reported speech"),
        ],
    ),
    "own4-anschlag-kabul-2021-08": dict(
        entities=[
            E("Kabul", "LOC", "AFG"),
            E("Islamischer Staat", "ORG", None),
            E("Amak", "ORG", None),
            E("Joe Biden", "PER", "USA", ["Biden"], ["US-Präsident"]),
            E("Angela Merkel", "PER", "DEU", ["Merkel"], ["Bundeskanzlerin"]),
            E("USA", "LOC", "USA"),
            E("Deutschland", "LOC", "DEU", ["Deutschlands"]),
            E("Bundeswehr", "ORG", "DEU"),
            E("Annegret Kramp-Karrenbauer", "PER", "DEU", ["Kramp-Karrenbauer"], ["Verteidigungsministerin"]),
            E("Taliban", "ORG", "AFG"),
            E("Bundesregierung", "ORG", "DEU", optional=True),
        ],
        quotes=[
            Q("„Wir werden euch jagen und euch zur Rechenschaft ziehen.“", "direct", "Joe Biden", "wandte sich mit einer Warnung an"),
            Q("Die Evakuierungsflüge würden trotz des Anschlags bis zum 31. August fortgesetzt", "indirect", "Joe Biden", "versicherte"),
            # the ministry, named by description
            Q("Insgesamt brachte sie nach Angaben des Verteidigungsministeriums mehr als 5300 Menschen außer Landes", "indirect", None, "nach Angaben"),
            Q("„größten Evakuierungsoperation in der Geschichte der Bundeswehr“", "direct", "Annegret Kramp-Karrenbauer", "sprach von"),
            Q("Die Zusammenarbeit mit den US-Streitkräften, die den Flughafen sicherten, sei eng gewesen", "indirect", "Annegret Kramp-Karrenbauer", "sagte"),
            # a spokesman of a named organisation speaks for it
            Q("man habe die USA vor Gefahren im Flughafengebiet gewarnt", "indirect", "Taliban", "betonte"),
        ],
        timexes=[
            T("sind [am Donnerstag] mindestens", "DATE", "2021-08-26"),
            T("am Abend", "TIME", "2021-08-26TEV"),
            T("31. August", "DATE", "2021-08-31"),
            T("bereits [am Donnerstag] beendet", "DATE", "2021-08-26"),
        ],
        events=[
            # the IS claimed the attack: the claim names the agent; a transnational group has no country
            V("ASSAULT", "Islamischer Staat", None, "US-Soldaten", "USA", "2021-08-26", "mindestens 13 [US-Soldaten] und zahlreiche Afghanen getötet", note="suicide bombing, passive, the agent named by the claim; two groups of victims side by side: two events"),
            V("ASSAULT", "Islamischer Staat", None, "Afghanen", "AFG", "2021-08-26", "13 US-Soldaten und zahlreiche [Afghanen] getötet"),
            V("THREATEN", "Joe Biden", "USA", "Islamischer Staat", None, "2021-08-26TEV", "wandte sich am Abend mit einer Warnung an die Urheber", note="the threat in a colon-introduced direct quote; the addressee a role noun"),
            V("CONSULT", "Angela Merkel", "DEU", "Joe Biden", "USA", None, "Merkel telefonierte mit Biden"),
            V("SUPPORT", "Angela Merkel", "DEU", "USA", "USA", None, "sicherte den USA die Solidarität Deutschlands zu", note="declared solidarity"),
            V("RETREAT", "Bundeswehr", "DEU", "Kabul", "AFG", "2021-08-26", "ihre letzten Soldaten aus Kabul ausgeflogen", note="withdrawal"),
            V("COOPERATE", "Bundeswehr", "DEU", "US-Streitkräfte", "USA", None, "Die Zusammenarbeit mit den US-Streitkräften", note="military cooperation, told by a noun in reported speech"),
            V("ACCUSE", "Taliban", "AFG", "Islamischer Staat", None, None, "Die Taliban verurteilten den Anschlag", note="condemning the act, against its author"),
            # "man habe die USA … gewarnt": a warning of danger, not a threat: not coded
            V("AID", "Bundesregierung", "DEU", "Flüchtlinge", "AFG", None, "stellte unterdessen weitere 100 Millionen Euro für afghanische Flüchtlinge in den Nachbarländern bereit", note="aid made available"),
        ],
    ),
    "own4-windsor-abkommen-2023-02": dict(
        entities=[
            E("Großbritannien", "LOC", "GBR"),
            E("Europäische Union", "ORG", "IGO", ["EU"]),
            E("Nordirland", "LOC", "GBR"),
            E("Rishi Sunak", "PER", "GBR", ["Sunak", "Sunaks"], ["Premierminister", "Regierungschef"]),
            E("Ursula von der Leyen", "PER", "IGO", ["von der Leyen", "Von der Leyen"], ["EU-Kommissionspräsidentin"]),
            E("Windsor", "LOC", "GBR"),
            E("Charles III.", "PER", "GBR", ["Charles III"], ["König"]),
            E("Belfast", "LOC", "GBR"),
            E("Vereinigtes Königreich", "LOC", "GBR", ["Vereinigten Königreichs"]),
            E("DUP", "ORG", "GBR"),
            E("Jeffrey Donaldson", "PER", "GBR", [], ["Vorsitzender"]),
            E("Boris Johnson", "PER", "GBR", [], ["Premierminister"]),
            E("Labour", "ORG", "GBR", ["Labour-Partei"]),
            E("Joe Biden", "PER", "USA", ["Biden"], ["US-Präsident"]),
            E("London", "LOC", "GBR"),
            E("Brüssel", "LOC", "BEL"),
        ],
        quotes=[
            Q("„neuen Kapitel“", "direct", "Ursula von der Leyen", "sprach von"),
            Q("man habe die Souveränität des Vereinigten Königreichs gewahrt", "indirect", "Rishi Sunak", "sagte"),
            Q("es blieben „erhebliche Bedenken“", "mixed", "Jeffrey Donaldson", "erklärte"),
            Q("weil Nordirland weiterhin an EU-Recht gebunden bleibe", "indirect", "Boris Johnson", "kritisierte"),
        ],
        timexes=[
            T("jahrelangen", "DURATION", "PXY"),
            T("am Montag", "DATE", "2023-02-27"),
            T("Am Nachmittag", "TIME", "2023-02-27TAF"),
        ],
        events=[
            V("AGREE", "Großbritannien", "GBR", "Europäische Union", "IGO", "2023-02-27", "haben ihren jahrelangen Streit über die Handelsregeln für Nordirland beigelegt", note="settling the dispute; presenting the agreement is part of it; the headline restates it"),
            V("CONSULT", "Rishi Sunak", "GBR", "Ursula von der Leyen", "IGO", None, "hatten beide bei einem Mittagessen letzte Details besprochen", note="both named by 'beide': one event"),
            V("CONSULT", "Ursula von der Leyen", "IGO", "Charles III.", "GBR", "2023-02-27TAF", "wurde von der Leyen von König Charles III. empfangen", note="a visit told in the passive: the visitor is the source"),
            V("CONCEDE", "Europäische Union", "IGO", "Großbritannien", "GBR", None, "Die EU verzichtet darin auf einen Großteil der Kontrollen", note="easing controls (PLOVER: CONCEDE, ease administrative sanctions)"),
            # the DUP's reservations and its review are not coded
            V("ACCUSE", "Boris Johnson", "GBR", "Rishi Sunak", "GBR", None, "Johnson kritisierte Sunaks Vereinbarung", note="criticism of the act, against its author"),
            V("SUPPORT", "Labour", "GBR", "Rishi Sunak", "GBR", None, "sicherte dem Regierungschef dagegen ihre Unterstützung im Parlament zu", note="declared political support; the target a role noun"),
            V("SUPPORT", "Joe Biden", "USA", "Rishi Sunak", "GBR", None, "Biden lobte [Sunak] und von der Leyen", note="two addressees side by side: two events"),
            V("SUPPORT", "Joe Biden", "USA", "Ursula von der Leyen", "IGO", None, "Biden lobte Sunak und [von der Leyen]"),
        ],
    ),
    "own4-flut-libyen-2023-09": dict(
        entities=[
            E("Libyen", "LOC", "LBY", ["Libyens"]),
            E("Derna", "LOC", "LBY"),
            E("Ägypten", "LOC", "EGY"),
            E("Türkei", "LOC", "TUR"),
            E("Vereinigte Arabische Emirate", "LOC", "ARE", ["Vereinigten Arabischen Emirate"]),
            E("Technisches Hilfswerk", "ORG", "DEU", ["Technische Hilfswerk"]),
            E("Roter Halbmond", "ORG", "LBY", ["Roten Halbmonds"]),
            E("Tripolis", "LOC", "LBY"),
            E("Abdul Hamid Dbeibah", "PER", "LBY", ["Dbeibah"], ["Ministerpräsident"]),
            E("Chalifa Haftar", "PER", "LBY", ["Haftars"], ["General"]),
            E("Martin Griffiths", "PER", "IGO", ["Griffiths"], ["UN-Nothilfekoordinator"]),
            E("Vereinte Nationen", "ORG", "IGO", ["Vereinten Nationen"]),
            E("Genf", "LOC", "CHE"),
        ],
        quotes=[
            # the army, named by description
            Q("Ägypten schickte nach Angaben seiner Armee drei Militärflugzeuge mit Rettungskräften und Zelten", "indirect", None, "nach Angaben"),
            Q("kamen Tausende Menschen ums Leben, mehr als 10.000 werden vermisst", "indirect", "Roter Halbmond", "Nach Angaben"),
            Q("Die Vereinten Nationen hätten zehn Millionen Dollar aus ihrem Nothilfefonds freigegeben", "indirect", "Martin Griffiths", "sagte"),
            Q("Warnungen vor dem schlechten Zustand der Dämme jahrelang ignoriert zu haben", "indirect", None, "werfen vor"),
        ],
        timexes=[
            T("in der Nacht zum Montag", "TIME", "2023-09-11TNI"),
            T("jahrelang", "DURATION", "PXY"),
        ],
        events=[
            V("AID", "Ägypten", "EGY", "Libyen", "LBY", None, "Ägypten schickte nach Angaben seiner Armee drei Militärflugzeuge", note="rescue teams sent; the recipient implied"),
            V("AID", "Türkei", "TUR", "Libyen", "LBY", None, "Auch die [Türkei] und die Vereinigten Arabischen Emirate entsandten Suchtrupps", note="two sources side by side: two events"),
            V("AID", "Vereinigte Arabische Emirate", "ARE", "Libyen", "LBY", None, "die [Vereinigten Arabischen Emirate] entsandten Suchtrupps"),
            V("AID", "Technisches Hilfswerk", "DEU", "Libyen", "LBY", None, "Das Technische Hilfswerk stellte Wasseraufbereitungsanlagen bereit"),
            V("COOPERATE", "Tripolis", "LBY", "Verwaltung", "LBY", None, "arbeiten bei der Bergung zusammen", note="rival governments working together: one event"),
            V("AID", "Abdul Hamid Dbeibah", "LBY", "Katastrophengebiet", "LBY", None, "schickte einen Hilfskonvoi in das Katastrophengebiet", note="a relief convoy into the area held by the rival side"),
            V("REQUEST", "Martin Griffiths", "IGO", "Staatengemeinschaft", None, None, "Griffiths rief die Staatengemeinschaft zu raschen Spenden auf"),
            V("AID", "Vereinte Nationen", "IGO", "Libyen", "LBY", None, "Die Vereinten Nationen hätten zehn Millionen Dollar aus ihrem Nothilfefonds freigegeben", note="aid released, in reported speech"),
            V("ACCUSE", "Kritiker", None, "Behörden", "LBY", None, "Kritiker werfen den Behörden vor", note="critics of no stated country"),
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
    return {"id": doc_id, "source": "written by us for a development evaluation set; annotations by us (see README.md)",
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
