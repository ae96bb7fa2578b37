"""Speaker resolution inside an article and against the knowledge base."""

from __future__ import annotations

import pytest

from saidwhat import extract_text
from saidwhat.resolve.kb import KnowledgeBase


def _actor_of(text: str, content_part: str, published: str = "2022-01-28"):
    for st in extract_text(text, published=published).statements:
        if content_part in st.content.text:
            return st.actor
    raise AssertionError(f"no statement with {content_part!r}")


CASES = [
    ("pronoun",
     "Foreign Minister Sergei Lavrov spoke in Moscow on Friday. He said Russia did not want a war with anyone.",
     "Russia did not want a war", "Sergei Lavrov"),
    ("pronoun_skips_names_in_quotes",
     'Thomas Countryman, a former State Department official, spoke to VOA. "The Biden administration has made '
     'corruption a priority for everyone," he said.',
     "The Biden administration has made", "Thomas Countryman"),
    ("short_name",
     "Jens Stoltenberg, NATO's secretary general, arrived in Brussels. Stoltenberg said the alliance was ready to talk.",
     "the alliance was ready to talk", "Jens Stoltenberg"),
    ("short_name_full_form_elsewhere",
     "The analyst Mahad Wasuge runs a think tank in Mogadishu. Wasuge said the vote would deepen the crisis.",
     "the vote would deepen the crisis", "Mahad Wasuge"),
    ("typo", "NATO General Secretary Lens Stoltenberg said both sides still held contrasting views.",
     "both sides still held contrasting views", "Jens Stoltenberg"),
    ("transliteration", "Russian Foreign Minister Sergey Lavrov said Moscow would respond next week.",
     "Moscow would respond next week", "Sergei Lavrov"),
    ("description",
     "Sergei Lavrov met reporters in Moscow. The country's top diplomat said Russia is not seeking war.",
     "Russia is not seeking war", "Sergei Lavrov"),
    ("title_stripped", "Justice Gibson Mandaza said the case would resume next month after the holidays.",
     "the case would resume next month", "Gibson Mandaza"),
    ("organisation", "The Kremlin said Russia had no plans to invade Ukraine at all.",
     "Russia had no plans to invade", "Kremlin"),
    ("document_of_organisation",
     "A 2020 report by the U.S. State Department said corruption was pervasive in the country.",
     "corruption was pervasive", "State Department"),
    ("surname_full_form_after_abbreviation",
     "The court ruled against former DP Rigathi Gachagua on Friday. Gachagua said the ruling was unfair to him.",
     "the ruling was unfair", "Rigathi Gachagua"),
    ("place_not_person",
     "Talks followed in Jeddah. Beyond Ukraine, the ministers discussed Iran. Ukraine said it is ready to accept "
     "a ceasefire.", "it is ready to accept", "Ukraine"),
    ("capital_is_country", "Beijing said the tariffs violated trade rules and would be challenged.",
     "the tariffs violated trade rules", "China"),
    ("leader_is_president",
     "President Donald Trump spoke on Friday. Chris Swonger, head of the Distilled Spirits Council of the United "
     "States, warned of losses. The U.S. leader said the newspaper had no idea what it was doing.",
     "the newspaper had no idea", "Donald Trump"),
    ("spokesperson_by_role",
     "Ahmed Sharif Chaudhry spoke on Friday. Chaudhry, director general of military public relations, said 35 "
     "people had died. "
     "The Taliban spokesperson Abdul Qahar Balkhi denied any role. The military spokesperson said 11 operations "
     "had been conducted.", "11 operations had been conducted", "Ahmed Sharif Chaudhry"),
    ("honorific_gives_role",
     "Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, spoke on Thursday. The California "
     "congressman said the meddling was designed to sow discord.", "the meddling was designed", "Adam Schiff"),
    ("institution_keeps_its_name", "In the operation, the Pakistan military said it killed 33 militants.",
     "it killed 33 militants", "Pakistan military"),
    ("side_is_country", "During the talks, the Chinese side said it wanted a minimum import price.",
     "it wanted a minimum import price", "China"),
    ("definite_org_description",
     "Geza was expelled from the Zanu PF party on Friday. The party said he had violated its regulations.",
     "he had violated its regulations", "Zanu PF"),
    ("definite_org_by_modifier",
     "Canada requested World Trade Organization consultations with the U.S. over steel duties. The trade body "
     "said the request was received on Thursday.", "the request was received", "World Trade Organization"),
    ("unnamed_spokesperson_is_organisation",
     "A State Department spokesperson reaffirmed the call for his release. \"The trial is unjust,\" the "
     "spokesperson said in a statement.", "The trial is unjust", "State Department"),
    ("kb_alias_keeps_article_name",
     "U.S. Central Command, which oversees U.S. military operations in the Middle East, said the leader was "
     "killed in an airstrike.", "the leader was killed", "Central Command"),
    ("organisation_name_cut_short",
     "The media watchdog Reporters Without Borders said that conditions for journalists have improved.",
     "conditions for journalists have improved", "Reporters Without Borders"),
    ("bare_government",
     "The EU warned that the Somali government's actions would divide the country. The government said the "
     "elections would be held within a year.", "the elections would be held", "Somali government"),
    ("document_author",
     "U.S. Secretary of State Antony Blinken issued a statement Tuesday on the vote. The statement said sanctions "
     "were under consideration.", "sanctions were under consideration", "Antony Blinken"),
    ("organisation_not_a_person",
     "Her legal team rejected the accusations. The United Nations Working Group on Arbitrary Detention has also "
     "said that her detention is arbitrary.", "her detention is arbitrary",
     "United Nations Working Group on Arbitrary Detention"),
    ("organisation_full_form_elsewhere",
     "Trump also attacked The Wall Street Journal on Monday. A Journal editorial said that tariffs are a tax "
     "on consumers.", "tariffs are a tax on consumers", "Wall Street Journal"),
]


