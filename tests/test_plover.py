"""PLOVER typing of what sources say: one sentence each, read the way the event scorer reads it
(the sentence's highest-confidence typed record, statement or event)."""

from __future__ import annotations

import pytest

from saidwhat import Result


def _top(result: Result):
    typed = [r for r in [*result.statements, *result.events] if r.type != "STATEMENT"]
    return max(typed, key=lambda r: r.confidence) if typed else None


@pytest.mark.parametrize(("text", "type_", "recipient"), [
    ("Lavrov accused NATO of trying to drag Ukraine into the alliance.", "ACCUSE", "NATO"),
    ("The minister criticised Germany for its energy policy.", "ACCUSE", "DEU"),
    ("Kyiv condemned Russia's shelling of the city.", "ACCUSE", "RUS"),
    ("The U.S. and NATO rejected Russia's demands about halting NATO expansion.", "REJECT", "RUS"),
    ("Iran rejected a French proposal for new talks.", "REJECT", "FRA"),
    ("The president threatened to cut off gas supplies to Ukraine.", "THREATEN", "UKR"),
    ("The foreign minister urged China to release the detained journalists.", "REQUEST", "CHN"),
    ("France called on Iran to free the hostages.", "REQUEST", "IRN"),
    ("Poland demanded that Russia withdraw its troops.", "REQUEST", "RUS"),
    ("Russia demands that NATO promise never to allow Ukraine to join the alliance.", "REQUEST", "NATO"),
    ("Israel agreed to a ceasefire with Hamas.", "AGREE", None),
    ("Germany welcomed Japan's decision to join the talks.", "SUPPORT", "JPN"),
    ("Washington praised Kenya for its role in the negotiations.", "SUPPORT", "KEN"),
    ("The U.N. General Assembly voted to condemn Russia's invasion of Ukraine.", "ACCUSE", "RUS"),
])
def test_speech_act_type_and_recipient(run, text: str, type_: str, recipient: str | None) -> None:
    top = _top(run(text))
    assert top is not None and top.type == type_, top
    if recipient is not None:
        assert top.recipient is not None and top.recipient.country == recipient, top.recipient


@pytest.mark.parametrize("text", [
    '"If our attempts to agree fail, then we\'ll take retaliatory measures," Lavrov said.',
    "The general warned that any attack would be met with a crushing military response.",
])
def test_threat_read_from_the_content(run, text: str) -> None:
    """A report with a neutral cue is a threat when it names retaliation or force."""
    statements = [s for s in run(text).statements if s.type == "THREATEN"]
    assert statements, run(text).statements


def test_recipient_of_a_conditional_threat(run) -> None:
    result = run("Russia threatened to stop negotiations if the United States deploys new missiles in Europe.")
    top = _top(result)
    assert top is not None and top.type == "THREATEN"
    assert top.recipient is not None and top.recipient.country == "USA"


@pytest.mark.parametrize("text", [
    "The minister said the talks had been useful.",
    "Lavrov told reporters that the meeting would take place on Friday.",
])
def test_plain_reports_stay_statements(run, text: str) -> None:
    result = run(text)
    assert result.statements and all(s.type == "STATEMENT" for s in result.statements)


def test_speaker_gets_codes(run) -> None:
    result = run("Russian Foreign Minister Sergei Lavrov accused NATO of expanding eastward.")
    st = next(s for s in result.statements if s.type == "ACCUSE")
    assert st.actor is not None and (st.actor.country, st.actor.sector) == ("RUS", "GOV")
    assert st.recipient is not None and st.recipient.country == "NATO"


def test_typed_statement_outranks_the_act_it_threatens(run) -> None:
    """"threatened to ban" is a THREATEN: the ban inside it has not happened."""
    result = run("Israel threatened to ban voting in East Jerusalem if Hamas ran in the election.")
    top = _top(result)
    assert top is not None and top.type == "THREATEN"


