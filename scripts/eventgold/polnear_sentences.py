"""Sentence-level PLOVER annotations of PolNeAR train articles (/work/shared/data/polnear/train.jsonl).
PolNeAR is not public domain: the built sentences are written OUTSIDE the repository
(/work/shared-local/plover_sentences_polnear.jsonl). Only ids, sentence indexes and codes live here.
Articles were chosen for a high density of event words (attack, sanction, accuse, met, protest, ...),
300-1100 words, from several outlets. Sentence k = make_voa_event_gold.sentences() of the
whitespace-normalised article text."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from make_voa_event_gold import S  # noqa: E402

ARTICLES = {}

ARTICLES["polnear:west-journal_2016-07-23_trump-addresses-munich-attack-th"] = [
    S(1, "ASSAULT - > at least nine people=DEUCVL"),
    S(2, "ASSAULT an as of yet unidentified 18-year-old Iranian-German=DEUCVL > the innocent=DEUCVL", "MOBILIZE/police police=DEUCOP"),
    S(10, "ASSAULT - > our police=USACOP"),
    S(12, "ACCUSE political opponents on the left=USAPTY > the Republican candidate=USAPTY"),
    S(13, "ACCUSE President Barack Obama=USAGOV > Trump=USAPTY"),
    S(20, "ASSAULT - > 84=FRACVL"),
    S(21, "ACCUSE/investigate prosecutors=FRAJUD > the perpetrator=FRAUAF"),
]

ARTICLES["polnear:usa-today_2016-08-10_parents-of-two-benghazi-victims-"] = [
    S(1, "ACCUSE/allege Patricia Smith and Charles Woods=USACVL > Hillary Clinton=USAPTY",
      "ASSAULT - > a U.S. diplomatic compound in Benghazi=USAGOV"),
    S(2, "ACCUSE/allege The lawsuit=USACVL > Clinton=USAPTY"),
    S(3, "ACCUSE It=USACVL > Clinton=USAPTY"),
    S(4, "ACCUSE/allege The suit=USACVL"),
    S(6, "ACCUSE/allege The lawsuit=USACVL > Clinton=USAPTY"),
    S(7, "ACCUSE Smith=USACVL > Hillary Clinton=USAPTY"),
    S(8, "ACCUSE Patricia Smith=USACVL > Hillary Clinton=USAPTY"),
    S(9, "REJECT Clinton campaign spokesman Nick Merrill=USAPTY", "ACCUSE/investigate -"),
    S(10, "ACCUSE/investigate House Republicans=USALEG > the Obama administration=USAGOV"),
    S(11, "ACCUSE FBI Director James Comey=USAGOV > Clinton=USAPTY"),
]

ARTICLES["polnear:wash-post_2016-07-16_new-iran-sanctions-bill-lacks-bi"] = [
    S(2, "THREATEN Senate Foreign Relations Committee Chairman Bob Corker=USALEG > Iran=IRNGOV",
      "ACCUSE Republicans=USALEG > the Obama administration=USAGOV"),
    S(3, "SUPPORT only two Democrats=USALEG > the measure=USALEG"),
    S(7, "REJECT committee ranking Democrat Sen. Benjamin L. Cardin=USALEG > the compromise=USALEG"),
    S(17, "ACCUSE Menendez=USALEG > The administration=USAGOV"),
    S(19, "REJECT Menendez=USALEG"),
    S(24, "REJECT Republicans=USALEG > his attempts=USALEG"),
    S(27, "REQUEST Cardin=USALEG"),
    S(30, "THREATEN lawmakers=USALEG > Iran=IRNGOV"),
    S(34, "SUPPORT Presumptive Democratic nominee Hillary Clinton=USAPTY > the deal=IRNGOV",
      "THREATEN presumptive Republican nominee Donald Trump=USAPTY > the deal=IRNGOV"),
]

ARTICLES["polnear:wash-post_2016-08-10_philippine-lawmaker-wants-trump-"] = [
    S(1, "REQUEST A lawmaker in the Philippines=PHLLEG > -", "ACCUSE the U.S. presidential candidate=USAPTY > Philippine immigrants=PHLCVL"),
    S(2, "REJECT Joey Salceda=PHLLEG"),
    S(3, "ACCUSE Trump=USAPTY > the Philippines=PHLGOV"),
    S(8, "THREATEN Salceda=PHLLEG > Trump=USAPTY"),
    S(11, "ACCUSE The lawmaker=PHLLEG > Trump=USAPTY"),
    S(12, "THREATEN Trump=USAPTY"),
    S(13, "ACCUSE one lawmaker=GBRLEG > Trump=USAPTY"),
    S(20, "ACCUSE Salceda=PHLLEG > Trump=USAPTY"),
]

ARTICLES["polnear:wash-post_2015-12-10_netanyahu-rejects-trump-s-remark"] = [
    S(1, "AGREE Israeli Prime Minister Benjamin Netanyahu=ISRGOV > Donald Trump=USAPTY"),
    S(2, "AGREE the prime minister=ISRGOV > Trump=USAPTY", "REQUEST/change the billionaire developer=USAPTY"),
    S(5, "CONSULT The Israeli leader=ISRGOV > Republican and Democratic members of Congress=USALEG"),
    S(6, "AGREE Netanyahu=ISRGOV"),
    S(8, "AGREE Netanyahu=ISRGOV > Trump=USAPTY", "REJECT Netanyahu=ISRGOV > Donald Trump=USAPTY"),
    S(10, "REQUEST Arab Israeli lawmakers=ISRLEG > the government=ISRGOV"),
    S(11, "ACCUSE Issawi Frej=ISRLEG > He=USAPTY"),
    S(13, "ACCUSE/disapprove Jewish groups=USANGO > Trump=USAPTY"),
    S(14, "ACCUSE The leader of the Anti-Defamation League, Jonathan Greenblatt=USANGO > such a ban=USAPTY"),
    S(17, "REJECT Netanyahu and other right-wing Israeli leaders=ISRGOV > Jimmy Carter=USAELI",
      "ACCUSE Netanyahu and other right-wing Israeli leaders=ISRGOV > Jimmy Carter=USAELI"),
    S(18, "ACCUSE Carter=USAELI > Israel=ISRGOV"),
    S(19, "ACCUSE Trump=USAPTY > the Obama administration=USAGOV"),
    S(21, "ACCUSE Netanyahu=ISRGOV > Iran=IRNGOV"),
    S(22, "ACCUSE Trump=USAPTY > Kerry and Obama=USAGOV"),
    S(33, "REJECT he=USAPTY"),
    S(35, "AGREE I=USAPTY > Bibi=ISRGOV"),
]

ARTICLES["polnear:usa-today_2016-05-11_london-s-muslim-mayor-rebuffs-tr"] = [
    S(1, "REJECT The British capital's new mayor=GBRGOV > Republican presidential candidate Donald Trump=USAPTY"),
    S(4, "AGREE Trump=USAPTY > Khan=GBRGOV"),
    S(6, "REJECT Khan=GBRGOV > Trump=USAPTY"),
    S(7, "ACCUSE Khan=GBRGOV > Donald Trump=USAPTY"),
    S(10, "REQUEST/change Trump=USAPTY", "ASSAULT/firearms Syed Rizwan Farook and his wife, Tashfeen Malik=USAUAF > 14 people=USACVL"),
    S(12, "AGREE Khan=GBRGOV > American mayors=USAGOV"),
    S(14, "AGREE He=GBRGOV > the United States=USAGOV"),
    S(15, "RETREAT/resign Khan=GBRLEG"),
]

ARTICLES["polnear:wash-post_2016-01-13_democratic-tensions-escalate-ove"] = [
    S(1, "ACCUSE nearly 140 House members=USALEG > the roundups=USAGOV", "CONSULT the White House=USAGOV > Capitol Hill=USALEG"),
    S(2, "ACCUSE/disapprove dozens of members of his party=USALEG > the raids=USAGOV", "COERCE/arrest -"),
    S(3, "ACCUSE the members=USALEG > the Department of Homeland Security=USAGOV"),
    S(4, "CONSULT/visit White House Counsel W. Neil Eggleston=USAGOV > half a dozen House Democrats=USALEG"),
    S(8, "CONSULT Senate Minority Leader Harry M. Reid=USALEG > Homeland Security Secretary Jeh Johnson=USAGOV"),
    S(12, "ACCUSE The president=USAGOV > the GOP presidential front-runners, Donald Trump and Sen. Ted Cruz=USAPTY"),
    S(13, "ACCUSE Immigrant rights advocates=USANGO > the raids=USAGOV", "COERCE/deport -"),
    S(14, "ACCUSE The Not1More campaign=USANGO > Obama=USAGOV"),
    S(18, "COERCE/arrest Immigration and Customs Enforcement (ICE) agents=USAGOV"),
    S(19, "COERCE/deport -", "COERCE/arrest -"),
    S(22, "CONCEDE He=USAGOV > undocumented parents of U.S. citizens=USACVL"),
    S(26, "ACCUSE/allege Texas and 25 other states=USAGOV > the administration=USAGOV"),
]

ARTICLES["polnear:nyt_2015-12-29_u-s-commandos-take-on-larger-rol"] = [
    S(2, "REJECT the president=USAGOV"),
    S(4, "ASSAULT They=USAMIL"),
    S(5, "MOBILIZE/troops They=USAMIL > the Islamic State=SYRINS"),
    S(6, "MOBILIZE/troops President Obama=USAGOV", "AID President Obama=USAGOV > African troops=CMRMIL"),
    S(10, "MOBILIZE/troops the White House=USAGOV"),
    S(23, "AID Mr. Obama=USAGOV > rebels fighting the Islamic State=SYRREB"),
    S(29, "THREATEN Col. Steven H. Warren=USAMIL"),
]

ARTICLES["polnear:usa-today_2016-03-30_teen-girl-pepper-sprayed-in-scuf"] = [
    S(1, "ASSAULT another bystander=USACVL > a 15-year-old girl=USACVL"),
    S(2, "ASSAULT a non-law enforcement person=USACVL > the girl=USACVL"),
    S(3, "PROTEST/demo Hundreds of anti-Trump protesters=USACVL > Trump=USAPTY"),
    S(4, "ASSAULT/beat the young woman=USACVL > the person=USACVL"),
    S(5, "COERCE/arrest - > six protesters=USACVL", "PROTEST/obstruct six protesters=USACVL"),
    S(7, "PROTEST/obstruct Members of the group=USANGO"),
    S(9, "ACCUSE rivals=USAPTY > Trump=USAPTY"),
    S(10, "REJECT Trump=USAPTY", "PROTEST/demo hundreds of protesters=USACVL"),
    S(11, "ACCUSE/allege - > a 78-year-old man=USACVL", "ASSAULT/beat he=USACVL > a protester=USACVL",
      "ACCUSE Trump=USAPTY > Wisconsin Gov. Scott Walker=USAGOV"),
    S(12, "ACCUSE Trump=USAPTY > Walker=USAGOV", "SUPPORT the Wisconsin governor=USAGOV > Sen. Ted Cruz=USALEG"),
]

ARTICLES["polnear:nyt_2016-03-12_protesting-at-trump-rallies-a-ri"] = [
    S(6, "PROTEST/demo Ms. Nwanguma=USACVL > Trump=USAPTY", "ASSAULT/beat Trump supporters=USACVL > her=USACVL"),
    S(9, "ASSAULT/beat a Trump supporter=USACVL > Rakeem Jones=USACVL", "THREATEN/violence the assailant, John McGraw=USACVL > him=USACVL"),
    S(10, "ACCUSE/allege - > Mr. McGraw=USACVL"),
    S(14, "ACCUSE he=USAPTY > some of the protesters=USACVL"),
    S(17, "ASSAULT A Secret Service agent=USACOP > a photographer=USAMED"),
    S(18, "ASSAULT/beat the Trump campaign manager, Corey Lewandowski=USAPTY > a Breitbart reporter=USAMED"),
    S(19, "REJECT A campaign spokeswoman=USAPTY"),
    S(21, "ACCUSE The candidate=USAPTY > security guards=USACVL"),
    S(23, "THREATEN/violence Mr. Trump=USAPTY > him=USACVL"),
    S(35, "ASSAULT/beat Trump supporters=USACVL > the protester=USACVL"),
    S(39, "PROTEST/demo an almost continual stream of protesters=USACVL > a Trump event=USAPTY"),
    S(44, "REQUEST Mr. Trump=USAPTY"),
]