@pytest.mark.parametrize(("name", "text", "content", "expected"), CASES, ids=[c[0] for c in CASES])
def test_resolution(name: str, text: str, content: str, expected: str) -> None:
    actor = _actor_of(text, content)
    assert actor is not None and expected in actor.name, actor


def test_role_at_date() -> None:
    actor = _actor_of("Russia's foreign minister said the talks had failed and would not resume.",
                      "the talks had failed")
    assert actor is not None and actor.name == "Sergei Lavrov"
    assert actor.country == "RUS"


def test_an_apposed_role_drops_its_article() -> None:
    actor = _actor_of("Clinton, a former secretary of state, said the deal was dangerous.", "the deal was dangerous",
                      published="2025-05-01")
    assert actor is not None and actor.role == "Former Secretary of State"
    actor = _actor_of("Antony Blinken, an adviser to the president, said Russia had failed.", "Russia had failed",
                      published="2025-05-01")
    assert actor is not None and actor.role == "Adviser to the President"


def test_kb_role_lookup_by_date(kb: KnowledgeBase) -> None:
    hit = kb.lookup_role("RUS", "foreign minister", "2022-01-28")
    assert hit is not None and hit.name == "Sergei Lavrov"


def test_unknown_person_keeps_full_name_and_stable_id() -> None:
    text = "Local activist Zorbek Quellmann said the protests would go on for weeks."
    a1 = _actor_of(text, "the protests would go on")
    a2 = _actor_of("Zorbek Quellmann said the march was peaceful and orderly throughout.", "the march was peaceful")
    assert a1 is not None and a1.name == "Zorbek Quellmann"
    assert a1.id is not None and a1.id == a2.id  # stable across documents


def test_relatives_are_different_people() -> None:
    text = ("Jimmy Lai has been held since 2020. His son Sebastien Lai said the trial was a sham. "
            "Jimmy Lai denies the charges.")
    actor = _actor_of(text, "the trial was a sham")
    assert actor is not None and actor.name.startswith("Sebastien")


def test_younger_relative() -> None:
    text = ("Jimmy Lai has been held since 2020. \"Time is running out for my father,\" Sebastien Lai said on "
            "Wednesday. \"He is still strong mentally,\" the younger Lai said.")
    assert _actor_of(text, "running out for my father").name == "Sebastien Lai"
    assert _actor_of(text, "still strong mentally").name == "Sebastien Lai"


