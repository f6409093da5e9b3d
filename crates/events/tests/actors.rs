//! Table tests for who is coded as an event's source and target (issue #7,
//! event_actor_f1): the full pipeline (segmenter, NER, actors, time, speech,
//! events), since speakers come from the speech stage. Texts are written for
//! these tests.

mod common;
use common::quintuples;

/// A text and the events it must give, exactly: (type, source, source
/// country, target, target country).
type Case<'a> = (&'a str, &'a [(&'a str, &'a str, &'a str, &'a str, &'a str)]);

fn check(cases: &[Case]) {
    for (text, want) in cases {
        let got = quintuples(text);
        let want: Vec<(String, String, String, String, String)> = want
            .iter()
            .map(|(a, b, c, d, e)| {
                (
                    a.to_string(),
                    b.to_string(),
                    c.to_string(),
                    d.to_string(),
                    e.to_string(),
                )
            })
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn same_event_told_twice_keeps_the_more_specific_participants() {
    check(&[
        // a visit to a state, then the host's account of the meeting: one
        // meeting, between the two persons, in the first one's direction
        (
            "Bundeskanzler Olaf Scholz reiste am Montag zu einem Besuch in Polen. \
             Der polnische Präsident Andrzej Duda sagte nach seinem Treffen mit Scholz, \
             man habe über die Sicherheit gesprochen.",
            &[("CONSULT", "Olaf Scholz", "DEU", "Andrzej Duda", "POL")],
        ),
        // a state's readiness, then its minister's words: the minister
        (
            "Frankreich bekundete am Montag seine Bereitschaft zu Verhandlungen mit Algerien. \
             Sollte die algerische Regierung zustimmen, wäre man sofort zu Gesprächen bereit, \
             erklärte der französische Außenminister Jean Dupont.",
            &[("AGREE", "Jean Dupont", "FRA", "Algerien", "DZA")],
        ),
        // the person first, the state after: the person stays
        (
            "Der französische Außenminister Jean Dupont traf am Dienstag den algerischen \
             Präsidenten Karim Haddad. Frankreich und Algerien hätten bei dem Treffen \
             Fortschritte erzielt, hieß es.",
            &[("CONSULT", "Jean Dupont", "FRA", "Karim Haddad", "DZA")],
        ),
    ]);
}

#[test]
fn a_speaker_speaks_for_its_own_state() {
    check(&[
        // the state, or its capital, named in the reported clause: the
        // speaker refuses
        (
            "Der Sprecher Li Wei sagte, China habe kein Interesse an Gesprächen mit Japan.",
            &[("REJECT", "Li Wei", "CHN", "Japan", "JPN")],
        ),
        // another state in the reported clause acts itself
        (
            "Der japanische Sprecher Kenji Sato sagte, China habe kein Interesse an \
             Gesprächen mit Südkorea.",
            &[("REJECT", "China", "CHN", "Südkorea", "KOR")],
        ),
    ]);
}

#[test]
fn the_reporting_clause_is_no_addressee() {
    check(&[
        // a statement answered by another: it concerns the answerer's state
        (
            "Der kanadische Premierminister Mark Carney hat am Dienstag in Ottawa eine \
             Erklärung seines chinesischen Amtskollegen Li Qiang kommentiert, wonach Peking \
             kein Interesse an Verhandlungen habe.",
            &[("REJECT", "Li Qiang", "CHN", "Kanada", "CAN")],
        ),
        // a physical act told in someone's words is not done to the teller
        (
            "Der ukrainische Außenminister Dmytro Kuleba sagte, Russland habe die Stadt angegriffen.",
            &[],
        ),
    ]);
}

#[test]
fn a_relative_clause_may_state_its_antecedents_stance() {
    check(&[
        (
            "Die Kanzlerin sprach mit dem französischen Präsidenten Emmanuel Macron, der die \
             Forderungen der Türkei zurückweist.",
            &[("REJECT", "Emmanuel Macron", "FRA", "Türkei", "TUR")],
        ),
        (
            "Die Kanzlerin traf am Montag Vertreter Ungarns, das die Forderungen der Ukraine ablehnt.",
            &[("REJECT", "Ungarn", "HUN", "Ukraine", "UKR")],
        ),
        // the object stands in the relative clause, or there is none
        (
            "Polen verständigte sich am Montag mit Ungarn, das ebenfalls die Sanktionen gegen \
             Russland ablehnt.",
            &[],
        ),
        // the pronoun is the object: its subject is someone else
        (
            "Die Demonstranten versammelten sich vor der Botschaft Chinas, die sie scharf kritisieren.",
            &[],
        ),
        // background: a perfect
        (
            "Die Kommission verwies auf Ungarn, das die Sanktionen gegen Russland abgelehnt hatte.",
            &[],
        ),
        // the pronoun refers to the noun a von-phrase is an attribute of (the
        // main clause's alliance is an act of its own since ev29, issue #7)
        (
            "Die Grünen verbündeten sich mit der Partei von Viktor Orbán, die die Hilfe für die \
             Ukraine ablehnt.",
            &[("COOPERATE", "Grüne", "DEU", "Viktor Orbán", "HUN")],
        ),
    ]);
}

#[test]
fn groups_named_by_their_noun_alone() {
    check(&[
        // no main country: the students act in the country whose state body
        // their sentence names; a group is named by the country as the
        // article names it
        (
            "In Hongkong gedachten Tausende der Opfer der Niederschlagung in Peking. Die \
             Studenten forderten damals die Machthaber in Vietnam zu Reformen auf.",
            &[("REQUEST", "Vietnam", "VNM", "Vietnam", "VNM")],
        ),
        // a country the article does not name: the group's own word
        (
            "In Minsk nahm die Polizei am Sonntag Dutzende Demonstranten fest.",
            &[("COERCE", "Polizei", "BLR", "Demonstranten", "BLR")],
        ),
    ]);
}

#[test]
fn groups_are_named_as_the_text_names_them() {
    check(&[
        // the country from the article (which names it): still the group's
        // own word, in the nominative
        (
            "In Georgien wird seit Tagen protestiert. In Tiflis setzten die \
             Sicherheitskräfte Wasserwerfer gegen die Demonstranten ein. Georgien steht vor \
             einer Wahl.",
            &[("COERCE", "Sicherheitskräfte", "GEO", "Demonstranten", "GEO")],
        ),
        // a compound with a state's prefix names the body
        (
            "Die US-Regierung hat Venezuela am Dienstag zu freien Wahlen aufgefordert.",
            &[("REQUEST", "US-Regierung", "USA", "Venezuela", "VEN")],
        ),
    ]);
}

#[test]
fn a_states_genitive_before_a_role_and_a_name_is_the_persons() {
    check(&[
        // "<Staat>s <Amt> <Name>": the named person acts, not the state
        (
            "Polens Präsident Andrzej Duda warf Russland am Freitag vor, \
             die Grenze zu verletzen.",
            &[("ACCUSE", "Andrzej Duda", "POL", "Russland", "RUS")],
        ),
        (
            "Am Mittwoch wies Spaniens Ministerpräsident Pedro Sánchez die Forderung \
             Marokkos zurück.",
            &[("REJECT", "Pedro Sánchez", "ESP", "Marokko", "MAR")],
        ),
        // a title between the office and the name
        (
            "Der jordanische Außenminister Prinz Ali Hassan kritisierte Israel am Montag scharf.",
            &[("ACCUSE", "Ali Hassan", "JOR", "Israel", "ISR")],
        ),
    ]);
}

#[test]
fn a_more_specific_retelling_keeps_both_of_its_sides() {
    check(&[
        // the headline names the capital, the body the minister and the
        // state: the body's event, with both sides as it names them
        (
            " date 2024-03-02 \n\nGrenzstreit: Paris beschuldigt Rom\n\n\
             Der französische Innenminister Jean Dupont warf Italien am Freitag vor, \
             die Grenzkontrollen einseitig verschärft zu haben.",
            &[("ACCUSE", "Jean Dupont", "FRA", "Italien", "ITA")],
        ),
    ]);
}

#[test]
fn a_crowd_and_the_police_act_where_their_sentence_places_them() {
    check(&[
        // the article is about Serbia; the protest and the arrests are in
        // Montenegro's capital (the second sentence takes the place of the
        // first)
        (
            "Serbien hat am Montag seine Truppen an der Grenze verstärkt. Serbien \
             begründete das mit der Lage im Norden. Serbien kündigte weitere Schritte an.\n\n\
             Vor dem Parlament in Podgorica demonstrierten Tausende Menschen gegen \
             Ministerpräsident Milo Vukić. Die Polizei nahm mehrere Demonstranten fest.",
            &[
                ("PROTEST", "Menschen", "MNE", "Milo Vukić", "MNE"),
                ("COERCE", "Polizei", "MNE", "Demonstranten", "MNE"),
            ],
        ),
    ]);
}

#[test]
fn a_stance_on_an_act_from_a_place_is_taken_on_that_place() {
    check(&[
        // "die Forderungen aus <Hauptstadt>": the capital demanded, not the
        // person who demanded earlier
        (
            "Die polnische Außenministerin Anna Nowak forderte von Minsk die Freilassung \
             der Journalisten. Der belarussische Außenminister Juri Klimow wies die \
             Forderungen aus Warschau am Dienstag zurück.",
            &[
                ("REQUEST", "Anna Nowak", "POL", "Minsk", "BLR"),
                ("REJECT", "Juri Klimow", "BLR", "Warschau", "POL"),
            ],
        ),
    ]);
}

#[test]
fn a_demand_to_release_someone_is_addressed_to_the_holding_state() {
    check(&[
        // the prisoner is no addressee: the state of his country holds him
        (
            "Die iranischen Behörden haben den Journalisten Reza Karimi in Teheran \
             festgenommen. Frankreich verlangte am Montag, Karimi sofort freizulassen.",
            &[
                ("COERCE", "Iran", "IRN", "Reza Karimi", "IRN"),
                ("REQUEST", "Frankreich", "FRA", "Iran", "IRN"),
            ],
        ),
    ]);
}

#[test]
fn a_group_with_a_state_adjective_is_named_by_its_noun() {
    check(&[
        // troops, an army, farmers: the group noun in the nominative, not the
        // state ("des Militärs" is "Militär")
        (
            "Der lettische Regierungssprecher Karl Brenner warf estnischen Truppen vor, \
             die Grenze verletzt zu haben.",
            &[("ACCUSE", "Karl Brenner", "LVA", "Truppen", "EST")],
        ),
        (
            "Der lettische Präsident Janis Ozols verurteilte das Vorgehen des litauischen \
             Militärs.",
            &[("ACCUSE", "Janis Ozols", "LVA", "Militär", "LTU")],
        ),
        // a body that stands for the state, and a weapon, keep the state
        (
            "Die litauische Regierung warf Lettland vor, die Grenze geschlossen zu haben.",
            &[("ACCUSE", "Litauen", "LTU", "Lettland", "LVA")],
        ),
        (
            "Die lettische Polizei nahm den litauischen Aktivisten Tomas Vaitkus fest.",
            &[("COERCE", "Lettland", "LVA", "Tomas Vaitkus", "LTU")],
        ),
    ]);
}

#[test]
fn a_plural_pronoun_for_a_group_is_named_by_the_group() {
    check(&[(
        "Tausende Studenten zogen am Montag durch Riga. \
         Sie werfen der Regierung vor, Korruption gedeckt zu haben.",
        &[("ACCUSE", "Studenten", "LVA", "Regierung", "LVA")],
    )]);
}

#[test]
fn a_body_in_a_capital_is_named_by_the_capital() {
    check(&[
        // the government in a capital: the capital, as the text names it
        (
            "Der finnische Präsident Mika Salonen kritisierte die Regierung in Tallinn scharf.",
            &[("ACCUSE", "Mika Salonen", "FIN", "Tallinn", "EST")],
        ),
        // a part of society in a place keeps its noun
        (
            "Die lettische Polizei nahm am Sonntag Demonstranten in Riga fest.",
            &[("COERCE", "Lettland", "LVA", "Demonstranten", "LVA")],
        ),
    ]);
}

#[test]
fn a_headline_told_again_in_the_body_takes_the_body_s_names() {
    check(&[(
        "Streit an der Grenze: Lettland wirft Tallinn Spionage vor\n\n\
         Lettland hat Estland am Montag Spionage an der gemeinsamen Grenze vorgeworfen. \
         Der Vorwurf sei haltlos, hieß es.",
        &[("ACCUSE", "Lettland", "LVA", "Estland", "EST")],
    )]);
}

#[test]
fn a_people_is_named_as_the_text_names_it() {
    check(&[
        // a demonym for people: the people in the nominative, not the state
        (
            "Die lettische Polizei nahm am Sonntag zwei Franzosen fest.",
            &[("COERCE", "Lettland", "LVA", "Franzosen", "FRA")],
        ),
        (
            "Der lettische Präsident Janis Ozols warf den Italienern Spionage vor.",
            &[("ACCUSE", "Janis Ozols", "LVA", "Italiener", "ITA")],
        ),
    ]);
}

#[test]
fn people_of_a_state_body_with_a_state_adjective_are_named_by_their_noun() {
    check(&[
        (
            "Der lettische Präsident Janis Ozols warf estnischen Polizisten vor, \
             die Grenze verletzt zu haben.",
            &[("ACCUSE", "Janis Ozols", "LVA", "Polizisten", "EST")],
        ),
        // one of them is no group
        (
            "Der lettische Präsident Janis Ozols warf einem estnischen Polizisten vor, \
             die Grenze verletzt zu haben.",
            &[("ACCUSE", "Janis Ozols", "LVA", "Estland", "EST")],
        ),
    ]);
}

/// Issue #7 (ev14): a second clause coordinated with its own verb ("… und
/// übertrug dem Militär …", "… und forderte X auf") holds that verb's
/// actors, not the first trigger's object; "über beide Seiten" after a
/// prepositional frame names the pair of the article's dispute.
#[test]
fn issue7_second_verb_keeps_its_own_object() {
    check(&[
        // the state of emergency is not imposed on the army that is put in
        // charge by the second verb
        (
            "Der peruanische Präsident Carlos Mendoza verhängte am Montag den \
             Ausnahmezustand und übertrug der Polizei die Kontrolle über die Hauptstadt.",
            &[("COERCE", "Carlos Mendoza", "PER", "Peru", "PER")],
        ),
        // an "attack on democracy" is a figure of speech: the person asked
        // in the second clause is not its victim
        (
            "Der brasilianische Präsident Paulo Souza sprach von einem Angriff auf \
             die Verfassung und forderte Senator Marco Ribeiro zum Rücktritt auf.",
            &[("REQUEST", "Paulo Souza", "BRA", "Marco Ribeiro", "BRA")],
        ),
        // a coordinated noun phrase after the preposition goes on
        (
            "Nordkorea drohte mit Angriffen auf Südkorea und die USA.",
            &[
                ("THREATEN", "Nordkorea", "PRK", "USA", "USA"),
                ("THREATEN", "Nordkorea", "PRK", "Südkorea", "KOR"),
            ],
        ),
        // "verärgert über beide Seiten": both parties of the dispute told
        // before, not the actor of the next clause alone
        (
            "Indien warf Pakistan am Montag Angriffe auf Kaschmir vor. \
             Der britische Premierminister John Carter zeigte sich verärgert über \
             beide Seiten und forderte Indien zur Zurückhaltung auf.",
            &[
                ("ACCUSE", "Indien", "IND", "Pakistan", "PAK"),
                ("ACCUSE", "John Carter", "GBR", "Indien", "IND"),
                ("ACCUSE", "John Carter", "GBR", "Pakistan", "PAK"),
                ("REQUEST", "John Carter", "GBR", "Indien", "IND"),
            ],
        ),
    ]);
}

/// Issue #7 (ev14): a name introduced by a class noun of things ("mit dem
/// Nervenkampfstoff X") is no antecedent of "Er", even where NER took it
/// for a person; the person named before it is.
#[test]
fn issue7_pronoun_skips_a_thing_named_like_a_person() {
    check(&[
        (
            "Der Oppositionspolitiker Pjotr Orlow war im Mai mit dem Nervenkampfstoff \
             Nowitschok vergiftet worden. Er macht den russischen Geheimdienst für den \
             Anschlag verantwortlich.",
            &[("ACCUSE", "Pjotr Orlow", "RUS", "Geheimdienst", "RUS")],
        ),
        // a person's title is no class of things
        (
            "Der Sänger Karl Wendt trat am Montag in Moskau auf. Er warf der Regierung \
             Zensur vor.",
            &[("ACCUSE", "Karl Wendt", "RUS", "Regierung", "RUS")],
        ),
    ]);
}

/// Issue #7 (ev14): a news agency named by its noun ("die staatliche
/// Nachrichtenagentur X") reports; it is no target taken from the context.
#[test]
fn issue7_news_agency_is_no_target() {
    check(&[(
        "In Syrien wächst der Druck auf die Führung, meldete die staatliche \
         Nachrichtenagentur SANA. Am Nachmittag hatte Armeechef Omar Saleh verlangt, \
         den Staatschef für amtsunfähig zu erklären.",
        &[],
    )]);
}

/// Issue #7 (ev14): "hatten X, die …, Y angegriffen": the clause after a
/// relative clause resumes the main clause — the relative's antecedent is
/// the subject, the actor before the verb-final trigger the object, and the
/// relative clause's actors are neither side.
#[test]
fn issue7_main_clause_resumed_after_a_relative_clause() {
    check(&[
        (
            "In Georgien dauern die Proteste an. Am Sonntag hatten Polizisten, die der \
             Präsident Irakli Kobachidse nach Batumi geschickt hatte, dort Demonstranten \
             festgenommen.",
            &[("COERCE", "Polizisten", "GEO", "Demonstranten", "GEO")],
        ),
        // people the relative clause describes stand for the attackers
        (
            "In Georgien dauern die Proteste an. Am Sonntag hatten Männer, die der \
             Regierungspartei nahestehen sollen, in Batumi Studenten mit Eisenstangen \
             angegriffen.",
            &[("ASSAULT", "Männer", "GEO", "Studenten", "GEO")],
        ),
        // the relative clause after the object: nothing resumes
        (
            "In Georgien dauern die Proteste an. Die Polizei nahm am Sonntag Männer fest, \
             die in Batumi Journalisten angegriffen hatten.",
            &[],
        ),
    ]);
}