@pytest.mark.parametrize(("text", "type_", "type_rule"), [
    ("Lavrov accused NATO of trying to drag Ukraine into the alliance.", "ACCUSE", "type.cue_verb_v1"),
    ("Russia reiterated its demand that NATO halt its expansion.", "REQUEST", "type.speech_noun_v1"),
    ("The minister said the talks had been useful.", "STATEMENT", "type.statement_v1"),
])
def test_statement_type_rule_is_registered(run, text: str, type_: str, type_rule: str) -> None:
    from saidwhat.rules import type_rules

    st = next(s for s in run(text).statements if s.type == type_)
    assert st.type_rule == type_rule and st.type_rule in type_rules


def test_statement_recipient_span(run) -> None:
    text = "Lavrov accused NATO of trying to drag Ukraine into the alliance."
    st = next(s for s in run(text).statements if s.type == "ACCUSE")
    assert st.recipient_span is not None and st.recipient_span.text == "NATO"
    assert text[st.recipient_span.start:st.recipient_span.end] == "NATO"
    rec = st.to_dict("d")
    assert rec["actor_span"] == rec["speaker"] and rec["recipient_span"]["text"] == "NATO"
    assert rec["type_rule"] == "type.cue_verb_v1"


@pytest.mark.parametrize(("text", "type_", "type_rule"), [
    ('"They are lying to the whole world," the minister said.', "ACCUSE", "type.content_accuse_v1"),
    ('The envoy said the governor "was involved in corrupt acts" for years.', "ACCUSE", "type.content_accuse_v1"),
    ('"We will close the mine unless the workers return to work," the manager said.', "THREATEN",
     "type.condition_threat_v1"),
    ("The mayor says traffic in the old town should stop for a year.", "REQUEST", "type.modal_request_v1"),
    ("The party must hand over the files, she said.", "REQUEST", "type.content_v1"),
])
def test_statement_type_from_what_the_words_do(run, text: str, type_: str, type_rule: str) -> None:
    """A neutral cue ("said") leaves the type to the content: blame, a threat under a negative
    condition, a demand with `must` / `should`."""
    st = next(s for s in run(text).statements if s.type != "STATEMENT")
    assert (st.type, st.type_rule) == (type_, type_rule)


@pytest.mark.parametrize("text", [
    '"We reject the baseless allegations," the spokesman said.',  # the speaker's own side
    "The police said the march was not illegal.",  # negated blame
    '"If you are willing to talk, we will help," the minister said.',  # a positive condition: an offer
])
def test_blame_and_conditions_that_are_not_accusations_or_threats(run, text: str) -> None:
    assert not [s for s in run(text).statements if s.type in ("ACCUSE", "THREATEN")]


def test_demanded_act_is_the_request_not_an_event(run) -> None:
    r = run("The party must hand over the files, she said.")
    assert [s.type for s in r.statements] == ["REQUEST"] and not r.events