def test_pronoun_after_surname_tagged_as_noun() -> None:
    text = ("Thomas Countryman, a former State Department official, spoke to VOA. Countryman sees the move as "
            "reflecting new priorities for the United States under President Joe Biden. He said the news did not "
            "surprise him.")
    assert _actor_of(text, "the news did not surprise").name == "Thomas Countryman"


def test_person_in_apposition_after_a_description_is_the_speaker():
    from saidwhat import extract_text

    text = ("The head of Russia's Security Council, Nikolai Patrushev, on Sunday rejected Western "
            "warnings about a planned invasion.")
    names = {s.actor.name for s in extract_text(text, published="2022-01-30").statements if s.actor}
    assert "Nikolai Patrushev" in names and "Security Council" not in names


def test_bare_surname_occurrences_match_the_look_behind_pattern() -> None:
    import re

    from saidwhat.resolve.actors import _after_space

    text = "Trump\nTrump said. xTrump, Trump’s aide (Trump) TrumpTrump  Trump\tTrump Lala Lala lLala"
    for word in ("Trump", "Lala", "\nTrump", "Trump\n"):
        slow = [m.span() for m in re.finditer(r"(?<=\s)" + re.escape(word) + r"\b", text)]
        fast = [m.span() for m in _after_space(word).finditer(text) if m.start() > 0 and text[m.start() - 1].isspace()]
        assert fast == slow, word


# Issue 16: the exact name a newsroom would print (docs/annotation/SPEAKER_NAMES.md).
EXACT_CASES = [
    ("group_determiner_dropped", "Some analysts said the new tariffs would hurt exporters in the spring.",
     "the new tariffs would hurt", "analysts"),
    ("group_keeps_its_modifiers",
     "Two U.S. defense officials said the ships had left the port early on Monday.",
     "the ships had left the port", "U.S. defense officials"),
    ("group_sentence_capital_lowered", "Media advocates say the new law will silence small newspapers.",
     "the new law will silence", "media advocates"),
    ("job_title_stripped",
     "Lamu County Commissioner Irungu Macharia said the road to the coast was safe again. Macharia said "
     "police had been deployed.", "police had been deployed", "Irungu Macharia"),
    ("coach_stripped", "Coach Dan Harlow said the team had trained hard all week.",
     "the team had trained hard", "Dan Harlow"),
    ("religious_title_stripped", "Mawlawi Abdul Karim Hamidi said the schools would reopen in March.",
     "the schools would reopen", "Abdul Karim Hamidi"),
    ("name_particle_kept",
     "European Commission President Ursula von der Leyen said Europe must rearm quickly.",
     "Europe must rearm quickly", "Ursula von der Leyen"),
    ("first_part_of_hyphenated_surname",
     "The senator, Maria Lopez-Garcia, spoke to reporters on Monday. Lopez said the bill would pass.",
     "the bill would pass", "Maria Lopez-Garcia"),
    ("family_name_written_first",
     "Analyst Lee Kuan Ming said the vote was close in the capital. Lee said the party would recover.",
     "the party would recover", "Lee Kuan Ming"),
    ("name_particles_after_capital_von",
     "Commission President Ursula Von der Leyen said Europe must rearm quickly.",
     "Europe must rearm quickly", "Ursula von der Leyen"),
    ("family_name_first_not_tagged",
     "The lands were lost, said Oh Ei Sun, senior fellow with the institute. Malaysia responded too late, Oh said.",
     "Malaysia responded too late", "Oh Ei Sun"),
    ("un_title_stripped", "U.N. Resident Coordinator Ramiz Alakbarov said aid would resume next week.",
     "aid would resume next week", "Ramiz Alakbarov"),
    ("description_before_organisation_name",
     "Rights group Human Rights Watch said the police had used excessive force.",
     "the police had used excessive force", "Human Rights Watch"),
    ("group_with_named_members",
     "Critics, including the mayor Anna Berg, say the plan will raise rents across the city.",
     "the plan will raise rents", "critics"),
]


