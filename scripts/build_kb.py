"""Rebuild saidwhat/data/actors.sqlite from the Phoenix (PETRARCH2) actor dictionaries.

    .venv/bin/python scripts/build_kb.py [DICTIONARY_DIR] [-o OUT.sqlite]

Phoenix format (TABARI): a name line starts an entry, `+NAME` lines add variants, indented
`[CODE date-range]` lines give dated roles (`[RUSGOV >20040309]`, `[USAGOV 090120-130201]`), and a
code may also follow a name on the same line. Name lines with no code yet are variants of the
next coded entry (PETRARCH's reading). Role titles are rarely in the data: they come from line
comments (`# Foreign Minister`) and section headers (`# U.S. Secretaries of State`); recent office
holders, which the 2014-2019 dictionaries lack, come from the curated table below.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from saidwhat.resolve.kb import fuzzy_blocks, normalise, role_key, singular, translit_variants  # noqa: E402

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")

# ISO3 | common English name | demonyms | capitals and metonyms | more names
COUNTRY_TABLE = """
AFG|Afghanistan|Afghan|Kabul
ALB|Albania|Albanian|Tirana
DZA|Algeria|Algerian|Algiers
AND|Andorra|Andorran|Andorra la Vella
AGO|Angola|Angolan|Luanda
ATG|Antigua and Barbuda|Antiguan|St. John's
ARG|Argentina|Argentine,Argentinian|Buenos Aires,Casa Rosada
ARM|Armenia|Armenian|Yerevan
AUS|Australia|Australian|Canberra
AUT|Austria|Austrian|Vienna
AZE|Azerbaijan|Azerbaijani,Azeri|Baku
BHS|Bahamas|Bahamian|Nassau
BHR|Bahrain|Bahraini|Manama
BGD|Bangladesh|Bangladeshi|Dhaka
BRB|Barbados|Barbadian|Bridgetown
BLR|Belarus|Belarusian,Belarussian|Minsk|Byelorussia
BEL|Belgium|Belgian|Brussels
BLZ|Belize|Belizean|Belmopan
BEN|Benin|Beninese|Porto-Novo
BTN|Bhutan|Bhutanese|Thimphu
BOL|Bolivia|Bolivian|La Paz,Sucre
BIH|Bosnia and Herzegovina|Bosnian|Sarajevo|Bosnia
BWA|Botswana|Botswanan|Gaborone
BRA|Brazil|Brazilian|Brasilia
BRN|Brunei|Bruneian|Bandar Seri Begawan
BGR|Bulgaria|Bulgarian|Sofia
BFA|Burkina Faso|Burkinabe|Ouagadougou
BDI|Burundi|Burundian|Gitega,Bujumbura
CPV|Cape Verde|Cape Verdean|Praia|Cabo Verde
KHM|Cambodia|Cambodian,Kampuchean,Khmer|Phnom Penh|Kampuchea
CMR|Cameroon|Cameroonian|Yaounde
CAN|Canada|Canadian|Ottawa
CAF|Central African Republic|Central African|Bangui
TCD|Chad|Chadian|N'Djamena
CHL|Chile|Chilean|Santiago
CHN|China|Chinese|Beijing,Zhongnanhai|People's Republic of China,PRC
COL|Colombia|Colombian|Bogota
COM|Comoros|Comorian|Moroni
COG|Congo|Congo-Brazzaville|Brazzaville|Republic of the Congo
COD|Democratic Republic of the Congo|Congolese|Kinshasa|DR Congo,DRC
CRI|Costa Rica|Costa Rican|San Jose
CIV|Ivory Coast|Ivorian|Yamoussoukro,Abidjan|Cote d'Ivoire
HRV|Croatia|Croatian|Zagreb
CUB|Cuba|Cuban|Havana
CYP|Cyprus|Cypriot|Nicosia
CZE|Czech Republic|Czech|Prague|Czechia
DNK|Denmark|Danish,Dane|Copenhagen
DJI|Djibouti|Djiboutian|Djibouti City
DMA|Dominica|Dominican|Roseau
DOM|Dominican Republic|Dominican|Santo Domingo
ECU|Ecuador|Ecuadorian|Quito
EGY|Egypt|Egyptian|Cairo
SLV|El Salvador|Salvadoran|San Salvador
GNQ|Equatorial Guinea|Equatoguinean|Malabo
ERI|Eritrea|Eritrean|Asmara
EST|Estonia|Estonian|Tallinn
SWZ|Eswatini|Swazi|Mbabane|Swaziland
ETH|Ethiopia|Ethiopian|Addis Ababa
FJI|Fiji|Fijian|Suva
FIN|Finland|Finnish,Finn|Helsinki
FRA|France|French|Paris,Elysee,Elysee Palace,Quai d'Orsay
GAB|Gabon|Gabonese|Libreville
GMB|Gambia|Gambian|Banjul
GEO|Georgia|Georgian|Tbilisi
DEU|Germany|German|Berlin,Bundestag|Federal Republic of Germany
GHA|Ghana|Ghanaian|Accra
GRC|Greece|Greek|Athens
GRD|Grenada|Grenadian|St. George's
GTM|Guatemala|Guatemalan|Guatemala City
GIN|Guinea|Guinean|Conakry
GNB|Guinea-Bissau|Bissau-Guinean|Bissau
GUY|Guyana|Guyanese|Georgetown
HTI|Haiti|Haitian|Port-au-Prince
HND|Honduras|Honduran|Tegucigalpa
HUN|Hungary|Hungarian|Budapest
ISL|Iceland|Icelandic,Icelander|Reykjavik
IND|India|Indian|New Delhi
IDN|Indonesia|Indonesian|Jakarta
IRN|Iran|Iranian|Tehran,Teheran|Islamic Republic of Iran
IRQ|Iraq|Iraqi|Baghdad
IRL|Ireland|Irish|Dublin
ISR|Israel|Israeli|Jerusalem,Knesset
ITA|Italy|Italian|Rome
JAM|Jamaica|Jamaican|Kingston
JPN|Japan|Japanese|Tokyo
JOR|Jordan|Jordanian|Amman
KAZ|Kazakhstan|Kazakh,Kazakhstani|Astana,Nur-Sultan
KEN|Kenya|Kenyan|Nairobi
KIR|Kiribati|I-Kiribati|Tarawa
PRK|North Korea|North Korean|Pyongyang|DPRK
KOR|South Korea|South Korean|Seoul|Republic of Korea
KSV|Kosovo|Kosovar,Kosovan|Pristina
KWT|Kuwait|Kuwaiti|Kuwait City
KGZ|Kyrgyzstan|Kyrgyz|Bishkek
LAO|Laos|Laotian,Lao|Vientiane
LVA|Latvia|Latvian|Riga
LBN|Lebanon|Lebanese|Beirut
LSO|Lesotho|Basotho|Maseru
LBR|Liberia|Liberian|Monrovia
LBY|Libya|Libyan|Tripoli
LIE|Liechtenstein|Liechtensteiner|Vaduz
LTU|Lithuania|Lithuanian|Vilnius
LUX|Luxembourg|Luxembourgish,Luxembourger|Luxembourg City
MDG|Madagascar|Malagasy|Antananarivo
MWI|Malawi|Malawian|Lilongwe
MYS|Malaysia|Malaysian|Kuala Lumpur,Putrajaya
MDV|Maldives|Maldivian|Male
MLI|Mali|Malian|Bamako
MLT|Malta|Maltese|Valletta
MHL|Marshall Islands|Marshallese|Majuro
MRT|Mauritania|Mauritanian|Nouakchott
MUS|Mauritius|Mauritian|Port Louis
MEX|Mexico|Mexican|Mexico City
FSM|Micronesia|Micronesian|Palikir
MDA|Moldova|Moldovan|Chisinau
MCO|Monaco|Monegasque|Monaco-Ville
MNG|Mongolia|Mongolian|Ulaanbaatar,Ulan Bator
MNE|Montenegro|Montenegrin|Podgorica
MAR|Morocco|Moroccan|Rabat
MOZ|Mozambique|Mozambican|Maputo
MMR|Myanmar|Burmese|Naypyidaw,Naypyitaw|Burma
NAM|Namibia|Namibian|Windhoek
NRU|Nauru|Nauruan|Yaren
NPL|Nepal|Nepalese,Nepali|Kathmandu
NLD|Netherlands|Dutch|Amsterdam,The Hague|Holland
NZL|New Zealand|New Zealander|Wellington
NIC|Nicaragua|Nicaraguan|Managua
NER|Niger|Nigerien|Niamey
NGA|Nigeria|Nigerian|Abuja
MKD|North Macedonia|Macedonian|Skopje|Macedonia
NOR|Norway|Norwegian|Oslo
OMN|Oman|Omani|Muscat
PAK|Pakistan|Pakistani|Islamabad
PLW|Palau|Palauan|Ngerulmud
PSE|Palestine|Palestinian|Ramallah|Palestinian territories
PAN|Panama|Panamanian|Panama City
PNG|Papua New Guinea|Papua New Guinean|Port Moresby
PRY|Paraguay|Paraguayan|Asuncion
PER|Peru|Peruvian|Lima
PHL|Philippines|Filipino,Philippine|Manila
POL|Poland|Polish,Pole|Warsaw
PRT|Portugal|Portuguese|Lisbon
QAT|Qatar|Qatari|Doha
ROU|Romania|Romanian|Bucharest
RUS|Russia|Russian|Moscow,Kremlin|Russian Federation
RWA|Rwanda|Rwandan|Kigali
KNA|Saint Kitts and Nevis|Kittitian|Basseterre
LCA|Saint Lucia|Saint Lucian|Castries
VCT|Saint Vincent and the Grenadines|Vincentian|Kingstown
WSM|Samoa|Samoan|Apia
SMR|San Marino|Sammarinese|City of San Marino
STP|Sao Tome and Principe|Santomean|Sao Tome
SAU|Saudi Arabia|Saudi,Saudi Arabian|Riyadh
SEN|Senegal|Senegalese|Dakar
SRB|Serbia|Serbian,Serb|Belgrade
SYC|Seychelles|Seychellois|Victoria
SLE|Sierra Leone|Sierra Leonean|Freetown
SGP|Singapore|Singaporean|Singapore City
SVK|Slovakia|Slovak,Slovakian|Bratislava
SVN|Slovenia|Slovenian,Slovene|Ljubljana
SLB|Solomon Islands|Solomon Islander|Honiara
SOM|Somalia|Somali|Mogadishu
ZAF|South Africa|South African|Pretoria,Cape Town
SSD|South Sudan|South Sudanese|Juba
ESP|Spain|Spanish,Spaniard|Madrid
LKA|Sri Lanka|Sri Lankan|Colombo,Sri Jayawardenepura Kotte
SDN|Sudan|Sudanese|Khartoum
SUR|Suriname|Surinamese|Paramaribo
SWE|Sweden|Swedish,Swede|Stockholm
CHE|Switzerland|Swiss|Bern,Berne
SYR|Syria|Syrian|Damascus
TWN|Taiwan|Taiwanese|Taipei
TJK|Tajikistan|Tajik|Dushanbe
TZA|Tanzania|Tanzanian|Dodoma,Dar es Salaam
THA|Thailand|Thai|Bangkok
TLS|East Timor|Timorese|Dili|Timor-Leste
TGO|Togo|Togolese|Lome
TON|Tonga|Tongan|Nuku'alofa
TTO|Trinidad and Tobago|Trinidadian|Port of Spain
TUN|Tunisia|Tunisian|Tunis
TUR|Turkey|Turkish,Turk|Ankara|Turkiye
TKM|Turkmenistan|Turkmen|Ashgabat
TUV|Tuvalu|Tuvaluan|Funafuti
UGA|Uganda|Ugandan|Kampala
UKR|Ukraine|Ukrainian|Kyiv,Kiev|Donbas,Donbass,Donetsk,Luhansk,Lugansk,Crimea,Kharkiv,Mariupol
ARE|United Arab Emirates|Emirati|Abu Dhabi|UAE
GBR|United Kingdom|British,Briton|London,Downing Street,Whitehall,Westminster|Britain,Great Britain,UK,U.K.,England
USA|United States|American,US,U.S.|Washington,White House,Pentagon,State Department,Capitol Hill|United States of America,America,U.S.A.,USA
URY|Uruguay|Uruguayan|Montevideo
UZB|Uzbekistan|Uzbek|Tashkent
VUT|Vanuatu|Ni-Vanuatu|Port Vila
VAT|Vatican|Vatican|Vatican City,Holy See
VEN|Venezuela|Venezuelan|Caracas
VNM|Vietnam|Vietnamese|Hanoi
YEM|Yemen|Yemeni|Sanaa
ZMB|Zambia|Zambian|Lusaka
ZWE|Zimbabwe|Zimbabwean|Harare
HKG|Hong Kong|Hong Konger|Hong Kong
SUN|Soviet Union|Soviet||USSR,U.S.S.R.
"""

# International organisations: Phoenix IGO code prefix -> (contract code, display name, aliases).
IGO_TABLE: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "IGOUNO": ("UN", "United Nations", ("UN", "U.N.", "the United Nations", "UN Security Council",
                                         "Security Council", "UNSC")),
    "IGOWSTNAT": ("NATO", "NATO", ("North Atlantic Treaty Organization", "North Atlantic Alliance",
                                   "the Alliance", "Atlantic alliance", "OTAN")),
    "IGOEUREEC": ("EU", "European Union", ("EU", "E.U.", "European Commission", "European Council",
                                            "Council of the European Union", "Brussels bureaucracy",
                                            "European Community", "European Communities", "EC", "E.C.",
                                            "European Economic Community", "EEC", "Common Market")),
    "IGOOSCE": ("OSCE", "OSCE", ("Organization for Security and Co-operation in Europe",
                                 "Organization for Security and Cooperation in Europe",
                                 "OSCE Special Monitoring Mission", "OSCE SMM")),
}
# Other bodies inside Phoenix IGO/NGO codes ("IGOMEAARL" = Arab League): 3-letter tag -> the code
# score.py and the contract use. An IGO without a known tag gets the generic "IGO", as in CAMEO.
IGO_BODIES = {"ARL": "ARL", "ASN": "ASEAN", "AFU": "AU", "OAU": "AU", "OAS": "OAS", "OPC": "OPEC", "IMF": "IMF",
              "WTO": "WTO", "ICC": "ICC", "WAS": "ECOWAS", "SAD": "SADC", "CIS": "CIS", "OIC": "OIC", "GCC": "GCC"}
NGO_BODIES = {"IRC": "ICRC"}  # the Red Cross / Red Crescent movement
# Places Phoenix lacks: ISO3 | regions, provinces, cities, peoples (an unambiguous country only; names
# another actor already owns are skipped, so these never make a known name ambiguous).
PLACES = """
PSE|Jericho,Jenin,Tulkarm,Tulkarem,Khan Younis,Khan Yunis,Jabalia,Deir al-Balah,Gaza City,Gazans
PAK|Sindh,Sind,Khyber Pakhtunkhwa,North-West Frontier Province,NWFP,Baluchistan,Sindhi,Baloch,Baluch,Multan,Faisalabad
IRQ|Najaf,Karbala,Tikrit,Ramadi,Samarra,Baquba,Sulaimaniya,Sulaymaniyah,Nasiriya,Anbar
SYR|Deir ez-Zor,Deir el-Zour,Latakia,Hama,Daraa,Tartus,Kobani
LBY|Sirte,Misurata,Zawiya,Sabha
SOM|Kismayo,Puntland,Somaliland,Baidoa
RUS|Khanty-Mansiysk,Kaliningrad,Vladivostok,Novosibirsk,Yekaterinburg,Chechen,Chechens,Ingushetia,Tatarstan
NGA|Borno,Kaduna,Port Harcourt,Ibo,Igbo,Yoruba,Hausa,Biafra,Niger Delta
COD|Kivu,North Kivu,South Kivu,Katanga,Ituri,Kisangani,Lubumbashi,Bukavu
YEM|Hodeidah,Hudaydah,Taiz,Marib
SRB|Vojvodina,Novi Sad
UKR|Kherson,Lviv,Zaporizhzhia,Zaporozhye,Dnipro,Dnipropetrovsk,Odesa,Sevastopol,Bakhmut
GBR|Belfast,Northern Ireland,Ulster,Glasgow,Edinburgh
CAN|Quebec,Ontario,Toronto,Montreal,Vancouver,Alberta
GEO|South Ossetia,Adjara
CHN|Tibetan,Tibetans,Uighur,Uighurs,Uyghur,Uyghurs,Guangdong,Sichuan,Wuhan,Chongqing
ZAF|Zulu,Johannesburg,Soweto,Durban,KwaZulu-Natal
KEN|Kikuyu,Kisumu,Eldoret
IND|Kerala,Assam,Manipur,Gujarat,Uttar Pradesh,Bihar,Bangalore,Bengaluru
IDN|Sumatra,Java,Borneo,Sulawesi,Ambon,Moluccas,Maluku,Surabaya
PHL|Davao,Cebu,Basilan,Jolo,Sulu
AFG|Kunduz,Jalalabad,Mazar-i-Sharif,Ghazni,Nangarhar,Kunar,Paktia,Khost
MEX|Tijuana,Ciudad Juarez,Sinaloa,Guadalajara,Monterrey,Chiapas
COL|Medellin,Cali
LKA|Batticaloa,Trincomalee,Kandy
SDN|El Fasher,Omdurman,Kassala
ISR|Tel Aviv,Haifa,Negev,Eilat,Golan Heights
"""
# Phoenix 3-letter IGO/NGO prefixes that are not countries (sector when no other is given).
NON_STATE = {"IGO": "IGO", "NGO": "NGO", "MNC": "BUS", "IMG": "REB", "UAF": "UAF"}
REGION_CODES = {"AFR", "ASA", "EUR", "LAM", "MEA", "NAF", "SAS", "SEA", "WST", "CAU", "CAS", "BLK", "EAF",
                "WAF", "CAF", "SAF", "NMR", "SAM", "CRB", "PGS", "BAL", "MOS", "CHR", "JEW"}
SECTOR_ONLY = {"ELI", "GOV", "MIL", "REB", "OPP", "COP", "MED", "BUS", "CVL", "LEG", "JUD", "EDU", "HLH",
               "SPY", "PTY", "LAB", "AGR", "REF", "HRI", "ENV", "DEV", "UAF", "CRM", "REL", "SET", "IGO", "NGO"}

# Recent office holders (2014-2025) the Phoenix data predates, and titles it lacks.
# (name, kind, extra aliases, ((code, start, end, title), ...)); None = open.
CURATED: tuple[tuple[str, str, tuple[str, ...], tuple[tuple[str, str | None, str | None, str | None], ...]], ...] = (
    # Russia
    ("Vladimir Putin", "person", ("Putin", "Vladimir V. Putin"), (
        ("RUSGOV", "2000-05-07", "2008-05-07", "President"), ("RUSGOV", "2008-05-08", "2012-05-07", "Prime Minister"),
        ("RUSGOV", "2012-05-07", None, "President"))),
    ("Dmitry Medvedev", "person", ("Medvedev", "Dmitri Medvedev"), (
        ("RUSGOV", "2008-05-07", "2012-05-07", "President"), ("RUSGOV", "2012-05-08", "2020-01-15", "Prime Minister"),
        ("RUSGOV", "2020-01-16", None, "Deputy Chairman of the Security Council"))),
    ("Sergei Lavrov", "person", ("Lavrov", "Sergey Lavrov"), (
        ("RUSGOV", "1994-09-22", "2004-03-09", "Ambassador to the UN"),
        ("RUSGOV", "2004-03-09", None, "Foreign Minister"))),
    ("Sergei Shoigu", "person", ("Shoigu", "Sergey Shoygu"), (
        ("RUSGOV", "2012-11-06", "2024-05-12", "Defence Minister"),
        ("RUSGOV", "2024-05-12", None, "Secretary of the Security Council"))),
    ("Andrei Belousov", "person", ("Belousov",), (("RUSGOV", "2024-05-14", None, "Defence Minister"),)),
    ("Mikhail Mishustin", "person", ("Mishustin",), (("RUSGOV", "2020-01-16", None, "Prime Minister"),)),
    ("Dmitry Peskov", "person", ("Peskov", "Dmitri Peskov"), (("RUSGOV", "2012-05-22", None, "Kremlin Spokesman"),)),
    ("Maria Zakharova", "person", ("Zakharova",), (("RUSGOV", "2015-08-10", None, "Foreign Ministry Spokeswoman"),)),
    ("Valery Gerasimov", "person", ("Gerasimov",), (("RUSMIL", "2012-11-09", None, "Chief of the General Staff"),)),
    ("Vasily Nebenzya", "person", ("Nebenzya", "Vassily Nebenzia"), (("RUSGOV", "2017-07-27", None, "Ambassador to the UN"),)),
    ("Sergei Ryabkov", "person", ("Ryabkov",), (("RUSGOV", "2008-08-01", None, "Deputy Foreign Minister"),)),
    ("Alexander Grushko", "person", ("Grushko",), (("RUSGOV", "2018-01-22", None, "Deputy Foreign Minister"),)),
    ("Nikolai Patrushev", "person", ("Patrushev",), (
        ("RUSGOV", "2008-05-12", "2024-05-12", "Secretary of the Security Council"),)),
    ("Igor Konashenkov", "person", ("Konashenkov",), (("RUSMIL", None, None, "Defence Ministry Spokesman"),)),
    ("Yevgeny Prigozhin", "person", ("Prigozhin",), (("RUSMIL", None, "2023-08-23", "Head of the Wagner Group"),)),
    # Ukraine
    ("Volodymyr Zelensky", "person", ("Zelensky", "Zelenskyy", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"), (
        ("UKRGOV", "2019-05-20", None, "President"),)),
    ("Petro Poroshenko", "person", ("Poroshenko",), (("UKRGOV", "2014-06-07", "2019-05-20", "President"),)),
    ("Viktor Yanukovych", "person", ("Yanukovych", "Viktor Yanukovich"), (
        ("UKRGOV", "2010-02-25", "2014-02-22", "President"),)),
    ("Arseniy Yatsenyuk", "person", ("Yatsenyuk", "Arseny Yatsenyuk"), (
        ("UKRGOV", "2014-02-27", "2016-04-14", "Prime Minister"),)),
    ("Volodymyr Groysman", "person", ("Groysman",), (("UKRGOV", "2016-04-14", "2019-08-29", "Prime Minister"),)),
    ("Denys Shmyhal", "person", ("Shmyhal", "Denis Shmygal"), (
        ("UKRGOV", "2020-03-04", "2025-07-17", "Prime Minister"), ("UKRGOV", "2025-07-17", None, "Defence Minister"))),
    ("Pavlo Klimkin", "person", ("Klimkin",), (("UKRGOV", "2014-06-19", "2019-08-29", "Foreign Minister"),)),
    ("Vadym Prystaiko", "person", ("Prystaiko",), (("UKRGOV", "2019-08-29", "2020-03-04", "Foreign Minister"),)),
    ("Dmytro Kuleba", "person", ("Kuleba", "Dmitry Kuleba"), (("UKRGOV", "2020-03-04", "2024-09-04", "Foreign Minister"),)),
    ("Andrii Sybiha", "person", ("Sybiha",), (("UKRGOV", "2024-09-05", None, "Foreign Minister"),)),
    ("Oleksii Reznikov", "person", ("Reznikov",), (("UKRGOV", "2021-11-04", "2023-09-05", "Defence Minister"),)),
    ("Rustem Umerov", "person", ("Umerov",), (("UKRGOV", "2023-09-06", "2025-07-17", "Defence Minister"),)),
    ("Andriy Yermak", "person", ("Yermak",), (("UKRGOV", "2020-02-11", None, "Head of the Presidential Office"),)),
    ("Valerii Zaluzhnyi", "person", ("Zaluzhnyi", "Zaluzhny"), (
        ("UKRMIL", "2021-07-27", "2024-02-08", "Commander-in-Chief of the Armed Forces"),)),
    ("Oleksandr Syrskyi", "person", ("Syrskyi", "Syrsky"), (
        ("UKRMIL", "2024-02-08", None, "Commander-in-Chief of the Armed Forces"),)),
    ("Alexander Lukashenko", "person", ("Lukashenko", "Aleksandr Lukashenka"), (
        ("BLRGOV", "1994-07-20", None, "President"),)),
    # United States
    ("Barack Obama", "person", ("Obama",), (("USAGOV", "2009-01-20", "2017-01-20", "President"),)),
    ("Donald Trump", "person", ("Trump", "Donald J. Trump"), (
        ("USAGOV", "2017-01-20", "2021-01-20", "President"), ("USAGOV", "2025-01-20", None, "President"))),
    ("Joe Biden", "person", ("Biden", "Joseph R. Biden", "Joseph Biden"), (
        ("USAGOV", "2009-01-20", "2017-01-20", "Vice President"), ("USAGOV", "2021-01-20", "2025-01-20", "President"))),
    ("Mike Pence", "person", ("Pence",), (("USAGOV", "2017-01-20", "2021-01-20", "Vice President"),)),
    ("Kamala Harris", "person", ("Harris",), (("USAGOV", "2021-01-20", "2025-01-20", "Vice President"),)),
    ("JD Vance", "person", ("J.D. Vance", "Vance"), (("USAGOV", "2025-01-20", None, "Vice President"),)),
    ("Hillary Clinton", "person", ("Hillary Rodham Clinton",), (
        ("USAGOV", "2009-01-21", "2013-02-01", "Secretary of State"),)),
    ("John Kerry", "person", ("Kerry",), (("USAGOV", "2013-02-01", "2017-01-20", "Secretary of State"),)),
    ("Rex Tillerson", "person", ("Tillerson",), (("USAGOV", "2017-02-01", "2018-03-31", "Secretary of State"),)),
    ("Mike Pompeo", "person", ("Pompeo",), (("USAGOV", "2018-04-26", "2021-01-20", "Secretary of State"),)),
    ("Antony Blinken", "person", ("Blinken", "Anthony Blinken", "Tony Blinken"), (
        ("USAGOV", "2021-01-26", "2025-01-20", "Secretary of State"),)),
    ("Marco Rubio", "person", ("Rubio",), (("USAGOV", "2025-01-21", None, "Secretary of State"),)),
    ("Robert Gates", "person", (), (("USAGOV", "2006-12-18", "2011-06-30", "Secretary of Defense"),)),
    ("Leon Panetta", "person", ("Panetta",), (("USAGOV", "2011-07-01", "2013-02-26", "Secretary of Defense"),)),
    ("Chuck Hagel", "person", ("Hagel",), (("USAGOV", "2013-02-27", "2015-02-17", "Secretary of Defense"),)),
    ("Ash Carter", "person", ("Ashton Carter",), (("USAGOV", "2015-02-17", "2017-01-20", "Secretary of Defense"),)),
    ("Jim Mattis", "person", ("Mattis", "James Mattis"), (("USAGOV", "2017-01-20", "2019-01-01", "Secretary of Defense"),)),
    ("Mark Esper", "person", ("Esper",), (("USAGOV", "2019-07-23", "2020-11-09", "Secretary of Defense"),)),
    ("Lloyd Austin", "person", ("Lloyd J. Austin",), (("USAGOV", "2021-01-22", "2025-01-20", "Secretary of Defense"),)),
    ("Pete Hegseth", "person", ("Hegseth",), (("USAGOV", "2025-01-25", None, "Secretary of Defense"),)),
    ("Jake Sullivan", "person", (), (("USAGOV", "2021-01-20", "2025-01-20", "National Security Adviser"),)),
    ("Jen Psaki", "person", ("Psaki",), (("USAGOV", "2021-01-20", "2022-05-13", "White House Press Secretary"),)),
    ("Karine Jean-Pierre", "person", ("Jean-Pierre",), (
        ("USAGOV", "2022-05-13", "2025-01-20", "White House Press Secretary"),)),
    ("Ned Price", "person", (), (("USAGOV", "2021-01-20", "2023-03-31", "State Department Spokesperson"),)),
    ("Linda Thomas-Greenfield", "person", ("Thomas-Greenfield",), (
        ("USAGOV", "2021-02-25", "2025-01-20", "Ambassador to the UN"),)),
    ("Mark Milley", "person", ("Milley",), (("USAMIL", "2019-10-01", "2023-09-30", "Chairman of the Joint Chiefs of Staff"),)),
    ("John Kirby", "person", ("Kirby",), (("USAGOV", "2021-01-20", "2025-01-20", "Spokesman"),)),
    # United Kingdom
    ("David Cameron", "person", (), (("GBRGOV", "2010-05-11", "2016-07-13", "Prime Minister"),
                                     ("GBRGOV", "2023-11-13", "2024-07-05", "Foreign Secretary"))),
    ("Theresa May", "person", (), (("GBRGOV", "2016-07-13", "2019-07-24", "Prime Minister"),)),
    ("Boris Johnson", "person", (), (("GBRGOV", "2016-07-13", "2018-07-09", "Foreign Secretary"),
                                     ("GBRGOV", "2019-07-24", "2022-09-06", "Prime Minister"))),
    ("Liz Truss", "person", ("Truss",), (("GBRGOV", "2021-09-15", "2022-09-06", "Foreign Secretary"),
                                         ("GBRGOV", "2022-09-06", "2022-10-25", "Prime Minister"))),
    ("Rishi Sunak", "person", ("Sunak",), (("GBRGOV", "2022-10-25", "2024-07-05", "Prime Minister"),)),
    ("Keir Starmer", "person", ("Starmer",), (("GBRGOV", "2024-07-05", None, "Prime Minister"),)),
    ("Philip Hammond", "person", (), (("GBRGOV", "2014-07-15", "2016-07-13", "Foreign Secretary"),)),
    ("Jeremy Hunt", "person", (), (("GBRGOV", "2018-07-09", "2019-07-24", "Foreign Secretary"),)),
    ("Dominic Raab", "person", ("Raab",), (("GBRGOV", "2019-07-24", "2021-09-15", "Foreign Secretary"),)),
    ("James Cleverly", "person", ("Cleverly",), (("GBRGOV", "2022-09-06", "2023-11-13", "Foreign Secretary"),)),
    ("David Lammy", "person", ("Lammy",), (("GBRGOV", "2024-07-05", "2025-09-05", "Foreign Secretary"),)),
    ("Ben Wallace", "person", (), (("GBRGOV", "2019-07-24", "2023-08-31", "Defence Secretary"),)),
    ("Grant Shapps", "person", ("Shapps",), (("GBRGOV", "2023-08-31", "2024-07-05", "Defence Secretary"),)),
    ("John Healey", "person", ("Healey",), (("GBRGOV", "2024-07-05", None, "Defence Secretary"),)),
    # France, Germany, others
    ("Emmanuel Macron", "person", ("Macron",), (("FRAGOV", "2017-05-14", None, "President"),)),
    ("Francois Hollande", "person", ("Hollande",), (("FRAGOV", "2012-05-15", "2017-05-14", "President"),)),
    ("Jean-Yves Le Drian", "person", ("Le Drian",), (("FRAGOV", "2017-05-17", "2022-05-20", "Foreign Minister"),)),
    ("Catherine Colonna", "person", ("Colonna",), (("FRAGOV", "2022-05-20", "2024-01-11", "Foreign Minister"),)),
    ("Angela Merkel", "person", ("Merkel",), (("DEUGOV", "2005-11-22", "2021-12-08", "Chancellor"),)),
    ("Olaf Scholz", "person", ("Scholz",), (("DEUGOV", "2021-12-08", "2025-05-06", "Chancellor"),)),
    ("Friedrich Merz", "person", ("Merz",), (("DEUGOV", "2025-05-06", None, "Chancellor"),)),
    ("Heiko Maas", "person", ("Maas",), (("DEUGOV", "2018-03-14", "2021-12-08", "Foreign Minister"),)),
    ("Annalena Baerbock", "person", ("Baerbock",), (("DEUGOV", "2021-12-08", "2025-05-06", "Foreign Minister"),)),
    ("Boris Pistorius", "person", ("Pistorius",), (("DEUGOV", "2023-01-19", None, "Defence Minister"),)),
    ("Xi Jinping", "person", ("Xi",), (("CHNGOV", "2013-03-14", None, "President"),)),
    ("Wang Yi", "person", (), (("CHNGOV", "2013-03-16", "2022-12-30", "Foreign Minister"),
                               ("CHNGOV", "2023-07-25", None, "Foreign Minister"))),
    ("Qin Gang", "person", (), (("CHNGOV", "2022-12-30", "2023-07-25", "Foreign Minister"),)),
    ("Recep Tayyip Erdogan", "person", ("Erdogan", "Tayyip Erdogan"), (
        ("TURGOV", "2003-03-14", "2014-08-28", "Prime Minister"), ("TURGOV", "2014-08-28", None, "President"))),
    ("Mevlut Cavusoglu", "person", ("Cavusoglu",), (("TURGOV", "2015-11-24", "2023-06-04", "Foreign Minister"),)),
    ("Hakan Fidan", "person", ("Fidan",), (("TURGOV", "2023-06-04", None, "Foreign Minister"),)),
    # International organisations
    ("Jens Stoltenberg", "person", ("Stoltenberg",), (
        ("IGOWSTNAT", "2014-10-01", "2024-10-01", "Secretary General"),)),
    ("Anders Fogh Rasmussen", "person", ("Rasmussen",), (
        ("IGOWSTNAT", "2009-08-01", "2014-10-01", "Secretary General"),)),
    ("Mark Rutte", "person", ("Rutte",), (("NLDGOV", "2010-10-14", "2024-07-02", "Prime Minister"),
                                           ("IGOWSTNAT", "2024-10-01", None, "Secretary General"))),
    ("Ban Ki-moon", "person", (), (("IGOUNO", "2007-01-01", "2016-12-31", "Secretary-General"),)),
    ("Antonio Guterres", "person", ("Guterres",), (("IGOUNO", "2017-01-01", None, "Secretary-General"),)),
    ("Jean-Claude Juncker", "person", ("Juncker",), (
        ("IGOEUREEC", "2014-11-01", "2019-11-30", "President of the European Commission"),)),
    ("Ursula von der Leyen", "person", ("von der Leyen",), (
        ("DEUGOV", "2013-12-17", "2019-07-17", "Defence Minister"),
        ("IGOEUREEC", "2019-12-01", None, "President of the European Commission"))),
    ("Federica Mogherini", "person", ("Mogherini",), (
        ("IGOEUREEC", "2014-11-01", "2019-11-30", "High Representative for Foreign Affairs"),)),
    ("Josep Borrell", "person", ("Borrell",), (
        ("IGOEUREEC", "2019-12-01", "2024-11-30", "High Representative for Foreign Affairs"),)),
    ("Kaja Kallas", "person", ("Kallas",), (
        ("ESTGOV", "2021-01-26", "2024-07-15", "Prime Minister"),
        ("IGOEUREEC", "2024-12-01", None, "High Representative for Foreign Affairs"))),
    ("Donald Tusk", "person", ("Tusk",), (
        ("POLGOV", "2007-11-16", "2014-09-22", "Prime Minister"),
        ("IGOEUREEC", "2014-12-01", "2019-11-30", "President of the European Council"),
        ("POLGOV", "2023-12-13", None, "Prime Minister"))),
    ("Charles Michel", "person", (), (("IGOEUREEC", "2019-12-01", "2024-11-30", "President of the European Council"),)),
    ("Rafael Grossi", "person", ("Grossi", "Rafael Mariano Grossi"), (
        ("IGOUNOIAE", "2019-12-03", None, "Director General of the IAEA"),)),
    ("Helga Schmid", "person", (), (("IGOOSCE", "2020-12-04", "2024-09-03", "Secretary General"),)),
    ("Thomas Greminger", "person", ("Greminger",), (("IGOOSCE", "2017-07-18", "2020-07-18", "Secretary General"),)),
    # Organisations often quoted as speakers
    ("Kremlin", "org", ("the Kremlin",), (("RUSGOV", None, None, None),)),
    ("White House", "org", ("the White House",), (("USAGOV", None, None, None),)),
    ("Pentagon", "org", ("the Pentagon", "US Department of Defense", "Department of Defense", "Defense Department"),
     (("USAGOV", None, None, None),)),
    ("State Department", "org", ("US State Department", "U.S. State Department", "Department of State"),
     (("USAGOV", None, None, None),)),
    ("Russian Foreign Ministry", "org", ("Russia's Foreign Ministry", "Russian Ministry of Foreign Affairs"),
     (("RUSGOV", None, None, None),)),
    ("Russian Defence Ministry", "org", ("Russian Defense Ministry", "Russia's Defense Ministry",
                                         "Russian Ministry of Defense", "Russia's Defence Ministry"),
     (("RUSGOV", None, None, None),)),
    ("Ukrainian Armed Forces", "org", ("Armed Forces of Ukraine", "Ukraine's armed forces", "Ukrainian military",
                                       "Ukraine's military"), (("UKRMIL", None, None, None),)),
    ("Russian Armed Forces", "org", ("Russian military", "Russia's military", "Russian army", "Russian troops"),
     (("RUSMIL", None, None, None),)),
    ("TASS", "org", ("Tass", "ITAR-TASS"), (("RUSMED", None, None, None),)),
    ("Interfax", "org", ("Interfax news agency", "Interfax-Ukraine"), (("RUSMED", None, None, None),)),
    ("RIA Novosti", "org", ("RIA",), (("RUSMED", None, None, None),)),
    ("Associated Press", "org", ("AP", "the AP"), (("USAMED", None, None, None),)),
    ("Agence France-Presse", "org", ("AFP",), (("FRAMED", None, None, None),)),
    ("Ukrinform", "org", (), (("UKRMED", None, None, None),)),
    ("Wagner Group", "org", ("Wagner", "PMC Wagner"), (("RUSMIL", None, None, None),)),
    ("Donetsk People's Republic", "org", ("DPR", "DNR", "Donetsk separatists"), (("UKRREB", "2014-04-07", None, None),)),
    # UN agencies, other bodies and the Red Cross under the names the news uses (codes: see split_code)
    ("International Labour Organization", "org", (
        "International Labor Organization", "International Labor Office", "International Labour Office", "ILO",
        "UN labour agency", "UN labor agency"), (("IGOUNOLABILO", None, None, None),)),
    ("UNHCR", "org", ("UN refugee agency", "U.N. refugee agency", "United Nations refugee agency",
                      "UN High Commissioner for Refugees", "United Nations High Commissioner for Refugees",
                      "Office of the UN High Commissioner for Refugees"), (("IGOUNOREFHCR", None, None, None),)),
    ("UNICEF", "org", ("United Nations Children's Fund", "UN Children's Fund", "UN children's agency",
                       "U.N. children's agency"), (("IGOUNOKID", None, None, None),)),
    ("World Food Programme", "org", ("WFP", "World Food Program", "UN food agency", "U.N. food agency",
                                     "UN World Food Programme"), (("IGOUNOWFP", None, None, None),)),
    ("World Health Organization", "org", ("World Health Organisation", "UN health agency", "U.N. health agency"),
     (("IGOUNOHLHWHO", None, None, None),)),
    ("IAEA", "org", ("International Atomic Energy Agency", "UN nuclear watchdog", "U.N. nuclear watchdog",
                     "UN atomic agency", "U.N. atomic agency"), (("IGOUNOIAE", None, None, None),)),
    ("UN Human Rights Council", "org", ("UN Human Rights Commission", "U.N. Human Rights Commission",
                                        "United Nations Human Rights Commission", "OHCHR", "UN human rights office",
                                        "UN Commission on Human Rights"), (("IGOUNOHRIHCH", None, None, None),)),
    ("Arab League", "org", ("League of Arab States", "the Arab League"), (("IGOMEAARL", None, None, None),)),
    ("African Union", "org", ("AU", "Organization of African Unity", "Organisation of African Unity", "OAU"),
     (("IGOAFRAFU", None, None, None),)),
    ("Red Cross", "org", ("ICRC", "International Committee of the Red Cross", "International Red Cross",
                          "Red Crescent", "Red Cross and Red Crescent"), (("NGOHLHIRC", None, None, None),)),
    ("Luhansk People's Republic", "org", ("LPR", "LNR", "Lugansk People's Republic", "Luhansk separatists"),
     (("UKRREB", "2014-04-27", None, None),)),
)

# Section headers (normalised) that name the office of the people listed under them.
SECTION_TITLES = {
    "presidents": "President", "president": "President", "u s presidents": "President",
    "prime ministers": "Prime Minister", "prime minister": "Prime Minister", "greek prime ministers": "Prime Minister",
    "roughly prime ministers in order": "Prime Minister", "roughly following order of presidents": "President",
    "chancellors": "Chancellor", "monarch s": "Monarch",
    "vice presidents of the united states": "Vice President", "u s secretaries of state": "Secretary of State",
    "united states secretaries of defense": "Secretary of Defense", "u s attorneys general": "Attorney General",
    "u s secretaries of homeland security": "Secretary of Homeland Security",
    "u s ambassadors to the un": "Ambassador to the UN", "white house chiefs of staff": "White House Chief of Staff",
    "us national security advisors": "National Security Adviser", "us trade representative": "Trade Representative",
    "us directors of central national intelligence": "Director of Central Intelligence",
    "secretarys general": "Secretary-General",
}
# Line comments that are role titles (abbreviations expanded).
COMMENT_TITLES = {
    "foreign minister": "Foreign Minister", "amb to un": "Ambassador to the UN", "secretary of state": "Secretary of State",
    "sec state": "Secretary of State", "sec def": "Secretary of Defense", "pm": "Prime Minister",
    "prime minister": "Prime Minister", "acting pm": "Acting Prime Minister", "pm pt 1": "Prime Minister",
    "pm pt 2": "Prime Minister", "dep pm": "Deputy Prime Minister", "president of germany": "President",
    "chancellor of germany": "Chancellor", "national security advisor": "National Security Adviser",
    "dci": "Director of Central Intelligence", "dep sec state": "Deputy Secretary of State",
    "dep sec def": "Deputy Secretary of Defense", "supreme leader": "Supreme Leader", "sec of army": "Secretary of the Army",
    "min of fin": "Finance Minister", "brief acting sec state": "Acting Secretary of State",
}
HONORIFICS = re.compile(
    r"^(president|prime minister|premier|foreign minister|minister|secretary|ambassador|amb|general|gen|"
    r"senator|sen|rep|representative|governor|gov|mr|mrs|ms|dr|sir|lord|lady|king|queen|prince|chancellor|"
    r"chairman|deputy|vice|former|russian|american|us|u s|british|french|german|chinese|ukrainian|"
    r"defense|defence|state|the)\b")
LOWER_PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "di", "du", "van", "von", "der", "den", "la",
                   "le", "dos", "das", "del", "ben", "abu", "y", "ter", "zu"}
ORG_WORDS = re.compile(r"\b(army|party|front|movement|forces?|council|ministry|department|committee|union|"
                       r"league|brigades?|organi[sz]ation|group|government|assembly|congress|court|agency|"
                       r"commission|association|alliance|national|people s|republic|office|bank|institute)\b")
SMALL_WORDS = {"of", "and", "for", "the", "in", "to", "on", "at", "by", "a", "an"}


def is_acronym(w: str) -> bool:
    """U.N., FSB, UNHCR-like tokens keep their capitals: dotted, or no vowel, or a known one."""
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,}[A-Z]?\.?", w) or (re.fullmatch(r"[A-Z]{2,6}", w) and
                (not re.search(r"[AEIOUY]", w) or w in KNOWN_ACRONYMS)))


KNOWN_ACRONYMS = {"NATO", "OSCE", "UNHCR", "UNICEF", "UNESCO", "IAEA", "OPEC", "ASEAN", "UNDP", "USAID", "UN",
                  "EU", "AU", "IMF", "US", "USA", "UK", "UAE", "FARC", "ETA", "IRA", "ISIS", "ISIL", "PLO", "ANC",
                  "OAS", "OIC", "WHO", "WTO", "WFP", "ICC", "ICJ", "IOM", "OHCHR", "CIA", "FBI", "NSA", "KGB",
                  "ECOWAS", "SADC", "IGAD", "EULEX", "UNMIK", "UNIFIL", "MONUC", "AMISOM", "INC", "LLC"}


@dataclass
class Entry:
    names: list[str] = field(default_factory=list)
    roles: list[tuple[str, str | None, str | None, str | None]] = field(default_factory=list)
    comment: str = ""
    section: str | None = None
    source: str = ""


@dataclass
class Actor:
    id: str
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    roles: list[tuple[str, str | None, str | None, str | None]] = field(default_factory=list)  # code, start, end, title
    curated: bool = False
    curated_roles: set[tuple[str, str | None, str | None, str | None]] = field(default_factory=set)


_POSS = re.compile(r"['’]s(?=[\s_]|$)")

# ---------------------------------------------------------------------------- parsing
_CODE = re.compile(r"\[([^\]]*)\]")


def parse_date(tok: str) -> str | None:
    """Phoenix dates: YYMMDD (YY <= 25 -> 20YY, a 2014-2019 dictionary) or YYYYMMDD."""
    d = re.sub(r"\D", "", tok)
    if len(d) == 6:
        yy = int(d[:2])
        d = ("20" if yy <= 25 else "19") + d
    if len(d) != 8:
        return None
    y, m, day = d[:4], d[4:6], d[6:]
    if not ("01" <= m <= "12" and "01" <= day <= "31"):
        return None
    return f"{y}-{m}-{day}"


def parse_code(body: str) -> tuple[str, str | None, str | None] | None:
    """'RUSGOV 120101-180507' / 'RUSGOV >080601' / 'RUSGOV <061231' -> (code, start, end)."""
    parts = body.split()
    if not parts or not re.fullmatch(r"[A-Z~]{3,}", parts[0]):
        return None
    code, start, end = parts[0], None, None
    rng = "".join(parts[1:])
    if rng.startswith(">"):
        start = parse_date(rng[1:])
    elif rng.startswith("<"):
        end = parse_date(rng[1:])
    elif "-" in rng:
        a, b = rng.split("-", 1)
        start, end = parse_date(a), parse_date(b)
    return code, start, end


def comment_title(comment: str) -> str | None:
    return COMMENT_TITLES.get(normalise(comment.split("#")[0]))


def parse_file(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    cur: Entry | None = None
    section: str | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            text = stripped.lstrip("#").strip()
            head = normalise(text)
            if head in SECTION_TITLES:
                section = SECTION_TITLES[head]
            elif text and not text.startswith("+") and not re.match(r"^[A-Z_]+_", text):
                section = None  # any other prose header ends the section
            continue
        code_part, _, comment = line.partition("#")
        codes = _CODE.findall(code_part)
        name_part = _CODE.sub(" ", code_part).strip()
        title = comment_title(comment) if comment.strip() else None
        if name_part:
            is_variant = name_part.startswith("+")
            name = name_part.lstrip("+").strip()
            # a new entry unless this is a variant or the current entry still waits for its codes
            if not is_variant and (cur is None or cur.roles):
                cur = Entry(source=path.name, section=section, comment=comment.strip())
                entries.append(cur)
            elif cur is None:
                cur = Entry(source=path.name, section=section)
                entries.append(cur)
            if name and not name.startswith("&"):
                cur.names.append(name)
        if cur is None:
            continue
        for body in codes:
            parsed = parse_code(body)
            if parsed:
                cur.roles.append((parsed[0], parsed[1], parsed[2], title))
    return [e for e in entries if e.names and e.roles]


# ---------------------------------------------------------------------------- names
def title_case(raw: str) -> str:
    """'BASHAR_AL-ASSAD_' -> 'Bashar al-Assad'; 'JOHN_MCCAIN' -> 'John McCain'."""
    words = [w for w in raw.replace("_", " ").split() if w]
    out: list[str] = []
    for i, w in enumerate(words):
        if is_acronym(w) and w not in ("INC", "LLC"):
            out.append(w)
            continue
        if i > 0 and w.lower() in SMALL_WORDS:
            out.append(w.lower())
            continue
        parts = re.split(r"([-'])", w.lower())
        res = []
        for j, p in enumerate(parts):
            if p in "-'" or not p:
                res.append(p)
                continue
            if j > 1 and parts[j - 1] == "'" and len(p) == 1:
                res.append(p)  # possessive: Children's
            elif (i > 0 or j > 0) and p in LOWER_PARTICLES and not (j == 0 and len(parts) == 1 and i == len(words) - 1):
                res.append(p)
            elif p.startswith("mc") and len(p) > 3:
                res.append("Mc" + p[2:].capitalize())
            elif re.fullmatch(r"[ivx]+", p) and i > 0:
                res.append(p.upper())
            else:
                res.append(p[:1].upper() + p[1:])
        out.append("".join(res))
    # "Bashar al Assad" -> "Bashar al-Assad", the usual English press form
    return re.sub(r"(?<=\w )(al|el) (?=[A-Z])", r"\1-", " ".join(out))


def choose_name(names: list[str], kind: str) -> str:
    """First name line, unless it is a title form or a bare acronym with a spelt-out variant."""
    if kind == "org":
        first = names[0].strip("_")
        if re.fullmatch(r"[A-Z]{2,6}", first):
            return first  # NATO, FSB, OSCE
        return title_case(first)
    for n in names:
        norm = normalise(n)
        if not HONORIFICS.match(norm) and 2 <= len(norm.split()) <= 4:
            return title_case(n)
    return title_case(names[0])


def slug(name: str) -> str:
    return normalise(name).replace(" ", "-")


# ---------------------------------------------------------------------------- build
def country_table() -> dict[str, tuple[str, list[str], list[str], list[str]]]:
    out = {}
    for line in COUNTRY_TABLE.strip().splitlines():
        parts = line.split("|") + ["", "", ""]
        iso, name, dem, caps, more = parts[:5]
        out[iso] = (name, [d for d in dem.split(",") if d], [c for c in caps.split(",") if c],
                    [m for m in more.split(",") if m])
    return out


def split_code(code: str, countries: set[str]) -> tuple[str | None, str | None]:
    """'RUSGOVMIL' -> ('RUS', 'GOV'); 'IGOWSTNAT' -> ('NATO', 'IGO'); 'MNCUSA' -> ('USA', 'BUS')."""
    code = code.lstrip("~")
    for prefix, (org, _, _) in sorted(IGO_TABLE.items(), key=lambda kv: -len(kv[0])):
        if code.startswith(prefix):
            return org, "IGO"
    head, rest = code[:3], code[3:]
    if head in ("IGO", "NGO"):
        tags = IGO_BODIES if head == "IGO" else NGO_BODIES
        body = next((tags[rest[i:i + 3]] for i in range(0, len(rest), 3) if rest[i:i + 3] in tags), None)
        if body:
            return body, head
        if head == "IGO":
            return "IGO", "IGO"
    if head in NON_STATE:
        sector = NON_STATE[head]
        if rest[:3] in countries:
            return rest[:3], sector
        return None, sector
    if head in countries:
        return head, (rest[:3] or None)
    if head in SECTOR_ONLY:
        return None, head
    return None, None


def build(src: Path, out: Path) -> None:
    ctab = country_table()
    countries = set(ctab)
    entries: list[Entry] = []
    for f in FILES:
        entries += parse_file(src / f)
    for e in entries:  # all country codes seen in Phoenix, even ones not in the hand table
        for code, *_ in e.roles:
            if re.fullmatch(r"[A-Z]{3}", code) and e.source == FILES[0] and code not in SECTOR_ONLY | set(NON_STATE):
                countries.add(code)

    actors: dict[str, Actor] = {}
    alias_owner: dict[str, list[str]] = defaultdict(list)

    def add_alias(a: Actor, alias: str) -> None:
        # "Sudan People's Liberation Movement" is also found as codes.py reads it, possessive cut
        for n in dict.fromkeys((normalise(alias), normalise(_POSS.sub("", alias)))):
            if n and n not in a.aliases:
                a.aliases.add(n)
                alias_owner[n].append(a.id)

    def new_actor(name: str, kind: str, country: str | None) -> Actor:
        aid = f"t{len(actors)}"  # final ids come from the final names, in write()
        a = Actor(aid, name, kind)
        actors[aid] = a
        return a

    # countries first: they own their names, demonyms and capitals
    country_actor: dict[str, Actor] = {}
    for iso, (name, dems, caps, more) in ctab.items():
        a = new_actor(name, "country", iso)
        a.roles.append((iso, None, None, None))
        country_actor[iso] = a
        for al in [name, *dems, *caps, *more]:
            add_alias(a, al)
    for code, (org, name, extra) in IGO_TABLE.items():
        a = new_actor(name, "org", org)
        a.roles.append((code, None, None, None))
        a.curated = True
        country_actor[org] = a
        for al in (name, org, *extra):
            add_alias(a, al)

    # Phoenix entries
    by_key: dict[tuple[str, str | None], Actor] = {}
    for e in entries:
        codes = [r[0] for r in e.roles]
        if all(c.startswith("MNC") for c in codes):
            continue  # ~4,000 multinational companies: rarely news sources here, and half the file
        bare = [r for r in e.roles if r[0] in countries and len(r[0]) == 3]
        if e.source == FILES[0] and bare and "CountryInfo" not in e.comment:
            # a country; for ones that changed (USRUKR <910824, UKR >911221) the current code
            iso = max(bare, key=lambda r: (r[2] is None, r[1] or ""))[0]
            known = [actors[i] for n in e.names for i in alias_owner.get(normalise(n), ())
                     if actors[i].kind == "country"]  # Phoenix's TMP is our TLS: same names, one actor
            a = country_actor.get(iso) or (known[0] if known else new_actor(title_case(e.names[0]), "country", iso))
            if iso not in country_actor:
                a.roles.append((iso, None, None, None))
                country_actor[iso] = a
            for n in e.names:
                add_alias(a, n)
            continue
        igo = [IGO_TABLE[c][0] for c in codes if c in IGO_TABLE]
        if igo and len(set(codes)) == 1 and not any(r[1] or r[2] for r in e.roles) and "IGOrulers" not in e.comment:
            for n in e.names:  # "NATO_ [IGOWSTNAT]", "U.N._SECURITY_COUNCIL [IGOUNO]" are the body itself
                add_alias(country_actor[igo[0]], n)
            continue
        is_person = ("CountryInfo" in e.comment or "IGOrulers" in e.comment or any("ELI" in c for c in codes)
                     or (any(r[1] or r[2] for r in e.roles) and not ORG_WORDS.search(normalise(e.names[0]))))
        kind = "person" if is_person and e.source != FILES[2] else "org"
        name = choose_name(e.names, kind)
        country = next((c for c in (split_code(x, countries)[0] for x in codes) if c), None)
        key = (slug(name), country)
        a = by_key.get(key)
        if a is None:  # same name and country in two places (NATO lists twice) -> one actor
            a = new_actor(name, kind, country)
            by_key[key] = a
        roles = list(e.roles)
        if e.section and kind == "person":  # section title goes to the first dated office held
            for i, (c, s, en, t) in enumerate(roles):
                if (s or en) and "ELI" not in c and t is None:
                    roles[i] = (c, s, en, e.section)
                    break
        a.roles += [r for r in roles if r not in a.roles]
        for n in e.names:
            add_alias(a, n)

    # curated people and organisations merge into the Phoenix actor they name, if any
    for name, kind, extra, roles in CURATED:
        cand = [actors[i] for n in (name, *extra) if len(normalise(n).split()) > 1 or kind == "org"
                for i in alias_owner.get(normalise(n), ()) if actors[i].kind == kind]
        a = cand[0] if cand else new_actor(name, kind, split_code(roles[0][0], countries)[0])
        if a.name != name:
            a.name = name  # the curated form is the common English spelling (Sergei, not Sergey)
        a.curated = True
        a.roles += list(roles)
        a.curated_roles |= set(roles)
        for al in (name, *extra):
            add_alias(a, al)

    # places and peoples Phoenix lacks, owned by their country unless the name is taken
    for line in PLACES.strip().splitlines():
        iso, names = line.split("|")
        for n in names.split(","):
            if not alias_owner.get(normalise(n)):
                add_alias(country_actor[iso], n)

    # transliteration and "first last" variants for people
    for a in actors.values():
        if a.kind != "person":
            continue
        for n in list(a.aliases):
            if HONORIFICS.match(n) or len(n.split()) > 4:
                continue
            for v in translit_variants(n, limit=6):
                add_alias(a, v)

    write(out, actors, alias_owner, countries, ctab, parse_agents(src / "Phoenix.agents.txt"))


def parse_agents(path: Path) -> dict[str, str]:
    """Phoenix.agents.txt: 'MILITARY_POLICE {} [~MILCOP]' -> {'military police': 'MIL'}."""
    macros = {"!PERSON!": ("man", "men", "woman", "women", "person", "people"),
              "!MINIST!": ("minister", "ministers", "ministry", "ministries")}
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        m = re.match(r"^([^\[{=]+?)\s*(?:\{([^}]*)\})?\s*\[~?([A-Z]{3})[A-Z]*\]", line)
        if not m:
            continue
        forms = [m.group(1)] + ([m.group(2)] if m.group(2) and m.group(2).strip() else [])
        for form in forms:
            variants = [form]
            for macro, words in macros.items():
                if macro in form:
                    variants = [v.replace(macro, w) for v in variants for w in words]
            for v in variants:
                key = " ".join(singular(t) for t in normalise(v).split())
                if key:
                    out.setdefault(key, m.group(3))
    return out


def role_text(title: str | None, country: str | None, ctab: dict[str, tuple[str, list[str], list[str], list[str]]]) -> str | None:
    if not title or not country:
        return title
    igo = {org: name for org, name, _ in IGO_TABLE.values()}
    if country in igo:
        cname = igo[country]
        cname = cname if cname.isupper() else "the " + cname
        return title if cname.lower() in title.lower() else f"{title} of {cname}"
    if re.search(r"Kremlin|White House|State Department|Pentagon|Wagner", title):
        return title  # the institution already says whose
    cname = ctab[country][0] if country in ctab else country
    if re.search(r" of | to |Ministry", title):  # "Russian Ambassador to the UN", "United States Secretary of State"
        adj = "United States" if country == "USA" else (ctab[country][1][0] if country in ctab and ctab[country][1] else cname)
        return f"{adj} {title}"
    if cname in ("United States", "United Kingdom", "Netherlands", "Philippines", "United Arab Emirates",
                 "Czech Republic", "Central African Republic", "Dominican Republic"):
        cname = "the " + cname
    return f"{title} of {cname}"


def write(out: Path, actors: dict[str, Actor], alias_owner: dict[str, list[str]], countries: set[str],
          ctab: dict[str, tuple[str, list[str], list[str], list[str]]], agents: dict[str, str]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript("""
        CREATE TABLE actors(id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
                            sector TEXT, curated INTEGER NOT NULL DEFAULT 0, surname TEXT) WITHOUT ROWID;
        CREATE TABLE aliases(alias_norm TEXT NOT NULL, actor_id TEXT NOT NULL,
                             PRIMARY KEY (alias_norm, actor_id)) WITHOUT ROWID;
        CREATE TABLE roles(actor_id TEXT NOT NULL, code TEXT NOT NULL, country TEXT, sector TEXT, role TEXT,
                           role_key TEXT, start TEXT, end TEXT, curated INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE agents(phrase_norm TEXT PRIMARY KEY, sector TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE fuzzy_blocks(key TEXT PRIMARY KEY, names TEXT NOT NULL) WITHOUT ROWID;
    """)
    ids: dict[str, str] = {}
    taken: set[str] = set()
    country_names = {normalise(v[0]) for v in ctab.values()}
    # countries and curated actors get the plain slug; others add their country on a clash
    order = sorted(actors.values(), key=lambda a: (a.kind != "country", not a.curated, int(a.id[1:])))
    for a in order:
        base = "kb:" + slug(a.name)
        aid = base
        if aid in taken:
            c = next((split_code(r[0], countries)[0] for r in a.roles if split_code(r[0], countries)[0]), a.kind)
            aid = f"{base}-{c.lower()}"
            k = 2
            while aid in taken:
                aid, k = f"{base}-{c.lower()}-{k}", k + 1
        taken.add(aid)
        ids[a.id] = aid
    for a in order:
        a.id = ids[a.id]
        rows = []
        for code, start, end, title in a.roles:
            c, s = split_code(code, countries)
            is_cur = (code, start, end, title) in a.curated_roles
            if s == "ELI" and len(a.roles) > 1:
                continue  # "elite" spans around an office say little and take a fifth of the file
            rows.append((a.id, code, c, s, role_text(title, c, ctab), role_key(title) if title else None,
                         start, end, int(is_cur)))
        # the actor's default country/sector: its latest non-elite role
        best = max(rows, key=lambda r: (r[3] != "ELI", r[7] is None, r[6] or "", r[8]), default=None)
        country = best[2] if best else None
        sector = best[3] if best else None
        if a.kind == "country":
            country, sector = (best[1] if best else None), None
        toks = normalise(a.name).split()
        surname = toks[-1] if a.kind == "person" and len(toks) >= 2 and len(toks[-1]) >= 3 else None
        if surname in country_names:
            surname = None  # "Islamic State of Iraq" filed as a person: "Iraq" alone is the country
        con.execute("INSERT INTO actors VALUES (?,?,?,?,?,?,?)",
                    (a.id, a.name, a.kind, country, sector, int(a.curated), surname))
        con.executemany("INSERT INTO roles VALUES (?,?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO aliases VALUES (?,?)",
                    sorted((n, ids[i]) for n, owners in alias_owner.items() for i in dict.fromkeys(owners)))
    names = sorted(n for n, owners in alias_owner.items() if owners)  # as kb.py reads them back
    con.executemany("INSERT INTO fuzzy_blocks VALUES (?,?)",
                    sorted((k, " ".join(map(str, v))) for k, v in fuzzy_blocks(names).items()))
    con.executemany("INSERT INTO agents VALUES (?,?)", sorted(agents.items()))
    con.execute("INSERT INTO meta VALUES ('source', 'PETRARCH2 Phoenix dictionaries (MIT) + curated table')")
    # kb.py reads rows as names are looked up: by alias (the key above), surname and actor
    con.executescript("""
        CREATE INDEX actors_surname ON actors(surname) WHERE surname IS NOT NULL;
        CREATE INDEX roles_actor ON roles(actor_id);
    """)
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(out)
    print(f"{out}: {len(actors)} actors, {len(alias_owner)} aliases, {out.stat().st_size / 1e6:.1f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="?", default=str(ROOT.parent / "shared" / "data" / "petrarch_dictionaries"))
    ap.add_argument("-o", "--out", default=str(ROOT / "saidwhat" / "data" / "actors.sqlite"))
    args = ap.parse_args()
    build(Path(args.src), Path(args.out))


if __name__ == "__main__":
    main()
