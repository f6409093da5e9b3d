#!/usr/bin/env python3
"""Builds the gold files of eval/own-news-9 (a DEVELOPMENT set, not blind: see README.md).

The articles are written by us (not copied from any publication); the annotations
follow ../../../shared/eval/FORMAT.md and the choices in ../own-news/README.md,
../own-news-4/README.md (which lists those of ../own-news-2 and ../own-news-3),
../own-news-6/README.md, ../own-news-8/README.md and README.md. The helpers E, Q, T, V
and the checks live in ../goldlib.py, shared with the gold.py of own-news-2 to
own-news-8. Every span is named by a substring of the article that must occur exactly
once; where the span itself is not unique, the string gives unique context and marks the
span in brackets: "mahnte [beide Seiten] zur". Offsets are computed in code points, never
typed by hand. The script fails on any substring that is missing or ambiguous, on spans
that cut a word, on overlapping quotes, and on speakers or event actors that are not the
canonical entity name (or that carry another country than their entity).

    python3 eval/own-news-9/gold.py          # rewrites the *.gold.json files
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(HERE))
from goldlib import E, Q, T, V, main  # noqa: E402

SOURCE = "written by us for a development evaluation set; annotations by us (see README.md)"

ARTICLES = {
    "own9-putschversuch-tuerkei-2016-07": dict(
        entities=[
            E("Türkei", "LOC", "TUR"),
            E("Ankara", "LOC", "TUR"),
            E("Bekir Bozdağ", "PER", "TUR", [], ["Justizminister"]),
            E("Istanbul", "LOC", "TUR"),
            E("Recep Tayyip Erdoğan", "PER", "TUR", ["Erdoğan"], ["Präsident"]),
            E("USA", "LOC", "USA"),
            E("Fethullah Gülen", "PER", "TUR", ["Gülen"], ["Prediger"]),
            E("Washington", "LOC", "USA"),
            E("John Kerry", "PER", "USA", [], ["US-Außenminister"]),
            E("Angela Merkel", "PER", "DEU", [], ["Bundeskanzlerin"]),
            E("Incirlik", "LOC", "TUR"),
            E("Islamischer Staat", "ORG", None),
        ],
        quotes=[
            Q("Unter ihnen seien zahlreiche Generäle sowie fast 3000 Richter und Staatsanwälte", "indirect", "Bekir Bozdağ", "sagte"),
            Q("„Die Säuberung geht weiter“", "direct", "Bekir Bozdağ", "fügte hinzu"),
            # the government, named by no proper name; fronted "Nach Angaben": the cue
            Q("kamen mindestens 265 Menschen ums Leben", "indirect", None, "Nach Angaben"),
            # "zum Widerstand aufgerufen": a call to his own supporters with a noun object, no quote
            Q("den 75-Jährigen auszuliefern", "indirect", "Recep Tayyip Erdoğan", "forderte auf"),
            # "bestritt jede Beteiligung": no reported clause
            Q("den Aufstand womöglich selbst inszeniert zu haben", "indirect", "Fethullah Gülen", "warf vor"),
            Q("man werde einen Antrag prüfen, Ankara müsse aber Beweise vorlegen", "indirect", "John Kerry", "sagte"),
            Q("die Regierung müsse bei der Aufarbeitung rechtsstaatlich vorgehen", "indirect", "Angela Merkel", "mahnte"),
        ],
        timexes=[
            T("am Sonntag", "DATE", "2016-07-17"),
            T("in der Nacht zu Samstag", "TIME", "2016-07-16TNI"),
        ],
        events=[
            V("COERCE", "Ankara", "TUR", "Menschen", "TUR", None, "hat die Regierung in Ankara mehr als 6000 Menschen festnehmen lassen", note="arrests; 'die Regierung in Ankara' coded as the capital; Bozdağ's figures are the same arrests; the headline restates it"),
            V("MOBILIZE", "Armee", "TUR", "Istanbul", "TUR", "2016-07-16TNI", "Panzer auf die Brücken in Istanbul geschickt", note="troops and tanks deployed in a city by the putschists ('Teile der Armee')"),
            V("ASSAULT", "Armee", "TUR", "Parlament", "TUR", "2016-07-16TNI", "das Parlament in Ankara aus der Luft angegriffen", note="air attack on the parliament, subject shared with the previous clause"),
            V("PROTEST", "Bürger", "TUR", "Soldaten", "TUR", None, "Tausende Bürger stellten sich den Soldaten entgegen", note="civilians blocking the putschists (PLOVER: PROTEST, obstruct); Erdoğan's call to resist, addressed to his own people, is not coded"),
            V("ACCUSE", "Recep Tayyip Erdoğan", "TUR", "Fethullah Gülen", "TUR", None, "für den Umsturzversuch verantwortlich", note="blame"),
            V("REQUEST", "Recep Tayyip Erdoğan", "TUR", "Washington", "USA", None, "Er forderte Washington auf", note="a demand for extradition; the source a pronoun"),
            V("REJECT", "Fethullah Gülen", "TUR", "Recep Tayyip Erdoğan", "TUR", None, "Gülen bestritt jede Beteiligung", note="denying an accusation"),
            V("ACCUSE", "Fethullah Gülen", "TUR", "Recep Tayyip Erdoğan", "TUR", None, "warf dem Präsidenten vor", note="the target a role noun"),
            V("REQUEST", "John Kerry", "USA", "Ankara", "TUR", None, "Ankara müsse aber Beweise vorlegen", note="a demand for evidence, in reported speech; the conditional readiness to examine a request is part of it"),
            V("ACCUSE", "Angela Merkel", "DEU", "Armee", "TUR", None, "Angela Merkel verurteilte den Putschversuch", note="condemnation of the coup attempt, against its authors (the army units)"),
            V("REQUEST", "Angela Merkel", "DEU", "Regierung", "TUR", None, "Sie mahnte zugleich", note="a demand (rule of law) to the Turkish government"),
            V("COERCE", "Behörden", "TUR", "US-Kampfjets", "USA", None, "sperrten unterdessen den Luftraum über dem Nato-Stützpunkt Incirlik", note="closing the airspace of a base used by US jets: restricting movement (COERCE), coded against the US aircraft that use it"),
            V("ASSAULT", "US-Kampfjets", "USA", "Islamischer Staat", None, None, "US-Kampfjets Einsätze gegen die Terrormiliz Islamischer Staat fliegen", note="background: ongoing air strikes, in a relative clause"),
        ],
    ),
    "own9-machtwechsel-gambia-2017-01": dict(
        entities=[
            E("Gambia", "LOC", "GMB"),
            E("Ecowas", "ORG", "IGO"),
            E("Yahya Jammeh", "PER", "GMB", ["Jammeh"], ["Präsident"]),
            E("Banjul", "LOC", "GMB"),
            E("Marcel de Souza", "PER", "IGO", [], ["Ecowas-Kommissionspräsident"]),
            E("Senegal", "LOC", "SEN"),
            E("Nigeria", "LOC", "NGA"),
            E("Ghana", "LOC", "GHA"),
            E("Adama Barrow", "PER", "GMB", [], ["Wahlsieger"]),
            E("Dakar", "LOC", "SEN"),
            E("UN-Sicherheitsrat", "ORG", "IGO"),
            E("Ousman Badjie", "PER", "GMB", [], ["Armeechef"]),
            E("Guinea", "LOC", "GIN", ["Guineas"]),
            E("Mauretanien", "LOC", "MRT", ["Mauretaniens"]),
            E("Alpha Condé", "PER", "GIN", [], ["Präsident"]),
            E("Mohamed Ould Abdel Aziz", "PER", "MRT", [], ["Präsident"]),
            E("UN-Flüchtlingshilfswerk", "ORG", "IGO", ["UN-Flüchtlingshilfswerks"]),
        ],
        quotes=[
            Q("Verlasse er das Land nicht bis Freitagmittag, würden die Soldaten auf die Hauptstadt Banjul vorrücken", "indirect", "Marcel de Souza", "sagte"),
            Q("„Heute hat die ganze gambische Nation gewonnen“", "direct", "Adama Barrow", "sagte"),
            Q("ihm die Treue zu halten", "indirect", "Adama Barrow", "rief auf"),
            # "Unregelmäßigkeiten geltend gemacht", "lehnt ab": no reported clause
            Q("seine Soldaten würden sich den Nachbarn nicht entgegenstellen", "indirect", "Ousman Badjie", "erklärte"),
            Q("sind seit Anfang Januar mehr als 45.000 Menschen in den Senegal geflohen", "indirect", "UN-Flüchtlingshilfswerk", "Nach Angaben"),
        ],
        timexes=[
            T("bis Freitagmittag", "TIME", "2017-01-20TMI"),
            T("am Donnerstagabend", "TIME", "2017-01-19TEV"),
            T("seit 22 Jahren", "DURATION", "P22Y"),
            # "Heute" in Barrow's words of Thursday: the day he spoke
            T("Heute", "DATE", "2017-01-19"),
            T("1. Dezember", "DATE", "2016-12-01"),
            T("am 9. Dezember", "DATE", "2016-12-09"),
            T("stellte sich [am Donnerstag] einstimmig", "DATE", "2017-01-19"),
            T("Am Freitag", "DATE", "2017-01-20"),
            T("seit Anfang Januar", "DATE", "2017-01"),
        ],
        events=[
            V("THREATEN", "Ecowas", "IGO", "Yahya Jammeh", "GMB", None, "dem abgewählten Präsidenten Yahya Jammeh eine letzte Frist gesetzt", note="an ultimatum backed by force; de Souza's conditional threat is the same (he speaks for the Ecowas)"),
            V("MOBILIZE", "Senegal", "SEN", "Gambia", "GMB", "2017-01-19TEV", "Einheiten aus [Senegal], Nigeria und Ghana", note="troops moved into the country to force Jammeh out (as troops moved against someone in ../own-news-4); three sources: three events; the 'Einmarsch' of the lead and the headline are the same"),
            V("MOBILIZE", "Nigeria", "NGA", "Gambia", "GMB", "2017-01-19TEV", "Senegal, [Nigeria] und Ghana"),
            V("MOBILIZE", "Ghana", "GHA", "Gambia", "GMB", "2017-01-19TEV", "Nigeria und [Ghana] waren"),
            V("REQUEST", "Adama Barrow", "GMB", "Streitkräfte", "GMB", None, "Er rief die Streitkräfte auf", note="a call to the army still serving his rival: not his own supporters, coded"),
            V("CONCEDE", "Yahya Jammeh", "GMB", "Adama Barrow", "GMB", None, "seine Niederlage bei der Wahl vom 1. Dezember zunächst anerkannt", note="background: conceding defeat to the winner"),
            V("ACCUSE", "Yahya Jammeh", "GMB", "Adama Barrow", "GMB", "2016-12-09", "am 9. Dezember aber Unregelmäßigkeiten geltend gemacht", note="claiming fraud against the election result, coded against the winner"),
            V("REJECT", "Yahya Jammeh", "GMB", "Ecowas", "IGO", None, "Einen Rückzug lehnt er bislang ab", note="refusing the demand to step down"),
            V("SUPPORT", "UN-Sicherheitsrat", "IGO", "Ecowas", "IGO", "2017-01-19", "stellte sich am Donnerstag einstimmig hinter die Ecowas"),
            V("AGREE", "Ousman Badjie", "GMB", "Ecowas", "IGO", None, "seine Soldaten würden sich den Nachbarn nicht entgegenstellen", note="a declared readiness to yield (AGREE, as an offer to yield in ../own-news-6); 'den Nachbarn' are the Ecowas troops"),
            V("CONSULT", "Alpha Condé", "GIN", "Yahya Jammeh", "GMB", "2017-01-20", "und Mauretaniens, [Alpha Condé] und", note="a mediating visit to Jammeh; two visitors side by side: two events"),
            V("CONSULT", "Mohamed Ould Abdel Aziz", "MRT", "Yahya Jammeh", "GMB", "2017-01-20", "Alpha Condé und [Mohamed Ould Abdel Aziz], nach Banjul"),
        ],
    ),
    "own9-blockade-katar-2017-06": dict(
        entities=[
            E("Saudi-Arabien", "LOC", "SAU"),
            E("Vereinigte Arabische Emirate", "LOC", "ARE", ["Vereinigten Arabischen Emirate"]),
            E("Bahrain", "LOC", "BHR"),
            E("Ägypten", "LOC", "EGY"),
            E("Katar", "LOC", "QAT", ["Katars"]),
            E("Riad", "LOC", "SAU"),
            E("Jemen", "LOC", "YEM"),
            E("Außenministerium", "ORG", "QAT", optional=True),
            E("Doha", "LOC", "QAT"),
            E("Donald Trump", "PER", "USA", [], ["US-Präsident"]),
            E("Rex Tillerson", "PER", "USA", [], ["Außenminister"]),
            E("Kuwait", "LOC", "KWT", ["Kuwaits"]),
            E("Sabah al-Ahmad al-Sabah", "PER", "KWT", [], ["Emir"]),
            E("Iran", "LOC", "IRN"),
            E("Sigmar Gabriel", "PER", "DEU", [], ["Bundesaußenminister"]),
        ],
        quotes=[
            # "die Regierung in Riad" coded as the capital, as speaker
            Q("Das Emirat unterstütze terroristische Gruppen und destabilisiere die Region", "indirect", "Riad", "erklärte"),
            # the ministry, named by description (optional entity)
            Q("Die Maßnahmen seien ungerechtfertigt und beruhten auf Lügen", "indirect", None, "hieß es"),
            Q("bei seinem Besuch in Riad im Mai habe er ein Ende der Finanzierung radikaler Gruppen verlangt", "indirect", "Donald Trump", "schrieb"),
            Q("ihre Differenzen im Gespräch beizulegen", "indirect", "Rex Tillerson", "rief auf"),
            # "bot sich als Vermittler an": no reported clause
            Q("Lebensmittel über seine Häfen zu liefern", "indirect", "Iran", "kündigte an"),
            # "warnte vor einer gefährlichen Zuspitzung": no quoted words, no clause
            Q("Der Streit schade allen Beteiligten", "indirect", "Sigmar Gabriel", "sagte"),
            Q("Nötig sei eine Lösung am Verhandlungstisch", "indirect", "Sigmar Gabriel", ""),
        ],
        timexes=[
            T("am Montag", "DATE", "2017-06-05"),
            T("zwei Wochen", "DURATION", "P2W"),
            T("am Dienstag", "DATE", "2017-06-06"),
            T("im Mai", "DATE", "2017-05"),
        ],
        events=[
            V("SANCTION", "Saudi-Arabien", "SAU", "Katar", "QAT", None, "[Saudi-Arabien], die Vereinigten", note="diplomatic relations broken off (PLOVER: SANCTION); four sources side by side: four events; the headline restates it"),
            V("SANCTION", "Vereinigte Arabische Emirate", "ARE", "Katar", "QAT", None, "die [Vereinigten Arabischen Emirate], Bahrain"),
            V("SANCTION", "Bahrain", "BHR", "Katar", "QAT", None, "Emirate, [Bahrain] und Ägypten"),
            V("SANCTION", "Ägypten", "EGY", "Katar", "QAT", None, "Bahrain und [Ägypten] haben"),
            V("ACCUSE", "Riad", "SAU", "Katar", "QAT", "2017-06-05", "Das Emirat unterstütze terroristische Gruppen", note="in reported speech; the target a role noun ('das Emirat')"),
            V("SANCTION", "Riad", "SAU", "Katar", "QAT", None, "Riad schloss die einzige Landgrenze zu Katar", note="border and airspace closed: a blockade, coded SANCTION like the import bans of ../own-news-6; one clause, one event"),
            V("COERCE", "Saudi-Arabien", "SAU", "Staatsbürger", "QAT", None, "haben zwei Wochen Zeit, [die drei Golfstaaten] zu verlassen", note="expulsion of Qatari citizens (PLOVER: COERCE, expel); 'die drei Golfstaaten' are three sources: three events"),
            V("COERCE", "Vereinigte Arabische Emirate", "ARE", "Staatsbürger", "QAT", None, "[Katarische Staatsbürger] haben"),
            V("COERCE", "Bahrain", "BHR", "Staatsbürger", "QAT", None, "Katarische Staatsbürger [haben zwei Wochen Zeit]"),
            V("SANCTION", "Militärkoalition", None, "Katar", "QAT", None, "schloss das Emirat aus", note="expelled from an alliance (reduce relations); a coalition of several states"),
            V("REJECT", "Außenministerium", "QAT", "Riad", "SAU", None, "Das Außenministerium in Doha wies die Vorwürfe zurück", note="denying an accusation; the ministry, named by description, as source (as own-news-8's US-Außenministerium)"),
            V("SUPPORT", "Donald Trump", "USA", "Saudi-Arabien", "SAU", "2017-06-06", "begrüßte die Isolierung Katars am Dienstag", note="welcoming an act, for its author: the Riyadh-led bloc, coded with Saudi Arabia only (the authors are not named in the clause)"),
            V("REQUEST", "Donald Trump", "USA", None, None, "2017-05", "habe er ein Ende der Finanzierung radikaler Gruppen verlangt", note="background demand in reported speech; its addressee is not named (no target)"),
            V("REQUEST", "Rex Tillerson", "USA", "Golfstaaten", None, None, "rief die Golfstaaten dagegen auf", note="the Gulf states on both sides: several countries"),
            V("AGREE", "Sabah al-Ahmad al-Sabah", "KWT", "Katar", "QAT", None, "[Kuwaits Emir Sabah al-Ahmad al-Sabah] bot", note="an offer to mediate (AGREE); between Qatar and Saudi Arabia: two events"),
            V("AGREE", "Sabah al-Ahmad al-Sabah", "KWT", "Saudi-Arabien", "SAU", None, "bot sich als [Vermittler] an"),
            V("AGREE", "Iran", "IRN", "Katar", "QAT", None, "Iran kündigte an, Lebensmittel über seine Häfen zu liefern", note="a promise of aid (AGREE), the recipient implied"),
            # Gabriel's warning and call name no addressee: not coded
        ],
    ),
    "own9-festnahme-puigdemont-2018-03": dict(
        entities=[
            E("Schleswig-Holstein", "LOC", "DEU"),
            E("Carles Puigdemont", "PER", "ESP", ["Puigdemont"], ["Separatistenführer", "Regionalpräsident"]),
            E("Amtsgericht Neumünster", "ORG", "DEU"),
            E("Oberlandesgericht", "ORG", "DEU", optional=True),
            E("Schleswig", "LOC", "DEU"),
            E("Pablo Llarena", "PER", "ESP", [], ["Richter"]),
            E("Spanien", "LOC", "ESP"),
            E("Belgien", "LOC", "BEL"),
            E("Barcelona", "LOC", "ESP"),
            E("Jaume Alonso-Cuevillas", "PER", "ESP", [], ["Anwalt"]),
            E("Madrid", "LOC", "ESP"),
            E("Íñigo Méndez de Vigo", "PER", "ESP", [], ["Regierungssprecher"]),
            E("Steffen Seibert", "PER", "DEU", [], ["Bundesregierungssprecher"]),
            E("Die Linke", "ORG", "DEU"),
        ],
        quotes=[
            # an order ("ordnete an, … festzuhalten") is an act, not a quote;
            # "wirft … Rebellion … vor": noun objects, no quote
            Q("wurden bei Zusammenstößen mit der Polizei fast 100 Menschen verletzt", "indirect", None, "Nach Angaben"),
            Q("„politischen Verfolgung“", "direct", "Jaume Alonso-Cuevillas", "sprach von"),
            Q("alle Rechtsmittel auszuschöpfen", "indirect", "Jaume Alonso-Cuevillas", "kündigte an"),
            Q("Niemand stehe über dem Gesetz", "indirect", "Íñigo Méndez de Vigo", "sagte"),
            Q("es handele sich um eine Angelegenheit der Justiz", "indirect", "Steffen Seibert", "erklärte"),
            # "verlangte … die sofortige Freilassung": a noun object, no quote
        ],
        timexes=[
            T("am Montag", "DATE", "2018-03-26"),
            T("am Sonntagvormittag", "TIME", "2018-03-25TMO"),
            T("am Freitag", "DATE", "2018-03-23"),
            T("im Oktober", "DATE", "2017-10"),
            T("am Sonntagabend", "TIME", "2018-03-25TEV"),
        ],
        events=[
            V("COERCE", "Amtsgericht Neumünster", "DEU", "Carles Puigdemont", "ESP", "2018-03-26", "Das Amtsgericht Neumünster ordnete am Montag an", note="a court ordering detention (COERCE, as a court extending a detention in ../own-news-6); the headline restates it"),
            V("COERCE", "Autobahnpolizei", "DEU", "Carles Puigdemont", "ESP", "2018-03-25TMO", "Die Autobahnpolizei hatte Puigdemont am Sonntagvormittag", note="arrest; 'festgenommene' of the lead is the same"),
            V("ACCUSE", "Pablo Llarena", "ESP", "Carles Puigdemont", "ESP", "2018-03-23", "den der spanische Richter Pablo Llarena am Freitag erneuert hatte", note="an arrest warrant (legal accusation), in a relative clause; the charges of the Spanish judiciary are the same accusation"),
            V("PROTEST", "Demonstranten", "ESP", "Spanien", "ESP", "2018-03-25TEV", "gingen noch am Sonntagabend Zehntausende auf die Straße", note="a protest against the prosecution of Puigdemont, coded against the Spanish state"),
            V("ASSAULT", "Polizei", "ESP", "Demonstranten", "ESP", None, "bei Zusammenstößen mit der [Polizei]", note="clashes with injuries: two ASSAULT events, one per side, in a statement 'nach Angaben'"),
            V("ASSAULT", "Demonstranten", "ESP", "Polizei", "ESP", None, "bei [Zusammenstößen] mit der Polizei"),
            V("ACCUSE", "Jaume Alonso-Cuevillas", "ESP", "Spanien", "ESP", None, "sprach von einer „politischen Verfolgung“", note="against the prosecuting state"),
            V("SUPPORT", "Madrid", "ESP", "Autobahnpolizei", "DEU", None, "Die Regierung in Madrid begrüßte die Festnahme", note="welcoming an act, for its author; 'die Regierung in Madrid' coded as the capital"),
            V("REQUEST", "Die Linke", "DEU", "Bundesregierung", "DEU", None, "Die Linke verlangte dagegen die sofortige Freilassung", note="a demand for release, the addressee (the federal government) implied"),
            # Seibert's statement that it is a matter for the courts: no interaction
        ],
    ),
    "own9-vergiftung-skripal-2018-03": dict(
        entities=[
            E("London", "LOC", "GBR"),
            E("Sergej Skripal", "PER", "RUS", ["Skripal"], ["Doppelagenten"]),
            E("Großbritannien", "LOC", "GBR"),
            E("Theresa May", "PER", "GBR", ["May"], ["Premierministerin"]),
            E("Unterhaus", "ORG", "GBR", optional=True),
            E("Julia", "PER", "RUS", [], ["Tochter"], optional=True),
            E("Salisbury", "LOC", "GBR"),
            E("Russland", "LOC", "RUS"),
            E("Moskau", "LOC", "RUS"),
            E("Außenministerium", "ORG", "RUS", optional=True),
            E("Dmitri Peskow", "PER", "RUS", [], ["Kremlsprecher"]),
            E("UN-Sicherheitsrat", "ORG", "IGO"),
            E("Nikki Haley", "PER", "USA", [], ["Botschafterin"]),
            E("USA", "LOC", "USA"),
            E("Jens Stoltenberg", "PER", "IGO", [], ["Nato-Generalsekretär"]),
        ],
        quotes=[
            Q("Sie hätten eine Woche Zeit, das Land zu verlassen", "indirect", "Theresa May", "sagte"),
            Q("Es sei die größte Ausweisung seit mehr als 30 Jahren", "indirect", "Theresa May", ""),
            # the investigators, named by no proper name; inner "nach Angaben": the whole sentence
            Q("Sie wurden nach Angaben der Ermittler mit dem Nervengift Nowitschok vergiftet", "indirect", None, "nach Angaben"),
            Q("Russland sei für den Anschlag verantwortlich", "indirect", "Theresa May", "sagte"),
            # the ministry, named by description (optional entity)
            Q("„Provokation“", "direct", None, "nannte"),
            Q("Moskau habe mit dem Vorfall nichts zu tun", "indirect", "Dmitri Peskow", "sagte"),
            Q("Die USA seien überzeugt, dass Russland die Verantwortung trage", "indirect", "Nikki Haley", "sagte"),
        ],
        timexes=[
            T("eine Woche", "DURATION", "P1W"),
            T("am Mittwoch", "DATE", "2018-03-14"),
            T("seit mehr als 30 Jahren", "DURATION", "P30Y"),
            T("am 4. März", "DATE", "2018-03-04"),
            T("bis Dienstagabend", "TIME", "2018-03-13TEV"),
        ],
        events=[
            V("COERCE", "Großbritannien", "GBR", "Diplomaten", "RUS", None, "weist Großbritannien 23 russische Diplomaten aus", note="expulsion (PLOVER: COERCE, expel); the target by a country adjective; May's statement and the headline are the same"),
            V("ASSAULT", None, None, "Sergej Skripal", "RUS", None, "Nach dem Giftanschlag auf den früheren Doppelagenten", note="the poisoning, told by a noun; its author is only alleged (May's accusation), so the source is null"),
            V("ACCUSE", "Theresa May", "GBR", "Russland", "RUS", None, "Russland sei für den Anschlag verantwortlich", note="blame, in reported speech"),
            V("REJECT", "Moskau", "RUS", "Großbritannien", "GBR", "2018-03-13TEV", "Moskau hatte ein Ultimatum bis Dienstagabend verstreichen lassen", note="an ultimatum ignored: a demand refused"),
            V("SANCTION", "London", "GBR", "Russland", "RUS", None, "Zudem friert London Kontakte auf hoher Ebene ein", note="high-level contacts frozen, visits called off (reduce relations); one event"),
            V("ACCUSE", "Außenministerium", "RUS", "Großbritannien", "GBR", None, "nannte die Ausweisung eine „Provokation“", note="against the author of the expulsion"),
            V("THREATEN", "Außenministerium", "RUS", "Großbritannien", "GBR", None, "kündigte Gegenmaßnahmen an", note="announced retaliation"),
            V("REJECT", "Dmitri Peskow", "RUS", "Theresa May", "GBR", None, "Moskau habe mit dem Vorfall nichts zu tun", note="denying an accusation, in reported speech"),
            V("SUPPORT", "Nikki Haley", "USA", "London", "GBR", None, "stellte sich die amerikanische Botschafterin Nikki Haley hinter London"),
            V("ACCUSE", "Nikki Haley", "USA", "Russland", "RUS", None, "dass Russland die Verantwortung trage", note="blame, in reported speech"),
            V("SUPPORT", "Jens Stoltenberg", "IGO", "Großbritannien", "GBR", None, "sicherte Großbritannien die Solidarität des Bündnisses zu", note="declared solidarity (SUPPORT, as in ../own-news-4)"),
        ],
    ),
    "own9-treibstoffproteste-ecuador-2019-10": dict(
        entities=[
            E("Ecuador", "LOC", "ECU", ["Ecuadors"]),
            E("Lenín Moreno", "PER", "ECU", ["Moreno"], ["Präsident"]),
            E("Quito", "LOC", "ECU"),
            E("Vereinte Nationen", "ORG", "IGO", ["Vereinten Nationen"]),
            E("Conaie", "ORG", "ECU"),
            E("Jaime Vargas", "PER", "ECU", [], ["Vorsitzende"]),
            E("Internationaler Währungsfonds", "ORG", "IGO", ["Internationalen Währungsfonds"]),
            E("Guayaquil", "LOC", "ECU"),
            E("Ombudsstelle", "ORG", "ECU", optional=True),
            E("Rafael Correa", "PER", "ECU", ["Correa"], ["Vorgänger"]),
            E("Venezuela", "LOC", "VEN", ["Venezuelas"]),
            E("Nicolás Maduro", "PER", "VEN", [], ["Staatschef"]),
            E("Belgien", "LOC", "BEL"),
        ],
        quotes=[
            Q("„Dies ist ein Sieg für das ganze Land“", "direct", "Jaime Vargas", "sagte"),
            Q("Die Demonstranten würden ihre Blockaden aufheben", "indirect", "Jaime Vargas", "kündigte an"),
            # the ombudsman's office, named by description
            Q("kamen sieben Menschen ums Leben, mehr als 1300 wurden festgenommen", "indirect", None, "Nach Angaben"),
            Q("einen Staatsstreich geplant zu haben", "indirect", "Lenín Moreno", "warf vor"),
            # "wies das … zurück": no reported content
            Q("Nötig seien vorgezogene Neuwahlen", "indirect", "Rafael Correa", "verlangte"),
        ],
        timexes=[
            T("elf Tagen", "DURATION", "P11D"),
            T("am Sonntagabend", "TIME", "XXXX-WXX-7TEV"),
            T("Anfang Oktober", "DATE", "2019-10"),
            T("am Dienstag", "DATE", "XXXX-WXX-2"),
        ],
        events=[
            V("CONCEDE", "Lenín Moreno", "ECU", "Demonstranten", "ECU", None, "hat Ecuadors Präsident Lenín Moreno die Streichung der Subventionen", note="a measure withdrawn after protests (PLOVER: CONCEDE); the headline restates it"),
            V("PROTEST", "Demonstranten", "ECU", "Lenín Moreno", "ECU", None, "Nach elf Tagen gewaltsamer Proteste", note="told by a noun"),
            V("AGREE", "Lenín Moreno", "ECU", "Conaie", "ECU", "XXXX-WXX-7TEV", "einigten sich am Sonntagabend in Quito auf ein neues Dekret", note="an agreement of the two: one event; 'die Vertreter der indigenen Verbände' act for the Conaie; Vargas's announcement that the blockades end is part of it"),
            V("CONSULT", "Vereinte Nationen", "IGO", "Lenín Moreno", "ECU", None, "Vermittelt hatten [Vertreter der Vereinten Nationen]", note="mediation (PLOVER: CONSULT, mediate) between two parties: two events"),
            V("CONSULT", "Vereinte Nationen", "IGO", "Conaie", "ECU", None, "[Vermittelt hatten] Vertreter"),
            V("AID", "Internationaler Währungsfonds", "IGO", "Ecuador", "ECU", None, "der Ecuador einen Kredit über 4,2 Milliarden Dollar gewährt hatte", note="background: a loan granted (economic aid), in a relative clause"),
            V("PROTEST", "Indigene", "ECU", "Regierung", "ECU", None, "blockierten Straßen", note="road blockades (PLOVER: PROTEST, obstruct)"),
            V("PROTEST", "Indigene", "ECU", "Parlament", "ECU", "XXXX-WXX-2", "stürmten am Dienstag kurzzeitig das Parlament", note="storming a building in protest"),
            V("COERCE", "Regierung", "ECU", "Demonstranten", "ECU", None, "verhängte den Ausnahmezustand und eine Ausgangssperre", note="state of emergency and curfew in one clause: one event"),
            V("COERCE", "Polizei", "ECU", "Menschen", "ECU", None, "mehr als 1300 wurden festgenommen", note="arrests, passive, in a statement 'nach Angaben'"),
            V("ACCUSE", "Lenín Moreno", "ECU", "Rafael Correa", "ECU", None, "warf seinem Vorgänger [Rafael Correa] und", note="two targets side by side: two events"),
            V("ACCUSE", "Lenín Moreno", "ECU", "Nicolás Maduro", "VEN", None, "Venezuelas Staatschef [Nicolás Maduro] vor"),
            V("REJECT", "Rafael Correa", "ECU", "Lenín Moreno", "ECU", None, "Correa wies das aus seinem Exil in Belgien zurück", note="denying an accusation"),
            V("REQUEST", "Rafael Correa", "ECU", "Lenín Moreno", "ECU", None, "Nötig seien vorgezogene Neuwahlen", note="a demand for early elections, in reported speech, addressed (implied) to the president"),
        ],
    ),
    "own9-offensive-nordsyrien-2019-10": dict(
        entities=[
            E("Syrien", "LOC", "SYR", ["Syriens"]),
            E("USA", "LOC", "USA"),
            E("Donald Trump", "PER", "USA", [], ["US-Präsident"]),
            E("Türkei", "LOC", "TUR"),
            E("Ankara", "LOC", "TUR"),
            E("YPG", "ORG", "SYR"),
            E("Demokratische Kräfte Syriens", "ORG", "SYR", ["Demokratischen Kräfte Syriens"]),
            E("Damaskus", "LOC", "SYR"),
            E("Manbidsch", "LOC", "SYR"),
            E("Recep Tayyip Erdoğan", "PER", "TUR", [], ["Präsident"]),
            E("Europäische Union", "ORG", "IGO", ["Europäischen Union"]),
            E("Deutschland", "LOC", "DEU"),
            E("Frankreich", "LOC", "FRA"),
            E("Mike Pence", "PER", "USA", [], ["Vizepräsident"]),
        ],
        quotes=[
            Q("die Zölle auf türkischen Stahl auf 50 Prozent zu verdoppeln", "indirect", "Donald Trump", "kündigte an"),
            Q("Er werde die Wirtschaft der Türkei zerstören, sollte Ankara so weitermachen", "indirect", "Donald Trump", "schrieb"),
            # the Kurds, named by no proper name
            Q("wurden seither Dutzende Zivilisten getötet, Zehntausende sind auf der Flucht", "indirect", None, "Nach Angaben"),
            Q("„Wir werden niemals mit Terroristen an einem Tisch sitzen“", "direct", "Recep Tayyip Erdoğan", "sagte"),
            # a threat with an infinitive clause, like a demand with one
            Q("die Tore für 3,6 Millionen Flüchtlinge zu öffnen", "indirect", "Recep Tayyip Erdoğan", "gedroht"),
        ],
        timexes=[
            T("am Montag", "DATE", "2019-10-14"),
            T("am Mittwoch", "DATE", "2019-10-09"),
            T("in dieser Woche", "DATE", "2019-W42"),
        ],
        events=[
            V("SANCTION", "USA", "USA", "Minister", "TUR", None, "haben die USA Sanktionen gegen drei türkische Minister verhängt", note="the headline restates it"),
            V("SANCTION", "Donald Trump", "USA", "Türkei", "TUR", "2019-10-14", "die Zölle auf türkischen Stahl auf 50 Prozent zu verdoppeln", note="punitive tariffs announced"),
            V("SANCTION", "Donald Trump", "USA", "Türkei", "TUR", None, "brach die Verhandlungen über ein Handelsabkommen ab", note="negotiations broken off (PLOVER: SANCTION, halt negotiations)"),
            V("THREATEN", "Donald Trump", "USA", "Ankara", "TUR", None, "Er werde die Wirtschaft der Türkei zerstören", note="a conditional threat, in reported speech"),
            V("ASSAULT", "Armee", "TUR", "YPG", "SYR", "2019-10-09", "Die türkische Armee und verbündete", note="the offensive ('Militäroffensive' of the lead is the same); two sources side by side: two events; the civilian deaths reported by the Kurds are part of it"),
            V("ASSAULT", "Milizen", "SYR", "YPG", "SYR", "2019-10-09", "verbündete syrische Milizen"),
            V("ACCUSE", "Ankara", "TUR", "YPG", "SYR", None, "die Ankara als Terrororganisation einstuft", note="designating a group as terrorist (accusation), in a relative clause; Erdoğan's 'Terroristen' is the same stance"),
            V("REQUEST", "Demokratische Kräfte Syriens", "SYR", "Damaskus", "SYR", None, "baten die Regierung in Damaskus um Hilfe", note="a request for aid; 'die Regierung in Damaskus' coded as the capital"),
            V("MOBILIZE", "Regierungstruppen", "SYR", "Manbidsch", "SYR", None, "Syrische Regierungstruppen rückten daraufhin in die Grenzstadt Manbidsch ein", note="troops deployed in a town"),
            V("REJECT", "Recep Tayyip Erdoğan", "TUR", None, None, None, "lehnte eine Waffenruhe ab", note="refusing a ceasefire; whose demand is not said in the clause (no target)"),
            V("THREATEN", "Recep Tayyip Erdoğan", "TUR", "Europäische Union", "IGO", None, "hatte er der Europäischen Union gedroht"),
            V("SANCTION", "Deutschland", "DEU", "Türkei", "TUR", None, "[Deutschland] und Frankreich stoppten", note="arms exports stopped (embargo, SANCTION); two sources: two events"),
            V("SANCTION", "Frankreich", "FRA", "Türkei", "TUR", None, "Deutschland und [Frankreich] stoppten"),
            # Pence's planned trip and mediation have not happened: not coded
        ],
    ),
    "own9-verbindungsbuero-korea-2020-06": dict(
        entities=[
            E("Nordkorea", "LOC", "PRK"),
            E("Südkorea", "LOC", "KOR"),
            E("Kaesong", "LOC", "PRK"),
            E("KCNA", "ORG", "PRK"),
            E("Vereinigungsministerium", "ORG", "KOR", optional=True),
            E("Seoul", "LOC", "KOR"),
            E("Kim Jong Un", "PER", "PRK", ["Kim"], ["Machthaber"]),
            E("Kim Yo Jong", "PER", "PRK", [], ["Schwester"]),
            E("Pjöngjang", "LOC", "PRK"),
            E("Nationaler Sicherheitsrat", "ORG", "KOR", ["Nationale Sicherheitsrat"]),
            E("Moon Jae In", "PER", "KOR", ["Moons"], ["Präsident"]),
            E("US-Außenministerium", "ORG", "USA", optional=True),
            E("China", "LOC", "CHN"),
        ],
        quotes=[
            Q("Das Gebäude sei am Dienstag um 14.49 Uhr Ortszeit vollständig zerstört worden", "indirect", "KCNA", "meldete"),
            # "bestätigte die Explosion": no reported clause
            Q("von dem Büro werde bald „nur noch Schutt“ übrig sein", "mixed", "Kim Yo Jong", "angekündigt"),
            Q("Flugblätter von Überläufern über der Grenze nicht zu verhindern", "indirect", "Kim Yo Jong", "warf vor"),
            # the army, named by no proper name
            Q("Truppen in zuvor geräumte Gebiete an der Grenze zurückzuverlegen", "indirect", None, "kündigte an"),
            # a quoted fragment after "drohte mit" with its Konjunktiv clause: one mixed quote
            Q("„entschiedenen Antwort“, falls Pjöngjang die Lage weiter verschärfe", "mixed", "Nationaler Sicherheitsrat", "drohte mit"),
            # a spokesman of a person named with a proper name speaks for him
            Q("Die Sprengung sei ein schwerer Bruch der Vereinbarungen von 2018", "indirect", "Moon Jae In", "sagte"),
            # the ministry, named by description (optional entity)
            Q("von weiteren Provokationen abzusehen", "indirect", None, "rief auf"),
            # "mahnte beide Seiten zur Zurückhaltung": a noun, no quote
        ],
        timexes=[
            T("am Dienstag", "DATE", "2020-06-16"),
            T("um 14.49 Uhr Ortszeit", "TIME", "2020-06-16T14:49"),
            T("am Wochenende", "DATE", "2020-W24-WE"),
            T("seit Jahren", "DURATION", "PXY"),
            T("Vereinbarungen von [2018]", "DATE", "2018"),
            T("im April 2018", "DATE", "2018-04"),
            T("seit Januar", "DATE", "2020-01"),
        ],
        events=[
            V("COERCE", "Nordkorea", "PRK", "Südkorea", "KOR", "2020-06-16", "hat das gemeinsame Verbindungsbüro mit Südkorea in der Grenzstadt Kaesong gesprengt", note="destroying property (CAMEO 17 'destroy property', PLOVER: COERCE); the joint office coded against the South; KCNA's report and the headline are the same"),
            V("THREATEN", "Kim Yo Jong", "PRK", "Seoul", "KOR", "2020-W24-WE", "hatte am Wochenende angekündigt", note="a threat to destroy the office, addressed to Seoul (next sentence)"),
            V("ACCUSE", "Kim Yo Jong", "PRK", "Seoul", "KOR", None, "Sie warf Seoul vor"),
            V("ACCUSE", "Aktivisten", "KOR", "Pjöngjang", "PRK", None, "Die Aktivisten schicken seit Jahren Ballons mit Kritik", note="background: leaflet campaigns criticising the leadership (ACCUSE), habitual"),
            V("MOBILIZE", "Armee", "PRK", "Südkorea", "KOR", None, "Truppen in zuvor geräumte Gebiete an der Grenze zurückzuverlegen", note="troops moved to the border, announced"),
            V("THREATEN", "Nationaler Sicherheitsrat", "KOR", "Pjöngjang", "PRK", None, "drohte mit einer „entschiedenen Antwort“", note="a conditional threat"),
            V("ACCUSE", "Moon Jae In", "KOR", "Nordkorea", "PRK", None, "Die Sprengung sei ein schwerer Bruch der Vereinbarungen", note="criticism of the act, against its author, in reported speech by his spokesman"),
            V("CONSULT", "Moon Jae In", "KOR", "Kim Jong Un", "PRK", "2018-04", "nach Moons Gipfel mit Kim", note="background: a summit told by a noun"),
            V("REQUEST", "US-Außenministerium", "USA", "Nordkorea", "PRK", None, "rief Nordkorea auf"),
            V("REQUEST", "China", "CHN", "Nordkorea", "PRK", None, "mahnte [beide Seiten] zur", note="a call for restraint to both sides: two events"),
            V("REQUEST", "China", "CHN", "Südkorea", "KOR", None, "[China mahnte] beide Seiten"),
        ],
    ),
    "own9-grenzkonflikt-kirgistan-2021-05": dict(
        entities=[
            E("Kirgistan", "LOC", "KGZ", ["Kirgistans"]),
            E("Tadschikistan", "LOC", "TJK"),
            E("Grenzschutz", "ORG", "KGZ", optional=True),
            E("Batken", "LOC", "KGZ"),
            E("Bischkek", "LOC", "KGZ"),
            E("Duschanbe", "LOC", "TJK"),
            E("Sadyr Dschaparow", "PER", "KGZ", ["Dschaparow"], ["Präsident"]),
            E("Emomali Rahmon", "PER", "TJK", ["Rahmon"], ["Amtskollege"]),
            E("Russland", "LOC", "RUS"),
            E("Dmitri Peskow", "PER", "RUS", [], ["Kremlsprecher"]),
            E("Moskau", "LOC", "RUS"),
            E("Sowjetunion", "LOC", None, optional=True),
        ],
        quotes=[
            # the border guard, named by description (optional entity)
            Q("Die seit Donnerstagabend geltende Waffenruhe werde weitgehend eingehalten", "indirect", None, "teilte mit"),
            # "nach Angaben aus Bischkek" makes Bischkek the speaker (as Doha in ../own-news-8)
            Q("beschossen tadschikische Soldaten Dörfer mit Granatwerfern und setzten Häuser und eine Schule in Brand", "indirect", "Bischkek", "Nach Angaben"),
            Q("zuerst das Feuer eröffnet zu haben", "indirect", "Duschanbe", "warf vor"),
            Q("Sie wollten den Konflikt ausschließlich friedlich lösen", "indirect", "Bischkek", "hieß es"),
            Q("er werde Rahmon im Mai treffen", "indirect", "Sadyr Dschaparow", "kündigte an"),
            # "bot … Unterstützung … an": a noun object, no quote
            Q("Moskau verfolge die Lage mit Sorge", "indirect", "Dmitri Peskow", "sagte"),
        ],
        timexes=[
            T("seit Jahren", "DURATION", "PXY"),
            T("am Samstag", "DATE", "2021-05-01"),
            T("seit Donnerstagabend", "TIME", "2021-04-29TEV"),
            T("am Mittwoch", "DATE", "2021-04-28"),
            T("am Freitag", "DATE", "2021-04-30"),
            T("im Mai", "DATE", "2021-05"),
        ],
        events=[
            V("AGREE", "Kirgistan", "KGZ", "Tadschikistan", "TJK", "2021-05-01", "haben Kirgistan und Tadschikistan den Abzug ihrer Truppen", note="an agreement of the two: one event; the protocol signed by the security chiefs on Saturday and the headline are the same; the withdrawal itself has not happened yet"),
            V("AGREE", "Kirgistan", "KGZ", "Tadschikistan", "TJK", "2021-04-29TEV", "Die seit Donnerstagabend geltende Waffenruhe", note="the ceasefire in force, an earlier agreement, in reported speech"),
            V("ASSAULT", "Kirgistan", "KGZ", "Tadschikistan", "TJK", "2021-04-28", "Die Gefechte waren am Mittwoch", note="a mutual fight: two ASSAULT events, one per side (as in ../own-news-6); the 'Grenzkämpfe' of the lead are the same"),
            V("ASSAULT", "Tadschikistan", "TJK", "Kirgistan", "KGZ", "2021-04-28", "[Die Gefechte] waren am Mittwoch"),
            V("ASSAULT", "Soldaten", "TJK", "Dörfer", "KGZ", None, "beschossen tadschikische Soldaten Dörfer mit Granatwerfern", note="shelling and burning villages, in a statement 'nach Angaben'"),
            V("ACCUSE", "Duschanbe", "TJK", "Grenzer", "KGZ", None, "warf ihrerseits den kirgisischen Grenzern vor", note="'die Regierung in Duschanbe' coded as the capital; the shooting is only alleged, not coded as an assault"),
            V("CONSULT", "Sadyr Dschaparow", "KGZ", "Emomali Rahmon", "TJK", "2021-04-30", "telefonierten am Freitag", note="a phone call; their declared will to settle peacefully is part of it"),
            V("AGREE", "Sadyr Dschaparow", "KGZ", "Emomali Rahmon", "TJK", "2021-05", "er werde Rahmon im Mai treffen", note="declared intent to meet"),
            V("AGREE", "Russland", "RUS", "Kirgistan", "KGZ", None, "Russland bot [beiden Ländern] Unterstützung", note="an offer of help (AGREE) to both: two events"),
            V("AGREE", "Russland", "RUS", "Tadschikistan", "TJK", None, "[Russland bot] beiden Ländern"),
            # the evacuation and Peskow's concern: no interaction
        ],
    ),
    "own9-taiwanbuero-litauen-2021-08": dict(
        entities=[
            E("Vilnius", "LOC", "LTU"),
            E("China", "LOC", "CHN", ["Chinas", "Volksrepublik"]),
            E("Litauen", "LOC", "LTU"),
            E("Peking", "LOC", "CHN", ["Pekings"]),
            E("Außenministerium", "ORG", "CHN", optional=True),
            E("Taiwan", "LOC", "TWN", ["Taiwans"]),
            E("Taipeh", "LOC", "TWN"),
            E("Gabrielius Landsbergis", "PER", "LTU", [], ["Außenminister"]),
            E("Joseph Wu", "PER", "TWN", [], ["Außenminister"]),
            E("US-Außenministerium", "ORG", "USA", ["US-Außenministeriums"], optional=True),
            E("Europäische Union", "ORG", "IGO"),
        ],
        quotes=[
            Q("ihre Botschafterin aus der Volksrepublik abzuziehen", "indirect", "Peking", "forderte auf"),
            # the ministry, named by description (optional entity)
            Q("Litauen habe die Souveränität Chinas verletzt", "indirect", None, "erklärte"),
            Q("China verbitte sich jede Einmischung in seine inneren Angelegenheiten", "indirect", None, ""),
            # "bedauerte den Schritt": no reported clause
            Q("Litauen halte an der Ein-China-Politik fest, habe aber das Recht, mit Taiwan wirtschaftlich zusammenzuarbeiten", "indirect", "Gabrielius Landsbergis", "sagte"),
            Q("Seine Botschafterin werde vorerst in Peking bleiben", "indirect", "Gabrielius Landsbergis", ""),
            # "dankte", "sicherte Unterstützung zu", "nannte … unverhältnismäßig": no reported clause
        ],
        timexes=[
            T("am Dienstag", "DATE", "2021-08-10"),
            T("im Mai", "DATE", "2021-05"),
        ],
        events=[
            V("SANCTION", "China", "CHN", "Litauen", "LTU", None, "hat China seinen Botschafter aus Litauen zurückgerufen", note="an ambassador recalled (SANCTION, as in ../own-news-6); the headline restates it"),
            V("REQUEST", "Peking", "CHN", "Vilnius", "LTU", "2021-08-10", "forderte Peking die Regierung in Vilnius am Dienstag auf", note="a demand to withdraw the ambassador; 'die Regierung in Vilnius' coded as the capital"),
            V("ACCUSE", "Außenministerium", "CHN", "Litauen", "LTU", None, "Litauen habe die Souveränität Chinas verletzt", note="in reported speech; the ministry, named by description, as source"),
            V("COOPERATE", "Regierung", "LTU", "Taiwan", "TWN", None, "Taiwan die Eröffnung eines Büros unter dem Namen", note="background: allowing a representative office (diplomatic cooperation)"),
            V("ACCUSE", "Vilnius", "LTU", "Peking", "CHN", None, "Die Regierung in Vilnius bedauerte den Schritt", note="regret at an act, against its author; 'die Regierung in Vilnius' coded as the capital"),
            V("REJECT", "Gabrielius Landsbergis", "LTU", "Peking", "CHN", None, "Seine Botschafterin werde vorerst in Peking bleiben", note="refusing the demand, in reported speech"),
            V("SUPPORT", "Joseph Wu", "TWN", "Litauen", "LTU", None, "dankte Litauen für seine Haltung", note="thanks"),
            V("SUPPORT", "US-Außenministerium", "USA", "Litauen", "LTU", None, "sicherte dem Nato-Partner Unterstützung zu", note="declared support; a spokesman of the ministry speaks for it; the target a role noun"),
            V("ACCUSE", "Europäische Union", "IGO", "Peking", "CHN", None, "nannte die Reaktion Pekings unverhältnismäßig", note="criticism of the act, against its author"),
            V("REJECT", "Litauen", "LTU", "China", "CHN", "2021-05", "aus dem Kooperationsformat Chinas mit mittel- und osteuropäischen Staaten ausgetreten", note="background: leaving a cooperation format (reject agreement, as leaving an agreement in ../own-news-8)"),
            # China's general refusal of official contacts with Taiwan: a standing policy, not coded
        ],
    ),
    "own9-unruhen-suedafrika-2021-07": dict(
        entities=[
            E("Südafrika", "LOC", "ZAF"),
            E("Cyril Ramaphosa", "PER", "ZAF", ["Ramaphosa"], ["Präsident"]),
            E("KwaZulu-Natal", "LOC", "ZAF"),
            E("Gauteng", "LOC", "ZAF"),
            E("Jacob Zuma", "PER", "ZAF", ["Zumas"], ["Ex-Präsident", "Staatschef"]),
            E("Verfassungsgericht", "ORG", "ZAF", optional=True),
            E("Durban", "LOC", "ZAF"),
            E("Zuma-Stiftung", "ORG", "ZAF"),
            E("Afrikanische Union", "ORG", "IGO"),
        ],
        quotes=[
            # the police, named by no proper name
            Q("sind bislang 72 Menschen ums Leben gekommen, mehr als 1200 wurden festgenommen", "indirect", None, "Nach Angaben"),
            Q("das Land erlebe Gewalt, wie es sie seit dem Ende der Apartheid kaum gegeben habe", "indirect", "Cyril Ramaphosa", "sagte"),
            Q("„Wir werden nicht zulassen, dass Plünderer unsere Demokratie zerstören“", "direct", "Cyril Ramaphosa", "fügte hinzu"),
            # "wies jede Verantwortung zurück", "forderte die Freilassung", "rief … zur Ruhe auf": no reported clause
        ],
        timexes=[
            T("tagelangen", "DURATION", "PXD"),
            T("am Freitag", "DATE", "2021-07-09"),
            T("zwei Tage", "DURATION", "P2D"),
            T("Ende Juni", "DATE", "2021-06"),
            T("15 Monaten", "DURATION", "P15M"),
            T("am Montagabend", "TIME", "2021-07-12TEV"),
            T("verhandelte [am Montag] über", "DATE", "2021-07-12"),
        ],
        events=[
            V("MOBILIZE", "Cyril Ramaphosa", "ZAF", "Provinzen", "ZAF", None, "hat Präsident Cyril Ramaphosa die Armee gegen die Unruhen eingesetzt", note="troops deployed at home (as in ../own-news-8); the headline restates it"),
            V("PROTEST", "Anhänger", "ZAF", "Regierung", "ZAF", None, "Anhänger Zumas blockierten Autobahnen", note="blockades, looting and arson (PLOVER: PROTEST, obstruct, riot) in one sentence: one event; the 'Plünderungen und Brandstiftungen' of the lead are the same"),
            V("COERCE", "Polizei", "ZAF", "Menschen", "ZAF", None, "mehr als 1200 wurden festgenommen", note="arrests, passive, in a statement 'nach Angaben'"),
            V("COERCE", "Polizei", "ZAF", "Jacob Zuma", "ZAF", None, "nachdem sich Ex-Präsident Jacob Zuma der Polizei gestellt hatte", note="his detention ('Inhaftierung' of the headline), told by his surrender to the police"),
            V("COERCE", "Verfassungsgericht", "ZAF", "Jacob Zuma", "ZAF", "2021-06", "zu 15 Monaten Haft verurteilt", note="a prison sentence (COERCE)"),
            V("REJECT", "Jacob Zuma", "ZAF", "Untersuchungskommission", "ZAF", None, "weil er sich geweigert hatte, vor einer Untersuchungskommission", note="background: refusing to testify"),
            V("THREATEN", "Cyril Ramaphosa", "ZAF", "Plünderer", "ZAF", "2021-07-12TEV", "„Wir werden nicht zulassen, dass Plünderer", note="a warning backed by force, in a direct quote"),
            V("REJECT", "Zuma-Stiftung", "ZAF", None, None, None, "wies jede Verantwortung zurück", note="denying responsibility; who blamed it is not said (no target)"),
            V("REQUEST", "Zuma-Stiftung", "ZAF", "Regierung", "ZAF", None, "forderte die Freilassung des früheren Staatschefs", note="a demand for release, addressee implied"),
            V("REQUEST", "Jacob Zuma", "ZAF", "Verfassungsgericht", "ZAF", None, "über Zumas Antrag, das Urteil aufzuheben", note="a legal request, told by a noun"),
            V("ACCUSE", "Afrikanische Union", "IGO", "Anhänger", "ZAF", None, "Die Afrikanische Union verurteilte die Gewalt", note="condemnation, against the rioters"),
            V("REQUEST", "Afrikanische Union", "IGO", "Bevölkerung", "ZAF", None, "rief die Bevölkerung zur Ruhe auf"),
        ],
    ),
    "own9-friedenserklaerung-asmara-2018-07": dict(
        entities=[
            E("Äthiopien", "LOC", "ETH", ["Äthiopiens"]),
            E("Eritrea", "LOC", "ERI", ["Eritreas"]),
            E("Abiy Ahmed", "PER", "ETH", ["Abiy"], ["Ministerpräsident", "Regierungschef"]),
            E("Isaias Afwerki", "PER", "ERI", [], ["Präsident", "Gastgeber"]),
            E("Asmara", "LOC", "ERI"),
            E("Badme", "LOC", "ETH", ["Badmes"]),
            E("António Guterres", "PER", "IGO", [], ["UN-Generalsekretär"]),
            E("Addis Abeba", "LOC", "ETH"),
            E("Afrikanische Union", "ORG", "IGO"),
            E("Yemane Gebremeskel", "PER", "ERI", [], ["Informationsminister"]),
            E("Tigray", "LOC", "ETH"),
        ],
        quotes=[
            # the joint declaration of the two: no single speaker
            Q("Beide Länder würden ihre Botschaften wieder öffnen und Flug- und Telefonverbindungen aufnehmen", "indirect", None, "hieß es", neutral=True),
            Q("„Die Mauer zwischen unseren Völkern ist eingestürzt“", "direct", "Abiy Ahmed", "sagte"),
            Q("die Entscheidung anzuerkennen und seine Truppen abzuziehen", "indirect", "Abiy Ahmed", "kündigte an"),
            # "lobte die Annäherung", "begrüßte die Einigung": no reported clause
            Q("Die Sanktionen gegen Eritrea könnten bald überflüssig werden", "indirect", "António Guterres", "sagte"),
            Q("eine neue Ära des Friedens habe begonnen", "indirect", "Yemane Gebremeskel", "schrieb"),
            # residents, named by no proper name; a demand with an infinitive clause
            Q("vor einer Übergabe Badmes angehört zu werden", "indirect", None, "verlangen"),
        ],
        timexes=[
            T("zwei Jahrzehnten", "DURATION", "P2DE"),
            T("am Montag", "DATE", "2018-07-09"),
            T("am Sonntag", "DATE", "2018-07-08"),
            T("seit rund 20 Jahren", "DURATION", "P20Y"),
            T("1998", "DATE", "1998"),
            T("2000", "DATE", "2000"),
            T("Im Juni", "DATE", "2018-06"),
        ],
        events=[
            V("AGREE", "Abiy Ahmed", "ETH", "Isaias Afwerki", "ERI", "2018-07-09", "unterzeichneten am Montag in Asmara eine gemeinsame Erklärung", note="a peace declaration of the two: one agreement; the end of the state of war in the lead and the headline are the same; the commitments in it (embassies, flights) are part of it"),
            V("CONSULT", "Abiy Ahmed", "ETH", "Asmara", "ERI", "2018-07-08", "in die eritreische Hauptstadt gereist", note="a visit, the visitor as source; the target a role noun for Asmara; the dinner with his host is part of it"),
            V("SUPPORT", "Menschen", "ERI", "Abiy Ahmed", "ETH", None, "Tausende Menschen jubelten ihm am Straßenrand zu", note="a welcome by crowds (SUPPORT)"),
            V("ASSAULT", "Äthiopien", "ETH", "Eritrea", "ERI", "1998", "[Der Grenzkrieg] zwischen", note="background: a war between the two, told by a noun: two ASSAULT events, one per side"),
            V("ASSAULT", "Eritrea", "ERI", "Äthiopien", "ETH", "1998", "Der [Grenzkrieg zwischen 1998 und 2000]"),
            V("REJECT", "Äthiopien", "ETH", "Eritrea", "ERI", None, "hatte sich danach geweigert, einen Schiedsspruch umzusetzen", note="background: refusing to implement a ruling in the other's favour"),
            V("CONCEDE", "Abiy Ahmed", "ETH", "Eritrea", "ERI", "2018-06", "kündigte Abiy überraschend an", note="accepting the ruling and announcing a withdrawal (CONCEDE); the withdrawal has not happened yet, not coded as RETREAT"),
            V("SUPPORT", "António Guterres", "IGO", "Äthiopien", "ETH", None, "[António Guterres] lobte", note="praise of the rapprochement, for its authors: two events"),
            V("SUPPORT", "António Guterres", "IGO", "Eritrea", "ERI", None, "lobte die [Annäherung]"),
            V("SUPPORT", "Afrikanische Union", "IGO", "Äthiopien", "ETH", None, "Auch die [Afrikanische Union] begrüßte", note="welcoming the agreement, for its authors: two events"),
            V("SUPPORT", "Afrikanische Union", "IGO", "Eritrea", "ERI", None, "begrüßte die [Einigung]"),
            V("REQUEST", "Bewohner", "ETH", "Regierung", "ETH", None, "Bewohner der Grenzregion Tigray verlangen jedoch", note="a demand to be heard, addressed (implied) to the government"),
        ],
    ),
}


if __name__ == "__main__":
    main(HERE, ARTICLES, SOURCE)