@pytest.mark.parametrize(("name", "text", "content", "expected"), EXACT_CASES, ids=[c[0] for c in EXACT_CASES])
def test_exact_name(name: str, text: str, content: str, expected: str) -> None:
    actor = _actor_of(text, content)
    assert actor is not None and actor.name == expected, actor


ABBREVIATION_CASES = [
    ("abbreviation_spelled_out",
     "The Baloch Liberation Army claimed the attack on the train. The BLA said its fighters would not stop.",
     "its fighters would not stop", "Baloch Liberation Army"),
    ("abbreviation_with_of_and",
     "The National Intelligence and Security Agency arrested two men. NISA said the men had planned bombings.",
     "the men had planned bombings", "National Intelligence and Security Agency"),
    ("abbreviation_in_group",
     "The Department of Homeland Security opened an inquiry. DHS officials said the inquiry would take months.",
     "the inquiry would take months", "Department of Homeland Security officials"),
]


@pytest.mark.parametrize(("name", "text", "content", "expected"), ABBREVIATION_CASES,
                         ids=[c[0] for c in ABBREVIATION_CASES])
def test_abbreviation_spelled_out(name: str, text: str, content: str, expected: str) -> None:
    actor = _actor_of(text, content)
    assert actor is not None and actor.name == expected, actor


def test_bare_report_is_its_source_before() -> None:
    text = ("Airwatch reported in May that flights had doubled. The airline paid for each "
            "flight, according to the report.")
    actor = _actor_of(text, "The airline paid for each flight")
    assert actor is not None and actor.name == "Airwatch", actor


def test_bare_report_without_source_is_no_name() -> None:
    text = "The airline paid about $500 for each flight, according to the report."
    actor = _actor_of(text, "The airline paid about")
    assert actor is None or actor.name.lower() not in ("report", "the report"), actor


@pytest.mark.parametrize(("text", "expected"), [
    ("Sullivan said the bakery on Main Street in Dayton would open next week.", "Sullivan"),
    ("Sullivan, the White House adviser, said the United States would answer next week.", "Jake Sullivan"),
    ("Putin said Russia would answer the sanctions next week.", "Vladimir Putin"),
])
def test_surname_alone_needs_corroboration(text: str, expected: str) -> None:
    """A knowledge-base person found by surname alone only where the article agrees (first
    name, role or country); else the article's own name."""
    actor = _actor_of(text, "would", published="2024-01-01")
    assert actor is not None and actor.name == expected, actor


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("Malawian officials met the envoy on Monday. Later, officials said the border would reopen.",
     "the border would reopen", "Malawian officials"),
    ("The Kenyan military said on Monday that five soldiers died. The military said the search would go on.",
     "the search would go on", "Kenyan military"),
    ("Officials said the border would reopen on Friday after the storm.", "the border would reopen", "officials"),
])
def test_bare_group_takes_its_owner_from_before(text: str, content: str, expected: str) -> None:
    actor = _actor_of(text, content)
    assert actor is not None and actor.name == expected, actor


def test_armed_group_description_is_the_group_named_before() -> None:
    text = ("The attack was claimed by Boko Haram on Sunday. The militant group said it "
            "would keep fighting the army.")
    actor = _actor_of(text, "it would keep fighting")
    assert actor is not None and actor.name == "Boko Haram", actor


def test_he_opening_a_sentence_is_the_last_speaker() -> None:
    text = ("Reporters asked about the arrest of Tom Becker on Monday. Sarah Johnson, the union's director, told VOA "
            "the release was a good sign. He called for the charges to be dropped so that Becker could work.")
    actor = _actor_of(text, "the charges to be dropped")
    assert actor is not None and actor.name == "Sarah Johnson", actor