@pytest.mark.parametrize(("text", "type_", "rule"), [
    # a reporting verb whose object is a speech noun performs the act the noun names
    ("Aid agencies voiced concern about the fighting in the north.", "ACCUSE", "type.speech_noun_v1"),
    ("The union repeated its demand that the company reopen the plant.", "REQUEST", "type.speech_noun_v1"),
    # `call` X + a word of blame is an accusation against X
    ("The senator called the verdict \"unjust.\"", "ACCUSE", "type.called_blame_v1"),
    # a warning of what the speaker's own side may do is a threat
    ("Moscow is warning it could cut gas deliveries to Europe.", "THREATEN", "type.warned_act_v1"),
    # a plan that depends on another party's failure to act is a threat
    ("\"We will close the border if the talks are not resumed,\" the minister said.", "THREATEN",
     "type.condition_threat_v1"),
    # a speech-act verb in the present with the speaker's side as subject performs the act
    ("\"We urge the authorities to free the reporters,\" the group said.", "REQUEST", "type.performative_v1"),
    ("\"We strongly reject these claims,\" the ministry said.", "REJECT", "type.performative_v1"),
    # `X needs to` said of another party is a demand, like `X must`
    ("\"The government needs to release the prisoners,\" she said.", "REQUEST", "type.content_v1"),
    # thanks or praise in a neutral report is a SUPPORT
    ("\"We are grateful to Norway for its help,\" the minister said.", "SUPPORT", "type.content_praise_v1"),
    # `no longer` negates a promise: a refusal
    ("The rebels said they will no longer respect the truce.", "REJECT", "type.content_v1"),
    # `we must` / `we need`: a call on the speaker's own group is a call for action
    ("\"We need a surge in European defense, and we need it now,\" she said.", "REQUEST",
     "type.exhortation_v1"),
    ("\"We must rebuild the whole asylum process,\" the minister told reporters.", "REQUEST",
     "type.exhortation_v1"),
])
def test_what_the_words_do_types_the_statement(run, text: str, type_: str, rule: str) -> None:
    typed = [st for st in run(text).statements if st.type != "STATEMENT"]
    assert [(st.type, st.type_rule) for st in typed][:1] == [(type_, rule)]


@pytest.mark.parametrize("text", [
    "Economists warned that prices could rise next year.",  # a forecast about others: no threat
    "The mayor called the festival a success.",  # naming without blame
    "The ministry warned that the storm could flood the coast.",  # a warning about nature: no threat
    "\"I must go home now,\" the coach said.",  # the speaker's own duty: no call on anyone
    "\"We do not need more talks,\" the envoy said.",  # negated: no call for action
])
def test_reports_that_do_no_act_stay_statements(run, text: str) -> None:
    assert [st.type for st in run(text).statements if st.type != "STATEMENT"] == []


@pytest.mark.parametrize(("text", "type_", "rule"), [
    # a possible harm made to depend on another party's act is a threat, whoever names the harm
    ("The envoy said that sanctions could follow if Belgrade sent troops to the border.", "THREATEN",
     "type.conditional_consequence_v1"),
    # refusing leniency in the future threatens punishment
    ("The minister warned that the smugglers will not be spared.", "THREATEN", "type.no_leniency_v1"),
    ("\"We will not tolerate attacks on our soldiers,\" the general said.", "THREATEN", "type.no_leniency_v1"),
    # a charge word under negation, said of the speaker's side or a thing, denies the charge
    ("\"Our missile system poses no threat to anyone,\" the minister said.", "REJECT", "type.denial_v1"),
    ("\"I have done nothing wrong,\" the senator said.", "REJECT", "type.denial_v1"),
    ("The minister repeated the government's position that the plant poses no threat to its neighbours.",
     "REJECT", "type.denial_v1"),
    # `should know that` warns with the known clause
    ("\"The rebels should know that their brutal campaign will fail,\" the president said.", "ACCUSE",
     "type.should_know_v1"),
    # an evaluation in predicate position approves or finds fault
    ("\"The court's decision was a good step,\" the minister said.", "SUPPORT", "type.evaluation_v1"),
    ("\"The governor was too arrogant,\" she said.", "ACCUSE", "type.evaluation_v1"),
    ("Critics argue the agency is assuming too much power.", "ACCUSE", "type.evaluation_v1"),
    # `call` X + a word of praise; `call for` a clause; blame anywhere right of the named object
    ("The president called the talks a wonderful meeting.", "SUPPORT", "type.called_praise_v1"),
    ("The union called for the charges to be dropped.", "REQUEST", "type.cue_verb_v1"),
    ("The lawyer called the decision to jail her a case of judicial weaponization.", "ACCUSE",
     "type.called_blame_v1"),
    # blame suffered by the speaker's side from another party accuses that party
    ("The villagers say they face persecution by the army.", "ACCUSE", "type.content_accuse_v1"),
    # the speaker's side troubled by another's act disapproves of it
    ("\"We are deeply troubled by the arrests of the reporters,\" the embassy said.", "ACCUSE",
     "type.content_accuse_v1"),
    # an `anti-` predicate finds fault with its subject
    ("\"The committee has become so anti-Greek,\" the envoy said.", "ACCUSE", "type.evaluation_v1"),
    # a participial report takes the speech act of the verb it hangs from
    ("The mayor condemned the verdict, saying the judges had ignored the evidence.", "ACCUSE",
     "type.governing_act_v1"),
    # a verb idiom that names a speech act
    ("The president pointed a finger at the opposition.", "ACCUSE", "type.cue_verb_v1"),
    # a quote of several sentences: the first sentence that does an act types it
    ("\"The talks went well. They must release the prisoners now,\" the envoy said.", "REQUEST",
     "type.content_v1"),
    # `agree with` a view or act is a SUPPORT
    ("The ministers said they agree with the dismissal of the director.", "SUPPORT", "type.agree_with_v1"),
    # `his government` in reported speech is the speaker's side: its refusal is a REJECT
    ("The president said his government will not give in to pressure from the unions.", "REJECT",
     "type.content_v1"),
    # in a direct quote, `they` are others: a demand on them
    ("\"They must release the hostages,\" the minister said.", "REQUEST", "type.content_v1"),
    # a first-person opinion verb only hedges the clause under it
    ("\"I think that we need to rebuild the asylum system,\" the minister said.", "REQUEST",
     "type.exhortation_v1"),
    # `insist` on a demand is a REQUEST
    ("The ministry insisted that the envoy must leave the country.", "REQUEST", "type.cue_verb_v1"),
])
def test_types_from_what_the_content_does(run, text: str, type_: str, rule: str) -> None:
    typed = [st for st in run(text).statements if st.type != "STATEMENT"]
    assert [(st.type, st.type_rule) for st in typed][:1] == [(type_, rule)], run(text).statements


