#!/usr/bin/env python3
"""Builds the gold files of eval/own-news-7 (a BLIND set: see README.md — engine developers
must not read this file, the articles or the gold JSON).

The articles are written by us (not copied from any publication); the annotations
follow ../../../shared/eval/FORMAT.md and the choices in ../own-news/README.md,
../own-news-4/README.md (which lists those of ../own-news-2 and ../own-news-3),
../own-news-6/README.md and README.md. The helpers E, Q, T, V and the checks live in
../goldlib.py, shared with the gold.py of own-news-2 to own-news-6. Every span is named
by a substring of the article that must occur exactly once; where the span itself is not
unique, the string gives unique context and marks the span in brackets: "noch [am
Montag] zu". Offsets are computed in code points, never typed by hand. The script fails
on any substring that is missing or ambiguous, on spans that cut a word, on overlapping
quotes, and on speakers or event actors that are not the canonical entity name (or that
carry another country than their entity).

    python3 eval/own-news-7/gold.py          # rewrites the *.gold.json files
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(HERE))
from goldlib import E, Q, T, V, main  # noqa: E402

SOURCE = "written by us for a blind evaluation set; annotations by us (see README.md)"

ARTICLES = {
    "own7-konsulat-istanbul-2018-10": dict(
        entities=[
            E("Saudi-Arabien", "LOC", "SAU"),
            E("Jamal Khashoggi", "PER", "SAU", ["Khashoggi", "Khashoggis"], ["Journalist", "Regierungskritiker"]),
            E("Istanbul", "LOC", "TUR"),
            E("SPA", "ORG", "SAU", [], ["Nachrichtenagentur"]),
            E("Salman", "PER", "SAU", [], ["König"]),
            E("Ahmed al-Assiri", "PER", "SAU", [], ["Vizechef des Geheimdienstes"]),
            E("Türkei", "LOC", "TUR"),
            E("Recep Tayyip Erdoğan", "PER", "TUR", [], ["Präsident"]),
            E("Angela Merkel", "PER", "DEU", [], ["Bundeskanzlerin"]),
            E("Riad", "LOC", "SAU"),
            E("Berlin", "LOC", "DEU"),
            E("Donald Trump", "PER", "USA", [], ["US-Präsident"]),
            E("António Guterres", "PER", "IGO", [], ["UN-Generalsekretär"]),
            E("Washington Post", "ORG", "USA"),
            E("Mohammed bin Salman", "PER", "SAU", [], ["Kronprinz"]),
        ],
        quotes=[
            Q("Der Regierungskritiker sei bei einem Handgemenge im Konsulat in Istanbul ums Leben gekommen", "indirect", "SPA", "meldete"),
            Q("18 Verdächtige seien festgenommen worden", "indirect", "SPA", ""),
            # "Die Türkei wies diese Darstellung zurück": no reported content, no quote
            Q("am Dienstag im Parlament „die nackte Wahrheit“ über den Fall offenzulegen", "mixed", "Recep Tayyip Erdoğan", "kündigte an"),
            Q("„in aller Schärfe“", "direct", "Angela Merkel", "verurteilte"),
            Q("Die Erklärungen aus Riad reichten nicht aus", "indirect", "Angela Merkel", "sagte"),
            Q("Rüstungsexporte nach Saudi-Arabien könnten unter diesen Umständen nicht stattfinden", "indirect", "Angela Merkel", ""),
            Q("„glaubwürdig“", "direct", "Donald Trump", "nannte"),
            Q("Er wolle das Waffengeschäft mit Riad nicht gefährden", "indirect", "Donald Trump", "betonte"),
            # "verlangte eine unabhängige Untersuchung": a noun object, no reported clause
        ],
        timexes=[
            T("Gut zwei Wochen", "DURATION", "P2W"),
            T("in der Nacht zum Samstag", "TIME", "2018-10-20TNI"),
            T("am Dienstag", "DATE", "2018-10-23"),
            T("am Montagabend", "TIME", "2018-10-15TEV"),
            T("neun Stunden lang", "DURATION", "PT9H"),
            T("am Sonntag", "DATE", "2018-10-21"),
            T("am 2. Oktober", "DATE", "2018-10-02"),
            T("stundenlang", "DURATION", "PTXH"),
        ],
        events=[
            # the death "bei einem Handgemenge" names no agent: not coded; the king dismissing his
            # own official and Erdoğan's announced speech are no interaction between actors
            V("COERCE", "Saudi-Arabien", "SAU", "Verdächtige", "SAU", None, "18 Verdächtige seien festgenommen worden", note="arrests in the passive without agent, in reported speech; the Saudi authorities implied"),
            V("REJECT", "Türkei", "TUR", "Saudi-Arabien", "SAU", None, "Die Türkei wies diese Darstellung zurück", note="rejecting the other side's account"),
            V("ACCUSE", "Ermittler", "TUR", "Saudi-Arabien", "SAU", "2018-10-15TEV", "Türkische Ermittler hatten das Konsulat", note="a search of the consulate in a criminal investigation (investigate: ACCUSE, as criminal investigations in own-news-5); the consulate stands for its state"),
            V("ACCUSE", "Angela Merkel", "DEU", "Saudi-Arabien", "SAU", None, "Bundeskanzlerin Angela Merkel verurteilte die Tat", note="condemning the act, against its author (the state whose consulate it was)"),
            V("SANCTION", "Angela Merkel", "DEU", "Saudi-Arabien", "SAU", None, "Rüstungsexporte nach Saudi-Arabien könnten unter diesen Umständen nicht stattfinden", note="arms exports halted (an embargo: SANCTION in these sets), in reported speech"),
            V("SUPPORT", "Donald Trump", "USA", "Saudi-Arabien", "SAU", None, "nannte die saudische Version dagegen „glaubwürdig“", note="endorsing the other side's account; the target a country adjective"),
            V("REQUEST", "António Guterres", "IGO", "Saudi-Arabien", "SAU", None, "verlangte eine unabhängige Untersuchung", note="a demand with a noun object; the addressee implied"),
            V("ACCUSE", "Jamal Khashoggi", "SAU", "Mohammed bin Salman", "SAU", None, "Kronprinz Mohammed bin Salman wiederholt kritisiert", note="background criticism"),
        ],
    ),
    "own7-misstrauensvotum-madrid-2018-06": dict(
        entities=[
            E("Spanien", "LOC", "ESP", ["Spaniens"]),
            E("Mariano Rajoy", "PER", "ESP", ["Rajoy"], ["Ministerpräsident"]),
            E("Madrid", "LOC", "ESP"),
            E("Pedro Sánchez", "PER", "ESP", ["Sánchez"], ["Sozialistenchef", "Regierungschef"]),
            E("Volkspartei", "ORG", "ESP", ["PP"]),
            E("PNV", "ORG", "ESP", [], ["Nationalistenpartei"]),
            E("Ciudadanos", "ORG", "ESP", [], ["Partei"]),
            E("Albert Rivera", "PER", "ESP", [], ["Vorsitzender"]),
            E("Jean-Claude Juncker", "PER", "IGO", [], ["EU-Kommissionspräsident"]),
        ],
        quotes=[
            Q("die Glaubwürdigkeit der Institutionen beschädigt zu haben", "indirect", "Pedro Sánchez", "warf vor"),
            Q("„Es war mir eine Ehre, dieses Land zu führen“", "direct", "Mariano Rajoy", "sagte"),
            Q("Seine Regierung habe Spanien aus der schwersten Wirtschaftskrise seiner jüngeren Geschichte geholt", "indirect", "Mariano Rajoy", ""),
            Q("den bereits beschlossenen Haushalt der Vorgängerregierung zu übernehmen", "indirect", "Pedro Sánchez", "sicherte zu"),
            Q("„Pakt mit denen, die Spanien spalten wollen“", "direct", "Albert Rivera", "sprach von"),
        ],
        timexes=[
            T("am Freitag", "DATE", "2018-06-01"),
            T("fast sieben Jahren", "DURATION", "P7Y"),
            T("vergangene Woche", "DATE", "2018-W21"),
            T("am Abend", "TIME", "2018-06-01TEV"),
        ],
        events=[
            # the court's conviction of the party (a fine, background) is a ruling, not coded
            V("ACCUSE", "Parlament", "ESP", "Mariano Rajoy", "ESP", "2018-06-01", "per Misstrauensvotum abgesetzt", note="a successful motion of no confidence (formal censure, as impeachment in own-news-5); the Socialists' motion and the headline are the same act"),
            V("ACCUSE", "Pedro Sánchez", "ESP", "Mariano Rajoy", "ESP", None, "Sánchez warf Rajoy daraufhin vor"),
            V("CONCEDE", "Mariano Rajoy", "ESP", "Pedro Sánchez", "ESP", None, "Rajoy räumte seine Niederlage ein", note="conceding defeat (PLOVER: CONCEDE, yield)"),
            V("SUPPORT", "Mariano Rajoy", "ESP", "Pedro Sánchez", "ESP", None, "gratulierte seinem Nachfolger", note="congratulations; the target a role noun"),
            V("SUPPORT", "PNV", "ESP", "Pedro Sánchez", "ESP", None, "Den Ausschlag gaben die baskische Nationalistenpartei PNV", note="backing the motion that makes Sánchez head of government (voting for a candidate: SUPPORT); two supporters side by side: two events"),
            V("SUPPORT", "Separatisten", "ESP", "Pedro Sánchez", "ESP", None, "katalanische Separatisten, die den Antrag unterstützten"),
            V("AGREE", "Pedro Sánchez", "ESP", "PNV", "ESP", None, "Sánchez sicherte zu, den bereits beschlossenen Haushalt", note="a promise made to meet the Basque party's demand"),
            V("REQUEST", "PNV", "ESP", "Pedro Sánchez", "ESP", None, "wie es die Basken verlangt hatten", note="the demand told in a subordinate clause; the source a demonym for the party"),
            V("REQUEST", "Ciudadanos", "ESP", "Mariano Rajoy", "ESP", None, "hatte vergeblich sofortige Neuwahlen gefordert", note="a demand for early elections, addressed to the head of government"),
            V("ACCUSE", "Albert Rivera", "ESP", "Pedro Sánchez", "ESP", None, "Ihr Vorsitzender Albert Rivera sprach von einem", note="criticism of the pact, against its author"),
            V("SUPPORT", "Jean-Claude Juncker", "IGO", "Pedro Sánchez", "ESP", "2018-06-01TEV", "Juncker gratulierte Sánchez", note="congratulations"),
        ],
    ),
    "own7-kertsch-2018-11": dict(
        entities=[
            E("Russland", "LOC", "RUS"),
            E("Krim", "LOC", "UKR"),
            E("Meerenge von Kertsch", "LOC", None, ["Kertsch"]),
            E("Kiew", "LOC", "UKR"),
            E("FSB", "ORG", "RUS", [], ["Inlandsgeheimdienst"]),
            E("Krim-Brücke", "LOC", None, optional=True),
            E("Petro Poroschenko", "PER", "UKR", ["Poroschenko"], ["Präsident"]),
            E("Moskau", "LOC", "RUS", ["Moskaus"]),
            E("Dmitri Peskow", "PER", "RUS", [], ["Kremlsprecher"]),
            E("Angela Merkel", "PER", "DEU", [], ["Bundeskanzlerin"]),
            E("Wladimir Putin", "PER", "RUS", [], ["Kremlchef"]),
            E("Jens Stoltenberg", "PER", "IGO", [], ["Nato-Generalsekretär"]),
            E("UN-Sicherheitsrat", "ORG", "IGO"),
        ],
        quotes=[
            # a fronted "Nach Angaben aus Kiew" is the cue; the capital speaks for its government
            Q("wurden am Sonntagabend sechs Seeleute verletzt, alle 24 Besatzungsmitglieder befinden sich in russischem Gewahrsam", "indirect", "Kiew", "nach Angaben"),
            Q("die Schiffe seien illegal in russische Hoheitsgewässer eingedrungen und hätten Warnungen ignoriert", "indirect", "FSB", "erklärte"),
            Q("„Akt der Aggression“", "direct", "Petro Poroschenko", "sprach von"),
            Q("für 60 Tage das Kriegsrecht zu verhängen", "indirect", "Petro Poroschenko", "beantragte"),
            # "Moskau wies jede Verantwortung zurück": no reported content
            Q("die Konfrontation gezielt herbeigeführt zu haben", "indirect", "Dmitri Peskow", "warf vor"),
            Q("Poroschenko wolle vor der Wahl im März seine Umfragewerte verbessern", "indirect", "Dmitri Peskow", ""),
            Q("die Seeleute und die Schiffe freizugeben", "indirect", "Jens Stoltenberg", "forderte auf"),
        ],
        timexes=[
            T("am Sonntagabend", "TIME", "2018-11-25TEV"),
            T("stundenlang", "DURATION", "PTXH"),
            T("für 60 Tage", "DURATION", "P60D"),
            T("am Montagabend", "TIME", "2018-11-26TEV"),
            T("30 Tage", "DURATION", "P30D"),
            T("im März", "DATE", "2019-03"),
            T("noch [am Montag] zu", "DATE", "2018-11-26"),
        ],
        events=[
            V("ASSAULT", "Küstenwache", "RUS", "Marine", "UKR", "2018-11-25TEV", "die russische Küstenwache drei Schiffe", note="firing on ships (six sailors wounded, told 'nach Angaben aus Kiew'); both actors by country adjectives"),
            V("COERCE", "Küstenwache", "RUS", "Marine", "UKR", "2018-11-25TEV", "beschossen und festgesetzt", note="seizing the ships and detaining their crews; the headline restates it"),
            V("ACCUSE", "FSB", "RUS", "Marine", "UKR", None, "die Schiffe seien illegal in russische Hoheitsgewässer eingedrungen", note="an accusation in reported speech"),
            V("COERCE", "Russland", "RUS", "Marine", "UKR", None, "mit einem Tanker blockiert", note="blocking the passage (PLOVER: COERCE, blockade)"),
            V("ACCUSE", "Petro Poroschenko", "UKR", "Russland", "RUS", None, "sprach von einem „Akt der Aggression“", note="the target implied"),
            V("REQUEST", "Petro Poroschenko", "UKR", "Parlament", "UKR", None, "Er beantragte, für 60 Tage", note="a request to parliament; the source a pronoun"),
            V("MOBILIZE", "Parlament", "UKR", "Russland", "RUS", "2018-11-26TEV", "Das Parlament in Kiew stimmte am Montagabend", note="martial law declared in the border regions against the neighbour (a declared state of war MOBILIZE, as in own-news); the parliament named by description"),
            V("REJECT", "Moskau", "RUS", "Kiew", "UKR", None, "Moskau wies jede Verantwortung zurück", note="denying responsibility"),
            V("ACCUSE", "Dmitri Peskow", "RUS", "Kiew", "UKR", None, "Peskow warf Kiew vor"),
            V("CONSULT", "Angela Merkel", "DEU", "Petro Poroschenko", "UKR", None, "telefonierte mit Poroschenko", note="phone calls; two partners: two events"),
            V("CONSULT", "Angela Merkel", "DEU", "Wladimir Putin", "RUS", None, "mit Kremlchef Wladimir Putin"),
            V("REQUEST", "Angela Merkel", "DEU", "Petro Poroschenko", "UKR", None, "rief [beide] zur Deeskalation", note="'beide': two addressees, two events"),
            V("REQUEST", "Angela Merkel", "DEU", "Wladimir Putin", "RUS", None, "[rief] beide zur Deeskalation"),
            V("REQUEST", "Jens Stoltenberg", "IGO", "Russland", "RUS", None, "Stoltenberg forderte Russland auf"),
            V("REQUEST", "Moskau", "RUS", "UN-Sicherheitsrat", "IGO", "2018-11-26", "auf Antrag Moskaus", note="a request told by a noun"),
        ],
    ),
    "own7-sonderstatus-kaschmir-2019-08": dict(
        entities=[
            E("Pakistan", "LOC", "PAK"),
            E("Kaschmir", "LOC", None),
            E("Ajay Bisaria", "PER", "IND", [], ["Hochkommissar"]),
            E("Nationale Sicherheitsrat", "ORG", "PAK", optional=True),
            E("Imran Khan", "PER", "PAK", ["Khan"], ["Premierminister"]),
            E("Islamabad", "LOC", "PAK"),
            E("Indien", "LOC", "IND", ["Indiens"]),
            E("Jammu und Kaschmir", "LOC", "IND", [], ["Bundesstaat"]),
            E("Mehbooba Mufti", "PER", "IND", [], ["Regierungschefin"]),
            E("UN-Sicherheitsrat", "ORG", "IGO"),
            E("Außenministerium", "ORG", "IND", optional=True),
            E("Neu-Delhi", "LOC", "IND"),
            E("China", "LOC", "CHN"),
            E("Ladakh", "LOC", "IND"),
            E("Peking", "LOC", "CHN"),
            E("António Guterres", "PER", "IGO", [], ["UN-Generalsekretär"]),
        ],
        quotes=[
            Q("„illegal“", "direct", "Imran Khan", "nannte"),
            Q("den Fall vor den UN-Sicherheitsrat zu bringen", "indirect", "Imran Khan", "kündigte an"),
            Q("Indien werde die Lage in Kaschmir nicht mit Gewalt kontrollieren können", "indirect", "Imran Khan", "sagte"),
            # the ministry, named by description
            Q("sie zu überdenken", "indirect", None, "forderte auf"),
            Q("Es handle sich um eine innere Angelegenheit Indiens", "indirect", None, ""),
            # a spokeswoman of "der Regierung in Peking" speaks for the capital
            Q("Die Eingliederung des Gebiets Ladakh in ein indisches Unionsterritorium verletze chinesische Souveränität", "indirect", "Peking", "erklärte"),
        ],
        timexes=[
            T("am Mittwoch", "DATE", "2019-08-07"),
            T("Am Donnerstag", "DATE", "2019-08-08"),
            T("am Montag", "DATE", "2019-08-05"),
        ],
        events=[
            # revoking the special status is a domestic act on the state's constitution: not coded
            V("SANCTION", "Pakistan", "PAK", "Ajay Bisaria", "IND", "2019-08-07", "den indischen Hochkommissar Ajay Bisaria ausgewiesen", note="expelling a diplomat, decided by the National Security Council on Wednesday; the headline restates it"),
            V("SANCTION", "Pakistan", "PAK", "Indien", "IND", "2019-08-07", "den bilateralen Handel ausgesetzt", note="trade suspended"),
            V("SANCTION", "Pakistan", "PAK", "Indien", "IND", "2019-08-08", "stellte Pakistan zudem den Zugverkehr nach Indien ein", note="rail traffic halted"),
            V("COERCE", "Indien", "IND", "Jammu und Kaschmir", "IND", None, "Telefon- und Internetverbindungen dort gekappt", note="communications cut, without agent (the Indian government of the previous sentence)"),
            V("MOBILIZE", "Indien", "IND", "Jammu und Kaschmir", "IND", None, "Zehntausende zusätzliche Soldaten wurden in die Region verlegt", note="troops moved, in the passive without agent"),
            V("COERCE", "Indien", "IND", "Mehbooba Mufti", "IND", None, "stehen unter Hausarrest", note="house arrest, the agent implied"),
            V("ACCUSE", "Imran Khan", "PAK", "Indien", "IND", None, "Khan nannte den Schritt „illegal“", note="condemning the act, against its author; the announced complaint to the Security Council belongs to it"),
            V("REQUEST", "Außenministerium", "IND", "Pakistan", "PAK", None, "forderte Pakistan auf, sie zu überdenken", note="the ministry named by description (optional entity); regret ('bedauerte') is not coded"),
            V("REJECT", "Außenministerium", "IND", "Pakistan", "PAK", None, "Es handle sich um eine innere Angelegenheit Indiens", note="rejecting interference, in reported speech"),
            V("ACCUSE", "China", "CHN", "Indien", "IND", None, "Auch China äußerte Kritik", note="criticism; the spokeswoman's statement that follows is the same"),
            V("REQUEST", "António Guterres", "IGO", "Indien", "IND", None, "rief [beide Seiten] zu", note="'beide Seiten': two addressees, two events"),
            V("REQUEST", "António Guterres", "IGO", "Pakistan", "PAK", None, "[rief] beide Seiten zu größter"),
        ],
    ),
    "own7-putsch-khartum-2021-10": dict(
        entities=[
            E("Sudan", "LOC", "SDN"),
            E("Abdalla Hamdok", "PER", "SDN", ["Hamdok"], ["Ministerpräsident"]),
            E("Abdel Fattah al-Burhan", "PER", "SDN", [], ["General"]),
            E("Souveränitätsrat", "ORG", "SDN"),
            E("Khartum", "LOC", "SDN"),
            E("Omdurman", "LOC", "SDN"),
            E("USA", "LOC", "USA"),
            E("Antony Blinken", "PER", "USA", [], ["Außenminister"]),
            E("Europäische Union", "ORG", "IGO"),
            E("UN-Sicherheitsrat", "ORG", "IGO"),
        ],
        quotes=[
            Q("Die Armee habe eingreifen müssen, um einen Bürgerkrieg zu verhindern", "indirect", "Abdel Fattah al-Burhan", "sagte"),
            Q("Wahlen solle es im Juli 2023 geben", "indirect", "Abdel Fattah al-Burhan", ""),
            # an inner "nach Angaben" makes the whole sentence the quote; the entourage is unnamed
            Q("Am Dienstag durfte er nach Angaben aus seinem Umfeld nach Hause zurückkehren, steht dort aber unter Bewachung", "indirect", None, "nach Angaben"),
            # "Ein Ärztekomitee meldete sieben Tote …": a noun object, no reported clause
            Q("Hamdok und die anderen festgenommenen Politiker unverzüglich freizulassen", "indirect", "Antony Blinken", "verlangte"),
            Q("„Verrat an der Revolution“", "direct", "Europäische Union", "sprach von"),
        ],
        timexes=[
            T("am Montag", "DATE", "2021-10-25"),
            T("im Juli 2023", "DATE", "2023-07"),
            T("in den frühen Morgenstunden", "TIME", "2021-10-25TMO"),
            T("Am Dienstag", "DATE", "2021-10-26"),
            T("seit Montag", "DATE", "2021-10-25"),
            T("am Dienstag", "DATE", "2021-10-26"),
        ],
        events=[
            V("COERCE", "Militär", "SDN", "Abdalla Hamdok", "SDN", "2021-10-25TMO", "Ministerpräsident Abdalla Hamdok festgenommen", note="arrest; told again in the passive ('von Soldaten … geholt')"),
            V("COERCE", "Abdel Fattah al-Burhan", "SDN", "Souveränitätsrat", "SDN", "2021-10-25", "löste am Montag den Souveränitätsrat und das Kabinett auf", note="dissolving the transitional bodies by force (the coup); the lead's 'Übergangsregierung abgesetzt' and the headline are the same act"),
            V("COERCE", "Abdel Fattah al-Burhan", "SDN", "Sudan", "SDN", "2021-10-25", "verhängte den Ausnahmezustand", note="state of emergency"),
            V("RETREAT", "Militär", "SDN", "Abdalla Hamdok", "SDN", "2021-10-26", "durfte er nach Angaben aus seinem Umfeld nach Hause zurückkehren", note="a detainee released to his home (under guard), in a statement 'nach Angaben'"),
            V("PROTEST", "Menschen", "SDN", "Militär", "SDN", None, "gingen in Khartum und Omdurman gegen den Putsch auf die Straße", note="against the coup, coded against its author; the barricades belong to it"),
            V("ASSAULT", "Soldaten", "SDN", "Demonstranten", "SDN", None, "Soldaten schossen auf die Demonstranten"),
            V("COERCE", "Militär", "SDN", "Sudan", "SDN", "2021-10-25", "Das Internet ist seit Montag weitgehend abgeschaltet", note="communications cut, without agent; the military implied"),
            V("SANCTION", "USA", "USA", "Sudan", "SDN", None, "Die USA setzten Hilfen in Höhe von 700 Millionen Dollar aus", note="aid frozen"),
            V("REQUEST", "Antony Blinken", "USA", "Militär", "SDN", None, "Blinken verlangte", note="a demand for release; the addressee implied"),
            V("ACCUSE", "Europäische Union", "IGO", "Militär", "SDN", None, "sprach von einem „Verrat an der Revolution“", note="condemnation, against the coup's author"),
            V("THREATEN", "Europäische Union", "IGO", "Militär", "SDN", None, "drohte mit Konsequenzen für ihre Unterstützung", note="a threat to cut aid"),
            # the Security Council's closed consultation has no counterpart: not coded
        ],
    ),
    "own7-unruhen-kasachstan-2022-01": dict(
        entities=[
            E("Kasachstan", "LOC", "KAZ", ["Kasachstans"]),
            E("Kassym-Schomart Tokajew", "PER", "KAZ", ["Tokajew", "Tokajews"], ["Präsident", "Staatschef"]),
            E("Almaty", "LOC", "KAZ"),
            E("Innenministerium", "ORG", "KAZ", ["Innenministeriums"], optional=True),
            E("Moskau", "LOC", "RUS"),
            E("OVKS", "ORG", "IGO", [], ["Militärbündnis"]),
            E("Antony Blinken", "PER", "USA", [], ["US-Außenminister"]),
            E("Washington", "LOC", "USA"),
            E("EU", "ORG", "IGO"),
            E("Annalena Baerbock", "PER", "DEU", [], ["Bundesaußenministerin"]),
        ],
        quotes=[
            # "hat … erlaubt, … zu schießen": an order, not a quote
            Q("Mit „Terroristen“ werde es keine Verhandlungen geben", "mixed", "Kassym-Schomart Tokajew", "sagte"),
            Q("Die verfassungsmäßige Ordnung sei im Wesentlichen wiederhergestellt", "indirect", "Kassym-Schomart Tokajew", ""),
            # a fronted "Nach Angaben" of a ministry named by description: the cue, speaker null
            Q("wurden seitdem 26 Angreifer getötet und mehr als 3000 Menschen festgenommen, 18 Polizisten und Soldaten kamen ums Leben", "indirect", None, "nach Angaben"),
            # an inner "nach Angaben des Bündnisses": the whole sentence, the role noun resolved
            Q("Sie sollen nach Angaben des Bündnisses Flughäfen und Behörden schützen", "indirect", "OVKS", "nach Angaben"),
            Q("Die Behörden in Kasachstan müssten friedliche Proteste zulassen", "indirect", "Antony Blinken", "sagte"),
            Q("die Gewalt sofort zu beenden", "indirect", "Annalena Baerbock", "verlangte"),
        ],
        timexes=[
            T("am Freitag", "DATE", "2022-01-07"),
            T("am Sonntag", "DATE", "2022-01-02"),
            T("am Mittwoch", "DATE", "2022-01-05"),
        ],
        events=[
            V("COERCE", "Kassym-Schomart Tokajew", "KAZ", "Aufständische", "KAZ", None, "ohne Vorwarnung auf Aufständische zu schießen", note="an order to use lethal force against insurgents (repression: COERCE); the headline restates it"),
            V("REJECT", "Kassym-Schomart Tokajew", "KAZ", "Terroristen", "KAZ", "2022-01-07", "werde es keine Verhandlungen geben", note="refusing negotiations, in mixed reported speech"),
            V("PROTEST", "Demonstranten", "KAZ", "Regierung", "KAZ", "2022-01-02", "Die Proteste hatten am Sonntag", note="protests told by a noun, the protesters implied; against the government"),
            V("PROTEST", "Demonstranten", "KAZ", "Rathaus", "KAZ", "2022-01-05", "stürmten Demonstranten am Mittwoch das Rathaus", note="storming and burning a public building (PLOVER: PROTEST, riot), as the burnt metro stations of own-news-6"),
            V("CONCEDE", "Kassym-Schomart Tokajew", "KAZ", "Demonstranten", "KAZ", None, "Tokajew entließ daraufhin die Regierung", note="dismissing the government after protests (accede to demands for change in leadership)"),
            V("COERCE", "Kassym-Schomart Tokajew", "KAZ", "Kasachstan", "KAZ", None, "verhängte den Ausnahmezustand", note="state of emergency"),
            V("ASSAULT", "Sicherheitskräfte", "KAZ", "Angreifer", "KAZ", None, "26 Angreifer getötet", note="killings in the passive without agent, in a statement 'nach Angaben'; the security forces implied"),
            V("COERCE", "Sicherheitskräfte", "KAZ", "Menschen", "KAZ", None, "mehr als 3000 Menschen festgenommen", note="arrests, as above"),
            V("REQUEST", "Kassym-Schomart Tokajew", "KAZ", "OVKS", "IGO", None, "Auf Bitten Tokajews", note="a request told by a noun"),
            V("AID", "OVKS", "IGO", "Kasachstan", "KAZ", None, "entsandte das von Moskau geführte Militärbündnis OVKS rund 2500 Soldaten", note="troops sent at the government's request to guard sites (PLOVER: AID, military assistance)"),
            V("ACCUSE", "Antony Blinken", "USA", "OVKS", "IGO", None, "stellte die Notwendigkeit des Einsatzes infrage", note="criticism of the deployment, against its author"),
            V("REQUEST", "Antony Blinken", "USA", "Behörden", "KAZ", None, "Die Behörden in Kasachstan müssten friedliche Proteste zulassen", note="a demand in reported speech"),
            V("REQUEST", "EU", "IGO", "Seiten", "KAZ", None, "Die EU forderte alle Seiten zur Zurückhaltung auf", note="'alle Seiten' of the country: one event"),
            V("REQUEST", "Annalena Baerbock", "DEU", "Führung", "KAZ", None, "verlangte von der Führung in Kasachstan"),
        ],
    ),
    "own7-praesidentenpalast-colombo-2022-07": dict(
        entities=[
            E("Sri Lanka", "LOC", "LKA"),
            E("Gotabaya Rajapaksa", "PER", "LKA", ["Rajapaksa"], ["Präsident", "Staatschef"]),
            E("Colombo", "LOC", "LKA"),
            E("Ranil Wickremesinghe", "PER", "LKA", ["Wickremesinghe"], ["Ministerpräsident"]),
            E("Mahinda Yapa Abeywardena", "PER", "LKA", [], ["Parlamentspräsident"]),
            E("Vereinte Nationen", "ORG", "IGO", ["Vereinten Nationen"]),
            E("Indien", "LOC", "IND"),
        ],
        quotes=[
            Q("Rajapaksa werde am Mittwoch zurücktreten", "indirect", "Mahinda Yapa Abeywardena", "teilte mit"),
            Q("Damit solle ein friedlicher Machtwechsel ermöglicht werden", "indirect", "Mahinda Yapa Abeywardena", ""),
            Q("sein Amt für eine Allparteienregierung zu räumen", "indirect", "Ranil Wickremesinghe", "erklärte sich bereit"),
            # "Die Demonstranten machen … verantwortlich": no speech verb, no quote
            Q("„Wir bleiben hier, bis er wirklich weg ist“", "direct", None, "sagte"),
            Q("auf Gewalt zu verzichten", "indirect", "Vereinte Nationen", "riefen auf"),
        ],
        timexes=[
            T("Am Samstag", "DATE", "XXXX-WXX-6"),
            T("Am Abend", "TIME", "XXXX-WXX-6TEV"),
            T("in der Nacht", "TIME", "XXXX-WXX-6TNI"),
            T("am Mittwoch", "DATE", "XXXX-WXX-3"),
            T("1948", "DATE", "1948"),
            T("Seit Monaten", "DURATION", "PXM"),
            T("in diesem Jahr", "DATE", "2022"),
        ],
        events=[
            V("PROTEST", "Demonstranten", "LKA", "Gotabaya Rajapaksa", "LKA", "XXXX-WXX-6", "den Amtssitz von Präsident Gotabaya Rajapaksa gestürmt", note="storming the president's residence (PLOVER: PROTEST, riot); the Saturday sentence and the headline are the same act"),
            V("PROTEST", "Demonstranten", "LKA", "Ranil Wickremesinghe", "LKA", "XXXX-WXX-6TEV", "zündeten Demonstranten das Privathaus", note="arson in riots: PROTEST (riot), as burnt buildings elsewhere in these sets"),
            V("CONCEDE", "Gotabaya Rajapaksa", "LKA", "Demonstranten", "LKA", "XXXX-WXX-3", "Rajapaksa werde am Mittwoch zurücktreten", note="an announced resignation under protest, in reported speech"),
            V("CONCEDE", "Ranil Wickremesinghe", "LKA", "Demonstranten", "LKA", None, "Auch Wickremesinghe erklärte sich bereit", note="declared readiness to resign under protest"),
            V("ACCUSE", "Demonstranten", "LKA", "Präsidentenfamilie", "LKA", None, "machen die Präsidentenfamilie", note="blame (no speech verb, so no quote, but an accusation)"),
            V("COERCE", "Polizei", "LKA", "Demonstranten", "LKA", None, "Die Polizei setzte Tränengas und Wasserwerfer ein", note="tear gas; the target implied"),
            V("REQUEST", "Vereinte Nationen", "IGO", "Beteiligte", "LKA", None, "riefen alle Beteiligten auf", note="'alle Beteiligten' of the country: one event"),
            V("AGREE", "Indien", "IND", "Sri Lanka", "LKA", None, "Indien sicherte dem Nachbarland weitere Unterstützung zu", note="a promise of aid; the target a role noun"),
            V("AID", "Indien", "IND", "Sri Lanka", "LKA", "2022", "Kredite und Lebensmittel im Wert von rund 3,5 Milliarden Dollar bereitgestellt", note="background: aid made available; the source a role noun ('Das Land')"),
        ],
    ),
    "own7-amtsenthebung-lima-2022-12": dict(
        entities=[
            E("Peru", "LOC", "PER", ["Perus"]),
            E("Pedro Castillo", "PER", "PER", ["Castillo", "Castillos"], ["Präsident", "Ex-Präsident"]),
            E("Kongress", "ORG", "PER"),
            E("Lima", "LOC", "PER"),
            E("Dina Boluarte", "PER", "PER", ["Boluarte"], ["Vizepräsidentin"]),
            E("Mexiko", "LOC", "MEX", ["Mexikos"]),
            E("Andrés Manuel López Obrador", "PER", "MEX", [], ["Präsident"]),
            E("Lisa Kenna", "PER", "USA", [], ["US-Botschafterin"]),
        ],
        quotes=[
            # the joint statement of army and police (neither named with a proper name): neutral
            Q("Die Streitkräfte würden die verfassungsmäßige Ordnung achten", "indirect", None, "hieß es", neutral=True),
            # "Die Staatsanwaltschaft wirft Castillo Rebellion vor": a noun object, no quote
            Q("wurde der Ex-Präsident auf dem Weg zur mexikanischen Botschaft gestoppt", "indirect", None, "nach Darstellung"),
            Q("Castillo um Asyl gebeten habe", "indirect", "Andrés Manuel López Obrador", "bestätigte"),
            Q("eine Regierung aller Parteien zu bilden", "indirect", "Dina Boluarte", "kündigte an"),
        ],
        timexes=[
            T("Wenige Stunden", "DURATION", "PTXH"),
            T("am Mittwoch", "DATE", "2022-12-07"),
            T("am Mittag", "TIME", "2022-12-07TMI"),
            T("am Donnerstag", "DATE", "2022-12-08"),
            T("sieben Tage", "DURATION", "P7D"),
        ],
        events=[
            V("COERCE", "Pedro Castillo", "PER", "Kongress", "PER", None, "seinem Versuch, das Parlament aufzulösen", note="an attempt to dissolve parliament (told by a noun); the announced emergency government and curfew belong to it"),
            V("ACCUSE", "Kongress", "PER", "Pedro Castillo", "PER", "2022-12-07", "stimmte am Mittwoch mit 101 von 130 Stimmen für seine Amtsenthebung", note="impeachment (ACCUSE, as in own-news-5); the lead's 'abgesetzt' is the same act"),
            V("COERCE", "Polizei", "PER", "Pedro Castillo", "PER", None, "abgesetzt und festgenommen worden", note="arrest, in the passive; the agent from 'Nach Darstellung der Polizei … gestoppt'; the headline restates it"),
            V("REJECT", "Armee", "PER", "Pedro Castillo", "PER", None, "[Armee] und Polizei stellten sich jedoch gegen ihn", note="refusing to follow the president (defy); two sources side by side: two events"),
            V("REJECT", "Polizei", "PER", "Pedro Castillo", "PER", None, "Armee und [Polizei] stellten sich"),
            V("PROTEST", "Minister", "PER", "Pedro Castillo", "PER", None, "Mehrere Minister traten aus Protest zurück", note="resignation in protest against his step"),
            V("ACCUSE", "Staatsanwaltschaft", "PER", "Pedro Castillo", "PER", None, "Die Staatsanwaltschaft wirft Castillo Rebellion vor", note="a criminal charge"),
            V("COERCE", "Richter", "PER", "Pedro Castillo", "PER", "2022-12-08", "Ein Richter ordnete am Donnerstag sieben Tage Untersuchungshaft an", note="pre-trial detention ordered by a court"),
            V("REQUEST", "Pedro Castillo", "PER", "Mexiko", "MEX", None, "Castillo um Asyl gebeten habe", note="a request for asylum, in reported speech"),
            V("ACCUSE", "Lisa Kenna", "USA", "Pedro Castillo", "PER", None, "hatte den Schritt Castillos zuvor klar zurückgewiesen", note="rejecting his act, against its author (disapproval: ACCUSE, not the REJECT of a proposal)"),
            # Boluarte's call for a political truce names no addressee: not coded
        ],
    ),
    "own7-justizreform-israel-2023-03": dict(
        entities=[
            E("Israel", "LOC", "ISR", ["Israels"]),
            E("Benjamin Netanjahu", "PER", "ISR", ["Netanjahu"], ["Ministerpräsident", "Regierungschef"]),
            E("Jerusalem", "LOC", "ISR"),
            E("Joav Galant", "PER", "ISR", [], ["Verteidigungsminister"]),
            E("Tel Aviv", "LOC", "ISR"),
            E("Histadrut", "ORG", "ISR", [], ["Gewerkschaftsbund"]),
            E("Flughafen Ben Gurion", "LOC", "ISR", ["Ben Gurion"]),
            E("Jair Lapid", "PER", "ISR", [], ["Oppositionsführer"]),
            E("Itamar Ben-Gvir", "PER", "ISR", [], ["Minister"]),
            E("Izchak Herzog", "PER", "ISR", [], ["Präsident"]),
            E("Joe Biden", "PER", "USA", [], ["US-Präsident"]),
            E("Washington", "LOC", "USA"),
        ],
        quotes=[
            Q("Er wolle „eine Spaltung des Volkes verhindern“", "mixed", "Benjamin Netanjahu", "sagte"),
            Q("Über das Vorhaben solle bis zur Sommerpause mit der Opposition verhandelt werden", "indirect", "Benjamin Netanjahu", ""),
            Q("die Reform auszusetzen, weil sie die Sicherheit des Landes gefährde", "indirect", "Joav Galant", "aufgefordert"),
            # Lapid "warnte vor einem Täuschungsmanöver": a noun object, no quote
            Q("das Gesetzgebungsverfahren sofort anzuhalten", "indirect", "Izchak Herzog", "aufgerufen"),
            Q("Israel dürfe diesen Kurs nicht fortsetzen", "indirect", "Joe Biden", "sagte"),
        ],
        timexes=[
            T("am Montagabend", "TIME", "2023-03-27TEV"),
            T("am Sonntagabend", "TIME", "2023-03-26TEV"),
            T("am Samstag", "DATE", "2023-03-25"),
            T("in der Nacht", "TIME", "2023-03-26TNI"),
            T("Am Montag", "DATE", "2023-03-27"),
            T("stundenlang", "DURATION", "PTXH"),
            T("am Montagmorgen", "TIME", "2023-03-27TMO"),
        ],
        events=[
            # the dismissal of the defence minister by his own head of government: not coded
            V("CONCEDE", "Benjamin Netanjahu", "ISR", "Demonstranten", "ISR", None, "die umstrittene Justizreform vorerst gestoppt", note="a measure paused after protests (accede to demands for change in policy); the headline restates it"),
            V("AGREE", "Benjamin Netanjahu", "ISR", "Opposition", "ISR", None, "mit der Opposition verhandelt werden", note="declared intent to negotiate, in reported speech"),
            V("REQUEST", "Joav Galant", "ISR", "Benjamin Netanjahu", "ISR", "2023-03-25", "Dieser hatte Netanjahu am Samstag öffentlich aufgefordert", note="the source a demonstrative"),
            V("PROTEST", "Demonstranten", "ISR", "Benjamin Netanjahu", "ISR", "2023-03-26TNI", "blockierten Zehntausende Demonstranten die Schnellstraßen", note="road blockades against the dismissal and the reform, coded against their author; the lead's 'Massenproteste' are the same"),
            V("PROTEST", "Histadrut", "ISR", "Benjamin Netanjahu", "ISR", "2023-03-27", "einem Generalstreik", note="a general strike against the reform (PLOVER: PROTEST, strike), told by a noun in the lead; the union's call to it addresses its members and is the same strike"),
            V("SUPPORT", "Jair Lapid", "ISR", "Benjamin Netanjahu", "ISR", None, "Lapid begrüßte die Pause", note="welcoming an act, coded for its author; his warning of a deception is not a threat"),
            V("AGREE", "Itamar Ben-Gvir", "ISR", "Benjamin Netanjahu", "ISR", None, "hatte der Verschiebung zuvor nur zugestimmt", note="assent to the pause"),
            V("AGREE", "Benjamin Netanjahu", "ISR", "Itamar Ben-Gvir", "ISR", None, "nachdem Netanjahu ihm den Aufbau einer Nationalgarde zugesagt hatte", note="a promise; the target a pronoun"),
            V("REQUEST", "Izchak Herzog", "ISR", "Regierung", "ISR", "2023-03-27TMO", "hatte die Regierung bereits am Montagmorgen aufgerufen"),
            V("REQUEST", "Joe Biden", "USA", "Israel", "ISR", None, "Israel dürfe diesen Kurs nicht fortsetzen", note="a demand in reported speech; relief ('zeigte sich erleichtert') is not coded"),
        ],
    ),
    "own7-putsch-libreville-2023-08": dict(
        entities=[
            E("Gabun", "LOC", "GAB", ["Gabuns"]),
            E("Ali Bongo Ondimba", "PER", "GAB", ["Bongo"], ["Amtsinhaber", "Präsident"]),
            E("Brice Oligui Nguema", "PER", "GAB", [], ["General", "Übergangspräsident"]),
            E("Libreville", "LOC", "GAB"),
            E("Afrikanische Union", "ORG", "IGO"),
            E("Frankreich", "LOC", "FRA"),
            E("Paris", "LOC", "FRA"),
            E("Josep Borrell", "PER", "IGO", [], ["EU-Außenbeauftragte"]),
            E("Mali", "LOC", "MLI"),
            E("Burkina Faso", "LOC", "BFA"),
            E("Niger", "LOC", "NER"),
        ],
        quotes=[
            # the officers, named by no proper name
            Q("die Wahl sei annulliert und alle Institutionen aufgelöst", "indirect", None, "verkündeten"),
            Q("Bongo stehe in seiner Residenz unter Hausarrest", "indirect", None, ""),
            Q("„Lärm zu machen“", "direct", "Ali Bongo Ondimba", "rief auf"),
            # "hatte der Familie Bongo … Wahlbetrug vorgeworfen": a noun object, no quote
            Q("das Ergebnis der Wahl zu respektieren", "indirect", "Frankreich", "forderte"),
            Q("nach den Umstürzen in Mali, Burkina Faso und Niger werde ein weiterer Putsch die Instabilität in der Region verschärfen", "indirect", "Josep Borrell", "sagte"),
        ],
        timexes=[
            T("in der Nacht zum Mittwoch", "TIME", "2023-08-30TNI"),
            T("Am Mittwochabend", "TIME", "2023-08-30TEV"),
            T("seit 56 Jahren", "DURATION", "P56Y"),
            T("am Donnerstag", "DATE", "2023-08-31"),
        ],
        events=[
            # the electoral commission declaring the winner and the officers naming their leader: not coded;
            # Borrell's warning of instability is no accusation of a named actor
            V("COERCE", "Offiziere", "GAB", "Ali Bongo Ondimba", "GAB", None, "haben Offiziere kurz nach der Präsidentenwahl die Macht übernommen", note="a coup, seizing power from the president; the headline restates it"),
            V("COERCE", "Offiziere", "GAB", "Ali Bongo Ondimba", "GAB", None, "Bongo stehe in seiner Residenz unter Hausarrest", note="house arrest, in reported speech"),
            V("SUPPORT", "Menschen", "GAB", "Offiziere", "GAB", None, "feierten Hunderte Menschen den Umsturz", note="celebrating the coup: support for its authors"),
            V("REQUEST", "Ali Bongo Ondimba", "GAB", "Freunde", None, None, "rief der gestürzte Präsident seine Freunde in aller Welt auf", note="an appeal to unnamed friends abroad (no country); the source a role noun"),
            V("ACCUSE", "Opposition", "GAB", "Ali Bongo Ondimba", "GAB", None, "Die Opposition hatte der Familie Bongo", note="background accusation of fraud; the family coded as its head"),
            V("SANCTION", "Afrikanische Union", "IGO", "Gabun", "GAB", "2023-08-31", "setzte die Mitgliedschaft Gabuns am Donnerstag aus", note="membership suspended"),
            V("ACCUSE", "Frankreich", "FRA", "Offiziere", "GAB", None, "Frankreich verurteilte den Staatsstreich", note="condemning the coup, against its authors"),
            V("REQUEST", "Frankreich", "FRA", "Offiziere", "GAB", None, "forderte, das Ergebnis der Wahl zu respektieren", note="the addressee implied"),
        ],
    ),
    "own7-finanzgesetz-nairobi-2024-06": dict(
        entities=[
            E("Kenia", "LOC", "KEN", ["Kenias"]),
            E("William Ruto", "PER", "KEN", ["Ruto"], ["Präsident"]),
            E("Nairobi", "LOC", "KEN"),
            E("IWF", "ORG", "IGO", [], ["Kreditgeber"]),
            E("KNCHR", "ORG", "KEN", [], ["Menschenrechtskommission"]),
            E("António Guterres", "PER", "IGO", [], ["UN-Generalsekretär"]),
            E("Raila Odinga", "PER", "KEN", [], ["Oppositionsführer"]),
        ],
        quotes=[
            Q("Er werde das Gesetz nicht unterzeichnen", "indirect", "William Ruto", "sagte"),
            Q("„Ich habe die Botschaft verstanden“", "direct", "William Ruto", "fügte hinzu"),
            Q("Stattdessen wolle er mit der Jugend des Landes in einen Dialog treten", "indirect", "William Ruto", ""),
            # "Die staatliche Menschenrechtskommission zählte mindestens 22 Tote": a noun object
            Q("„verräterisch“", "direct", "William Ruto", "bezeichnet"),
            Q("gezielt auf unbewaffnete Jugendliche geschossen zu haben", "indirect", "Raila Odinga", "warf vor"),
        ],
        timexes=[
            T("am Mittwoch", "DATE", "2024-06-26"),
            T("Am Dienstag", "DATE", "2024-06-25"),
            T("in der Nacht", "TIME", "2024-06-25TNI"),
            T("für [Donnerstag]", "DATE", "2024-06-27"),
        ],
        events=[
            V("CONCEDE", "William Ruto", "KEN", "Demonstranten", "KEN", None, "auf das umstrittene Finanzgesetz verzichtet", note="a measure withdrawn after protests; his refusal to sign and the headline are the same act"),
            V("AGREE", "William Ruto", "KEN", "Jugend", "KEN", None, "mit der Jugend des Landes in einen Dialog treten", note="declared intent to talk, in reported speech"),
            V("PROTEST", "Demonstranten", "KEN", "Parlament", "KEN", "2024-06-25", "Am Dienstag hatten Demonstranten das Parlament gestürmt", note="storming parliament, parts of it burnt (riot)"),
            V("ASSAULT", "Polizei", "KEN", "Menge", "KEN", None, "Die Polizei schoss mit scharfer Munition in die Menge"),
            V("ACCUSE", "William Ruto", "KEN", "Demonstranten", "KEN", "2024-06-25TNI", "als „verräterisch“ bezeichnet", note="condemning the storming, against its authors"),
            V("MOBILIZE", "William Ruto", "KEN", "Nairobi", "KEN", "2024-06-25TNI", "die Armee zur Unterstützung der Polizei in die Hauptstadt beordert", note="troops deployed in the capital (as in own-news-6)"),
            V("REQUEST", "IWF", "IGO", "Nairobi", "KEN", None, "Der Kreditgeber IWF hatte Nairobi zu höheren Einnahmen gedrängt", note="pressure to raise revenue; the capital for the government"),
            V("REQUEST", "António Guterres", "IGO", "Behörden", "KEN", None, "rief die Behörden zur Zurückhaltung auf"),
            V("ACCUSE", "Raila Odinga", "KEN", "Polizei", "KEN", None, "Odinga warf der Polizei vor"),
            V("REQUEST", "Organisatoren", "KEN", "William Ruto", "KEN", None, "Sie verlangen inzwischen auch den Rücktritt des Präsidenten", note="a demand for a change in leadership; the rallies called for Thursday address the organisers' supporters and are not coded"),
        ],
    ),
    "own7-flucht-hasina-2024-08": dict(
        entities=[
            E("Bangladesch", "LOC", "BGD", ["Bangladeschs"]),
            E("Sheikh Hasina", "PER", "BGD", ["Hasina"], ["Regierungschefin"]),
            E("Indien", "LOC", "IND"),
            E("Dhaka", "LOC", "BGD"),
            E("Waker-uz-Zaman", "PER", "BGD", [], ["Armeechef"]),
            E("Mohammed Shahabuddin", "PER", "BGD", [], ["Präsident"]),
            E("Khaleda Zia", "PER", "BGD", [], ["Oppositionsführerin"]),
            E("Muhammad Yunus", "PER", "BGD", ["Yunus"], ["Friedensnobelpreisträger"]),
            E("Subrahmanyam Jaishankar", "PER", "IND", [], ["Außenminister"]),
            E("Neu-Delhi", "LOC", "IND"),
            E("Großbritannien", "LOC", "GBR"),
            E("Vereinte Nationen", "ORG", "IGO", ["Vereinten Nationen"]),
        ],
        quotes=[
            Q("„Das Militär wird für Gerechtigkeit sorgen“", "direct", "Waker-uz-Zaman", "sagte"),
            Q("nach Hause zu gehen", "indirect", "Waker-uz-Zaman", "rief auf"),
            # the student movement, named by no proper name
            Q("Friedensnobelpreisträger Muhammad Yunus mit der Führung der Übergangsregierung zu betrauen", "indirect", None, "verlangt"),
            Q("Hasina habe um Erlaubnis gebeten, vorübergehend einzureisen", "indirect", "Subrahmanyam Jaishankar", "sagte"),
            Q("Indien beobachte die Lage genau", "indirect", "Subrahmanyam Jaishankar", ""),
            # "forderte eine … Untersuchung": a noun object, no quote
        ],
        timexes=[
            T("wochenlangen", "DURATION", "PXW"),
            T("am Montag", "DATE", "2024-08-05"),
            T("am Dienstag", "DATE", "2024-08-06"),
            T("im Juli", "DATE", "2024-07"),
        ],
        events=[
            V("CONCEDE", "Sheikh Hasina", "BGD", "Demonstranten", "BGD", None, "Sheikh Hasina, zurückgetreten", note="resignation after protests (accede to demands for change in leadership); the headline tells the same story"),
            V("PROTEST", "Demonstranten", "BGD", "Sheikh Hasina", "BGD", None, "Nach wochenlangen Protesten mit Hunderten Toten", note="protests told by a noun, the protesters implied"),
            V("PROTEST", "Demonstranten", "BGD", "Sheikh Hasina", "BGD", "2024-08-05", "stürmten Demonstranten ihre Residenz und plünderten sie", note="storming and looting her residence (riot)"),
            V("REQUEST", "Waker-uz-Zaman", "BGD", "Demonstranten", "BGD", None, "Er rief die Demonstranten auf", note="the source a pronoun"),
            V("RETREAT", "Mohammed Shahabuddin", "BGD", "Khaleda Zia", "BGD", "2024-08-06", "ordnete die Freilassung der inhaftierten Oppositionsführerin Khaleda Zia an", note="release of a prisoner ordered (RETREAT, as releasing prisoners in own-news-4)"),
            V("REQUEST", "Studentenbewegung", "BGD", "Mohammed Shahabuddin", "BGD", None, "verlangt vom Präsidenten", note="the target a role noun"),
            V("AGREE", "Muhammad Yunus", "BGD", "Studentenbewegung", "BGD", None, "Yunus erklärte sich dazu bereit", note="declared readiness"),
            V("REQUEST", "Sheikh Hasina", "BGD", "Indien", "IND", None, "Hasina habe um Erlaubnis gebeten", note="a request for entry, in reported speech"),
            V("REQUEST", "Großbritannien", "GBR", "Vereinte Nationen", "IGO", None, "Großbritannien forderte eine von den Vereinten Nationen geführte Untersuchung", note="a demand for an investigation to be led by the UN, the body named for it"),
        ],
    ),
    "own7-wahl-annulliert-bukarest-2024-12": dict(
        entities=[
            E("Rumänien", "LOC", "ROU", ["Rumäniens"]),
            E("Verfassungsgericht", "ORG", "ROU", optional=True),
            E("Bukarest", "LOC", "ROU"),
            E("Călin Georgescu", "PER", "ROU", ["Georgescu", "Georgescus"], ["Kandidat"]),
            E("Tiktok", "ORG", None, [], ["Plattform", "Konzern"]),
            E("Elena Lasconi", "PER", "ROU", [], ["Konkurrentin"]),
            E("Klaus Iohannis", "PER", "ROU", [], ["Staatspräsident"]),
            E("Russland", "LOC", "RUS", ["Russlands"]),
            E("Moskau", "LOC", "RUS"),
            E("Kreml", "ORG", "RUS", ["Kremls"], optional=True),
            E("EU-Kommission", "ORG", "IGO"),
        ],
        quotes=[
            # the court, named by description (optional entity): speaker null
            Q("Die gesamte Wahl müsse wiederholt werden", "indirect", None, "entschieden"),
            Q("„formalisierten Staatsstreich“", "direct", "Călin Georgescu", "sprach von"),
            Q("vor internationale Gerichte zu ziehen", "indirect", "Călin Georgescu", "kündigte an"),
            Q("Der Staat habe die Demokratie mit Füßen getreten, die Wähler hätten ein Recht auf ihre Entscheidung", "indirect", "Elena Lasconi", "kritisierte"),
            Q("Rumänien sei Ziel einer aggressiven Einflussnahme Russlands geworden", "indirect", "Klaus Iohannis", "sagte"),
            # an unnamed spokesman of the (optional) Kreml speaks for it
            Q("„haltlos“", "direct", "Kreml", "nannte"),
            # "angewiesen, … zu sichern": an order, not a quote
            Q("gegen europäische Regeln verstoßen zu haben", "indirect", "Tiktok", "bestreitet"),
        ],
        timexes=[
            T("Zwei Tage", "DURATION", "P2D"),
            T("am Freitag", "DATE", "2024-12-06"),
            T("am 24. November", "DATE", "2024-11-24"),
            T("am Donnerstag", "DATE", "2024-12-05"),
        ],
        events=[
            # the court's annulment of the vote is a ruling on the election, not an act against a named actor: not coded
            V("ACCUSE", "Călin Georgescu", "ROU", "Verfassungsgericht", "ROU", None, "Er sprach von einem „formalisierten Staatsstreich“", note="condemning the ruling, against the court that made it"),
            V("ACCUSE", "Călin Georgescu", "ROU", "Verfassungsgericht", "ROU", None, "kündigte an, vor internationale Gerichte zu ziehen", note="an announced legal complaint (ACCUSE)"),
            V("ACCUSE", "Elena Lasconi", "ROU", "Verfassungsgericht", "ROU", None, "Lasconi kritisierte das Urteil scharf", note="criticism of the ruling; the colon-introduced statement belongs to it"),
            V("ACCUSE", "Klaus Iohannis", "ROU", "Russland", "RUS", None, "Rumänien sei Ziel einer aggressiven Einflussnahme Russlands geworden", note="an accusation in reported speech"),
            V("REJECT", "Moskau", "RUS", "Klaus Iohannis", "ROU", None, "Die Regierung in Moskau wies das zurück", note="denying the accusation; the government coded as its capital; the Kremlin spokesman's 'haltlos' is the same denial"),
            V("COERCE", "EU-Kommission", "IGO", "Tiktok", None, "2024-12-05", "hatte Tiktok bereits am Donnerstag angewiesen", note="a binding order to preserve data (as a court order in own-news-6)"),
            V("REJECT", "Tiktok", None, "EU-Kommission", "IGO", None, "Der Konzern bestreitet", note="denying a violation; the source a role noun"),
            V("ACCUSE", "Staatsanwaltschaft", "ROU", "Wahlkampfteam", "ROU", None, "leitete Ermittlungen gegen Georgescus Wahlkampfteam", note="a criminal investigation (ACCUSE, as in own-news-5)"),
        ],
    ),
    "own7-kanzlerwahl-berlin-2025-05": dict(
        entities=[
            E("Friedrich Merz", "PER", "DEU", ["Merz"], ["CDU-Vorsitzende", "Bundeskanzler", "Kanzler"]),
            E("Bundestag", "ORG", "DEU"),
            E("Union", "ORG", "DEU"),
            E("SPD", "ORG", "DEU"),
            E("Bundesrepublik", "LOC", "DEU"),
            E("Frank-Walter Steinmeier", "PER", "DEU", [], ["Bundespräsident"]),
            E("Schloss Bellevue", "LOC", "DEU"),
            E("Lars Klingbeil", "PER", "DEU", [], ["SPD-Chef", "Vizekanzler", "Finanzminister"]),
            E("Alice Weidel", "PER", "DEU", [], ["AfD-Fraktionschefin"]),
            E("Frankreich", "LOC", "FRA", ["Frankreichs"]),
            E("Emmanuel Macron", "PER", "FRA", [], ["Präsident"]),
            E("Europa", "LOC", None),
            E("Wolodymyr Selenskyj", "PER", "UKR", [], ["Präsident"]),
            E("Deutschland", "LOC", "DEU"),
            E("Paris", "LOC", "FRA"),
            E("Warschau", "LOC", "POL"),
        ],
        quotes=[
            Q("Er werde alles tun, um das Vertrauen zu rechtfertigen", "indirect", "Friedrich Merz", "sagte"),
            Q("Die Koalition habe gezeigt, dass sie handlungsfähig sei", "indirect", "Lars Klingbeil", "erklärte"),
            # "forderte Merz zum Rücktritt auf und verlangte Neuwahlen": noun objects, no quote
            Q("Das schwarz-rote Bündnis stehe auf einem schwachen Fundament", "indirect", "Alice Weidel", "sagte"),
            Q("er freue sich auf die Zusammenarbeit für ein starkes Europa", "indirect", "Emmanuel Macron", "schrieb"),
        ],
        timexes=[
            T("am Dienstagnachmittag", "TIME", "2025-05-06TAF"),
            T("Am Vormittag", "TIME", "2025-05-06TMO"),
            T("am Abend", "TIME", "2025-05-06TEV"),
            T("am Mittwoch", "DATE", "2025-05-07"),
        ],
        events=[
            # the president handing over the certificate of appointment is a formality: not coded
            V("SUPPORT", "Bundestag", "DEU", "Friedrich Merz", "DEU", "2025-05-06TAF", "erhielt am Dienstagnachmittag im Bundestag 325 Stimmen", note="voting for a candidate (SUPPORT); the lead and the headline restate it"),
            V("REJECT", "Abgeordnete", "DEU", "Friedrich Merz", "DEU", "2025-05-06TMO", "hatten ihm die Stimme verweigert", note="votes withheld from the coalition's own candidate (refusing support)"),
            V("REQUEST", "Alice Weidel", "DEU", "Friedrich Merz", "DEU", None, "Weidel forderte Merz zum Rücktritt auf", note="a demand for a change in leadership; the demand for new elections is the same"),
            V("ACCUSE", "Alice Weidel", "DEU", "Bündnis", "DEU", None, "Das schwarz-rote Bündnis stehe auf einem schwachen Fundament", note="criticism in reported speech"),
            V("SUPPORT", "Emmanuel Macron", "FRA", "Friedrich Merz", "DEU", None, "Frankreichs Präsident Emmanuel Macron schrieb", note="congratulations ('Glückwünsche kamen …'); his wish to work together belongs to it"),
            V("SUPPORT", "Wolodymyr Selenskyj", "UKR", "Deutschland", "DEU", None, "dankte Deutschland für die bisherige Hilfe", note="thanks"),
            V("CONSULT", "Friedrich Merz", "DEU", "Paris", "FRA", "2025-05-07", "nach [Paris] und Warschau reisen", note="planned visits, the visitor as source; two destinations: two events"),
            V("CONSULT", "Friedrich Merz", "DEU", "Warschau", "POL", "2025-05-07", "nach Paris und [Warschau] reisen"),
        ],
    ),
    "own7-grenzgefechte-thailand-2025-07": dict(
        entities=[
            E("Thailand", "LOC", "THA", ["Thailands"]),
            E("Kambodscha", "LOC", "KHM", ["Kambodschas"]),
            E("Surin", "LOC", "THA"),
            E("Sisaket", "LOC", "THA"),
            E("Bangkok", "LOC", "THA", ["Bangkoks"]),
            E("Verteidigungsministerium", "ORG", "KHM", optional=True),
            E("Phnom Penh", "LOC", "KHM"),
            E("Phumtham Wechayachai", "PER", "THA", [], ["Regierungschef"]),
            E("Hun Manet", "PER", "KHM", [], ["Ministerpräsident"]),
            E("UN-Sicherheitsrat", "ORG", "IGO"),
            E("Malaysia", "LOC", "MYS", ["Malaysias"]),
            E("Anwar Ibrahim", "PER", "MYS", [], ["Regierungschef"]),
            E("Asean", "ORG", "IGO", [], ["Staatenbund"]),
            E("China", "LOC", "CHN"),
        ],
        quotes=[
            # a fronted "Nach Angaben Bangkoks": the cue; the capital speaks for its government
            Q("kamen mindestens elf Zivilisten ums Leben", "indirect", "Bangkok", "nach Angaben"),
            # a mutual accusation of both sides: no single speaker
            Q("zuerst geschossen zu haben", "indirect", None, "warfen vor", neutral=True),
            # the ministry, named by description
            Q("„unprovozierten Aggression“", "direct", None, "sprach von"),
            Q("sein Land verteidige lediglich seine Souveränität", "indirect", "Phumtham Wechayachai", "sagte"),
            # "bat den UN-Sicherheitsrat um eine Dringlichkeitssitzung": a noun object
            Q("zwischen den beiden Nachbarn zu vermitteln", "indirect", "Anwar Ibrahim", "bot an"),
        ],
        timexes=[
            T("seit mehr als zehn Jahren", "DURATION", "P10Y"),
            T("am Donnerstag", "DATE", "XXXX-WXX-4"),
            T("am Mittwoch", "DATE", "XXXX-WXX-3"),
        ],
        events=[
            # the landmine names no agent: not coded
            V("ASSAULT", "Kampfjets", "THA", "Armee", "KHM", "XXXX-WXX-4", "bombardierten am Donnerstag Stellungen der kambodschanischen Armee", note="air strikes; both actors by country adjectives"),
            V("ASSAULT", "Kambodscha", "KHM", "Dörfer", "THA", None, "Kambodscha feuerte Raketen auf Dörfer", note="rocket fire on villages; civilians killed"),
            V("ACCUSE", "Thailand", "THA", "Kambodscha", "KHM", None, "[Beide Seiten] warfen einander vor", note="a mutual accusation: two events, one per side"),
            V("ACCUSE", "Kambodscha", "KHM", "Thailand", "THA", None, "Beide Seiten [warfen einander vor]", note="the Cambodian ministry's 'unprovozierten Aggression' is the same accusation"),
            V("SANCTION", "Bangkok", "THA", "Botschafter", "KHM", "XXXX-WXX-3", "den kambodschanischen Botschafter ausgewiesen", note="expelling a diplomat"),
            V("SANCTION", "Bangkok", "THA", "Phnom Penh", "KHM", "XXXX-WXX-3", "den eigenen Gesandten aus Phnom Penh abberufen", note="recalling an envoy"),
            V("SANCTION", "Bangkok", "THA", "Kambodscha", "KHM", None, "Alle Grenzübergänge sind seitdem geschlossen", note="border closure (SANCTION, as in own-news-5), without agent"),
            V("REQUEST", "Hun Manet", "KHM", "UN-Sicherheitsrat", "IGO", None, "bat den UN-Sicherheitsrat um eine Dringlichkeitssitzung"),
            V("AGREE", "Anwar Ibrahim", "MYS", "Thailand", "THA", None, "[bot an], zwischen den beiden", note="an offer to mediate; two parties: two events"),
            V("AGREE", "Anwar Ibrahim", "MYS", "Kambodscha", "KHM", None, "zwischen den [beiden Nachbarn] zu vermitteln"),
            V("REQUEST", "China", "CHN", "Thailand", "THA", None, "China rief [beide Länder] zur", note="'beide Länder': two addressees, two events"),
            V("REQUEST", "China", "CHN", "Kambodscha", "KHM", None, "[China rief] beide Länder"),
        ],
    ),
}


if __name__ == "__main__":
    main(HERE, ARTICLES, SOURCE)