def test_last_speaker_tagged_as_organisation_by_the_model() -> None:
    text = ("Reporters asked about the arrest of Tom Becker on Monday. Nina Holt, the union's director, told VOA "
            "the release was a good sign. He called for the charges to be dropped so that Becker could work.")
    actor = _actor_of(text, "the charges to be dropped")
    assert actor is not None and actor.name == "Nina Holt", actor


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("Security analysts praised the Economic Community of West African States on Monday. The Economic Community "
     "said its standby force would deploy soon.", "its standby force would deploy",
     "Economic Community of West African States"),
    ("Donors met in Geneva on Monday. The Cambodian League for the Promotion and Defense of Human Rights said "
     "the arrests were unlawful.", "the arrests were unlawful",
     "Cambodian League for the Promotion and Defense of Human Rights"),
])
def test_organisation_name_across_of_the(text: str, content: str, expected: str) -> None:
    actor = _actor_of(text, content)
    assert actor is not None and actor.name == expected, actor


def test_based_prefix_is_no_part_of_the_name() -> None:
    text = ("Ministers met officials of the Paris-based International Energy Agency on Monday. The agency said "
            "demand for oil would fall next year.")
    actor = _actor_of(text, "demand for oil would fall")
    assert actor is not None and actor.name == "International Energy Agency", actor


def test_abbreviation_is_not_a_surname() -> None:
    text = ("Kim Jong Un visited a missile factory on Monday. According to a confidential U.N. report, North Korea "
            "has kept building missiles.")
    actor = _actor_of(text, "has kept building missiles")
    assert actor is not None and actor.name == "United Nations", actor


@pytest.mark.parametrize(("text", "expected"), [
    ("The report was published by Amnesty International on Monday. The group said the prisoners would be moved.",
     "Amnesty International"),
    ("Guests left the Grand Plaza Hotel on Monday. The group said the prisoners would be moved.", "group"),
])
def test_bare_group_is_the_body_named_before(text: str, expected: str) -> None:
    actor = _actor_of(text, "the prisoners would be moved")
    assert actor is not None and actor.name == expected, actor


def test_misspelt_surname_joins_the_article_spelling() -> None:
    text = ("The envoy Mette Andersen arrived in Geneva on Monday for the talks. Anderson said the talks would "
            "resume next week.")
    actor = _actor_of(text, "the talks would resume")
    assert actor is not None and actor.name == "Mette Andersen", actor


def test_document_of_a_possessor_is_the_possessor() -> None:
    text = ("The foreign ministry summoned the ambassador on Monday. According to the ministry's statement, the "
            "talks had failed.")
    actor = _actor_of(text, "the talks had failed")
    assert actor is not None and actor.name == "ministry", actor  # not `statement`


def test_they_after_a_group_is_that_group() -> None:
    text = "Some analysts say the ceasefire will not hold beyond the summer. They add that both armies are rearming."
    actor = _actor_of(text, "both armies are rearming")
    assert actor is not None and actor.name == "analysts", actor


def test_description_fitting_no_role_is_the_subject_before() -> None:
    text = ("Former top European Union official Claude Ferrand says immigration should stop for three years. "
            "The French politician said the border system needs a review.")
    actor = _actor_of(text, "the border system needs a review")
    assert actor is not None and actor.name == "Claude Ferrand", actor


def test_the_official_after_an_organisation_official() -> None:
    text = ("A senior State Department official briefed reporters on Monday. The official said the sanctions "
            "would stay in place.")
    actor = _actor_of(text, "the sanctions would stay in place")
    assert actor is not None and "State Department" in actor.name, actor


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("A statement issued by the Interior Ministry said the curfew would end on Friday.",
     "the curfew would end", "Interior Ministry"),
    ("According to a report published by the Kenya Human Rights Commission, the arrests were unlawful.",
     "the arrests were unlawful", "Kenya Human Rights Commission"),
])
def test_document_issued_by(text: str, content: str, expected: str) -> None:
    actor = _actor_of(text, content)
    assert actor is not None and actor.name == expected, actor


def test_unnamed_individual_is_not_the_place_in_the_description() -> None:
    actor = _actor_of("A Jakarta-based social worker said the floods had displaced hundreds of families.",
                      "the floods had displaced")
    assert actor is not None and actor.name == "Jakarta-based social worker" and actor.id is None, actor