@pytest.mark.parametrize("text", [
    "\"Voters should know that the polls open at eight,\" the official said.",  # a notice, no demand
    "\"Joint patrols would be very good,\" the mayor said.",  # a proposal, no praise of an act
    "It is too early to say, the analyst said.",  # timing, no excess charged to anyone
    "\"He should never have been arrested,\" the lawyer said.",  # a past counterfactual asks nothing
    "The ministry insists it is committed to peace.",  # `insist` on a claim is no demand
    "\"I don't think the audience is unaware of the corruption,\" he said.",  # negation above the clause
    "The minister did not praise the plan, saying the costs were unclear.",  # a negated governing act
])
def test_contents_that_do_not_request_praise_or_deny(run, text: str) -> None:
    assert not [st for st in run(text).statements if st.type in ("REQUEST", "SUPPORT", "REJECT")]


@pytest.mark.parametrize("text", [
    "\"Fighting global corruption is going to be a priority,\" he said.",  # a policy's target
    "\"We take the issue of public corruption seriously,\" the envoy said.",
])
def test_a_wrong_that_is_fought_is_no_accusation(run, text: str) -> None:
    assert [st.type for st in run(text).statements] == ["STATEMENT"]


def test_participial_report_takes_the_idiom_it_hangs_from(run) -> None:
    statements = run("The senator railed against the treaty, arguing that it gives away too much.").statements
    arguing = next(st for st in statements if st.cue is not None and st.cue.text == "arguing")
    assert (arguing.type, arguing.type_rule) == ("ACCUSE", "type.governing_act_v1")


