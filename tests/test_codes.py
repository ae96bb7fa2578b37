"""Country and sector codes for mentions and noun phrases."""

from __future__ import annotations

import pytest

from saidwhat.resolve.codes import actor_codes, actor_for_title, country_of, sector_of
from saidwhat.resolve.kb import KnowledgeBase


@pytest.mark.parametrize(("text", "code"), [
    ("Russia", "RUS"), ("Russian", "RUS"), ("Russia's", "RUS"), ("Russians", "RUS"), ("Moscow", "RUS"),
    ("the Kremlin", "RUS"), ("Washington", "USA"), ("the White House", "USA"), ("Pentagon", "USA"),
    ("Americans", "USA"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Luhansk", "UKR"), ("British", "GBR"),
    ("Britain", "GBR"), ("Paris", "FRA"), ("Berlin", "DEU"), ("Beijing", "CHN"), ("Minsk", "BLR"),
    ("Canberra", "AUS"), ("Nairobi", "KEN"), ("Tbilisi", "GEO"),
    ("NATO", "NATO"), ("the U.N.", "UN"), ("United Nations", "UN"), ("EU", "EU"), ("OSCE", "OSCE"),
])
def test_country_of(text: str, code: str, kb: KnowledgeBase) -> None:
    assert country_of(kb, text) == code


@pytest.mark.parametrize("text", ["Brussels", "Lavrov", "blorple", "", "he"])
def test_country_of_none(text: str, kb: KnowledgeBase) -> None:
    assert country_of(kb, text) is None


@pytest.mark.parametrize(("text", "sector"), [
    ("Foreign Minister", "GOV"), ("president", "GOV"), ("government", "GOV"), ("defense ministry", "GOV"),
    ("spokesperson", "GOV"), ("Kremlin", "GOV"),
    ("military", "MIL"), ("army", "MIL"), ("troops", "MIL"), ("forces", "MIL"), ("general", "MIL"),
    ("commander", "MIL"), ("rebels", "REB"), ("separatists", "REB"), ("insurgents", "REB"),
    ("opposition", "OPP"), ("police", "COP"), ("journalist", "MED"), ("newspaper", "MED"),
    ("news agency", "MED"), ("business", "BUS"), ("company", "BUS"), ("civilians", "CVL"),
    ("residents", "CVL"), ("separatist authorities", "REB"), ("opposition leader", "OPP"),
])
def test_sector_of(text: str, sector: str, kb: KnowledgeBase) -> None:
    assert sector_of(kb, text) == sector


def test_sector_of_none(kb: KnowledgeBase) -> None:
    assert sector_of(kb, "blue sky") is None


@pytest.mark.parametrize(("text", "codes"), [
    ("Russian Foreign Minister", ("RUS", "GOV")),
    ("Ukraine's military command", ("UKR", "MIL")),
    ("separatist authorities in the Luhansk region", ("UKR", "REB")),
    ("British defense ministry", ("GBR", "GOV")),
    ("Russian troops", ("RUS", "MIL")),
    ("NATO officials", ("NATO", "IGO")),
    ("the UN Security Council", ("UN", "IGO")),
    ("Kremlin spokesman", ("RUS", "GOV")),
    ("Sergei Lavrov", ("RUS", "GOV")),
    ("pro-Russian rebels", (None, "REB")),  # backers are not the actor
    ("Russian-backed separatists in Donetsk", ("UKR", "REB")),
])
def test_actor_codes(text: str, codes: tuple[str, str], kb: KnowledgeBase) -> None:
    assert actor_codes(kb, text, "2022-02-20") == codes


def test_serbian_military_police(kb: KnowledgeBase) -> None:
    country, sector = actor_codes(kb, "Serbian military police")
    assert country == "SRB" and sector in {"COP", "MIL"}


@pytest.mark.parametrize(("text", "date", "name"), [
    ("the Russian president", "2022-02-24", "Vladimir Putin"),
    ("Russia's foreign minister", "2016-10-31", "Sergei Lavrov"),
    ("Russia's top diplomat", "2022-03-03", "Sergei Lavrov"),
    ("the U.S. defense secretary", "2022-01-28", "Lloyd Austin"),
    ("Britain's defence secretary", "2022-02-01", "Ben Wallace"),
    ("NATO Secretary General", "2022-02-17", "Jens Stoltenberg"),
    ("the UN chief", "2022-02-17", "Antonio Guterres"),
])
def test_actor_for_title(text: str, date: str, name: str, kb: KnowledgeBase) -> None:
    a = actor_for_title(kb, text, date)
    assert a is not None and a.name == name


def test_actor_for_title_none(kb: KnowledgeBase) -> None:
    assert actor_for_title(kb, "the Russian president", None) is None
    assert actor_for_title(kb, "the president", "2022-01-01") is None
    assert actor_for_title(kb, "Russian officials", "2022-01-01") is None


@pytest.mark.parametrize(("text", "code"), [
    ("European Community", "EU"), ("EC", "EU"), ("International Labor Office", "UN"), ("UNHCR", "UN"),
    ("UN refugee agency", "UN"), ("IAEA", "UN"), ("Red Cross", "ICRC"), ("ICRC", "ICRC"), ("Arab League", "ARL"),
    ("African Union", "AU"), ("Congolese", "COD"), ("Kampuchean", "KHM"), ("Jericho", "PSE"), ("Sindh", "PAK"),
    ("Liberians", "LBR"), ("Palestinians", "PSE"),
])
def test_country_of_bodies_places_demonyms(text: str, code: str, kb: KnowledgeBase) -> None:
    assert country_of(kb, text) == code


@pytest.mark.parametrize("text", ["Secretary-General", "attorney general", "Governor-General", "consul general",
                                  "director-general", "Surgeon General", "attorneys general"])
def test_general_titles_are_not_military(text: str, kb: KnowledgeBase) -> None:
    assert sector_of(kb, text) == "GOV"


@pytest.mark.parametrize(("text", "codes"), [
    ("European Community", ("EU", "IGO")),
    ("International Labor Office", ("UN", "IGO")),
    ("Red Cross", ("ICRC", "NGO")),
    ("Red Cross officials", ("ICRC", "NGO")),
    ("Red Cross operating in Iraq", ("ICRC", "NGO")),  # the body, not where it works
    ("Amnesty International", (None, "NGO")),
    ("Human Rights Watch", (None, "NGO")),
    ("Arab League Secretary-General Chedli Klibi", ("ARL", "IGO")),
    ("Liberians", ("LBR", None)),
    ("Congolese refugees", ("COD", "REF")),
    ("government of Sindh province", ("PAK", "GOV")),
    ("President Bush", ("USA", "GOV")),  # two US Bushes and one elsewhere: the surname says USA
    ("rebel Kurdistan Workers' Party", ("TUR", "REB")),  # plural possessive keeps the name whole
    ("Sudan People's Liberation Movement", ("SDN", "OPP")),
])
def test_actor_codes_bodies(text: str, codes: tuple[str | None, str | None], kb: KnowledgeBase) -> None:
    assert actor_codes(kb, text, "2001-06-01") == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("the West", ("WST", None)),  # CAMEO's bloc
    ("Western governments", ("WST", "GOV")),
    ("West Africa", (None, None)),  # a compass word opening a longer name is part of that name
    ("West Midlands police", (None, "COP")),
    ("Kanye West", (None, None)),  # a country's name closing a person's name is a surname
    ("Michael Jordan", (None, None)),
    ("King Abdullah of Jordan", ("JOR", "GOV")),
    ("Jordan's foreign minister", ("JOR", "GOV")),
])
def test_the_west_and_names_that_hold_a_country(text: str, codes: tuple[str | None, str | None],
                                               kb: KnowledgeBase) -> None:
    assert actor_codes(kb, text) == codes