def test_name_right_after_a_description_noun() -> None:
    text = ('Media watchdog Reporters Without Borders welcomed the release and reiterated "its call to the '
            'authorities to drop all charges against him."')
    actor = _actor_of(text, "drop all charges")
    assert actor is not None and actor.name == "Reporters Without Borders", actor


def test_surname_tagged_as_a_place_is_the_person() -> None:
    # the tagger calls the bare `Berisha` a place; the surname of a person the article names in
    # full (and no place the knowledge base knows) is still that person for a later `he`
    text = ("The State Department announced sanctions on Sali Berisha and his family this week. Under the "
            "sanctions, Berisha, his wife, Liri Berisha, his son, Shkëlzen Berisha, and his daughter are barred "
            "from travel to the United States. Berisha, who resigned as leader of his conservative party but "
            "remained in Parliament after being defeated in 2013, rejected the allegations during a press "
            'conference Thursday. "Nobody in Albania can say that I took part in any corrupt affair," he said.')
    actor = _actor_of(text, "Nobody in Albania")
    assert actor is not None and actor.name == "Sali Berisha"


def test_its_points_to_a_subject_named_with_the() -> None:
    # `the White House` is the subject of its clause; the role of a name is its head noun's, not
    # that of its article `the`, so `its` goes to it rather than to a later object (`Russia`)
    text = ("As the White House talks about the possibility of restoring economic cooperation with Russia, "
            "some of its officials are hinting at lifting the sanctions Washington has imposed on Moscow.")
    actor = _actor_of(text, "lifting the sanctions")
    assert actor is not None and actor.name == "White House officials"


def test_a_country_leadership_keeps_its_own_name() -> None:
    # `China's leadership` is a group of people at the head of the country, named as written
    actor = _actor_of("In response, China's leadership insists it is committed to peace.", "committed to peace")
    assert actor is not None and actor.name == "China's leadership" and actor.country == "CHN"


def test_opening_adverb_is_no_given_name() -> None:
    # `Maybe Rubio is ...`: the capitalised adverb opening the sentence is not Rubio's first name
    text = ("Rubio spoke in Iowa on Monday about taxes and the border.\n\nMaybe Rubio is the candidate that the "
            "party wants, and he really just wants donors in Manhattan to like him.\n\nRubio told reporters that "
            "his plan would cut taxes for every family.")
    actor = _actor_of(text, "cut taxes for every family")
    assert actor is not None and not actor.name.startswith("Maybe")
    assert actor.name.endswith("Rubio")


def test_office_of_a_place_before_the_person_is_the_person() -> None:
    # `the New Jersey governor` after `Chris Christie ...` in the same sentence: the main-clause
    # subject before it, a person of the article, not the state the office belongs to
    text = ("Chris Christie unleashed withering attacks against Rubio in the debate, and the New Jersey governor "
            "said Rubio relied on rehearsed talking points.")
    actor = _actor_of(text, "rehearsed talking points")
    assert actor is not None and actor.name == "Chris Christie"


def test_a_persons_staff_is_not_the_person() -> None:
    # `Trump's campaign manager` is someone else: the relation is kept, with its noun compound
    text = ("Donald Trump's campaign manager says he is gratified by a prosecutor's decision to drop a battery "
            "charge against him.")
    actor = _actor_of(text, "gratified")
    assert actor is not None and actor.name == "Donald Trump's campaign manager"


@pytest.mark.parametrize("text, content, expected", [
    ("Susan Sarandon spoke on television on Monday night. The actress said she was tired of the status quo.",
     "tired of the status quo", "Susan Sarandon"),
    ("Andrew Lebovich studies militant groups in the Sahel. The researcher said the plots show broad ambitions.",
     "the plots show", "Andrew Lebovich"),
])
def test_the_kind_of_person_is_the_subject_before(text: str, content: str, expected: str) -> None:
    # `the researcher`, `the actress` with no one introduced by that word: the person the
    # sentence before is about, not a common noun as a name
    actor = _actor_of(text, content)
    assert actor is not None and actor.name == expected