# Issue 15 (types5): what a proposal, a declared necessity, a hope or a warning does; blame in
# fixed phrases; whose plan a promise is.
@pytest.mark.parametrize(("text", "type_", "rule"), [
    # a suggestion that another party should act proposes it
    ("The senator suggested that the government should lift the sanctions on Cuba.", "REQUEST",
     "type.proposal_v1"),
    # declaring an act necessary or urgent calls for it
    ("\"It is urgent that the two sides return to the negotiating table,\" the envoy said.", "REQUEST",
     "type.necessity_v1"),
    ("\"More democracy is needed in Brussels,\" he said.", "REQUEST", "type.necessity_v1"),
    # hoping that another party acts is an appeal to it
    ("She said she hopes China will release the detained journalists.", "REQUEST", "type.hope_request_v1"),
    # a warning that refuses or demands, with no harm of the speaker's named
    ("\"Cherry picking is not an option,\" the negotiator warned.", "REJECT", "type.content_v1"),
    ("\"Russia must withdraw its troops,\" the minister warned.", "REQUEST", "type.content_v1"),
    # the parse hangs the main clause inside the `if` clause: the consequent still demands
    ("\"If the rebels are serious about peace, then they must stop attacking villages,\" the spokesman "
     "told reporters.", "REQUEST", "type.content_v1"),
    # a content that runs across its own cue is read from the quoted clause, not from the cue
    ("The opposition denounced the extension. \"It is unconstitutional, the mandate has expired so the decision "
     "to extend it is null and void,\" Hassan said. \"So we urged Farmajo to return to talks immediately.\"",
     "ACCUSE", "type.content_accuse_v1"),
    # the adverb of a listed blame word blames too
    ("\"The journalist was arbitrarily detained by the police,\" his lawyer said.", "ACCUSE",
     "type.content_accuse_v1"),
    # a fixed phrase of blame
    ("Rights groups say the trial is politically motivated.", "ACCUSE", "type.content_accuse_v1"),
    # `not only ... but` negates nothing
    ("\"He is not only a racist, but a danger to the free world,\" the lawmaker said.", "ACCUSE",
     "type.content_accuse_v1"),
    # a party called a threat is blamed
    ("The Israeli minister said Hamas is a threat to the whole region.", "ACCUSE", "type.evaluation_v1"),
    # forces named by the speaker's nation are the speaker's side: their future blow is a threat
    ("The Afghan president said the Taliban will be crushed by Afghan security forces.", "THREATEN",
     "type.content_v1"),
    # the speaker's side not going to do something refuses it
    ("\"We are not going to integrate this with the NATO systems in any way,\" the minister said.", "REJECT",
     "type.content_v1"),
    # the speaker's own plan is still a promise, and so is a leader's plan told by his officials
    ("The ministry said it will help the refugees.", "AGREE", "type.content_v1"),
    ("Prime Minister Benjamin Netanyahu will meet with Donald Trump later this month, Israeli officials said.",
     "AGREE", "type.planned_statement_v1"),
    # cues: an apology concedes (manual: regret), `encourage X to` asks
    ("The minister apologized for the delays.", "CONCEDE", "type.cue_verb_v1"),
    ("The U.N. encouraged both sides to resume talks.", "REQUEST", "type.cue_verb_v1"),
])
def test_proposals_necessities_hopes_and_warnings(run, text: str, type_: str, rule: str) -> None:
    typed = [st for st in run(text).statements if st.type != "STATEMENT"]
    assert [(st.type, st.type_rule) for st in typed][:1] == [(type_, rule)], run(text).statements


@pytest.mark.parametrize("text", [
    "Critics suggest Europe cannot afford to defend Ukraine.",  # a claim, not a proposal
    "The IMF warned that prices will rise next year.",  # a warning that only predicts
    "Under the new law, captains will be responsible for emergency responses, the agency added.",  # a duty
    "\"Climate change is a threat to our farms,\" the minister said.",  # a danger no party is blamed for
    # blame inside a relative clause only describes a participant
    "Uganda has granted asylum to 18 rebels who entered the country illegally, a U.N. official said.",
    "\"They want to continue to sell weapons to Europe,\" the former French ambassador said.",  # their plan
    # `not going to X but Y` says what will be done instead
    "\"We are not going to be sitting in a room drawing lines on a map but just get a general sense of what "
    "is possible,\" the envoy said.",
])
def test_reports_that_propose_blame_or_promise_nothing(run, text: str) -> None:
    assert [st.type for st in run(text).statements] == ["STATEMENT"], run(text).statements


@pytest.mark.parametrize(("text", "type_", "rule"), [
    # calling a claim untrue denies it (STATEMENT_TYPES.md rule 4): REJECT
    ("NATO called this announcement false.", "REJECT", "type.called_untrue_v1"),
    ("The ministry called the reports baseless.", "REJECT", "type.called_untrue_v1"),
    # calling an act a word of blame accuses
    ("The judge's lawyer called the ruling arbitrary.", "ACCUSE", "type.called_blame_v1"),
    # a claim said to be untrue: no allegation is made, one is denied
    ('"The allegations are baseless," the minister said.', "REJECT", "type.untrue_claim_v1"),
    ("The minister said that is completely false.", "REJECT", "type.untrue_claim_v1"),
    ('"They are saying that Russia threatens Ukraine. That is completely ridiculous," Patrushev said.', "REJECT",
     "type.untrue_claim_v1"),
    # disputing another's claim
    ("Lavrov challenged NATO's claim to be a purely defensive structure.", "REJECT", "type.cue_verb_v1"),
])
def test_untrue_claims_are_denied(run, text: str, type_: str, rule: str) -> None:
    st = next(s for s in run(text).statements if s.type != "STATEMENT")
    assert (st.type, st.type_rule) == (type_, rule)


def test_it_standing_for_an_act_is_no_claim(run) -> None:
    # "it is ridiculous that ...": `it` stands for the clause, an act, not for something said
    st = next(s for s in run('"It is ridiculous that they banned the party," the minister said.').statements)
    assert st.type_rule != "type.untrue_claim_v1"


@pytest.mark.parametrize(("text", "type_"), [
    # naming something as a word of blame accuses, as `call` does
    ("Separatist authorities reported shelling, describing it as a grand-scale provocation.", "ACCUSE"),
    ("Stoltenberg identified Russia and terrorism as the two biggest threats to NATO.", "ACCUSE"),
    # naming it as something good or neutral does not
    ("The minister described the talks as productive.", "STATEMENT"),
])
def test_naming_as_a_word_of_blame_accuses(run, text: str, type_: str) -> None:
    st = next(s for s in run(text).statements if s.cue is not None and s.cue.text in ("describing", "identified",
                                                                                        "described"))
    assert st.type == type_


@pytest.mark.parametrize(("text", "type_", "rule"), [
    # naming verbs beyond `call`: the name given (an `as` phrase) types the statement
    ("The lawyer characterized the prison conditions as inhumane and a violation of international standards.",
     "ACCUSE", "type.called_blame_v1"),
    ("The minister described the raid as an act of intimidation.", "ACCUSE", "type.called_blame_v1"),
    # what a speaker claims another party did is an allegation
    ("A military spokesperson claimed the attackers were in touch with planners in Afghanistan.", "ACCUSE",
     "type.alleged_by_cue_v1"),
    ("The blogger claimed that the U.S. military brought the virus to China.", "ACCUSE", "type.alleged_by_cue_v1"),
])
def test_neutral_and_naming_cues_that_accuse(run, text: str, type_: str, rule: str) -> None:
    st = next(s for s in run(text).statements if s.type != "STATEMENT")
    assert (st.type, st.type_rule) == (type_, rule)


@pytest.mark.parametrize("text", [
    "Police described the suspect as a man in his forties.",  # a name that blames no one
    "The company claimed its sales rose by ten percent last year.",  # its own side's result
    "Officials claimed the economy grew last year.",  # no party charged
    "The rebels claimed they did not attack the convoy.",  # a negated act alleges nothing
])
def test_naming_and_claims_that_accuse_no_one(run, text: str) -> None:
    assert [st.type for st in run(text).statements] == ["STATEMENT"], run(text).statements
