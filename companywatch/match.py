"""Which watched companies a headline is about.

One Aho-Corasick automaton holds every variant of every watched company (names, aliases, short
forms, acronyms, tickers, see :mod:`companywatch.names`). A headline is folded once and scanned
once; only the spans the automaton reports are checked, by rules that each say why they accept or
reject. rapidfuzz only ever compares a candidate span with one variant (typo-tolerant long names);
it never scans a headline, where ``partial_ratio("Meta", "metaverse")`` would be 100.

The rules, in order, for a candidate span of company C:

1. case: a short name ("BP", "ICE"), an acronym or a ticker must appear in its own case; a span
   all in lower case in a text that has capitals is not a name ("apple pie", "intel on").
2. ticker: a ticker counts after "$" or an exchange ("NYSE: TGT", "(NASDAQ: SPOT)"), or bare
   when it is not a word.
3. exclude / require: the user's words for C (``--exclude``, ``--require``).
4. ambiguity gate, for a variant that is also a common word (from data: is_common_word): it needs
   evidence (C's ticker, another of C's unambiguous variants, a legal form after it, proper-noun
   case in a sentence-case text, a possessive, business words nearby, another watched company in
   the text) and no negative context ("pie", "rainforest", "audience").
5. overlap: a span inside a longer accepted span of another company is that company's ("Shell"
   in "Royal Dutch Shell"); a typo match loses to another company's exact name on the same span;
   a form derived from two nested watched names goes to the fuller one ("LSE" for "London Stock
   Exchange Group", not "London Stock Exchange"). Otherwise two companies on one span are both
   reported: "Lloyds" is both "Lloyds" and "Lloyds Banking Group PLC" when both are watched.

Before all that, a quick check (two ``str.translate`` passes and two automaton scans) drops the
texts that contain no variant at all, which with a large watch list is most of them.
"""

from __future__ import annotations

import collections
import contextlib
import csv
import functools
import gc
import json
import logging
import os
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Generic, TextIO, TypeVar

import ahocorasick
from rapidfuzz.distance import Levenshtein

from companywatch.errors import ConfigError
from companywatch.models import CompanySpec
from companywatch.names import (
    ACRONYM_STOPWORDS,
    AIRLINE_WORDS,
    AND_WORDS,
    BANK_WORDS,
    CAMEL_PAIR,
    COMMON_LANGUAGES,
    COUNTRY_CODES,
    GENERIC_WORDS,
    INSURANCE_WORDS,
    LEADING_GENERIC,
    MOJIBAKE_PAIR,
    SHORT_MAX_ZIPF,
    Token,
    Variant,
    _fold_char,
    big_city_names,
    country_words,
    fold,
    fold_tokens,
    french_towns,
    in_english_dictionary,
    inflected,
    is_common_word,
    is_dictionary_name,
    is_everyday_word,
    is_given_name,
    is_known_form,
    is_known_word,
    is_peoples_word,
    legal_terms,
    load_word_data,
    place_names,
    same_country,
    split_camel,
    spoken_zipf,
    state_abbreviations,
    town_names,
    variants,
    without_legal_form,
    written_form,
    written_zipf,
    zipf,
)

log = logging.getLogger(__name__)
_T = TypeVar("_T")

__all__ = ["Decision", "MatchResult", "Matcher", "load_companies_csv", "run_batch"]


@dataclass(frozen=True)
class MatchResult:
    """One company found in a text: the best accepted span for it."""

    key: object
    name: str
    score: float
    variant: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Decision:
    """One candidate span and what the rules made of it (for ``watch match`` explanations)."""

    name: str
    variant: str
    start: int
    end: int
    accepted: bool
    reason: str


# Words that say a text is about a business, in the languages headlines come in. Matched as word
# starts (stems) when 4 letters or longer, else exactly.
CONTEXT_STEMS: tuple[str, ...] = tuple(
    """
    share shares stock stocks ceo cfo coo cto chief boss chairman chairwoman founder executive
    exec layoff layoffs lays laid cuts cut slash axe axes jobs job hire hires hiring workers workforce
    employee employees staff union strike earning earnings profit revenue sales quarter
    quarterly q1 q2 q3 q4 fy results forecast guidance outlook dividend buyback acquir acquisit
    buys buy bought takeover merger merge deal stake investor shareholder analyst ipo listing
    valuation billion million bn mln warns spending closed venture ventures quits exits
    offshore turnaround launch unveil announc report sues sued lawsuit fine fined
    regulator antitrust probe board store stores plant factory customer subscriber users app
    brand company firm giant maker retailer carrier airline insurer lender bank supplier rival
    rivals competitor market nyse nasdaq ftse dow inc corp plc ltd llc ag ab sa nv gmbh
    price prices cost costs contract contracts partner partnership startup subsidiary units
    division operations headquarter hq office offices expands expansion opens closes closing
    invest investment invests funding raises raised valu growth decline falls rises jumps drops
    slumps surges soars tumbles plunges slips dips beats misses upgrade downgrade rating ratings
    recall shareholders brexit sells sell sold spin spinoff pay paid wage wages bonus
    aktie aktien aktier aktiens vd koncern koncernen bolag bolaget bolagets varslar varsel
    anstallda medarbetare vinst rorelseresultat omsattning kvartal kvartalet rapport kop koper
    forvarv borsen borsen jobb nedskarningar miljarder miljoner kronor sager uppsagningar
    konzern unternehmen streik gewerkschaft grunder grundare fondateur amende bestellt
    bestellung auftrag recrut lance lancement betal paiement preis tankstelle condamn publicit chef vorstand stellen stellenabbau entlassungen mitarbeiter gewinn
    umsatz quartal ubernahme kauft borse milliarden millionen prognose streicht konzernchef
    action actions bourse pdg directeur emplois licenciements suppressions postes benefice
    chiffre trimestre rachat rachete groupe entreprise societe salaries milliards resultats
    acciones empresa despidos beneficio ventas trimestre
    oil gas lng energy mining miner miners drilling refinery pharma drug drugmaker drugs fda
    trial trials bank banks banking lender supermarket grocer grocery airline airlines telecom
    outage outages fabrik werk ads advert chip chips chipmaker cloud subscri loss losses debt
    order orders asset assets apps licenci supprim annonc embauch greve usine patron forlust
    personal saljer lanser invester uppkop tjansteman beschaftigt entlass kunde kunden despid
    ganancia emple compra fee fees flight flights pilot pilots attendant passengers
    filiale filialen laden geschaft butik butiker magasin magasins tienda tiendas boutiques
    preise senkt erhoht rabatt gebuhr nutzer tochter handler haendler kassiert
    avgift handlare sanker hojer pris priset priser priserna kunder
    branch branches superstore bid bids bidder bidding grundarna
    jet jets aboard baggage luggage routes nonstop boarding layover
    previsions releve tarif clients commande distributeur cede sale margin offer raffinerie vente prix backlog achat payment samarbet
    betriebsrat sprecher standort belegschaft
    hypermarch supermarch
    premium interview recruiter onsite internship okar minskar panne abonne
    datacenter datacentre rechenzentrum graduate trainee traineeship
    apprenticeship assessment logistik logistikzentrum versicherung versicherer anteil anteile
    verkauf vols
    warehouse shoppers developers lager restructur roles
    aterkall ruckruf rappel oppnar eroffn stanger schliesst flug fluge flyg abspalt equipementier
    startar stams stammer gestreik utilisateur lay bureau agrandi pipeline savings cruise
    passenger strateg swe sde flyget direktflyg avgangar beteiligung
    chaine redressement topp toppen kartellamt strafe strafen anvandare license licence licensing
    ergebnis deliveries lieferdienst reseau zahlung zahlungen medicament sponsor konsult fab fabs
    coentreprise zuliefer aktionar aufsichtsrat umbau abschreib verteilzentrum ekonom
    entwickler verlag laying marque marques membership ubernimmt ubernehmen ubernommen
    rolls rollout analytiker openings
    production produktion assembly delivery codeshare bonds accord accords billing
    dispute direktlinje direktlinjen
    """.split()
)
# Business talk said of a company only, never of a town: "Zurich raises dividend" (not
# "Zurich office", "Zurich flights")
CORPORATE_STEMS = tuple(
    """dividend profit earnings revenue shareholder ceo quarterly acquisition acquire merger
    takeover ipo guidance premiums underwrit vinst gewinn umsatz benefice resultat""".split()
)
# Words that start with a stem and are no business talk: "The Hollywood Reporter", German
# "Flügel" (a wing, not a flight).
CONTEXT_NOT: frozenset[str] = frozenset(("reporter", "reporters", "flugel"))
# Stems that would also start unrelated words ("sold" in "soldiers"): matched whole.
CONTEXT_WHOLE: frozenset[str] = frozenset(
    (
        *("sold", "fine", "fined", "stock", "sale", "bureau", "bid", "bids", "bidder", "bidding"),
        *("production", "accord", "delivery", "assembly", "dispute", "billing"),
    )
)  # not "Stockholm", "bureaucracy", "demandes", "Eon Productions", "s'accordent"

# Words that, right next to a common-word name, say it is the word: "apple pie", "target
# audience", "Amazon rainforest", "shell shock". Themes, not names: food, nature, places,
# everyday objects and the phrases the common words make.
NEGATIVE_NEIGHBOURS: frozenset[str] = frozenset(
    """
    pie pies juice cider tree trees orchard orchards fruit fruits recipe recipes crumble sauce soup
    vinegar blossom seeds seed harvest picking eating
    rainforest forest jungle river basin delta tribe tribes indigenous wildlife deforestation
    audience audiences practice range demographic date dates
    breakfast drift shelf
    shock shocked beach seashell egg eggs shellfish hermit crab oyster casing cracking crack
    year years
    requirement requirements application applications applicant waiver waivers lottery
    sticker stamp overstay sponsorship processing holders holder extension extensions denial
    refusal migration 1b
    variant variants wave blues
    ratio lens lenses camera
    cream fish
    sap syrup maple tree flow
    hedging
    stripes zebra pattern patterned wallpaper
    mirror mirrors
    big heart between gender wage skills mind student students golden tourist passport
    immigration force smelt foundation lens fatigue out government national party election
    elections poll polls decision peas cold bones delphi analysis description tags tag
    officials agencies game script day
    patterns sighting sightings rock
    lawmakers democrats conservatives caucus politicians voters legislators senators
    """.split()
)

# Nouns that make a name of their own out of the word before them: "Compass Pathways", "Apple
# Corps", "Sage Therapeutics" are other organisations than Compass, Apple and Sage (unless the
# watched name has the word itself: "Compass Group").
# Places named after a company: "Target Center", "Nokia Arena", "Ford's Theatre".
VENUE_WORDS = frozenset(
    """center centre arena stadium field theatre theater hall globe dome plaza tower museum
    wing airport road street avenue boulevard cup trophy amphitheatre festival abbey cathedral
    castle palace velodrome parken stadion garden""".split()
)
# A town's own people and offices, right after its name: "Corning police", "Salzgitter
# Stadtrat", "Trelleborgs kommun".
TOWN_WORDS = frozenset(
    """police polis polisen council councillors mayor residents sheriff man woman hamn hamnen byen
    hafen stad staden kommun kommunen harbour harbor polizei
    stadtrat gemeinderat gemeinde gemeindeversammlung burgermeister mairie maire prefecture
    islands""".split()
)
# Before a town's name: "Staden Nokia", "the city of Corning", "la ville de Gap".
TOWN_BEFORE = frozenset(
    """city town village port mayor residents school staden stad borgmastare invanare skolan ville
    commune maire mairie prefecture habitants hopital maternite gare lycee ecole quartier stadt
    gemeinde
    burgermeister einwohner schule""".split()
)
# Generic words of one kind of business, which a firm is known by in turn: "Unity Software" is
# "Unity Technologies", "Ally Financial" runs "Ally Bank".
SAME_BUSINESS = (
    frozenset("technology technologies tech software systems".split()),
    frozenset("bank banking bancorp bancshares financial finance".split()),
    # insurance, in the headline languages: "Zurich Versicherung" is Zurich Insurance
    INSURANCE_WORDS | {"insurer"},
    # an airline's own name: "Alaska Airlines" is Alaska Air Group's
    frozenset("air airline airlines airways".split()),
    # a carmaker's, in Swedish too: "Volvo Personvagnar" is Volvo Car AB
    frozenset("car cars personvagnar personbilar".split()),
    # a cruise line's, in the headline languages: "MSC Croisières", "Costa Kreuzfahrten"
    frozenset("cruise cruises croisieres crociere kreuzfahrten kryssningar".split()),
)
# Right before a common-word name, words that make it a person's: "daughter Apple Martin".
PERSON_BEFORE = frozenset(
    """daughter son wife husband sister brother mother father girlfriend boyfriend actress actor
    singer rapper fille fils rear vice
    prince princess king queen duke duchess lord lady sir prins prinsessan prinsessa kronprins
    kronprinsessan kung kungen drottning drottningen prinz prinzessin konig konigin herzog
    princesse roi reine duc god goddess gud gudinnan gott gottin dieu deesse
    oma opa mormor farmor morfar farfar grandma grandpa granny mamie papy""".split()
)  # "Rear Admiral" is a rank; not German "Tochter", also a subsidiary: "Softbank-Tochter Arm"
# The whole group of a brand: "Volvo Group", "Volvokoncernen" is not Volvo Cars.
GROUP_WORDS = frozenset(
    "group groups groupe groep gruppe gruppen koncern koncernen konzern konzerns".split()
)
_HOLDING_WORDS = frozenset("holding holdings".split())
# Words of a trade in a company's name, not of its size or form: "Lloyds Banking Group" has one
_NAME_TRADE_WORDS = (
    GENERIC_WORDS
    - GROUP_WORDS
    - _HOLDING_WORDS
    - frozenset("com corp co companies international intl global worldwide enterprises".split())
)
# A business a firm of any trade may open under its own name: "Amazon Pharmacy"; and the
# insurance a firm whose name gives no trade sells under it, as German writes it:
# "Ergo-Versicherung", "Allianz-Versicherung"
_ARM_WORDS = frozenset(("pharmacy", "versicherung"))
# Words after two firms' names joined by a hyphen: "Omnicom-Interpublic deal"
_DEAL_WORDS = frozenset("deal deals merger mergers alliance tie takeover fusion pact".split())
# Swedish and German names of a vehicle maker's truck and bus divisions: "Volvo Lastvagnar"
# is AB Volvo's own; the English "Renault Trucks" is another company (AB Volvo's too).
# Words that end the name of a public body or an institution ("Prudential Regulation
# Authority", "Walt Disney Concert Hall"), not of a company's own unit ("Amazon One Medical").
INSTITUTION_WORDS = frozenset(
    """authority college university school council institute foundation hospital hall center
    centre society association federation ministry agency commission court museum library
    church industries index laboratory gallery endowment""".split()
)  # an index ("SSE Composite Index"), and a conglomerate's: "Samsung Heavy Industries" is not Samsung Electronics
# Words that cannot follow a German or Swedish genitive, which a noun follows: prepositions,
# articles, conjunctions, the commonest verbs ("Pumas im Zoo", "Snaps och sill").
_NO_NOUN_AFTER = frozenset(
    """im in am an auf aus bei mit nach von vor zu zum zur und oder sind haben werden die der
    das den dem des ein eine i pa av med for fran till och eller ar har blir en ett""".split()
)
_WORD_AFTER = re.compile(r"\s+(\w+)")
# Before initials in capitals, words that make them a reading or an illness: "high BP" (blood
# pressure), "dry AMD" (macular degeneration), not a company.
READING_WORDS = frozenset("high low elevated raised dry wet".split())
# and the possessives that own a thing: "lower your BP", "our UPS died" (but "my KLM
# final assessment", with a word of business after it, and "my NVDA", a symbol, are the company)
OWNERS = frozenset("your my his her our their".split())
# and in French, German and Swedish, where no one writes a symbol so: "augmenter son CA de 20 %"
# (its turnover, "chiffre d'affaires"), "seine AG"
FOREIGN_OWNERS = frozenset(
    "son sa ses mon ma mes notre votre leur sein seine ihr ihre unser unsere sitt sin sina".split()
)
SWEDISH_WORD_ZIPF = 5.0  # "visa" (show) 5.4; not "delta" 4.6, "ica" 4.6, "volvo" 4.4
TOOL_PREPOSITIONS = frozenset("on over via".split())
AT_A_COMPANY = frozenset("bei chez hos".split())  # German, French, Swedish "at"
# Verbs whose "on" takes a firm, not a tool: "Notion takes on Zoom", "retailers lean on Stripe"
TAKES = frozenset(
    """take takes took taking lean leans leaned leaning rely relies relied relying depend
    depends depended depending count counts counted counting""".split()
)
# Words of a contest before "over": "widens lead over Rossmann", "picked over Tesco"
_WINS_OVER = frozenset(
    "lead edge win wins won victory advantage preferred picked chosen chose pick".split()
)
PLACE_PREPOSITIONS = frozenset("in at from to near outside across around".split())
# and where Swedish (Danish, Norwegian) names one: "ekonomin i Norden" (not "hos", at a firm)
NORDIC_PLACE_PREPOSITIONS = frozenset("i fran till".split())
# Between two names listed or weighed against each other: "Visa och Mastercard", "Stripe vs
# Block", "Delta or United".
LISTED_BETWEEN = frozenset(", & and och und et y / vs vs. versus or eller oder ou".split())
# Where a clause ends after a word: punctuation, or a dash before the publisher's name
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|[-–—]\s|$)")
ENGLISH_DETERMINERS = frozenset("a an the your my our their his her this that".split())
# French words before a place: "à Gap", "vers Mars", "près d'Orange" (a company is "chez").
FRENCH_PLACE_BEFORE = frozenset(("a", "vers", "pres"))
VEHICLE_LINE_WORDS = frozenset("lastvagnar lastbilar bussar lkw".split())
ORGANISATION_WORDS: frozenset[str] = (
    frozenset(
        """
    corps therapeutics pharmaceuticals pharma biosciences bioscience biotech biotechnology pathways
    associates
    foundation institute university college school council church party club trust society
    association union federation ministry department agency authority energy airlines
    airways motors mining minerals resources petroleum insurance hotels resorts capital
    partners ventures records daily times post journal herald gazette tribune chronicle
    electronics biologics hospitality hospital dental medical clinic trucks lastvagnar lastbilar
    bussar buses lkw county city township river valley island lake bay park street pharmacy
    pharmacies cars faucet faucets materials financial professional healthcare
    stiftung stiftelse stiftelsen fondation motorcycles composite composites material farms
    personvagnar personbilar systemes betting isd
    """.split()
    )
    | VENUE_WORDS
    # "Novo Banco"; not the Swedish "Banken", a group's own bank ("ICA Banken höjer räntan")
    | (BANK_WORDS - {"banken"})
)

# A model's or a rocket's number ("Delta IV"; not "V" nor "X", which are letters too)
_ROMAN_NUMERALS = frozenset("II III IV VI VII VIII IX XI XII".split())
# Of those, the ones a headline uses as verbs too: "post lower profits", "records a loss"
_ORGANISATION_VERBS = frozenset("post posts posted records recorded ventures".split())

# Words of universities and research: a derived acronym there names the school ("LSE").
ACADEMIC_WORDS: frozenset[str] = frozenset(
    """
    student students campus professor professors researchers research study studies university
    alumni lecturer lecturers academics undergraduates graduates economists scientists
    """.split()
)

# What a company is called before its name: "Drugmaker Shire", "Retailer Target".
DESCRIPTORS: frozenset[str] = frozenset(
    """
    drugmaker retailer carrier airline insurer lender bank giant maker firm company group rival
    chipmaker automaker carmaker supplier miner grocer supermarket brewer startup conglomerate
    investor operator developer manufacturer broker platform app network fintech designer
    provider processor streamer service owner parent marketplace utility
    groupe geant constructeur operateur assureur fabricant distributeur editeur banque enseigne
    societe compagnie marque chaine
    """.split()
)
# A name its company writes in lower case is that name in lower case too, unless people say
# it as a word: "adidas" 1.6 in film subtitles, "indie" 2.9.
LOWER_NAME_SPOKEN_ZIPF = 2.0
# A name its company writes in capitals is not that name written as a word when people say the
# word every day: "nice" 5.6, "six" 5.3, "man" 6.0 in film subtitles; not "arm" 4.6, "seat" 4.6,
# "puma" 2.2, which the press writes as words ("Arm", "Seat", "Puma").
EVERYDAY_CAPITALS_ZIPF = 5.0
# After a word in lower case, a preposition makes it a verb: "partners with", "trusts in".
# Small words that names leave in lower case: "Bank of America", "Jung von Matt".
_LOWER_IN_NAMES = ACRONYM_STOPWORDS | frozenset(
    "von van der den zu af di da del des et und och for on at in to".split()
)
VERB_FRAMES = frozenset("with to in on for".split())
# A symbol that English news writes more often than this is its word or acronym ("CEO")
BRAND_SYMBOL_MAX_ZIPF = 3.0
# The land a name may be of, after it in lower case too: "the Rio Tinto river", "Nokia city"
FAMILY_WORDS = frozenset("family familie famille familjen familien".split())
GEOGRAPHY_WORDS = frozenset(
    "river valley island lake bay county township city town municipality kommun region province "
    "district heights hills canal forest desert peninsula".split()
)
# Asking words that start a question and are no one's name: "Does Stripe sponsor visas?"
AUXILIARIES = frozenset(
    "does did do is are was were can could should would will has have had".split()
)
GERMAN_MODALS = frozenset("muss will kann soll darf mag".split())
SWEDISH_INDEFINITE = frozenset(("en", "ett"))
GERMAN_QUANTIFIERS = frozenset("mehr weniger viele wenige keine zahlreiche".split())
GERMAN_INDEFINITE = frozenset("ein eine einen einem einer eines".split())
GERMAN_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer".split())
ARTICLES = frozenset("the a an eines le la les un une en ett".split()) | GERMAN_ARTICLES
GERMAN_DESCRIPTOR_ENDINGS = (
    "hersteller",
    "flieger",  # "Ferienflieger Condor", "Billigflieger Ryanair"
    "konzern",
    "bauer",
    "handler",
    "anbieter",
    "riese",
    "gigant",
    "kette",
    "gruppe",
    "versicherer",
    "unternehmen",
    "firma",
    "konkurrent",
    "rivale",
    "marke",
    "designer",
    "dienstleister",
    "dienst",
    "entwickler",
    "lieferant",
    "zulieferer",
    "produzent",
    "ausruster",
    "spezialist",
    "betreiber",
    "plattform",
    "startup",
    "bank",
)
# After a hyphen, what still speaks of the company: "Amazon-owned", "Apple-backed".
COMPANY_COMPOUNDS: frozenset[str] = frozenset(
    """
    owned backed led based funded linked made branded sponsored controlled supplied built run
    powered designed developed operated
    bound style like certified exclusive
    agd agda agt
    """.split()  # the Swedish "owned": "Visa-ägda Tink"
)
# After a hyphen: a word in lower case anywhere; a capitalised one in German, where every noun
# is ("Puma-Schützenpanzer", "Target-Salden"; "Apple-Google deal" is two names).
_HYPHENED = re.compile(r"-([^\W\d_]+)\b")
# Business words that Swedish and German glue to a name: "Ericssonaktien", "Volvokoncernen";
# their roots, keys of the quick check, come before the pattern (4 us a text).
_COMPOUND_TAILS = tuple(
    """
    aktie aktien aktiens aktier aktierna chef chefen chefens koncern koncernen koncernens
    konzern konzerns bolag bolaget bolagets fabrik fabriken vinst vinsten rapport rapporten
    affaren kursen ledningen styrelsen anstallda strejk strejken konflikten
    """.split()
)
_COMPOUND_TAIL = re.compile(
    r"[^\W\d_]{3}(" + "|".join(sorted(_COMPOUND_TAILS, key=len, reverse=True)) + ") "
)
_COMPOUND_ROOTS = (
    "aktie", "chef", "koncern", "konzern", "bolag", "fabrik", "vinst", "rapport", "affaren",
    "kursen", "ledningen", "styrelsen", "anstallda", "strejk", "konflikt",
)  # fmt: skip


_WEB_ADDRESS_AFTER = re.compile(r"\.(?:com|net|io|co\.uk|de|se|fr)\b")  # "Booking.com"
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")
_COMPOUND_BEFORE = re.compile(r"\b([^\W\d_]+)-$")
# " - Publisher" at the end of a headline: at most six words after the last dash or bar.
_PUBLISHER = re.compile(r"\s+[-–—|]\s+((?:(?!\s[-–—|]\s)[^|]){1,60})$")
# Initials of given names right before: "H.C. ", "J. R. R. "
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\. ?){1,3}$")
# The head of a Google Alerts item as mailed or forwarded: the alert's own query, then the
# title ('Google Alert - "Target": Pentagon says strike hit ...').
_ALERT_HEAD = re.compile(
    r"\s*Google Alerts?\s*[-–—:]\s*(?:\"[^\"]{1,80}\"|[^:|\"]{1,80}?)\s*[:|]\s"
)  # the query, then a colon or a bar: "Google Alert - Volvo | Volvo Group cuts jobs"
# The title of an item of SEC EDGAR's filings feeds: form, filer's name as registered, CIK and
# role ("8-K - FORD MOTOR CO (0000037996) (Filer)", "10-Q - PROGRESSIVE CORP/OH/ (...)").
# Titles copied by hand sometimes leave the number out ("10-Q - TARGET CORP (Filer)"): then
# the name is the part after the last " - ".
_EDGAR_TITLE = re.compile(
    r"\s*[\w/. -]{1,25}? - (?:(?P<name>\S.*?) \(\d{4,10}\) \([A-Za-z ]{3,20}\)"
    r"|(?P<bare>\S(?:(?! - ).)*?) \((?:Filer|Subject|Reporting|Filed by)\))\s*$"
)


def _edgar_name(m: re.Match[str]) -> str:
    """The group of the filer's name in a match of ``_EDGAR_TITLE``."""
    return "name" if m.group("name") is not None else "bare"


_EDGAR_STATE = re.compile(r"\s*/\s*[A-Z]{2,3}/?\s*$")  # "PROGRESSIVE CORP/OH/", "... INC / MA"


@functools.lru_cache(maxsize=4096)  # asked for every candidate in the filer's name
def _naming_word(word: str) -> bool:
    """A word of a name that names it: no generic word, legal form, or little word."""
    return not (word in GENERIC_WORDS or word in ACRONYM_STOPWORDS or (word,) in _legal_set())


# A legal form's letters written apart at the end of a filer's name: "TELEFONICA S A"
_SPACED_LETTERS_AT_END = re.compile(r"(?<= )[A-Z](?: [A-Z]){1,2}$")


@functools.lru_cache(maxsize=4096)
def _registered_name(filer: str) -> str:
    """An SEC filer's name without its legal form and state ("PROGRESSIVE CORP/OH/",
    "TELEFONICA S A")."""
    name = _EDGAR_STATE.sub("", filer).rstrip()
    name = _SPACED_LETTERS_AT_END.sub(lambda m: m.group().replace(" ", ""), name)
    return without_legal_form(name)


# Right after a common-word name, the phrase it makes: "shell company", "target companies".
CARD_KINDS = frozenset("debit credit gift prepaid signature platinum business travel".split())
NEGATIVE_FOLLOWERS: frozenset[str] = frozenset(
    ("company", "companies", "corporations", "crossing", "card", "call", "calls")
)  # "shell company"; "a Visa card" is a thing in a wallet (a network's "cards" its business);
# "a Zoom call" a thing one is on
# The word as a verb with its particle, in English and French: "Zoom in:", "Zoom sur ...".
IDIOM_FOLLOWERS: dict[str, frozenset[str]] = {
    "zoom": frozenset(("in", "out", "sur", "arriere", "avant")),  # French "zoom arrière"
    "next": frozenset(
        "week weeks year years month day time steps step generation gen for level stop".split()
    ),
    "target": frozenset(("price", "bonus")),  # an analyst's "target price", a pay "target bonus"
    "wise": frozenset(("words", "choice", "move")),
    "sage": frozenset(("advice",)),
    "box": frozenset(("office",)),
}
# Right before it: "pay gap" ("Apple Pay" is the company), an analyst's "price target", a
# "sales target", an "inflation target", a "gender gap", a "skills gap".
NEGATIVE_PRECEDERS: frozenset[str] = frozenset(
    "pay price sales inflation emissions wage gender skills funding".split()
)

# What follows "<product> Market" in market-research spam ("... Market Report", "Market 2019",
# "Market by Players"); "Apple market value" or "emerging-markets strategy" say nothing of it.
MARKET_REPORT_WORDS: frozenset[str] = frozenset(
    "by report reports research size growth analysis forecast forecasts trends outlook overview "
    "revenue insights study segmentation opportunities dynamics demand players global".split()
)

FUNCTION_WORDS: frozenset[str] = frozenset(
    "a an the as in on of for to and or amid after before while with at by from is are was "
    "were be has have had will would can could".split()
)

# Words anywhere in a text that say a common-word name is the word, not the company.
NEGATIVE_WORDS: frozenset[str] = frozenset(
    """
    rainforest deforestation recipe recipes baking orchard orchards seashell seashells snorkel
    hiking gardening garden gardener cooking dessert pear pears growers grower
    cocktail cocktails negroni negronis vermouth spritz
    maire mairie mayor burgermeister
    rover rovers nasa planet planets orbit orbiter spacecraft astronaut astronauts telescope
    """.split()
)

EXCHANGES = (
    "NYSE NASDAQ Nasdaq AMEX NYSEArca LSE LON TSX TSXV ASX HKEX SGX OTC OTCQX XETRA ETR FRA "
    "SIX STO OMX OMXS Euronext EPA AMS BIT BME TYO TSE NSE BSE"
).split()
_EXCHANGE_SET = frozenset(EXCHANGES)
EXCHANGE_RE = re.compile(r"(?:" + "|".join(EXCHANGES) + r")\s*[:.]\s*$")
_BEFORE_A_SYMBOL = re.compile(r"\s*:\s*[A-Z0-9]")
_PLURAL_CAPITALS = re.compile(r"[A-Z]{2,}s")  # "APs", "SAs"
_NAME_POSSESSIVE = re.compile(r"([^\W\d_]+)['’`´]s\b")  # "Macy's", "McDonald's"
_POSSESSIVE_AFTER_NAME = re.compile(r"['’`´ʼ]s?\b|['’`´ʼ]")
# American exchanges, where a company with another country's legal form trades, if at all,
# under its own name ("Spotify (NYSE: SPOT)"); after another name the symbol is that firm's:
# "Dollar General (NYSE: DG)" is no Vinci SA, "Tractor Supply (NASDAQ: TSCO)" no Tesco PLC.
US_EXCHANGES = ("NYSE", "NASDAQ", "Nasdaq", "AMEX", "NYSEArca", "OTC", "OTCQX")
US_LEGAL_FORMS = frozenset("inc incorporated corp corporation llc lp llp co company".split())
# An American corporation's legal form at the end of its name ("Compass, Inc.").
_US_CORPORATION = re.compile(r"(?:,?\s+|\b)(?:Inc|Corp|Corporation|Incorporated)\b\.?\s*$", re.I)
# Exchanges far from Europe, where a company of a European legal form has no home listing.
FAR_EXCHANGES = ("ASX", "TSX", "TSXV", "HKEX", "SGX", "TYO", "TSE", "NSE", "BSE")
# French articles, before a word for a firm after a colon: "Gap : l'enseigne américaine ..."
_FRENCH_ARTICLES = frozenset("le la les l un une".split())
# The legal forms of France, Belgium, Switzerland and Luxembourg, where French is written
FRENCH_REGION_FORMS = frozenset("sa sas sasu sca sarl se snc scop eurl sem nv ag sagl".split())
EUROPEAN_LEGAL_FORMS = frozenset(
    "sa ag se nv ab asa oyj spa gmbh kgaa plc as bv sarl sas aps publ".split()
)
# The American and far exchanges, as one alternation of a pattern
_FAR_OR_US_EXCHANGE = "|".join(US_EXCHANGES + FAR_EXCHANGES)
_NAME_BEFORE_EXCHANGE = re.compile(
    r"([^\W\d_][^\s()]*(?:\s+[^\W\d_][^\s()]*){0,3})\s*\(\s*("
    + _FAR_OR_US_EXCHANGE
    + r")\s*[:.]\s*$"
)
# The rest of a name, then its symbol on an exchange in brackets: " Energy (NYSE: DTE)".
_REST_THEN_EXCHANGE = re.compile(
    r"((?:[\s-]+[^\W\d_][^\s()]*){1,3}\s*\(\s*(?:"
    + _FAR_OR_US_EXCHANGE
    + r")\s*[:.]\s*)\$?([A-Za-z0-9][A-Za-z0-9.\-]*)\s*\)"
)
# "Visa (V)", "Spotify (NYSE: SPOT)": a name with its ticker in brackets right after it.
_OWN_TICKER_AFTER = re.compile(
    r"\s*\(\s*(?:[A-Za-z]+\s*[:.]\s*)?\$?([A-Za-z0-9][A-Za-z0-9.\-]*)\s*\)"
)
# A bracket opened before a symbol, with an exchange's code or a dollar sign: "(NYSE: " "($"
_BRACKET_BEFORE_SYMBOL = re.compile(r"\(\s*(?:(?:" + "|".join(EXCHANGES) + r")\s*[:.]\s*)?\$?$")
_CAMEL_WORD = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")  # "StanChart", "SocGen"
_BRAND_WITH_AMPERSAND = re.compile(r" & ([A-Z][a-z]+)\b")
# "Compass (NYSE: COMP)": a ticker on an exchange in brackets right after a name.
FUNCTION_WORD_ZIPF = 5.9  # "why" 5.93, "how" 6.24; not "home" 5.81, "times" 5.56
# A family name and a generation's suffix: "Otto Porter Jr.", "Ford Sr."
_PERSON_SUFFIXED = re.compile(r"(?: [A-Z][a-z]+)?,? (?:Jr|Sr)\b\.?")
# One to three capitalised words: the rest of a longer name
_CAPITALISED_WORDS_AFTER = re.compile(r"(?:[ ]+[A-Z][\w&'’.\-]*){1,3}")
_LISTED_AFTER = re.compile(
    r"\s*\(\s*(?:" + "|".join(EXCHANGES) + r")\s*:\s*\$?([A-Za-z0-9][A-Za-z0-9.\-]*)\s*\)"
)
# "ZM up 5%", "SNAP -3.2%": a move in percent right after a symbol.
_PERCENT_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?[+\-−]?\d+(?:[.,]\d+)?\s?%")
# Something in a text that lets a ticker that is a word count: "$", an exchange and a colon, two
# symbols in a list, a percentage (stock words are looked up among the words).
_TICKER_MARKER = re.compile(
    r"[$%]|[A-Z]\s*,\s*[A-Z]|[A-Z]{2} [AB]\b|(?:" + "|".join(EXCHANGES) + r")\s*[:.]"
    r"|[A-Z0-9]{3}\.[A-Z]{1,2}\b(?!\.)"  # an exchange's suffix: "(2010.SR)", not "U.S."
)
# The words a sports desk's name starts with: "Sportschau", "Fotbollskanalen", "Cyclingnews",
# "kicker", "L'Équipe"
_SPORTS_DESKS = (
    "sport",
    "fotboll",
    "fussball",
    "football",
    "soccer",
    "hockey",
    "cycling",
    "kicker",
    "espn",
    "equipe",
    "marca",
)
# A town's name and a comma before a symbol, and a dateline's end after it: "SAN JOSE, CA --"
# (not a list of symbols: "V, MA, PYPL")
_STATE_AFTER_TOWN = re.compile(r"\b([A-Z][A-Za-z.]{2,}(?: [A-Z][A-Za-z.]*)*), $")
# What follows a model's number, not an amount's or a share's: "Saab 900,5", "Saab 12%"
_NOT_AN_AMOUNT = r"(?![\d%]|[.,]\d)"
# A product's model number right after letters: "GeForce RTX 5090", "ERJ-145" (not a year,
# "IAG 2025 results", nor an amount)
_MODEL_NUMBER_AFTER = re.compile(r"(?:-\d{2,4}| (?!(?:19|20)\d\d\b)\d{4})" + _NOT_AN_AMOUNT)
# Words of a text on flights, where three capitals after "at", "to", "from" or before "to" are
# an airport's code: "Flights cancelled at PDX", "PDX to Reykjavik", "SZG flights resume"
_FLIGHT_WORDS = frozenset("flight flights fares airport runway nonstop".split())
_TO_AN_AIRPORT = frozenset("at to from via of into".split())
_DATELINE_END = re.compile(r"\s*(?:--|—|–|-|:|\(|$)")
# An exchange's code after a symbol and a dot, as Reuters writes them: "2010.SR", "7203.T"
_EXCHANGE_SUFFIX = re.compile(r"\.[A-Z]{1,2}\b(?!\.)")
# A Nordic share class after a symbol: "ERIC B", "VOLV B" (not "Eric B." nor "ERIC B.")
_SHARE_CLASS_AFTER = re.compile(r" [AB]\b(?![.'’])")
# "shares of V", "stock in TGT": a symbol right after the word for its stock.
_SHARES_OF = r"\b(?:[Ss]hares|[Ss]tock|SHARES|STOCK)\s+(?:of|in|OF|IN)\s+"
_SHARES_OF_RE = re.compile(_SHARES_OF + "$")
_COMMA_CAPITAL = re.compile(r",\s*[A-Z]")
# Two symbols side by side in a list, as _ticker_list reads them (a cheap superset)
_CAPITALS_LISTED = re.compile(r"[A-Z]\s*(?:,|\band\b|\bvs\b|&)\.?\s*[A-Z]")
_LETTER_TICKER_RE = re.compile(
    r"(?:\$|" + EXCHANGE_RE.pattern[:-1] + "|" + _SHARES_OF + r")([A-Z])\b"
)
# Words of four letters or more that English title case leaves in lower case.
LIST_WORDS = frozenset(("and", "och", "und", "et", "og", "y"))
# and the words of a choice
_LIST_JOINTS = LIST_WORDS | frozenset("or ou oder eller vs versus".split())

# Stock-market talk that makes a bare symbol a ticker: "BALL upgraded to Buy", "ZM shares".
STOCK_WORDS = frozenset(
    """
    shares stock stocks upgraded upgrades upgrade downgraded downgrades downgrade outperform
    underperform overweight underweight pt premarket slides gains falls rises jumps drops
    climbs sinks options ipo ticker
    """.split()
)

# Function words that are Swedish, Danish or Norwegian and not English, German or French.
NORDIC_WORDS = frozenset(
    "och att för med på som av till inte efter vid från sina sin har blir ska kan nya nytt "
    "ett är var mot hos under om og ikke fra til".split()
)

# Function words that are French and not English, German or Swedish.
FRENCH_WORDS = frozenset(
    "le la les une pour dans avec chez aux sont est ses leur leurs qui pas plus sur du".split()
)
# Of those, the ones Swedish has not ("du" is a Swedish word too)
_FRENCH_NOT_NORDIC = FRENCH_WORDS - {"du"}
# A royal's title, which a word before it may head: "Crown Princess Victoria"
ROYAL_TITLES = frozenset(
    "prince princess prins prinsessan prinsessa prinz prinzessin princesse duke duchess".split()
)
# Words that join a person's given name to the family name: "Léonard de Vinci".
NAME_PARTICLES = frozenset("de du da di del della van von".split())
# Of those, the ones a company's name is not followed by ("Renault de Carlos Ghosn", "Ford van")
_PARTICLES_BEFORE_FAMILY_NAME = frozenset("da di del della dos von".split())
# Swedish descriptors in the definite form: "Mobiltillverkaren Nothing", "Bankjätten Nordea".
NORDIC_DESCRIPTOR_ENDINGS = (
    "tillverkaren",
    "jatten",
    "bolaget",
    "koncernen",
    "foretaget",
    "kedjan",
    "banken",
    "appen",
    "operatoren",
    "leverantoren",
    "konkurrenten",
    "tjansten",
    "plattformen",
    "utvecklaren",
    "designern",
    "grundaren",
    # and in the plural: "Matjättarna ICA och Axfood", "Storbankerna SEB och Nordea"
    "tillverkarna",
    "jattarna",
    "bolagen",
    "koncernerna",
    "foretagen",
    "kedjorna",
    "bankerna",
    "apparna",
    "operatorerna",
    "leverantorerna",
    "konkurrenterna",
    "tjansterna",
    "plattformarna",
    "utvecklarna",
)

# After a Swedish verb at the start of a sentence: a preposition, a pronoun, a particle.
SWEDISH_AFTER_VERB = frozenset(
    "i pa med till om for av ditt din dina dig er era oss sig mig upp ut in fram hur vad inte".split()
)
# German prepositions: after a word at the start of a sentence, that word is the adjective or
# the noun ("Arm trotz Arbeit", "Delta im Wandel"); a company there has its verb ("Meta muss").
GERMAN_PREPOSITIONS = frozenset(
    "trotz im am vom beim zum zur ohne gegen durch wegen statt unter zwischen fur".split()
)

# A company's own publication, after its name: "Unity Blog", "Spotify Newsroom".
OWN_PUBLICATION_WORDS = frozenset(
    "blog blogs newsroom engineering press investors stories tech insights corporate design "
    "industry careers research developers".split()
)
# a model year between an owner and the name: "my 2016 Ford Focus", "unser 2019er Volvo"
_MODEL_YEAR = re.compile(r"(?:19|20)\d\d(?:er)?")
# initials joined by "&" right before a name, the rest of another firm's: "H&R Block"
_AMPERSAND_INITIALS_BEFORE = re.compile(r"(?<![\w&])[A-Z]{1,3}&[A-Z]{1,3} $")
POSSESSIVE_DETERMINERS = frozenset(
    "my your his her our their min mitt mina din ditt dina mein meine meinen meinem dein deine "
    "mon ma mes ton ta tes sin sitt sina hennes deras sein seine seinen seinem "
    "seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem son sa ses leur leurs "
    "notre nos votre vos".split()
)
_FRENCH_DETERMINERS = frozenset("le la les l un une des du au aux son sa ses ce cet cette".split())
FRENCH_PREPOSITIONS = frozenset("pour sans".split())  # not "contre": "Orange contre SFR"

# Function words that are German and not English, French or Swedish.
GERMAN_WORDS = frozenset(
    "der das und für fur mit nicht auf bei über uber zum zur eine einer einen dem des sich "
    "auch noch wird werden wurde vom ist sind kein keine gegen nach aus durch ohne seit "
    "zwischen wieder bleibt".split()
)
_GERMAN_NOT_FRENCH = GERMAN_WORDS - {"des"}
# Words French writes that other languages do too: a text without accents needs one
_FRENCH_HINTS = frozenset("de d l un une et au aux".split())
# Letters French never writes, and German and Swedish do
_NEVER_FRENCH = re.compile("[äöåßÄÖÅ]")
_MONEY_RE = re.compile(
    # each branch starts with a character class (a digit after no letter is "\b\d"), which
    # lets the engine skip to the places it can start at
    r"[$€£¥]\s?\d[\d.,]*\s?(?:bn|billion|m|mn|million|k)?\b|\d(?<!\w\d)[\d.,]*\s?(?:bn|mn|mln|mdr)\b"
    r"|\d(?<!\w\d)[\d.,]*\s?(?:billion|million|miljarder?|miljoner|milliarden?|millionen|milliards?)\b",
    re.IGNORECASE,
)
_DOMAIN_RE = re.compile(r"\w\.(?:com|net|org|io|ai|co|app|dev|de|se|fr|uk)\b", re.IGNORECASE)
_NOT_ASCII_LETTER = bytes(c for c in range(256) if not chr(c).isalpha() or c > 127)
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))
TITLE_LOWER = frozenset("with from into onto over than that upon amid past unto near".split())
SENTENCE_BREAK = frozenset(".!?:;|\"'“”‘’«»()[]-–—")

SCORES = {
    "name": 100.0,
    "legal": 100.0,
    "alias": 97.0,
    "ticker": 95.0,
    "spelling": 95.0,
    "short": 92.0,
    "acronym": 88.0,
    "genitive": 90.0,
    "fuzzy": 85.0,
    "blend": 85.0,
}
DERIVED = frozenset({"short", "acronym", "genitive", "fuzzy", "blend"})
FUZZY_MIN_LENGTH = 8
CONTEXT_WINDOW = 10  # tokens either side: about a whole headline


@dataclass(frozen=True)
class _Entry:
    company: int
    variant: Variant


@dataclass(slots=True)
class _Candidate:
    company: int
    variant: Variant
    first: int  # token indexes, inclusive start, exclusive end
    last: int
    start: int  # span in the original text
    end: int
    kind: str
    accepted: bool = False
    reason: str = ""
    score: float = 0.0
    glued: bool = False  # the head of a compound with a business word ("Volvokoncernen")


def _is_shouting(raw: str) -> bool:
    """The text is written in capitals: eight letters or more, four in five of them capitals."""
    if raw.isascii():  # count with two C passes: the letters, then the capitals among them
        letters = raw.encode().translate(None, _NOT_ASCII_LETTER)
        n = len(letters)
        return n >= 8 and len(letters.translate(None, _ASCII_LOWER)) > 0.8 * n
    chars = list(filter(str.isalpha, raw))
    return len(chars) >= 8 and sum(map(str.isupper, chars)) > 0.8 * len(chars)


class _once(Generic[_T]):  # a decorator, named like functools.cached_property
    """functools.cached_property without the lock Python 3.11 takes on every first access
    (a quarter of the rules' time on some texts): a text is read by the thread that made it."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj: object, owner: type[Any] | None = None) -> _T:
        value = self.func(obj)
        obj.__dict__[self.name] = value  # found before this descriptor from now on
        return value


# A phrase in quotation marks, of any of the headline languages' kinds
_QUOTE_MARKS = "'‘\"“„«"
_QUOTED = re.compile(
    r"(?:^|(?<=[\s(]))(['‘\"“„«])\s?([^'‘’\"“”„«»]{2,60}?)\s?(['’\"”“»])(?=[\s,.:;!?)-]|$)"
)
_TITLE_WORD = re.compile(r"[\w'’]+")


@dataclass
class _Text:
    """One text, folded once, with the facts the rules ask about computed on demand."""

    raw: str
    tokens: list[Token]
    words: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.words = [t.text for t in self.tokens]

    @_once
    def on_sport(self) -> bool:
        """A word of a text on a game (see _sports_club)."""
        return not SPORTS_WORDS.isdisjoint(self.words)

    @_once
    def on_flights(self) -> bool:
        """A word of a text on flights (see _airport_code)."""
        return not _FLIGHT_WORDS.isdisjoint(self.words)

    @_once
    def has_event_word(self) -> bool:
        """A tournament's word (see _EVENT_AFTER)."""
        return not _EVENT_WORDS.isdisjoint(self.words)

    @_once
    def has_generation_suffix(self) -> bool:
        """A generation's suffix, as after a family name ("Jr.", "Sr.")."""
        return "Jr" in self.raw or "Sr" in self.raw

    @_once
    def has_capitals(self) -> bool:
        return _has_capitals(self.raw)

    @_once
    def camel(self) -> bool:
        """A word in camel case, which the tokens split ("MasterCard")."""
        return bool(CAMEL_PAIR.search(self.raw))

    @_once
    def shouting(self) -> bool:
        return _is_shouting(self.raw)

    @_once
    def title_case(self) -> bool:
        """Most longer words capitalised: capitals say nothing about proper nouns here."""
        raw = self.raw
        longer = lower = 0  # words of four characters or more that start with a letter
        for tok in self.tokens:
            if tok.end - tok.start >= 4 and raw[tok.start].isalpha():
                longer += 1
                if (
                    not raw[tok.start].isupper()
                    and raw[tok.start : tok.end].lower() not in TITLE_LOWER
                ):
                    lower += 1
        return longer < 2 or lower <= 0.1 * longer

    @_once
    def alert_head(self) -> int:
        """Where the title starts after a Google Alerts head (0 without one)."""
        m = _ALERT_HEAD.match(self.raw)
        return m.end() if m else 0

    @_once
    def filer(self) -> tuple[int, int] | None:
        """Where the filer's name is, in the title of an SEC EDGAR filing."""
        if not self.raw.rstrip().endswith(")"):
            return None  # the usual case, told at once
        m = _EDGAR_TITLE.match(self.raw)
        return m.span(_edgar_name(m)) if m else None

    @_once
    def money(self) -> str | None:
        """An amount of money in the text ("$1.6 billion", "3 miljarder")."""
        m = _MONEY_RE.search(self.raw)
        return m.group(0) if m else None

    @_once
    def titles(self) -> list[tuple[int, int]]:
        """The spans of titles in quotation marks: two words or more, each capitalised but
        the little ones, and no question ("'Schindler's List' returns", "„Germany's Next
        Topmodel“"), not words quoted from someone ("'we will not sell Volvo'")."""
        if not any(q in self.raw for q in _QUOTE_MARKS):
            return []
        spans = []
        for m in _QUOTED.finditer(self.raw):
            words = _TITLE_WORD.findall(m.group(2))
            if (
                len(words) >= 2
                and not m.group(2).endswith("?")
                and all(
                    w[0].isupper() or w[0].isdigit() or fold(w) in FUNCTION_WORDS for w in words
                )
            ):
                spans.append((m.start(2), m.end(2)))
        return spans

    @_once
    def publisher_at(self) -> int | None:
        """Where a trailing " - Publisher" starts, if the text has one."""
        raw = self.raw
        if "-" not in raw and "|" not in raw and "–" not in raw and "—" not in raw:
            return None  # no dash nor bar: told without the pattern
        m = _PUBLISHER.search(raw)
        if (
            m
            and self.filer is None
            and m.start() > 0
            and len(m.group(1).split()) <= 6
            # a name ("The Guardian", "Reuters") or a domain ("reuters.com"), not the rest of
            # a sentence ("... – även Intel steg", "– SAP und Siemens im Fokus")
            and (not m.group(1)[0].islower() or "." in m.group(1))
            and sum(w[:1].islower() for w in m.group(1).split()) < 2
        ):
            return m.start()
        return None

    @_once
    def lower_initials(self) -> frozenset[str]:
        """The first letters of the words of three letters or more written in lower case (and
        of the French "à")."""
        raw = self.raw
        return frozenset(
            w[0]
            for tok, w in zip(self.tokens, self.words, strict=True)
            if (len(w) >= 3 and raw[tok.start].islower()) or raw[tok.start : tok.end] == "à"
        )

    @_once
    def publisher_words(self) -> list[str]:
        """The words of the trailing publisher (none without one)."""
        pub = self.publisher_at
        if pub is None:
            return []
        return [w for tok, w in zip(self.tokens, self.words, strict=True) if tok.start >= pub]

    @_once
    def nordic(self) -> bool:
        """Swedish (or Danish, Norwegian), where a name takes a genitive "-s" ("Ericssons vd"):
        a Swedish function word, or more words much more frequent in Swedish than in English
        than the other way round ("Metas vd besöker Stockholm")."""
        if not NORDIC_WORDS.isdisjoint(self.words):
            return True
        if not _FRENCH_NOT_NORDIC.isdisjoint(self.words):
            return False  # French words lean to Swedish too: "ACA, GLE et BNP en tête, les ..."
        # German words lean to Swedish too ("Mars in der Kakaokrise: Preiserhöhungen für
        # Snickers"): two German function words and no Swedish one tell a German text
        # (and they lean to German more: "Ford in Köln: Weitere 1000 Stellen sollen wegfallen")
        sv = self.lean("sv")
        de = self.lean("de")
        return sv > 0 and len(GERMAN_WORDS.intersection(self.words)) < 2 and (sv > de or de < 2)

    @_once
    def leans(self) -> dict[str, int]:
        return {}

    def lean(self, lang: str) -> int:
        """:func:`_lean` of the text's words, computed once a language."""
        found = self.leans.get(lang)
        if found is None:
            found = self.leans[lang] = _lean(self.words, lang)
        return found

    @_once
    def german(self) -> bool:
        """German capitalises every noun: there, a capital is no sign of a name. Told by a
        German function word, or by two more words far more frequent in German than in
        English than the other way round ("Apples neues iPhone enttäuscht in Deutschland")."""
        hits = GERMAN_WORDS.intersection(self.words)
        if hits - {"des"}:
            return True
        if "die" in self.words and not self.title_case and _GERMAN_ARTICLE_DIE.search(self.raw):
            return True  # the article before a noun: "Valve bringt die Steam Machine zurück"
        # "des" is French too ("les données des Européens"), and French words lean to German
        # as well ("presse"): in a French text only another German word tells
        # (Swedish words lean to German too: "kommissionen", "näringsliv")
        return (bool(hits) or (self.lean("de") >= 2 and not self.nordic)) and not self.french

    @_once
    def french(self) -> bool:
        """French, where an organisation's name keeps only its first capital ("Société
        générale", "Crédit agricole"): told by French function words."""
        hits = FRENCH_WORDS.intersection(self.words)
        if hits:
            # not a part of a name written in camel case: "Yann LeCun"
            raw, toks = self.raw, self.tokens
            hits = frozenset(
                w
                for i, w in enumerate(self.words)
                if w in hits and not raw[toks[i].end : toks[i].end + 1].isalpha()
            )
        # "du" is Swedish too ("så lyckas du på isen")
        if hits and (hits != {"du"} or not self.nordic):
            return True
        # or, written with accents, by three more words far more frequent in French than in
        # English than the other way round, and no German word ("Amazon ouvre un nouvel
        # entrepôt près de Lyon"); an English headline is told at once by its plain letters
        # (or without accents, by five and a French word: "Intel ferme son centre de R&D de
        # Sophia Antipolis")
        ascii_ = self.raw.isascii()
        return (
            (not ascii_ or not _FRENCH_HINTS.isdisjoint(self.words))
            and _GERMAN_NOT_FRENCH.isdisjoint(self.words)  # ("des" is French too)
            and not _NEVER_FRENCH.search(self.raw)  # "verlässt den Konzern"
            and self.lean("fr") >= (5 if ascii_ else 3)
        )

    @_once
    def context_tokens(self) -> frozenset[str]:
        return frozenset(self.words)

    def sentence_initial(self, start: int) -> bool:
        i = start - 1
        while i >= 0 and self.raw[i].isspace():
            i -= 1
        if i < 0:
            return True
        if self.raw[i] in "'’" and i > 0 and self.raw[i - 1].isalpha():
            return False  # French elision: "le PDG d'Apple"
        return self.raw[i] in SENTENCE_BREAK  # "UPDATE 1-Shell ...": after a dash too


@functools.cache
def _context_stems() -> tuple[frozenset[str], tuple[str, ...]]:
    # Short words and inflected forms ("jumps", "sales") whole; the rest as word starts.
    exact = frozenset(
        w for w in CONTEXT_STEMS if len(w) < 4 or w.endswith("s") or w in CONTEXT_WHOLE
    )
    stems = tuple(sorted({w for w in CONTEXT_STEMS if w not in exact}))
    return exact, stems


# "Ford's Theatre", "Target Center": a venue right after the name (or its possessive).
_VENUE_AFTER = re.compile(r"(?:['’]s)?\s+([A-Z][a-z]+)\b")
_EVENT_WORDS = frozenset(
    "open championship championships classic masters invitational prix".split()
)
_EVENT_AFTER = re.compile(
    r"(?: [A-Z][A-Za-z]+)? (?:Open|Championships?|Classic|Masters|Invitational|Grand Prix)\b"
    r"(?! [A-Z]{2})"  # not "Vodafone Open RAN"
)


def _place_after(t: _Text, c: _Candidate) -> str | None:
    """A town: the name, then a comma or a bracket and a country or a region ("Corning,
    N.Y.", "Nokia, Finland", "Gap (Hautes-Alpes)"), not a possessive ("Nokia, Finland's
    biggest company")."""
    i = c.last
    if i >= len(t.tokens) or t.raw[c.end : t.tokens[i].start] not in (", ", " ("):
        return None
    if t.words[i] not in _place_first_words():
        return None  # no place starts so: "Coinbase Global, Inc." told at once
    names, codes = place_names()
    for n in (3, 2, 1):
        words = t.words[i : i + n]
        if len(words) < n:
            continue
        first, last = t.tokens[i], t.tokens[i + n - 1]
        raw = t.raw[first.start : last.end]
        if not raw[:1].isupper() or t.raw.startswith(("'s", "’s"), last.end):
            continue
        if i + n < len(t.words) and t.words[i + n] in LIST_WORDS:
            continue  # "Snap, Meta and TikTok": a list of names
        if (
            i + n < len(t.tokens)
            and not t.title_case
            and t.raw[last.end : t.tokens[i + n].start] == " "
            and t.raw[t.tokens[i + n].start].isupper()
        ):
            continue  # the start of another name: "Micron, Texas Instruments", "Samsung, SK Hynix"
        if t.raw[c.end : first.start] == " (" and not t.raw.startswith((")", ".)"), last.end):
            continue  # a bracket holds the place alone: "Gap (Hautes-Alpes)", not "(CA.PA)"
        phrase = " ".join(words)
        if phrase in names or (n == 1 and phrase in codes and (raw.isupper() or "." in raw)):
            return raw
    return None


def _capitalised_capitals(t: _Text, c: _Candidate) -> bool:
    """A name of three or more capitals written as a word ("Axa", "Bic" in French papers,
    "Nike" for "NIKE, Inc."): the company, when the text says so, as for a common word; not
    an abbreviation ("Nov. 17")."""
    v = c.variant
    return (
        v.kind in ("name", "alias", "short", "spelling")
        and v.case is not None
        and v.case.isalpha()
        and v.case.isupper()
        and len(v.case) >= 3
        and t.raw[c.start : c.end] == v.case.capitalize()
        and not t.raw.startswith(".", c.end)
    )


def _spelled_before(t: _Text, c: _Candidate) -> str | None:
    """The capitalised words before "(" whose initials are the span's letters: "Environmental
    Defense Fund (EDF)"."""
    letters = t.raw[c.start : c.end].lower()
    i = c.first - 1
    words: list[str] = []
    while i >= 0 and len(words) < len(letters) + 2:
        raw = t.raw[t.tokens[i].start : t.tokens[i].end]
        if raw[:1].isupper():
            words.insert(0, raw)
        elif t.words[i] not in ACRONYM_STOPWORDS:
            break
        if "".join(w[0] for w in words).lower() == letters:
            return t.raw[t.tokens[i].start : t.tokens[c.first - 1].end]
        i -= 1
    return None


# After a name, its people are a military unit's: "SAS soldiers"
MILITARY_WORDS = frozenset(
    """soldier soldiers troops regiment commandos sniper snipers soldat soldater soldaterna
    soldaten soldats brigade brigades infantry""".split()
)
# Before a legal form used as a noun: "une SAS lyonnaise", "eine GmbH", "en AB"
INDEFINITE_ARTICLES = frozenset("a an un une ein eine einer en ett".split())
# A shop or an office of the company, right after its name
OUTLET_WORDS = frozenset("store stores branch branches superstore shop outlet".split())
# and the places that belong to one: "in Target parking lot"
OUTLET_PLACE_WORDS = OUTLET_WORDS | frozenset("parking car lot".split())
# A Nordic sports club's letters after a town's or a sponsor's name: "Husqvarna FF",
# "Djurgårdens IF", "Hammarby IF", "AIK", "Malmö FF"
SPORTS_CLUB_LETTERS = frozenset("FF IF BK FC SK IK".split())
# Before two initials that name the company: a list's joints ("Ford, GM and Tesla", "la
# Banque Royale et TD"); any other word in lower case makes them something else ("new GM",
# "late TD", "in HD").
INITIALS_AFTER = frozenset("and or vs och eller und oder et ou".split())
GERMAN_BEFORE_INITIALS = frozenset(
    "bei von vom fur für mit gegen wegen an am auf aus in im um zu zum nach seit ohne durch "
    "uber über unter vor neben trotz".split()
)


def _two_letters_as_something_else(
    t: _Text, c: _Candidate, own_words: frozenset[str]
) -> str | None:
    """Two capitals are a company's initials ("GM to invest $4 billion", "TD Bank fined") at
    a sentence's or a list's start; elsewhere, glued to other letters, or spelling a name the
    text writes out, they are something else."""
    span = t.raw[c.start : c.end]
    if t.shouting or not span.isupper():
        return f"{span!r} in a text in capitals"
    before = t.raw[c.start - 1 : c.start] if c.start else ""
    after = t.raw[c.end : c.end + 1]
    # a German compound is the company: "VW-Betriebsrat", "bei VW"
    german = t.german and after == "-" and t.raw[c.end + 1 : c.end + 2].isupper()
    if (before in "-./" and before) or (after in "-." and after and not german):
        return f"{span!r} glued to other letters"  # "13F-HR", "ST-Ericsson", "R.L. Stine"
    if _shouted_phrase(t, c):
        return f"{span!r} in a phrase in capitals"  # "EL SEGUNDO, Calif."
    if c.first > 0:
        prev = t.tokens[c.first - 1]
        raw = t.raw[prev.start : prev.end]
        gap = t.raw[prev.end : c.start].strip()
        if gap and gap[-1] not in ",;:(–—-/&":
            return f"{span!r} after {t.raw[prev.start : c.start]!r}: not the company's initials"
        if (
            not gap
            and t.words[c.first - 1] not in INITIALS_AFTER
            and not german
            and not (t.german and t.words[c.first - 1] in GERMAN_BEFORE_INITIALS)
        ):
            return f"{span!r} after {raw!r}: not the company's initials"  # "new GM", "in HD"
    if c.last < len(t.tokens) and not t.title_case:
        nxt = t.tokens[c.last]
        raw = t.raw[nxt.start : nxt.end]
        if (
            t.raw[c.end : nxt.start] == " "
            and raw.istitle()
            and raw.isalpha()
            and t.words[c.last] not in own_words
            and t.words[c.last] not in country_words()
        ):
            return f"part of another name, {t.raw[c.start : nxt.end]!r}"  # "DG Comp"
    for i in range(len(t.tokens) - 1):
        first, second = t.tokens[i], t.tokens[i + 1]
        if (
            t.raw[first.start].isupper()
            and t.raw[second.start].isupper()
            and (t.raw[first.start] + t.raw[second.start]).lower() == span.lower()
            and not c.first <= i < c.last
            and len(t.words[i]) > 1
            and len(t.words[i + 1]) > 1
        ):
            # "Deutsche Bahn: DB streicht ...": the initials of a name written out
            return f"the initials of {t.raw[first.start : second.end]!r}"
    return None


def _legal_forms_at(t: _Text, i: int) -> list[int]:
    """The lengths in words of the legal forms that start at token ``i``, longest first."""
    legal = _legal_set()
    return [n for n in (3, 2, 1) if i + n <= len(t.words) and tuple(t.words[i : i + n]) in legal]


def _legal_forms(name: str) -> frozenset[str]:
    """The words of the name's legal forms: "sa" of "Vinci SA", "co", "ltd" of "Sony Group
    Co., Ltd." ("Vinci SA" has another country's form than America's, "Sony" both kinds)."""
    kept = without_legal_form(name).split()
    return frozenset(w for w in fold(name).split() if w not in kept)


def _part_of_group(vs: Sequence[Variant]) -> frozenset[str]:
    """The short forms that name a brand whose whole group this company is not: "Volvo" of
    "Volvo Cars", "Siemens" of "Siemens Energy" (the name goes on with a line of business; not
    "Meta" of "Meta Platforms", which is the whole group)."""
    names = [v.text.split() for v in vs if v.kind == "name"]
    out = set()
    for v in vs:
        if v.kind != "short":
            continue
        head = v.text.split()
        for name in names:
            rest = name[len(head) :]
            if (
                name[: len(head)] == head
                and rest
                and all(w in GENERIC_WORDS for w in rest)
                and any(w in ORGANISATION_WORDS or w + "s" in ORGANISATION_WORDS for w in rest)
                and GROUP_WORDS.isdisjoint(rest)
            ):
                out.add(v.text)
    return frozenset(out)


def _compound_of_its_own(t: _Text, end: int) -> bool:
    """A German compound goes on, at ``end``, to a head that makes it the company's own:
    "VW-Lkw-Tochter" (VW's truck arm), not "VW-Lkw" alone."""
    head = _HYPHENED.match(t.raw, end)
    return bool(head and _is_context_word(fold(head.group(1))))


def _group_after(t: _Text, c: _Candidate) -> str | None:
    """A group word right after the span, or glued to it: "Volvo Group", "Volvokoncernen"."""
    if c.glued:
        word = t.words[c.first]
        if word[len(c.variant.text.replace(" ", "")) :] in GROUP_WORDS:
            return t.raw[c.start : t.tokens[c.first].end]
        return None
    if c.last < len(t.words) and t.words[c.last] in GROUP_WORDS and _joined(t, c.last - 1, c.last):
        return t.raw[c.start : t.tokens[c.last].end]
    return None


# After a people's word, the verbs of a company's news that end as a plural does not
_PLURAL_ENDINGS = ("ers", "ors", "ists", "ans", "ies")


def _a_peoples_word(t: _Text, c: _Candidate) -> str | None:
    """A short form that is a people's word ("Norwegian" of Norwegian Air) in English, before
    a noun in lower case ("Norwegian salmon prices", "Norwegian shoppers"); not before a verb
    ("Norwegian cuts fares"), "to" or a list's word."""
    if (
        c.variant.kind != "short"
        or c.last - c.first != 1
        or t.nordic
        or t.german
        or t.french
        or not is_peoples_word(c.variant.text)
    ):
        return None
    if c.first > 0 and t.raw[c.start - 1] == "-":
        # the end of a compound adjective: "the first African-American agent"
        return f"a people's word in a compound ({t.raw[t.tokens[c.first - 1].start : c.end]!r})"
    if t.shouting:
        # in capitals, the word and the name look alike: "AMERICAN STOCK TRANSFER & TRUST"
        return "a people's word in a text in capitals"
    if c.last >= len(t.words) or t.raw[c.end : t.tokens[c.last].start] != " ":
        return None
    nxt = t.raw[t.tokens[c.last].start : t.tokens[c.last].end]
    word = t.words[c.last]
    # a plural noun's possessive is a noun: "American households' debt"
    owned = t.raw.startswith(("'", "’"), t.tokens[c.last].end)
    if (
        not nxt.isalpha()
        or not nxt.islower()
        # the last of a list of names, before their verb: "Finnair and Norwegian add routes"
        or (
            c.first > 0 and (t.words[c.first - 1] in LIST_WORDS or t.raw.endswith(", ", 0, c.start))
        )
        or word in LIST_WORDS
        or word in ("to", "says", "said", "will", "is", "has", "vs")
        or (word.endswith("s") and not word.endswith(_PLURAL_ENDINGS) and not owned)
    ):
        return None
    return f"a people's word before a noun ({t.raw[c.start : t.tokens[c.last].end]!r})"


def _legal_form_after(t: _Text, c: _Candidate) -> bool:
    """A legal form, capitalised, right after the span: "New York Times Co.", "Linde plc"."""
    if c.last >= len(t.words):
        return False
    nxt = t.tokens[c.last]
    return (
        t.raw[c.end : nxt.start] == " "
        and t.raw[nxt.start].isupper()
        and bool(_legal_forms_at(t, c.last))
    )


# The words between a word said twice: "step by step", "Block für Block", "dag för dag",
# "pas à pas", "jour après jour", "Seite an Seite" (folded)
_TWICE_LINKS = frozenset(
    "by after to for upon fur um an nach efter vid mot till a apres par".split()
)


def _said_twice(t: _Text, c: _Candidate) -> str | None:
    """The name's word said twice around a little word, an idiom: "Block für Block"."""
    words, n = t.words, c.last - c.first
    if not (
        (c.last < len(words) and words[c.last] in _TWICE_LINKS)
        or (c.first > 0 and words[c.first - 1] in _TWICE_LINKS)
    ):
        return None  # the usual case, told at once
    own = words[c.first : c.last]
    for link, other in ((c.last, c.last + 1), (c.first - 1, c.first - 1 - n)):
        if (
            other >= 0
            and 0 <= link < len(words)
            and words[link] in _TWICE_LINKS
            and words[other : other + n] == own
        ):
            first, last = min(c.first, other), max(c.last, other + n)
            phrase = t.raw[t.tokens[first].start : t.tokens[last - 1].end]
            if len(phrase.split()) == 2 * n + 1:  # words apart by spaces only
                return phrase
    return None


def _word_of_the_language(t: _Text, c: _Candidate) -> str | None:
    """At a sentence's start, before a word that only follows it as a word, a name that is a
    word of the text's language is that word: the Swedish verb ("Delta i debatten", "Visa ditt
    stöd"; "Visa höjer" is the company), the German adjective or noun ("Arm trotz Arbeit")."""
    if c.last >= len(t.words):
        return None
    nxt = t.words[c.last]
    if nxt in SWEDISH_AFTER_VERB:
        lang, what = "sv", "a Swedish verb"
    elif nxt in GERMAN_PREPOSITIONS:
        lang, what = "de", "a German word"
    elif nxt in FRENCH_PREPOSITIONS:
        lang, what = "fr", "a French word"
    else:
        return None
    if (
        not t.raw[t.tokens[c.last].end : t.tokens[c.last].end + 1].isalpha()  # "iPhone"
        and t.sentence_initial(c.start)
        and _joined(t, c.last - 1, c.last)
        and zipf(c.variant.text, lang) >= 3.0
        and {"sv": t.nordic, "de": t.german, "fr": t.french}[lang]
    ):
        return f"{what} ({t.raw[c.start : t.tokens[c.last].end]!r})"
    return None


@functools.cache
def _place_ends() -> frozenset[str]:
    """The last words of the names of places of several words: "zealand", "carolina"."""
    ends: set[str] = set()
    for place in place_names()[0]:
        words = place.split()
        ends.update(" ".join(words[n:]) for n in range(1, len(words)))
    return frozenset(ends)


def _end_of_a_place(t: _Text, c: _Candidate) -> str | None:
    """The name ends the name of a country or a region: "New Zealand", "North Carolina"."""
    if c.variant.text not in _place_ends():
        return None
    places = place_names()[0]
    for n in (1, 2):
        if c.first - n >= 0 and " ".join(t.words[c.first - n : c.last]) in places:
            first = t.tokens[c.first - n]
            if t.raw[first.start].isupper():
                return t.raw[first.start : c.end]
    return None


@functools.cache
def _place_starts() -> frozenset[str]:
    """The first words of the names of places of several words: "united", "united arab"."""
    starts: set[str] = set()
    for place in place_names()[0]:
        words = place.split()
        starts.update(" ".join(words[:n]) for n in range(1, len(words)))
    return frozenset(starts)


@functools.cache
def _place_first_words() -> frozenset[str]:
    """The first word of every country's and region's name, and the regions' codes."""
    names, codes = place_names()
    return frozenset(n.split()[0] for n in names) | codes


def _place_from(t: _Text, c: _Candidate) -> str | None:
    """A country's or a region's name of several words that starts with the span: "United
    Arab Emirates", "New South Wales"."""
    if c.variant.text not in _place_starts():  # the span's words
        return None
    places = place_names()[0]
    for end in range(c.last + 1, min(len(t.words), c.last + 3) + 1):
        if " ".join(t.words[c.first : end]) in places:
            return t.raw[c.start : t.tokens[end - 1].end]
    return None


def _french_longer_name(t: _Text, c: _Candidate) -> bool:
    """ "Société générale de surveillance": the phrase goes on as another name."""
    i = c.last
    return (
        i + 1 < len(t.tokens)
        and t.words[i] in ("de", "des", "du")
        and t.raw[t.tokens[i + 1].start].islower()
    )


def _after_particle(t: _Text, c: _Candidate) -> bool:
    """After a given name and a particle: "Léonard de Vinci", "Ursula von der Leyen"."""
    i = c.first - 1
    if i >= 1 and t.words[i] == "der" and t.words[i - 1] in ("van", "von"):
        i -= 1  # "von der", "van der"
    if i < 1 or t.words[i] not in NAME_PARTICLES or not _joined(t, i - 1, c.first):
        return False
    prev = t.tokens[i - 1]
    before = t.raw[prev.start : prev.end]
    if t.sentence_initial(prev.start) and is_everyday_word(prev.text):
        return False  # "Résultats de Vinci": a sentence's first word
    if t.german and not is_dictionary_name(prev.text):
        return False  # a German noun, capitalised as they all are: "Finanzchef von Siemens"
    return before[:1].isupper() and not before.isupper() and not _descriptor(t, i - 1)


# "die" is English too, but not in lower case before a capitalised word
_GERMAN_ARTICLE_DIE = re.compile(r"(?<=[a-zäöüß] )die [A-ZÄÖÜ]")


def _descriptor(t: _Text, i: int) -> bool:
    """Token ``i`` says what a company is: "Drugmaker Shire", "Retailer Target"; German nouns
    are capitalised ("Sportartikelhersteller Puma" is the company, "Schützenpanzer Puma" a
    tank), Swedish ones take the article at the end ("Mobiltillverkaren Nothing")."""
    if i < 0:
        return False
    word = t.words[i]
    return (
        word in DESCRIPTORS
        or (
            word.endswith(GERMAN_DESCRIPTOR_ENDINGS)
            # (a long compound is German, in a headline too short to tell otherwise:
            # "Zahlungsdienstleister Stripe streicht 300 Stellen")
            and (t.german or (len(word) >= 12 and not in_english_dictionary(word)))
        )
        or (word.endswith(NORDIC_DESCRIPTOR_ENDINGS) and t.nordic)
    )


# An everyday word written with accents that a name lacks: "über" 6.5, "skånska" 4.2, Swedish
# "äpple" 3.9 (not "nestlé" 3.3, a name written without its accent by the user).
ACCENTED_WORD_ZIPF = 3.5
ONE_LANGUAGE_ACCENTED_ZIPF = 2.5
_LANGUAGE_NAMES = {"de": "German", "fr": "French"}
# In German and French film subtitles, where brands are seldom said: "allianz" 2.98, "post"
# 3.07, "carrefour" 3.41 are words; "siemens", "bosch" (2.61, said once or twice) are not.
LANGUAGE_WORD_SPOKEN_ZIPF = 2.9


# What a company does at the head of an English headline, and a common noun does not:
# "Discord says breach exposed user IDs".
SPEAKING_VERBS = frozenset(
    "says said confirms confirmed denies denied admits tells introduces appoints".split()
)
# ... or joins another: "Stripe teams up with Visa"
_JOINS_ANOTHER = re.compile(r" (?:teams up|partners|joins forces) with ")


def _speaker(t: _Text, c: _Candidate) -> str | None:
    """The name starts an English sentence, capitalised, and speaks ("Discord says ...") or
    is to act, as headlines write the future ("Apple to open new campus"). Not for the most
    common words ("Nothing says 'summer' like ...")."""
    if c.last >= len(t.words):
        return None
    if t.words[c.last] == "to":
        # a headline's future: "Apple to open new London campus", "Carrier to sell unit"
        if c.last + 1 >= len(t.words):
            return None
        verb = t.tokens[c.last + 1]
        written = t.raw[verb.start : verb.end]
        if (
            not t.raw[c.end : verb.end].startswith(" to ")
            or not written.islower()
            or not written.isalpha()
            or verb.text in FUNCTION_WORDS
            or verb.text in ENGLISH_DETERMINERS
            or verb.text == c.variant.text
        ):
            return None
        end = verb.end
    elif t.words[c.last] in SPEAKING_VERBS and t.raw[c.end : t.tokens[c.last].start] == " ":
        end = t.tokens[c.last].end
    elif _JOINS_ANOTHER.match(t.raw, c.end):
        end = t.raw.index(" with ", c.end) + 5
    else:
        return None
    if (
        not t.raw[c.start].isupper()
        or t.shouting
        or not t.sentence_initial(c.start)
        or t.german
        or t.french
        or t.nordic
        or zipf(c.variant.text, "en") >= 5.5
    ):
        return None
    return t.raw[c.start : end]


# An abbreviation of a headline language, written in capitals anyway: Swedish "bnp" (GDP) 4.1.
ABBREVIATION_ZIPF = 3.8
_VOWELS = re.compile(r"[aeiouyåäöæøéèàâêîôûü]", re.IGNORECASE)


def _abbreviation_of_the_language(t: _Text, c: _Candidate) -> str | None:
    """Capitals that the text's own language writes anyway, for its own abbreviation: no
    vowel to say it as a word, frequent in that language and rarer in English ("svensk BNP"
    is the Swedish GDP, not BNP Paribas)."""
    span = t.raw[c.start : c.end]
    if not (span.isalpha() and span.isupper()) or _VOWELS.search(span):
        return None
    word = fold(span)
    for lang, own, language in (
        ("sv", t.nordic, "Swedish"),
        ("de", t.german, "German"),
        ("fr", t.french, "French"),
    ):
        if own and zipf(word, lang) >= ABBREVIATION_ZIPF and zipf(word, lang) > zipf(word, "en"):
            return language
    return None


def _tool_or_brand(t: _Text, c: _Candidate) -> bool:
    """After "on", "over" or "via" the name is a tool ("interviews were on Zoom"), not after
    "takes on" nor the name itself ("Intel on Intel"); after another capitalised name's "'s"
    it is that firm's brand ("SiriusXM's Pandora")."""
    before = t.words[c.first - 1]
    if before in TOOL_PREPOSITIONS and _joined(t, c.first - 1, c.first):
        two_before = t.words[c.first - 2] if c.first > 1 else ""
        return two_before not in TAKES and two_before != c.variant.text
    prev = t.tokens[c.first - 1]
    return t.raw[prev.start].isupper() and t.raw[prev.end : c.start] in ("'s ", "’s ")


# What is held on a tool, or "was", before "on": "interviews were on Zoom", "all on Zoom"; not
# "tough on Apple", "waiting on NatWest"
_ON_A_TOOL_AFTER = frozenset(
    """is are was were been be all meeting meetings interview interviews call calls round rounds
    session sessions class classes lesson lessons hearing hearings""".split()
)


# Words before a place's name for a part of it: "southern Scania", "norra Öland"
_PART_OF_A_PLACE = frozenset(
    """northern southern eastern western central north south east west norra sodra ostra vastra
    mellersta""".split()
)
# and every word before a name that _somewhere reads ("hela": the whole of a place, "i hela Norden")
_IN_A_PLACE = frozenset("in i utanfor nara vid near outside hela".split())
_BEFORE_A_PLACE = _PART_OF_A_PLACE | _IN_A_PLACE


# A French street's word before a name, with "de" and given names perhaps: "rue Louis-Renault"
_STREET_BEFORE = re.compile(
    r"(?i:\b(?:rue|avenue|boulevard|quai|all[ée]e|impasse)\s+(?:(?:de la|de|du|des)\s+)?)"
    r"(?:[A-ZÀ-Ý][a-zà-ÿ]+[- ])*$"
)
# those words folded, looked for among the four words before a name before the search
_STREET_WORDS = frozenset("rue avenue boulevard quai allee impasse".split())
# A German street or square named after someone, as one compound: "Axel-Springer-Straße"
_STREET_AFTER = re.compile(r"-(?:Straße|Strasse|Str\.|Platz|Allee|Weg|Gasse|Ring|Damm|Ufer)\b")


def _styled_lower(t: _Text, c: _Candidate) -> bool:
    """A name that is no common word, in small letters at the start of a headline that has
    capitals: its own style ("adidas raises guidance", "bp and Equinor ..."), as a headline's
    first word is otherwise capitalised."""
    span = t.raw[c.start : c.end]
    return (
        c.start == 0
        and span.islower()
        and len(span) >= 2
        and not c.variant.ambiguous
        and c.variant.kind in ("name", "alias", "short")
        and t.has_capitals
    )


def _titled(t: _Text, i: int) -> bool:
    """Token ``i`` is written as a name is, a capital and small letters: "Companion"."""
    written = t.raw[t.tokens[i].start : t.tokens[i].end]
    return written[:1].isupper() and not written.isupper()


def _somewhere(t: _Text, c: _Candidate) -> str | None:
    """The name as a place: after a word for a part of one ("southern Scania"), or a town's
    name after "in" ("Vattenläcka i Nokia") in a text with no word of business."""
    if c.first == 0:
        return None
    word = t.words[c.first - 1]
    if word not in _BEFORE_A_PLACE:
        return None  # the usual case, told at once
    prev = t.tokens[c.first - 1]
    before = t.raw[prev.start : prev.end]
    if not before.islower() or not _joined(t, c.first - 1, c.first):
        return None
    if word in _PART_OF_A_PLACE:
        return t.raw[prev.start : c.end]
    if (
        word in _IN_A_PLACE
        and c.last - c.first == 1
        and c.variant.kind != "genitive"  # "i Telias mobilnät", "in Ford's ad"
        and not t.raw.startswith(("'", "’"), c.end)
        # nor the head of a compound, which "i" governs: "i Tesla-strejken" (the Tesla strike),
        # but for a place's ("i Nokia-området")
        and not (
            _COMPOUND_HEAD.match(t.raw, c.end)
            and c.last < len(t.words)
            and t.words[c.last] not in TOWN_WORDS
            and t.words[c.last] not in _PLACE_COMPOUND_TAILS
        )
        # a place is no acronym ("ägare i SAS") unless a town's ("i LA")
        and (not t.raw[c.start : c.end].isupper() or c.variant.text in town_names())
        and not (c.last < len(t.words) and t.words[c.last] in OUTLET_PLACE_WORDS)
        and (not Matcher._has_context(t, c) or _works_in_a_town(t, c))
    ):
        return t.raw[prev.start : c.end]
    return None


# Another name joined to a name by "and", a comma or a dash, after it or before it
_TOWN_JOINS = r"(?:\s*,\s*|\s+(?:and|och|und|et|og|ja|&)\s+|\s*[–—-]\s*)"
_TOWN_JOINED_AFTER = re.compile(_TOWN_JOINS + r"([A-ZÀ-Ý][^\W\d_]+)")
# another capitalised word after a name: the start of a longer name ("Munich Re")
_NAME_GOES_ON = re.compile(r"[ -][A-ZÀ-Ý]")
_TOWN_JOINED_BEFORE = re.compile(r"\b([A-ZÀ-Ý][^\W\d_]+)" + _TOWN_JOINS + "$")
# A works that stands in a town, in the headline languages, alone or as a compound's head:
# "plant in Nokia", "Batteriezellfabrik in Salzgitter", "däckfabrik i Nokia"
_WORKS = tuple(
    """plant plants factory factories mill mills refinery smelter site works fabrik fabriken
    fabriker werk werke werks usine usines bruk bruket raffinaderi raffinerie""".split()
)


def _start_of_run(raw: str, i: int, keep: Callable[[str], bool]) -> int:
    """Where the run of characters that ``keep`` accepts, ending at ``raw[i - 1]``, starts."""
    while i > 0 and keep(raw[i - 1]):
        i -= 1
    return i


def _airport_code(t: _Text, c: _Candidate) -> str | None:
    """Three capitals in a text on flights, after "at", "to" or "from", or before "to" or
    "flights": an airport's code ("Flights delayed at PDX", "PDX to Reykjavik: new route"),
    not a symbol ("DAL slips premarket as flights resume")."""
    if len(c.variant.text) != 3:
        return None
    if not t.on_flights:
        return None
    if c.first > 0 and t.words[c.first - 1] in _TO_AN_AIRPORT:
        return t.raw[t.tokens[c.first - 1].start : c.end]
    if c.last < len(t.words) and t.words[c.last] in ("to", "flights"):
        return t.raw[c.start : t.tokens[c.last].end]
    return None


def _works_in_a_town(t: _Text, c: _Candidate) -> bool:
    """A works "in" a town's name: the town, though the text is on business ("Nokian Tyres
    plant in Nokia hit by strike")."""
    return (
        c.first >= 2
        and c.variant.text in town_names()
        and t.words[c.first - 2].endswith(_WORKS)
        and t.raw[t.tokens[c.first - 2].end : t.tokens[c.first - 1].start] == " "
    )


# German articles of a masculine or neuter noun (not "der", a feminine's too, nor "beim", which
# Swabians say of an employer: "beim Daimler")
_GERMAN_NOT_FEMININE = frozenset(
    "dem den des diesem diesen dieses einem einen eines ein jedem jeden jedes".split()
)


def _firm_after(t: _Text, i: int) -> bool:
    """A word for a firm at token ``i``, after a French article perhaps: "la marque", "l'enseigne"."""
    if i < len(t.words) and t.words[i] in _FRENCH_ARTICLES:
        i += 1
    return i < len(t.words) and t.words[i] in DESCRIPTORS


def _german_thing(t: _Text, c: _Candidate) -> str | None:
    """A name after a German article of a masculine or neuter noun, written as a word: a thing
    or a place ("Mit diesem Trumpf will ...", "Sturmwarnung für den Pilatus"), where a firm is
    feminine ("die Allianz", "bei der Telekom"). Not a compound's head ("den Ford-Werken")."""
    if c.first == 0 or t.words[c.first - 1] not in _GERMAN_NOT_FEMININE:
        return None
    span = t.raw[c.start : c.end]
    if (
        span.isupper()
        or not _joined(t, c.first - 1, c.first)
        or t.raw.startswith(("-", "‐"), c.end)
    ):
        return None
    return t.raw[t.tokens[c.first - 1].start : c.end]


# A theorem or a law named after a person: "le théorème de Thalès", "the law of Ohm"
_EPONYM_JOINTS = frozenset("de d des of".split())
_EPONYM_BEFORE = re.compile(
    r"(?i:\b(?:th[ée]or[èe]mes?|theorems?|principe|principle|satz|law)\s+(?:de|d'|d’|des|of)\s*)$"
)


_GIVEN_NAME_AND_INITIAL = re.compile(r"\b[A-Z][a-z]+ [A-Z]\. ?$")


def _after_given_name_and_initial(t: _Text, c: _Candidate) -> str | None:
    """The name after a given name and an initial: "William H. Macy's new film"."""
    found = _GIVEN_NAME_AND_INITIAL.search(t.raw, max(0, c.start - 30), c.start)
    return t.raw[found.start() : c.end] if found else None


@functools.lru_cache(maxsize=65536)
def _family_name(word: str) -> bool:
    """A word the English dictionary has only as a name, and no country's or region's:
    "allen", "jones" (towns' names too, as family names often are)."""
    return (
        is_dictionary_name(word)
        and not is_everyday_word(word)  # (nor in the dictionary in lower case)
        and word not in place_names()[0]
        and word not in country_words()
    )


# What a text on a game says: "Bayer Leverkusen gewinnt Topspiel", "Hansa Rostock leiht
# Stürmer aus"
SPORTS_WORDS = frozenset(
    """gewinnt verliert spiel topspiel tor tore trainer cheftrainer sturmer verteidiger
    torwart bundesliga liga pokal saison derby remis unentschieden wins beats coach striker
    defender goalkeeper league cup draw vinner forlorar tranare allsvenskan
    match matchen medaille medaillen olympia weltcup staffel wm em schwimmer schwimmerinnen
    springen athleten gewinnen spitzenspiel midfielder midfielders winger footballer
    pokalfinale schlagt beat fc siegt siegen trifft varvar unbeaten equaliser goalless
    hattrick buteur kicker sportschau""".split()
)
# Of those, the ones business news does not use: not "BP wins right to appeal"
_GAME_WORDS = SPORTS_WORDS - frozenset("wins beats beat draw match cup league".split())
_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern "
    "western".split()
)
# French institutions named for a person or a firm, the word first: "Instituts Solvay"
FRENCH_INSTITUTIONS = frozenset(
    "institut instituts fondation musee ecole universite lycee prix trophee stade hopital "
    "clinique".split()
)
_CLUB_NUMBER = re.compile(r" \d{2} ")
_CLUB_YEAR = re.compile(r" 0\d\b")  # "Bayer 04", "Mainz 05": a year of the 1900s, as clubs write it

# A model's shorter number after a make's name, which only a text on old things makes one:
# "Saab 900", "Saab 9-3", "Volvo 240" (the longer ones: _MODEL_NUMBER_AFTER)
_MODEL_AFTER = re.compile(r"[ -](?:\d{2,3}|\d-\d)" + _NOT_AN_AMOUNT)
# A model year before it: "a 1987 Saab 900", "my 2009 Saab 9-3"
_MODEL_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d $")
# or after it: "Saab 9-5 från 2008 – fynd eller fälla?", "Volvo 240 from 1988"
_MODEL_YEAR_AFTER = re.compile(r"\s+(?:från|from|von|aus|de|of|fra)\s+(?:19|20)\d\d\b")
# Its fans, joined to it: "Saab-entusiaster samlades", "Saab-klubben firar 75 år"
_FANS_AFTER = re.compile(r"-(?:entusiast|enthusiast|klubb|club)", re.IGNORECASE)
# Words of a text on old things kept, mended or collected: "Restored 1987 Saab 900 Turbo sells
# at auction", "Veteranbilsträff i Trollhättan", "Begagnattest", "found in the barn"
_OLD_THINGS = re.compile(
    r"\b(?:classic|vintage|veteran|restor(?:ed|ing|ation)|auction|auktion|collector|samlar|"
    r"kultbil|klassisk|oldtimer|youngtimer|begagnat|buying guide|barn\b|ladan?\b|träff)"
    r"|bilträff|bilmuseum|car museum",
    re.IGNORECASE,
)


def _old_model(t: _Text, c: _Candidate) -> str | None:
    """A model of the company's make that people keep, mend or collect, or its fans, and not
    the company: "Restored 1987 Saab 900 Turbo sells at auction", "Veteranbilsträff: 40 Saab
    96 i Trollhättan", "Saab-entusiaster samlades". A model named in the news of the firm
    stays the firm's: "Volvo 240 successor unveiled", "Airbus A350 deliveries"."""
    raw = t.raw
    fans = _FANS_AFTER.match(raw, c.end)
    if fans:
        return raw[c.start : fans.end()]
    model = _MODEL_AFTER.match(raw, c.end)
    if model is None:
        return None
    if (
        _MODEL_YEAR_BEFORE.search(raw, max(0, c.start - 5), c.start)
        or _MODEL_YEAR_AFTER.match(raw, model.end())
        or _OLD_THINGS.search(raw)
        # its fans' forum: "... : r/saab"
        or f"r/{raw[c.start : c.end].lower()}" in raw.lower()
    ):
        return raw[c.start : model.end()]
    return None


def _sports_club(t: _Text, c: _Candidate) -> str | None:
    """The name, a club's number perhaps and a town's name, in a text on a game (which the
    caller tells): a sports club named after the company ("Bayer 04 Leverkusen", "Hansa
    Rostock")."""
    i = c.last
    end = c.end
    number = _CLUB_NUMBER.match(t.raw, c.end)
    if number:
        i += 1
        end = number.end() - 1
        return t.raw[c.start : end]  # "Bayer 04 verpflichtet neuen Cheftrainer"
    # or a team's name between: "Telekom Baskets Bonn gewinnen das Derby"
    team = (
        i + 1 < len(t.words)
        and t.words[i] not in town_names()
        and t.raw[t.tokens[i].start].isupper()
        and t.raw[end : t.tokens[i].start] == " "
    )
    if team:
        end = t.tokens[i].end
        i += 1
    if (
        i >= len(t.words)
        or t.raw[end : t.tokens[i].start] != " "
        or not t.raw[t.tokens[i].start].isupper()
        or t.words[i] not in town_names()
        or (is_everyday_word(t.words[i]) and not team)  # "FedEx Hub"
    ):
        return None
    return t.raw[c.start : t.tokens[i].end]


def _group_word_after(t: _Text, c: _Candidate) -> bool:
    """A group's word, capitalised, right after the name: "Otto Group", "Otto-Konzern"."""
    return (
        c.last < len(t.words)
        and t.words[c.last] in GROUP_WORDS
        and t.raw[t.tokens[c.last].start].isupper()
        and t.raw[c.end : t.tokens[c.last].start] in (" ", "-")
    )


def _country_genitive(word: str) -> bool:
    """A country's name with a Swedish or German genitive "-s": "sveriges", "deutschlands"."""
    return word.endswith("s") and word[:-1] in country_words()


def _eponym(t: _Text, c: _Candidate) -> str | None:
    """The name after "the theorem of", "le théorème de": a person's."""
    found = _EPONYM_BEFORE.search(t.raw, max(0, c.start - 20), c.start)
    return t.raw[found.start() : c.end] if found else None


def _hyphened_adjective(t: _Text, c: _Candidate, name: str) -> str | None:
    """A name of two words written apart, hyphened here before a noun in lower case, outside
    German (which hyphens names into compounds): "Anglo-American relations"; not before a
    little word ("Alfa-Laval i Lund")."""
    if c.last - c.first != 2:
        return None
    joint = t.tokens[c.first].end
    if t.raw[joint : joint + 1] != "-" or "-" in name or t.german:
        return None
    after = t.raw[c.end : c.end + 1] == " " and c.last < len(t.words)
    if (
        after
        and t.raw[t.tokens[c.last].start].islower()
        and _joined(t, c.last - 1, c.last)
        and not _is_context_word(t.words[c.last])  # "Anglo-American shares"
        and not _function_word(t.words[c.last])
    ):
        return t.raw[c.start : t.tokens[c.last].end]
    return None


_AGE_AFTER = re.compile(r", (?:[1-9]|[1-9][0-9]|1[01][0-9])(?: ans| år| Jahre| years old)?,(?= \w)")


def _with_an_age(t: _Text, c: _Candidate) -> str | None:
    """A name and an age between commas, as news writes of a person: "Gunvor, 94, firar",
    "Elisa, 8, räddade lillebror"."""
    age = _AGE_AFTER.match(t.raw, c.end) if t.raw.startswith(", ", c.end) else None
    return t.raw[c.start : age.end()] if age else None


# A person's life after a full name's possessive: "Walt Disney's childhood home"
_LIFE_AFTER = re.compile(
    r"['’]s (?:childhood|boyhood|girlhood|birthplace|grave|widow|widower|funeral|biography"
    r"|memoir|memoirs|diaries|letters|descendants|great-grandson|great-granddaughter)\b"
)


# What is named after a person or a court case, right after the name: "Huntington's disease",
# "Chevron deference", "Fermat's theorem"
_NAMED_AFTER = re.compile(
    r"(?:['’]s)? (?:disease|syndrome|lymphoma|palsy|chorea|doctrine|deference|theorem|paradox"
    r"|conjecture|principle)\b"
)


def _named_thing(t: _Text, c: _Candidate) -> str | None:
    """A disease, a doctrine or a theorem named after someone, which the name starts:
    "Huntington's disease drug slows progression", "Supreme Court overturns Chevron
    deference"."""
    thing = _NAMED_AFTER.match(t.raw, c.end)
    return t.raw[c.start : thing.end()] if thing else None


def _a_life_of_its_own(t: _Text, c: _Candidate) -> str | None:
    """A name of two words or more (a person's, as the founder's) before a possessive and a
    word of a person's life: "Walt Disney's childhood home", "Henry Ford's birthplace"."""
    if c.last - c.first < 2:
        return None
    life = _LIFE_AFTER.match(t.raw, c.end)
    return t.raw[c.start : life.end()] if life else None


def _capitalised_after(t: _Text, c: _Candidate, before: frozenset[str]) -> str | None:
    """The span capitalised right after one of the ``before`` words, with that word."""
    if (
        c.first > 0
        and t.words[c.first - 1] in before
        and _joined(t, c.first - 1, c.first)
        and t.raw[c.start].isupper()
    ):
        return t.raw[t.tokens[c.first - 1].start : c.end]
    return None


def _used_as_a_tool(t: _Text, c: _Candidate) -> str | None:
    """The name as a tool people meet in: after "on", "over" or "via" at the end of a clause
    ("meetings on Zoom and return to the office", "talks to me over Zoom,"); "a Zoom call" is
    told by NEGATIVE_FOLLOWERS."""
    raw = t.raw
    if (
        c.first == 0
        or t.words[c.first - 1] not in TOOL_PREPOSITIONS
        or not _joined(t, c.first - 1, c.first)
    ):
        return None
    if t.words[c.first - 1] == "on" and (
        c.first < 2 or t.words[c.first - 2] not in _ON_A_TOOL_AFTER
    ):
        return None  # "Notion takes on Zoom", "tough on Apple": the company
    if t.words[c.first - 1] == "over" and c.first >= 2 and t.words[c.first - 2] in _WINS_OVER:
        return None  # a contest: "widens lead over Rossmann"
    rest = raw[c.end :].lstrip()
    if rest and not (
        rest[0] in ",.;:!?)" or rest.startswith(("and ", "- ", "– ", "| ", "is ", "was "))
    ):
        return None  # "bets on Zoom's rebound", "on Zoom shares"
    prev = t.tokens[c.first - 1]
    return raw[prev.start : c.end]


def _after_french_place_word(t: _Text, c: _Candidate) -> bool:
    """Right after "à", "vers", "près de" or "autour de" in a French text, where places are
    named."""
    if c.first == 0 or not t.french:
        return False
    before = t.words[c.first - 1]
    return before in FRENCH_PLACE_BEFORE or (
        before in ("de", "d") and c.first > 1 and t.words[c.first - 2] in ("pres", "autour")
    )


def _german_adjective_before(t: _Text, c: _Candidate) -> bool:
    """An article and an inflected German adjective right before a one-word name that is
    itself a German word ("den besten Zoom", "eine neue Allianz"): a noun there. (The
    caller has found the article two words before.)"""
    prev = t.tokens[c.first - 1]
    written = t.raw[prev.start : prev.end]
    word = prev.text
    return (
        c.last - c.first == 1
        and t.raw[prev.end : c.start] == " "
        and _joined(t, c.first - 2, c.first - 1)
        and written.isalpha()
        and written.islower()
        and word.endswith(("e", "en", "er", "es", "em"))
        and len(word) > 3
        and word not in GERMAN_ARTICLES
        and word not in POSSESSIVE_DETERMINERS
        and word not in FUNCTION_WORDS
        and zipf(word, "de") >= 3.0
        and not zipf(word, "en")
        and zipf(c.variant.text, "de") >= 3.0
    )


def _foreign_name(t: _Text, c: _Candidate) -> str | None:
    """The language of a German or French text when the common English word of the span is
    no word of it, never said in its films ("Meta muss in Deutschland zahlen", "Shell se retire
    d'un projet"): there it can only be a name. None otherwise, and for "Visa", "Orange",
    "Delta", "Arm", which those languages have too."""
    span = t.raw[c.start : c.end]
    if c.last - c.first != 1 or not span.istitle() or t.shouting:
        return None
    if _after_french_place_word(t, c):
        return None  # a place's name too: "un entrepôt à Gap"
    if (
        c.first > 0
        and _joined(t, c.first - 1, c.first)
        and t.raw[t.tokens[c.first - 1].start].isupper()
        and is_dictionary_name(t.words[c.first - 1])
    ):
        return None  # a person's family name, after a given name: "Jérôme Bosch"
    if t.french and fold(span) in french_towns():
        # a French town's name is said in French: "Gap : un incendie ravage un entrepôt" (a
        # dateline), "Tour de France : Gap accueillera une arrivée d'étape" (GeoNames' towns)
        return None
    unsaid = [lang for lang in _LANGUAGE_NAMES if not spoken_zipf(span.lower(), lang)]
    lang = _sole_language(t, unsaid)
    if lang is None or t.lean(lang) < 2:
        return None  # a word there, a text of neither or both languages, or too little of it
    return _LANGUAGE_NAMES[lang]


def _sole_language(t: _Text, langs: Sequence[str]) -> str | None:
    """The text's language when it is one of ``langs`` ("de", "fr") and the only one of the
    two. French is told by its function words alone; German, which costs more, last."""
    if not langs:
        return None
    if t.french:
        return "fr" if "fr" in langs and not t.german else None
    return "de" if "de" in langs and t.german else None


def _german_verb_after(t: _Text, c: _Candidate) -> str | None:
    """A German sentence that starts with the name and a verb in the third person singular:
    "Amazon baut ...", "Apple muss ...": the name does something, and a plural of the German
    word ("Visa gelten ...") would not take that verb. Not for names that are German words
    ("Arm bleibt arm")."""
    if c.last >= len(t.tokens) or c.last - c.first != 1 or not t.sentence_initial(c.start):
        return None
    span = t.raw[c.start : c.end]
    nxt = t.raw[t.tokens[c.last].start : t.tokens[c.last].end]
    if not span.istitle() or not nxt.isalpha() or not nxt.islower():
        return None
    if t.raw[c.end : t.tokens[c.last].start] != " ":
        return None
    third_person = nxt in GERMAN_MODALS or (
        len(nxt) >= 4 and nxt.endswith("t") and not nxt.endswith("st") and nxt not in GERMAN_WORDS
    )
    if not third_person or not t.german:
        return None
    if spoken_zipf(span.lower(), "de") >= LANGUAGE_WORD_SPOKEN_ZIPF:
        return None
    return f"{span} {nxt}"


# Swedish words that end like a verb in the present tense and are none: "Visa hur du gör".
SWEDISH_NOT_VERBS = frozenset("hur när där var för mer efter under över eller varför inför".split())


def _swedish_verb_after(t: _Text, c: _Candidate) -> str | None:
    """A Swedish sentence that starts with the name and a verb in the present or the past: "Meta
    får miljardböter", "Bolt börjar köra ...": the name does something (the verb "meta" or
    "visa" would not be followed by another verb)."""
    if c.last >= len(t.tokens) or c.last - c.first != 1 or not t.sentence_initial(c.start):
        return None
    span = t.raw[c.start : c.end]
    nxt = t.raw[t.tokens[c.last].start : t.tokens[c.last].end]
    if (
        not nxt.endswith(("r", "ade", "de", "te", "as"))
        or not span.istitle()
        or not nxt.isalpha()
        or not nxt.islower()
        or len(nxt) < 3
        or nxt in SWEDISH_NOT_VERBS
        or t.raw[c.end : t.tokens[c.last].start] != " "
        # a Swedish word, or one too rare to be listed ("återupptar"; its infinitive decides)
        or (
            written_zipf(nxt, "sv") - written_zipf(nxt, "en") < 1.0
            and (written_zipf(nxt, "sv") > 0 or written_zipf(nxt, "en") > 0)
        )
        or not t.nordic
    ):
        return None
    # the infinitive is a word: "får" of "få", "slutar" of "sluta", "höjer" of "höja" (not
    # the plural "familjer": "Moderna familjer väljer ...")
    if nxt.endswith("r"):
        infinitives = [nxt[:-1]] + ([nxt[:-2] + "a"] if nxt.endswith("er") else [])
        # a stem that ends in "r" is the present itself: "kör" of "köra", "slutför"
        infinitives.append(nxt + "a")
    elif nxt.endswith("as"):
        infinitives = [nxt[:-1]]  # the passive: "tvingas" of "tvinga"
    else:
        # or the past: "ökade" of "öka", "höjde" of "höja", "sänkte" of "sänka"
        infinitives = [nxt[:-3] + "a" if nxt.endswith("ade") else nxt[:-2] + "a"]
    if not any(
        inf.endswith(("a", "å", "i")) and written_zipf(inf, "sv") >= 3.0 for inf in infinitives
    ):
        return None
    return f"{span} {nxt}"


# French verbs in the third person whose infinitive is not the word and "-r" or "-ir"
FRENCH_IRREGULAR_VERBS = frozenset(
    "met veut fait peut doit prend vend perd rend dit ouvre offre reçoit".split()
)
# Endings of the third person and of the infinitive of French verbs the rule above cannot
# tell from "-e" and "-it": "obtient" (obtenir), "réduit" (réduire), "rejoint" (rejoindre)
_FRENCH_VERB_ENDINGS = (("ient", "enir"), ("uit", "uire"), ("int", "indre"))


def _french_verb_after(t: _Text, c: _Candidate) -> str | None:
    """A French sentence that starts with the name and a verb in the third person: "Meta met
    fin à ...", "Zoom veut remplacer ...", "Oracle choisit la région parisienne": the name does
    something. The verb is told by its infinitive, a French word ("lance" of "lancer",
    "choisit" of "choisir"), which an adjective after a noun is not ("Orange mécanique")."""
    if c.last >= len(t.tokens) or c.last - c.first != 1 or not t.sentence_initial(c.start):
        return None
    span = t.raw[c.start : c.end]
    nxt = t.raw[t.tokens[c.last].start : t.tokens[c.last].end]
    if (
        not span.istitle()
        or not nxt.isalpha()
        or not nxt.islower()
        or len(nxt) < 3
        or t.raw[c.end : t.tokens[c.last].start] != " "
        or not t.french
    ):
        return None
    if nxt in FRENCH_IRREGULAR_VERBS:
        return f"{span} {nxt}"
    ending = next((e for e in _FRENCH_VERB_ENDINGS if nxt.endswith(e[0])), None)
    if ending:
        infinitive = nxt[: -len(ending[0])] + ending[1]
    elif nxt.endswith("it"):
        infinitive = nxt[:-1] + "r"  # "choisit" of "choisir"
    elif nxt.endswith("e") and not nxt.endswith(("ée", "ie", "que")):
        infinitive = nxt + "r"  # "lance" of "lancer"
    else:
        return None
    if written_zipf(infinitive, "fr") < 3.0 or written_zipf(nxt, "fr") < written_zipf(nxt, "en"):
        return None
    return f"{span} {nxt}"


# What stands before a German adjective before its noun: an article, a preposition, an age
_BEFORE_GERMAN_ADJECTIVES = GERMAN_ARTICLES | frozenset(
    "mit ohne unter auf an am im in vom von zum zur bei jeder jede jedes jahre".split()
)


def _german_noun_after_adjective(t: _Text, c: _Candidate) -> str | None:
    """A one-word name that is a German noun too ("Linde", a lime tree; "Henkel", a handle)
    after an article, a preposition or an age and an adjective declined before its noun:
    the noun ("Die alte Linde", "mit abgebrochenem Henkel", "300 Jahre alte Linde"). Not in a
    compound ("der neue Linde-Chef"), nor before a model ("Der neue Renault 5")."""
    if (
        c.first < 2
        or c.variant.kind not in ("name", "short")
        or t.words[c.first - 2] not in _BEFORE_GERMAN_ADJECTIVES
        or t.raw.startswith("-", c.end)
        or t.nordic
        or (c.last < len(t.words) and t.words[c.last][:1].isdigit())
        or zipf(c.variant.text, "de") < GERMAN_NOUN_ZIPF
        or not _german_adjective_before(t, c)
    ):
        return None
    return t.raw[t.tokens[c.first - 1].start : c.end]


# A name said this often in German is a German word too ("linde" 3.65, "henkel" 3.76)
GERMAN_NOUN_ZIPF = 3.5


def _context_range(t: _Text, c: _Candidate) -> tuple[int, int]:
    """The words around the span where business talk is looked for: :data:`CONTEXT_WINDOW`
    either side, short of a trailing publisher, whose name says nothing of the headline's
    ("... im Test - CHIP"); but a symbol in the financial press is a stock's ("KSS jumps -
    MarketWatch")."""
    lo, hi = max(0, c.first - CONTEXT_WINDOW), min(len(t.words), c.last + CONTEXT_WINDOW)
    if t.publisher_words and c.end <= (t.publisher_at or 0) and c.variant.kind != "ticker":
        hi = min(hi, len(t.words) - len(t.publisher_words))
    return lo, hi


def _word_of_its_language(t: _Text, c: _Candidate) -> bool:
    """A one-word name that is no English word but is said every day in the German or French
    of the text: "Allianz" (an alliance), "Carrefour" (a crossroads). Gated there as a common
    word; "Siemens", "Renault" are not."""
    if c.last - c.first != 1 or c.variant.kind not in ("name", "alias", "short"):
        return False
    word = t.raw[c.start : c.end].lower()
    said = [
        lang for lang in _LANGUAGE_NAMES if spoken_zipf(word, lang) >= LANGUAGE_WORD_SPOKEN_ZIPF
    ]
    return _sole_language(t, said) is not None


# Not the articles: "Le Puma de Ford", "Die Allianz" name a thing.
_FOREIGN_FUNCTION_WORDS = (FRENCH_WORDS | GERMAN_WORDS | NORDIC_WORDS) - ARTICLES


@functools.lru_cache(maxsize=4096)
def _function_word(word: str) -> bool:
    """A word of the most frequent kind ("how", "what", "after", "will"), or a function word
    of German, French or Swedish ("chez", "bei", "hos"): never part of a name after it."""
    return (
        zipf(word, "en") >= FUNCTION_WORD_ZIPF
        or word in AUXILIARIES
        or word in _FOREIGN_FUNCTION_WORDS
    )


LIST_REACH = 3  # names looked at in a list after a common-word name


def _named_beside(t: _Text, c: _Candidate) -> str | None:
    """Named in a list with another name that is no word: "Visa och Mastercard", "Apple and
    Samsung", "Shell, BP and TotalEnergies", "TotalEnergies et Shell", "Aral und Shell"."""
    for step in (1, -1):
        for word in _listed_words(t, c, step):
            if fold(word).startswith(c.variant.text):
                break  # the word again, not another name: "On Ribbons and Ribbon Cutters"
            if _name_not_word(t, word):
                return f"named beside {word!r}"
            if not word[:1].isupper():
                break
    return None


def _name_not_word(t: _Text, word: str) -> bool:
    """A name as written that is no common word: "Mastercard", "SFR"; not "BP" (two letters
    say little), "Orange", "Energy"."""
    if not word[:1].isupper() or len(word) < 3:
        return False
    acronym = word.isupper() and word.isalpha()  # "Orange et SFR"
    if not acronym and (word.isupper() or len(word) < 4):
        return False
    folded = fold(word).replace(" ", "")
    if is_common_word(folded):
        return False
    # an acronym news writes as a word is a brand's ("SFR"), not "CEO" or "EU"
    return not (acronym and (t.shouting or (is_known_form(folded) and not _brand_symbol(folded))))


def _lean(words: Sequence[str], lang: str) -> int:
    """Words far more frequent in ``lang`` than in English, less those the other way round."""
    cache = _LEANINGS[lang]
    total = 0
    for w in words:
        found = cache.get(w)
        total += _leaning(w, lang) if found is None else found
    return total


def _leaning(word: str, lang: str) -> int:
    """1 when the word is far more frequent in ``lang`` than in English, -1 the other way."""
    cache = _LEANINGS[lang]
    found = cache.get(word)
    if found is None:
        if len(cache) > 100_000:
            cache.clear()  # a long-running daemon sees ever more words
        if len(word) < 2 or not word.isalpha():
            found = 0
        else:
            diff = zipf(word, lang) - zipf(word, "en")
            found = (diff >= 1.0) - (diff <= -1.0)
            if (
                not found
                and lang == "de"
                and len(word) >= 12
                and word.endswith(GERMAN_COMPOUND_ENDINGS)
                and not zipf(word, "en")
            ):
                found = 1  # a long German compound no list has: "Tierkrankenversicherung"
        cache[word] = found
    return found


# The endings of German nouns that make long compounds
GERMAN_COMPOUND_ENDINGS = ("ung", "ungen", "keit", "heit", "schaft", "schaften")
# _leaning's answers by language: a plain dict each, as a text asks for every word of it
_LEANINGS: collections.defaultdict[str, dict[str, int]] = collections.defaultdict(dict)


def _capitals(t: _Text, i: int) -> int:
    """The length of token ``i`` when it is a word all in capitals ("SNAP", "V"), else 0."""
    word = t.raw[t.tokens[i].start : t.tokens[i].end]
    return len(word) if word.isalpha() and word.isupper() else 0


def _caps_token(t: _Text, i: int) -> bool:
    """A symbol-like word: one to five capitals."""
    return 1 <= _capitals(t, i) <= 5


def _ticker_list(t: _Text, c: _Candidate) -> int:
    """How many capitalised symbols stand in a list with this one: "MNDY, ZM, SNAP, GLW"."""
    if c.last - c.first != 1 or not _caps_token(t, c.first):
        return 0
    n = 1
    for step in (-1, 1):
        i = c.first
        while 0 <= i + step < len(t.tokens):
            a, b = sorted((i, i + step))
            gap = t.raw[t.tokens[a].end : t.tokens[b].start].strip()
            if gap == "," and _caps_token(t, i + step):  # not "A/C", "N/A"
                i += step
                n += 1
                continue
            # "SNAP and GAP", "DAL vs. UAL": two symbols of two letters or more joined by
            # "and", "&" or "vs"
            j = i + 2 * step
            if (
                0 <= j < len(t.tokens)
                and t.words[i + step] in ("and", "vs")
                and (
                    _joined(t, min(i, j), max(i, j))
                    or t.raw[t.tokens[min(i, j)].end : t.tokens[max(i, j)].start] == " vs. "
                )
                and _capitals(t, j) <= 5
                and (
                    min(_capitals(t, i), _capitals(t, j)) >= 2
                    # a letter too, in a list with commas: "SO, DUK and D"
                    or ("," in t.raw and min(_capitals(t, i), _capitals(t, j)) >= 1)
                )
            ):
                i = j
                n += 1
                continue
            break
    return n


_TOWN_PREVIOUS = TOWN_BEFORE | {"of", "de", "d", "in", "i", "von", "a"}
# Codes of countries (and the EU) that are legal forms somewhere too.
_COUNTRY_CODES = COUNTRY_CODES | {"eu"}
# (not "Co-op", a name of its own: "Tesco, Morrisons and Co-op")
_AND_CO_AFTER = re.compile(r"\s*(?:&|and)\s*(?:Co|CO|Company|COMPANY)\b(?!-)\.?")
_TOWN_AFTER_COLON = re.compile(r"\s?:\s+(?:la |le |l'|the )?(\w+)")


# Below it, a word after a common-word name that the dictionary lacks is a name of its own
# ("Steele" 3.6, "Turing" 3.2); above it a city or a word ("Dublin" 4.1, "app" 4.9).
NAME_OF_ITS_OWN_ZIPF = 3.8


PAPER_WORD_ZIPF = 4.0  # "metro" 4.2, "fortune" 4.3; "bloomberg" 3.6, "saab" 3.1
# how papers' names start and end: "Le Monde", "Die Welt", "The Times"; "Euronews", "Nyheter"
_PAPER_ARTICLES = frozenset("the le la les l der die das el il".split())
_NEWS_WORDS = ("news", "nyheter", "nachrichten", "nouvelles", "zeitung", "tidning", "tidningen")


def _in_publisher_name(t: _Text, c: _Candidate) -> bool:
    """The span is part of the publisher's name, which is neither the name alone nor the
    company's own blog or newsroom ("Unity Blog")."""
    pub = t.publisher_at
    assert pub is not None
    if any(w[:1].islower() for w in t.raw[pub:].strip(" -–—|").split()):
        return False  # a clause, not a paper's name: "- Barclays ex-boss"
    if t.publisher_words == t.words[c.first : c.last]:
        # the name alone is the source quoted ("- National Grid"), unless a paper's
        return _named_as_a_paper(t.publisher_words)
    return not _own_blog(t, c)


def _named_as_a_paper(words: Sequence[str]) -> bool:
    """A publisher's name (folded words) as papers are named: a word English news writes ("-
    Metro", "- Fortune"), an article first ("- Le Progrès", "- Die Zeit"), a word for news
    ("- Euronews", "- Sky News")."""
    return (
        (len(words) == 1 and zipf(words[0], "en") >= PAPER_WORD_ZIPF)
        or (len(words) >= 2 and words[0] in _PAPER_ARTICLES)
        or any(w.endswith(_NEWS_WORDS) for w in words)
    )


def _own_publisher(t: _Text, c: _Candidate) -> bool:
    """The publisher is the span's words and one word of a company's own publication: "Unity
    Blog", "Stripe Newsroom"."""
    words = t.publisher_words
    if words[:1] == ["the"]:
        words = words[1:]  # "- The Intercom Blog"
    n = c.last - c.first
    return (
        n + 1 <= len(words) <= n + 3
        and words[:n] == t.words[c.first : c.last]
        and (
            # "Engineering Blog", "Tech Blog"
            all(w in OWN_PUBLICATION_WORDS for w in words[n:])
            # "Meta AI Blog": initials of a unit before it; "Walmart Global Tech Blog"
            or (
                words[-1] in OWN_PUBLICATION_WORDS
                and all(
                    len(w) <= 2 or w in OWN_PUBLICATION_WORDS or w in GENERIC_WORDS
                    for w in words[n:-1]
                )
            )
            # or its group's name: "- Volvo Group" (a brand's company is judged before)
            or (len(words) == n + 1 and words[n] in GROUP_WORDS)
        )
    )


def _capitals_alone(name: str) -> frozenset[str]:
    """The name's one word in capitals, folded, when its other capitalised words are legal
    forms or generic words: "RTL Group S.A." is "rtl"."""
    lower = {fold(w) for w in re.findall(r"[^\W\d_]+", name) if w.islower()}
    named = [
        w
        for w in without_legal_form(name).split()
        if w not in GENERIC_WORDS and w not in LEADING_GENERIC and w not in lower
    ]
    if len(named) == 1 and any(w.isupper() and fold(w) == named[0] for w in name.split()):
        return frozenset(named)
    return frozenset()


def _initials_in_name(name: str) -> frozenset[str]:
    """Words of the name in capitals that spell the initials of the words before them, folded:
    "Svenska Cellulosa Aktiebolaget SCA" writes "sca"."""
    words = re.findall(r"[^\W\d_]+", name)
    found = set()
    for i, word in enumerate(words):
        n = len(word)
        if (
            2 <= n <= i
            and word.isupper()
            and "".join(w[0] for w in words[i - n : i]).upper() == word
        ):
            found.add(fold(word))
    return frozenset(found)


def _written_in(name: str, span: str) -> bool:
    """The span, as written, is whole words of the name as the user gave it."""
    i = name.find(span)
    return (
        i >= 0
        and not name[i - 1 : i].isalnum()
        and not name[i + len(span) : i + len(span) + 1].isalnum()
    )


_INITIALS_OPENING = re.compile(r"\b([A-Z]{2,5}) \($")
_SMALL_IN_NAMES = frozenset("de du des d of the and et la le les für und von der".split())


def _spelling_out(raw: str, start: int, end: int) -> str | None:
    """Initials whose words, in brackets after them, the span is part of: "SGS (Société
    Générale de Surveillance)" spells out SGS. The initials, else None."""
    opening = raw.rfind("(", 0, start)
    if opening < 0 or ")" in raw[opening:start] or "(" not in raw[max(0, opening - 7) : start]:
        return None
    initials = _INITIALS_OPENING.search(raw, 0, opening + 1)
    closing = raw.find(")", end)
    if not initials or closing < 0:
        return None
    phrase = raw[opening + 1 : closing].strip()
    if phrase == raw[start:end]:
        return None  # its own initials: "SG (Société Générale)"
    words = re.findall(r"[^\W\d_]+", phrase)
    letters = "".join(w[0] for w in words if w.lower() not in _SMALL_IN_NAMES)
    return initials.group(1) if letters.upper() == initials.group(1) else None


def _defined_initials(t: _Text, c: _Candidate) -> str | None:
    """The words before a bracketed span in capitals whose initials it spells: "Return on
    Equity (ROE)", "les services à la personne (SAP)", folded; little words may be skipped."""
    letters = t.raw[c.start : c.end]
    if not (
        t.raw.startswith(")", c.end)
        and 2 <= len(letters) <= 6
        and letters.isalpha()
        and letters.isupper()
    ):
        return None
    want = fold(letters)
    k = len(want) - 1
    i = c.first - 1
    while i >= 0 and k >= 0 and c.first - i <= len(want) + 3:
        word = t.words[i]
        if word[:1] == want[k]:
            k -= 1
        elif not (word in FUNCTION_WORDS or len(word) <= 2):
            return None
        i -= 1
    if k >= 0 or not t.raw.endswith(" (", 0, c.start):
        return None
    return " ".join(t.words[i + 1 : c.first])


# The months of the headline languages, folded: a name that is one ("April", "Mars") is a date
# after a word for a time or beside a day's or a year's number
MONTHS = frozenset(
    """january february march april may june july august september october november december
    januar februar marz maerz april mai juni juli august september oktober november dezember
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    januari februari mars april maj juni juli augusti september oktober november december""".split()
)
# The days of the week in those languages, folded: no given name ("Monday Siemens shares ...")
_WEEKDAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch
    donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
    mandag tisdag tirsdag onsdag torsdag fredag lordag sondag""".split()
)
# Words before a month that make it a time: "in April", "since May", "fin mars", "i april"
_BEFORE_A_MONTH = frozenset(
    """in since until till early late mid during last next this en depuis fin debut jusqu d im
    seit bis ab ende anfang mitte i sedan slutet borjan""".split()
)
_DAY_OR_YEAR = re.compile(r"(?:[1-9]|[12][0-9]|3[01])\.?|(?:19|20)[0-9][0-9]")


def _a_date(t: _Text, c: _Candidate) -> str | None:
    """The month-named span as a date: after a word for a time ("in April", "fin mars"), after a
    day ("12 April", "3 mars") or before a year ("April 2026")."""
    raw = t.raw
    if c.first > 0:
        prev = t.tokens[c.first - 1]
        before = raw[prev.start : prev.end]
        if (t.words[c.first - 1] in _BEFORE_A_MONTH and before.islower()) or _DAY_OR_YEAR.fullmatch(
            before
        ):
            return raw[prev.start : c.end]
    if c.last < len(t.tokens):
        nxt = t.tokens[c.last]
        if _DAY_OR_YEAR.fullmatch(raw[nxt.start : nxt.end]) and len(raw[nxt.start : nxt.end]) == 4:
            return raw[c.start : nxt.end]
    return None


# The little words that initials skip, in the headline languages: "services à la personne"
_LITTLE_WORDS = frozenset(
    w
    for w in (
        FUNCTION_WORDS
        | ARTICLES
        | FRENCH_WORDS
        | GERMAN_WORDS
        | NORDIC_WORDS
        | {"de", "d", "l", "des", "et", "und", "och", "i", "av"}
    )
    if len(w) <= 3
)


def _spelled_out(t: _Text, c: _Candidate) -> str | None:
    """Words elsewhere in the text, in lower case, whose initials the span in capitals spells:
    "SAF mandate: airlines must blend sustainable aviation fuel" (little words may be
    skipped), folded."""
    letters = t.raw[c.start : c.end]
    if not (3 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return None
    want = fold(letters)
    if not t.lower_initials.issuperset(want):
        return None  # told at once, for most texts
    words, tokens, raw = t.words, t.tokens, t.raw
    for i in range(len(words)):
        if (
            c.first <= i < c.last
            or words[i][:1] != want[0]
            or len(words[i]) < 3
            or not raw[tokens[i].start].islower()
        ):
            continue
        k, j = 0, i
        while j < len(words) and k < len(want) and not (c.first <= j < c.last):
            if j > i and raw[tokens[j - 1].end : tokens[j].start] != " ":
                break  # one phrase: "sänker kursen – fordonsdelen" is none
            if (
                words[j][:1] == want[k]
                and raw[tokens[j].start].islower()
                # (French counts its "à": "services à la personne" are SAP)
                and (len(words[j]) >= 3 or raw[tokens[j].start : tokens[j].end] == "à")
            ):
                k += 1
            elif words[j] not in _LITTLE_WORDS or j == i:
                break
            j += 1
        if k == len(want):
            return " ".join(words[i:j])
    return None


def _own_blog(t: _Text, c: _Candidate) -> bool:
    """The span is the name in the company's own publication: "| Stripe Blog"."""
    return t.publisher_at is not None and c.start >= t.publisher_at and _own_publisher(t, c)


def _town(t: _Text, c: _Candidate) -> str | None:
    """The name as a town's, and the phrase that says so: before its police, council or
    harbour ("Corning police", "Trelleborgs hamn"), after a word for a town ("Staden Nokia",
    "the city of Corning", "la ville de Gap", "die Stadt Salzgitter")."""
    if (
        c.last < len(t.words)
        and t.words[c.last] in TOWN_WORDS
        and t.raw[c.end : t.tokens[c.last].start] == " "
    ):
        return t.raw[c.start : t.tokens[c.last].end]
    i = c.first - 1
    # a colon after it, but for a Swedish genitive's: "MAN:s nya lastbilar"
    colon = t.raw.startswith((":", " :"), c.end) and not t.raw.startswith(":s", c.end)
    if (i < 0 or t.words[i] not in _TOWN_PREVIOUS) and not colon:
        return None  # the usual case, told at once
    if (
        i > 0
        and t.words[i] in ("of", "de", "d", "in", "i", "von")
        and t.words[i - 1] in TOWN_BEFORE
    ):
        i -= 1
    if (
        i >= 0
        and t.words[i] == "a"
        and t.raw[t.tokens[i].start : t.tokens[i].end] in ("à", "À")
        # (any name, when the text starts so: "À Richemont, la centrale ferme"; else a
        # town's: not "Grève à Air France : 30 % des vols annulés")
        and ((c.variant.ambiguous and c.variant.text in town_names()) or i == 0)
        and t.raw.startswith((",", " (", ":", " :"), c.end)
    ):
        # French "à Gap, la piscine ...": a place one is at (not "l'amende infligée à Apple")
        return t.raw[t.tokens[i].start : c.end]
    if colon:
        after = _TOWN_AFTER_COLON.match(t.raw, c.end)
        if (
            after
            and (fold(after.group(1)) in TOWN_BEFORE or fold(after.group(1)) in TOWN_WORDS)
            and not after.group(1).isupper()  # initials: "Traton: MAN und Scania ..."
        ):
            # "Gap : la ville lance un plan", "Dottikon: Gemeindeversammlung genehmigt ..."
            return t.raw[c.start : after.end()]
        if (
            c.first == 0
            and c.last == 1
            and c.variant.text in town_names()
            and not Matcher._has_context(t, c)
        ):
            return t.raw[c.start : t.raw.index(":", c.end) + 1]  # "Zurich : un incendie ..."
    if i < 0 or t.words[i] not in TOWN_BEFORE:
        return None
    gaps = (t.raw[t.tokens[k].end : t.tokens[k + 1].start] for k in range(i, c.first))
    if not all(gap in (" ", "'", "’") for gap in gaps):
        return None
    return t.raw[t.tokens[i].start : c.end]


# A country or a region after a comma, a point of the compass first: ", southern Sweden"
_APPOSED_PLACE = re.compile(
    r", (?:(?:southern|northern|eastern|western|central|south|north|east|west|en|in|i|im) )?"
    r"([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})(?=$|[,.;:)!?]| [-–—|] |(?<=\.) )"
)


# A country after a town's name, with the same preposition as before it ("Storbrand i Nokia i
# Finland"), or its possessive after a comma ("the coast of Scania, Sweden's southern tip")
_COUNTRY_AFTER = re.compile(
    r" (i|in|im|en|à) ([A-Z]\w+)\b|, ([A-Z]\w+)['’]s ((?:[a-z]+ ){0,2}[a-z]+)"
)
_IN_BEFORE = frozenset("i in im en a".split())
# What a country has that a town or a region is: "Sweden's southern tip", "Norway's most
# famous river" (not "Sweden's biggest sports retailer")
_A_COUNTRY_S_PLACES = frozenset(
    "tip province region river county town city village island lake coast capital port".split()
)


def _in_a_town_of_a_country(t: _Text, c: _Candidate) -> str | None:
    """The name as a town's, in a country named after it: "Storbrand i Nokia i Finland",
    "Cycling the coast of Scania, Sweden's southern tip" (not "Nokia in Finland cuts jobs",
    which names no place before it)."""
    found = _COUNTRY_AFTER.match(t.raw, c.end)
    if not found or fold(found.group(2) or found.group(3)) not in country_words():
        return None
    before = t.words[c.first - 1] if c.first > 0 else None
    if found.group(1) and not (before in _IN_BEFORE and before == fold(found.group(1))):
        return None
    if found.group(3) and _A_COUNTRY_S_PLACES.isdisjoint(found.group(4).split()):
        return None
    return t.raw[c.start : found.end()]


def _in_a_country(t: _Text, c: _Candidate) -> str | None:
    """The name as a town's or a region's, with its country or region after a comma:
    "across Scania, southern Sweden", "in Corning, New York"."""
    if not t.raw.startswith(",", c.end):
        return None
    found = _APPOSED_PLACE.match(t.raw, c.end)
    if not found:
        return None
    where = fold(found.group(1))
    # (or a state's code or abbreviation, as AP writes them: "Hershey, Pa.", "Corning, N.Y.",
    # "Goodyear, Ariz.")
    if where not in place_names()[0] and not (
        found.group(1).endswith(".")
        and (where.replace(" ", "") in place_names()[1] or where in state_abbreviations())
    ):
        return None
    return t.raw[c.start : found.end()]


# A point of the compass and "of" before a name, in the headline languages: "strax söder om
# Boliden", "ten miles north of Corning", "nördlich von Salzgitter", "au nord de Gap"
_COMPASS_OF = re.compile(
    r"\b(?:norr|söder|öster|väster|north|south|east|west|nördlich|südlich|östlich|westlich"
    r"|nord|sud|est|ouest) (?:om |of |von |de |d['’])$",
    re.IGNORECASE,
)


# A place's kind in apposition after a name: "Nokia, the town that gave its name to ..."
_PLACE_APPOSITION = re.compile(
    r",\s+(?:the|a|an|la|le|die|das|der)\s+(?:[\w-]+\s+)?(?:town|city|village|municipality"
    r"|region|river|island|county|commune|ville|stad|stadt|dorf|gemeinde|kommun)\b"
)


# "in the Amazon", "of the Amazon": a region, with nothing of the firm's after it
_IN_THE_BEFORE = re.compile(r"\b(?:[Ii]n|of|across|near|from|into|through|throughout|around) the $")
_NOTHING_AFTER = re.compile(r"\s*(?:$|[-–—:;,.!?)]|\s[a-z]+s\b)")


def _the_region(t: _Text, c: _Candidate) -> str | None:
    """A region named with "the" after a preposition, a verb or nothing after it: "Fires in
    the Amazon push up coffee prices", "the medicinal plants of the Amazon"; not "in the
    Amazon app", "at the Delta gate"."""
    if c.last - c.first > 1:
        return None  # a name of more words is an institution's: "from the London Stock Exchange"
    before = _IN_THE_BEFORE.search(t.raw, max(0, c.start - 16), c.start)
    if before and _NOTHING_AFTER.match(t.raw, c.end):
        return t.raw[before.start() : c.end]
    return None


def _called_a_place(t: _Text, c: _Candidate) -> str | None:
    """A place's kind in apposition after it: "Nokia, the town that gave its name to a phone
    giant", "Boliden, a mining village"."""
    found = _PLACE_APPOSITION.match(t.raw, c.end)
    return t.raw[c.start : found.end()] if found else None


def _compass_of(t: _Text, c: _Candidate) -> str | None:
    """A place by a point of the compass of it: "Trafikolycka strax söder om Boliden"."""
    found = _COMPASS_OF.search(t.raw, max(0, c.start - 14), c.start)
    return t.raw[found.start() : c.end] if found else None


def _french_name_of_place(t: _Text, c: _Candidate) -> str | None:
    """In French, a capitalised word and "de" before the name make the name of something
    named after a town: "Chorégies d'Orange", "Festival de Gap"; not "PDG d'Orange", "Salariés
    d'Orange" (business words), nor "près d'Orange"."""
    if c.first < 2 or t.words[c.first - 1] not in ("d", "de", "du") or not t.french:
        return None
    prev, of = t.tokens[c.first - 2], t.tokens[c.first - 1]
    if t.raw[of.end : c.start] not in ("'", "’", " ") or t.raw[prev.end : of.start] != " ":
        return None
    word = t.words[c.first - 2]
    if (
        not t.raw[prev.start].isupper()
        or t.raw[prev.start - 1 : prev.start].isalnum()  # part of a word: "d'iPhone d'Apple"
        or len(word) < 4
        or _is_context_word(word)
        or word in FUNCTION_WORDS
    ):
        return None
    return t.raw[prev.start : c.end]


def _listed_words(t: _Text, c: _Candidate, step: int) -> Iterator[str]:
    """The words listed with the span, nearest first: after it (``step`` 1) or before it
    (-1), each after a comma or a list word ("and", "och", "et"). A word split at its capitals
    ("TotalEnergies") is one word."""
    n = len(t.tokens)
    i = c.last if step > 0 else c.first - 1
    edge = c.end if step > 0 else c.start
    for _ in range(LIST_REACH):
        if not 0 <= i < n:
            return
        gap = t.raw[edge : t.tokens[i].start] if step > 0 else t.raw[t.tokens[i].end : edge]
        if 0 <= i + step < n and t.words[i] in LIST_WORDS:
            i += step
        elif gap.strip() != ",":
            return
        j = i
        while 0 <= j + step < n and (
            t.tokens[j + step].start == t.tokens[j].end
            if step > 0
            else t.tokens[j + step].end == t.tokens[j].start
        ):
            j += step
        a, b = sorted((i, j))
        yield t.raw[t.tokens[a].start : t.tokens[b].end]
        edge = t.tokens[j].end if step > 0 else t.tokens[j].start
        i = j + step


def _caps_word(t: _Text, i: int) -> bool:
    """A word of two or more capitals: part of a shout, not an initial."""
    return _capitals(t, i) >= 2


def _shouted_phrase(t: _Text, c: _Candidate) -> bool:
    """The name is one of several words in capitals: "AMAZON FURY: Shoppers slam ..."."""
    return any(
        0 <= i < len(t.tokens) and _joined(t, min(i, c.first), max(i, c.first)) and _caps_word(t, i)
        for i in (c.first - 1, c.last)
    )


def _joined(t: _Text, a: int, b: int) -> bool:
    """Tokens a..b (indexes, a < b) follow one another with only spaces or hyphens between:
    one phrase, not across a colon, a comma or a dash between spaces (" - Publisher")."""
    if b == a + 1 and a >= 0 and b < len(t.tokens):  # the usual question: two neighbours
        gap = t.raw[t.tokens[a].end : t.tokens[b].start]
        return gap == " " or (not gap.strip(" -") and " - " not in gap)
    return all(
        not (gap := t.raw[t.tokens[i].end : t.tokens[i + 1].start]).strip(" -") and " - " not in gap
        for i in range(max(a, 0), min(b, len(t.tokens) - 1))
    )


@functools.lru_cache(maxsize=65536)  # a headline's words recur; four hundred stems do not
def _is_context_word(word: str) -> bool:
    exact, stems = _context_stems()
    if word in exact:
        return True
    if word in CONTEXT_NOT:
        return False
    return len(word) >= 4 and word.startswith(stems)


_INFLECTION_MAX = 8  # letters after a compound's head: "-ningarna", "-ungen"


@functools.lru_cache(maxsize=4096)
def _ends_in_context_word(word: str) -> bool:
    """A German or Swedish compound whose head is a word of business: "arztreport",
    "konzernumsatz", inflected too: "kortbetalningarna" (the card payments)."""
    exact, stems = _context_stems()
    return any(
        len(w) >= 4 and len(word) > len(w) + 2 and word.endswith(w) for w in (*exact, *stems)
    ) or any(
        len(w) >= 5 and (i := word.find(w, 3)) > 0 and len(word) - i - len(w) <= _INFLECTION_MAX
        for w in stems
    )


@functools.cache
def _legal_heads() -> frozenset[str]:
    """The first words of the legal forms."""
    return frozenset(term[0] for term in _legal_set())


@functools.cache
def _legal_set() -> frozenset[tuple[str, ...]]:
    # one-letter and two-letter forms that are everyday words ("as", "at") only when capitalised
    return frozenset(t for t in legal_terms() if len("".join(t)) >= 2)


def _colliding_acronyms(
    companies: Sequence[CompanySpec], all_variants: Sequence[Sequence[Variant]]
) -> set[tuple[int, str]]:
    """Acronyms that say nothing: shared by unrelated watched companies, or another company's
    ticker. Nested names ("London Stock Exchange" and "... Group") may share one."""
    owners: dict[str, list[int]] = {}
    taken: dict[str, set[int]] = {}
    for idx, vs in enumerate(all_variants):
        for v in vs:
            if v.kind == "acronym":
                owners.setdefault(v.text, []).append(idx)
            elif v.kind == "ticker":
                # another company's ticker (its own is no collision: BMW's ticker is BMW);
                # another company's name may be this very acronym ("RBS" listed beside
                # "Royal Bank of Scotland"), which is no collision either
                taken.setdefault(v.text, set()).add(idx)
    out: set[tuple[int, str]] = set()
    for text, idxs in owners.items():
        names = sorted({fold(companies[i].name) for i in idxs}, key=len)
        nested = all(n.startswith(names[0]) for n in names)
        if not taken.get(text, set()) <= set(idxs) or not nested:
            out.update((i, text) for i in idxs)
    return out


def _named_for_a_person(t: _Text, c: _Candidate) -> bool:
    """Hyphened between the word before it and a noun, as German names a thing after a
    person: "Andreas-Hofer-Gedenkfeier", "Robert-Bosch-Krankenhaus" (the rule that asks this
    wants a given name before it); not two names joined: "Fusion Helvetia-Bâloise"."""
    if c.first == 0 or t.raw[t.tokens[c.first - 1].end : c.start] != "-":
        return False
    if c.last < len(t.tokens) and t.raw[c.end : t.tokens[c.last].start] == "-":
        return True
    # or after a word in small letters for what it names, as French names places after
    # people: "le circuit Paul-Ricard", "la place René-Coty" (not "la fusion Helvetia-Bâloise")
    if c.first < 2:
        return False
    before = t.tokens[c.first - 2]
    return t.raw[before.start].islower() and before.text not in _DEAL_WORDS


def _coined(word: str) -> bool:
    """A folded word no language has, nor as a name: its owner's own ("wideroe" of "Widerøe's
    Flyveselskap"), which means nothing else without its "'s"."""
    return not is_known_word(word) and not is_dictionary_name(word)


def _family_name_after(t: _Text, c: _Candidate) -> bool:
    """A capitalised word right after it, in a sentence-case text, that says nothing of a
    business: a family name after a given one ("Macy Gray announces tour")."""
    if c.last >= len(t.words) or t.title_case or t.shouting:
        return False
    nxt = t.tokens[c.last]
    return (
        t.raw[c.end : nxt.start] == " "
        and t.raw[nxt.start].isupper()
        and not t.raw[nxt.start : nxt.end].isupper()
        and nxt.text not in GENERIC_WORDS
        and not _is_context_word(nxt.text)
    )


class Matcher:
    """Matches texts against a fixed watch list. Build once, call ``match`` many times."""

    def __init__(self, companies: Iterable[CompanySpec], workers: int = 1) -> None:
        """The index of ``companies``. With ``workers`` above one and at least
        :data:`BUILD_PARALLEL_MIN` companies, their variants are worked out in that many forked
        processes (the rest of the build, and the matching, is the same)."""
        # The build makes a few hundred thousand objects (variants, entries, keys) that live as
        # long as the matcher: the collector, run every few hundred allocations, would walk
        # them again and again and free nothing (a quarter of the build time for 10,000 names).
        with _collector_paused():
            self._build(list(companies), workers)

    def _build(self, companies: list[CompanySpec], workers: int) -> None:
        self.companies: list[CompanySpec] = companies
        self._variants: list[list[Variant]] = []
        self._exclude: list[frozenset[str]] = []
        self._require: list[frozenset[str]] = []
        self._tickers: list[str | None] = []
        self._named_for_country: list[bool] = []  # "T-Mobile US", "Santander UK"
        # names of partnerships ("JPMorgan Chase & Co."): "& Co." after the name is their own
        self._and_co = [bool(_AND_CO_AFTER.search(spec.name)) for spec in self.companies]
        # words the name writes with a possessive "'s" ("Macy's"): without it, a person's name
        self._possessive_words = [
            frozenset(fold(w) for w in _NAME_POSSESSIVE.findall(spec.name))
            for spec in self.companies
        ]
        self._own_words: list[frozenset[str]] = []
        # letters the name writes after the words they stand for: "Svenska Cellulosa
        # Aktiebolaget SCA"
        self._own_initials: list[frozenset[str]] = []
        self._accented = [not spec.name.isascii() for spec in self.companies]
        # a name that is its capitals alone, but for generic and legal words: "RTL Group",
        # "Société nationale SNCF" (not "BNP Paribas"); those are no abbreviation of a language
        self._capitals_alone = [_capitals_alone(spec.name) for spec in self.companies]
        self._part_of_group: list[frozenset[str]] = []
        self._registered: list[frozenset[str]] = []  # the forms an SEC filer's name may take
        # the words of each name written capitalised there, folded
        self._capitalised_words = [
            frozenset(
                fold(w) for w in re.findall(r"[^\W\d_][\w'’.-]*", spec.name) if w[0].isupper()
            )
            for spec in self.companies
        ]
        # companies named by their brand and a legal form alone: "AB Volvo", "Siemens AG"
        self._brand_only = [
            len([w for w in fold(spec.name).split() if (w,) not in _legal_set()]) == 1
            for spec in self.companies
        ]
        # the company's legal form is another country's than America's ("Vinci SA")
        self._legal_forms = [_legal_forms(spec.name) for spec in self.companies]
        # a company none of whose legal forms is written where French is: "Gap Inc."
        self._foreign_to_french = [
            bool(forms) and FRENCH_REGION_FORMS.isdisjoint(forms) for forms in self._legal_forms
        ]
        self._foreign_form = [
            bool(forms) and US_LEGAL_FORMS.isdisjoint(forms) for forms in self._legal_forms
        ]
        # an American corporation is known by its name and never by "Group" after it:
        # "Compass Group" (the caterer) is no "Compass, Inc."
        self._us_corporation = [
            bool(_US_CORPORATION.search(spec.name))
            and GROUP_WORDS.isdisjoint(fold(spec.name).split())
            for spec in self.companies
        ]
        # names the user wrote in lower case ("adidas AG"): lower case is their own case
        self._written_lower = [
            any(w[:1].islower() and w.isalpha() for w in spec.name.split()[:1])
            for spec in self.companies
        ]
        entries: dict[str, list[_Entry]] = {}
        fuzzy: dict[str, list[tuple[int, Variant]]] = {}
        all_variants = _all_variants(self.companies, workers)
        if self.companies:
            for lang in _LANGUAGE_NAMES:
                spoken_zipf("", lang)  # the language's list is read now, not on a first text
        dropped = _colliding_acronyms(self.companies, all_variants)
        for idx, spec in enumerate(self.companies):
            vs = [
                v for v in all_variants[idx] if (idx, v.text) not in dropped or v.kind != "acronym"
            ]
            self._variants.append(vs)
            self._exclude.append(frozenset(fold(w) for w in spec.exclude if fold(w)))
            self._require.append(frozenset(fold(w) for w in spec.require if fold(w)))
            self._tickers.append(fold(spec.ticker) if spec.ticker else None)
            self._own_words.append(
                frozenset(w for n in (spec.name, *spec.aliases) for w in fold(n).split())
            )
            # ("Coop Sverige": a country's name in its language, after the name)
            words = fold(spec.name).split()
            self._named_for_country.append(
                not self._own_words[-1].isdisjoint(COUNTRY_CODES)
                or any(w in country_words() for w in words[1:])
            )
            self._own_initials.append(_initials_in_name(spec.name))
            self._part_of_group.append(_part_of_group(vs))
            registered = {v.text for v in vs if v.kind in ("name", "alias", "spelling")}
            shorts = {v.text for v in vs if v.kind == "short"}
            for n in list(registered):
                given_family = n.split()
                if len(given_family) == 2 and given_family[1] in shorts:
                    # SEC writes a founder's name family name first: "LILLY ELI & CO"
                    registered.add(f"{given_family[1]} {given_family[0]}")
            self._registered.append(frozenset(registered))
            for v in vs:
                entries.setdefault(v.text, []).append(_Entry(idx, v))
                if (
                    v.kind in ("name", "alias", "short")
                    and not v.ambiguous
                    and " " not in v.text
                    and len(v.text) >= FUZZY_MIN_LENGTH
                    and v.text.isalpha()
                ):
                    for i in range(len(v.text)):
                        gone = v.text[:i] + v.text[i + 1 :]
                        fuzzy.setdefault(gone, []).append((idx, v))
        for gone, pairs in fuzzy.items():
            if is_known_word(gone):
                continue  # a word or a surname: not a typo of a name
            for i, v in pairs:
                entries.setdefault(gone, []).append(_Entry(i, Variant(v.text, "fuzzy", False)))
        automaton = ahocorasick.Automaton()
        # The quick check: the keys of every variant, scanned over the text in its own case and
        # folded; tickers that are words (or one or two letters) apart, as they count only with
        # a marker ("$", an exchange, a list of symbols, stock talk, a move in percent).
        quick = ahocorasick.Automaton()  # key -> False when it is such a ticker's only
        # One-letter tickers count only after "$" or an exchange: the quick check looks for
        # those forms instead of every capital "A" of every headline.
        self._letter_tickers = frozenset(
            v.text.upper()
            for vs in self._variants
            for v in vs
            if v.kind == "ticker" and len(v.text) == 1
        )
        # "$", ":", "." or "of" before one of the letters (a cheap scan), then the whole form
        letters = (
            "[" + "".join(sorted(self._letter_tickers)) + "]" if self._letter_tickers else "$^"
        )
        self._letter_hint = re.compile(r"(?:[$:.]|[fnFN])\s*" + letters + r"\b")
        self._letter_ticker_re = re.compile(_LETTER_TICKER_RE.pattern.replace("([A-Z])", letters))
        # or in a list of symbols: "F, GM, STLA: Detroit automakers rally"
        # (or joined by "and" or "vs" in a text with a comma: "Bought V and MA on the dip, ...")
        self._letter_list_re = re.compile(
            r"(?<![\w$])" + letters + r"\s*(?:,|\s(?:and|vs\.?)\s)\s*[A-Z]{1,5}\b"
            r"|\b[A-Z]{1,5}\s*(?:,|\s(?:and|vs\.?)\s)\s*" + letters + r"\b"
        )
        for text, es in entries.items():
            symbols = any(e.variant.kind in ("ticker", "acronym") for e in es)
            automaton.add_word(f" {text} ", (text, tuple(es), symbols))
            for e in es:
                if e.variant.kind == "ticker" and len(text) == 1:
                    continue
                if e.variant.kind == "acronym" and e.variant.ambiguous and len(text) == 2:
                    what = _QUICK_INITIALS  # "GM": only where initials count, see _maybe
                elif e.variant.kind == "ticker" and _needs_marker(text):
                    what = _QUICK_MARKED
                elif e.variant.kind == "ticker":
                    what = _QUICK_BARE  # bare, but not in a text in capitals
                else:
                    what = _QUICK_PLAIN
                keys = _quick_keys(e.variant, text)
                if e.variant.ambiguous and e.variant.case is None and " " not in text:
                    # a common-word form written with inner capitals, "JPMorgan", or all in
                    # small letters, as a brand styled so: "metronom Eisenbahngesellschaft"
                    spec = self.companies[e.company]
                    for given in (spec.name, *spec.aliases):
                        form = _quick_case(_quick_prepare(written_form(given, text)))
                        if form.lower() == f" {text} " and (
                            not form[2:].islower() or form.islower()
                        ):
                            keys.append(form)
                for key in keys:
                    # a key of any other variant makes the text worth the full check
                    quick.add_word(key, what | quick.get(key, 0))
        # the places and countries, loaded with the index, not by the first text that needs them
        _place_starts()
        country_words()
        french_towns()
        # The full check's own keys, for a text without capitals: every variant, folded.
        quick_folded = ahocorasick.Automaton()
        for text in entries:
            quick_folded.add_word(f" {text} ", True)
        if entries:
            # the roots of the business words glued to names ("Ericssonaktien"): None, so a
            # text with one goes on to the compound pattern
            for root in _COMPOUND_ROOTS:
                quick.add_word(root, _QUICK_COMPOUND | quick.get(root, 0))
                quick_folded.add_word(root, None)
                # and in the full check's scan, inside words (names' keys have spaces around)
                automaton.add_word(root, (None, (), False))
        # The same keys folded to lower case, each with the case it must be written in (None:
        # any): an ASCII text is scanned once, in lower case, and a hit's case checked after.
        lowered: dict[str, list[tuple[str | None, int]]] = {}
        for key, what in quick.items():
            low = key.lower()
            lowered.setdefault(low, []).append((None if key == low else key, what))
        # and the one-letter tickers as words, so that their patterns run only when one is there
        for letter in self._letter_tickers:
            lowered.setdefault(f" {letter.lower()} ", []).append((f" {letter} ", _QUICK_LETTER))
        quick_lower = ahocorasick.Automaton()
        for low, forms in lowered.items():
            quick_lower.add_word(low, tuple(forms))
        self._all_registered = frozenset().union(*self._registered)
        # the companies by each word of their own names that is no generic word, for filers
        # registered under words of a name (_own_words_filed)
        self._own_prefixes = [
            frozenset(o[:4] for o in own if len(o) >= 4) for own in self._own_words
        ]
        self._all_own_words: frozenset[str] = frozenset().union(*self._own_words)
        # the companies by each word of their own names (by its first four letters when
        # longer), for filers registered under words of a name (_own_words_filed)
        owners: dict[str, set[int]] = {}
        for idx, own in enumerate(self._own_words):
            for w in own:
                owners.setdefault(w[:4] if len(w) >= 4 else w, set()).add(idx)
        self._own_word_owners = {k: frozenset(v) for k, v in owners.items()}
        self._filers_by_words: dict[str, frozenset[int]] = {}
        # Companies that the rules can tell apart by their symbol only: an SEC registrant
        # listed once per security ("BANK OF MONTREAL /CAN/" 25 times in company_tickers.json).
        # The first look at a span (the rules that read no other span) gives them one decision,
        # made once a text. Everything those rules read of a company is derived from these
        # fields, and its symbol only by ``v.text == ticker`` (part of the decision's key).
        groups: dict[tuple[Any, ...], int] = {}
        twin = [
            groups.setdefault(
                (
                    spec.name,
                    spec.aliases,
                    spec.require,
                    spec.exclude,
                    spec.ticker is None,
                    tuple(v for v in self._variants[idx] if v.kind != "ticker"),
                ),
                idx,
            )
            for idx, spec in enumerate(self.companies)
        ]
        sizes = collections.Counter(twin)
        self._twin: list[int | None] = [g if sizes[g] > 1 else None for g in twin]
        for a in (automaton, quick, quick_folded, quick_lower):
            if len(a):
                a.make_automaton()
        self._automaton = automaton
        self._quick = quick
        self._quick_folded = quick_folded
        self._quick_lower = quick_lower
        log.debug("built matcher companies=%d patterns=%d", len(self.companies), len(automaton))

    # ----------------------------------------------------------------------------------------

    def _candidates(self, t: _Text, every: bool = True) -> list[_Candidate]:
        """The spans the automaton finds. Unless ``every`` (for explanations), a ticker or an
        acronym with a lower-case letter is left out of a text with capitals: the case rule
        rejects it there anyway, and every "a", "on" and "for" of a headline is some company's
        ticker."""
        if not t.tokens or not len(self._automaton):
            return []
        joined = " " + " ".join(t.words) + " "
        out: list[_Candidate] = []
        compound = False
        for end_pos, (text, entries, symbols) in self._automaton.iter(joined):
            if text is None:
                compound = True  # a business word that Swedish and German glue names to
                continue
            # the words before this one, each after a space (tokens hold none)
            first = joined.count(" ", 0, end_pos - len(text)) - 1
            last = first + text.count(" ") + 1
            start, end = t.tokens[first].start, t.tokens[last - 1].end
            cased = True
            # (a text without capitals may write any name in small letters, a symbol's too:
            # "anyone worked as a welder at lkab?", which the case rule judges)
            if symbols and not every and not t.shouting and t.has_capitals:
                span = t.raw[start:end]
                cased = span == span.upper()
            for e in entries:
                if (
                    not cased
                    and e.variant.kind in ("ticker", "acronym")
                    # but for a symbol written as a name ("Sobi"), which the case rule takes
                    and not (e.variant.kind == "ticker" and _symbol_as_a_word(e.variant.text))
                ):
                    continue
                out.append(
                    _Candidate(e.company, e.variant, first, last, start, end, e.variant.kind)
                )
        if compound:
            out.extend(self._compounds(t))
        if t.camel:
            out.extend(self._camel_joined(t))
        return out

    def _camel_joined(self, t: _Text) -> Iterator[_Candidate]:
        """A name of one word that the text writes in camel case, which splits it into
        words: "ThyssenKrupp", "MasterCard" (thyssenkrupp AG, Mastercard Incorporated)."""
        toks, raw = t.tokens, t.raw
        i = 0
        while i < len(toks):
            j = i
            while (
                j + 1 < len(toks)
                and toks[j].end == toks[j + 1].start
                and raw[toks[j].end - 1].islower()
                and raw[toks[j + 1].start].isupper()
                # a letter alone is no word of it: "VitrA" (a Turkish brand) is no Vitra
                and toks[j + 1].end - toks[j + 1].start > 1
            ):
                j += 1
            found = (
                self._automaton.get(" " + "".join(t.words[i : j + 1]) + " ", None)
                if j > i
                else None
            )
            if found and found[0] is not None:
                for e in found[1]:
                    if e.variant.kind not in ("ticker", "acronym"):
                        yield _Candidate(
                            e.company,
                            e.variant,
                            i,
                            j + 1,
                            toks[i].start,
                            toks[j].end,
                            e.variant.kind,
                        )
            i = j + 1

    def _compounds(self, t: _Text) -> Iterable[_Candidate]:
        """A one-word name glued to a business word, as Swedish and German write them:
        "Ericssonaktien" (Ericsson's share), "Volvokoncernen" (the Volvo group)."""
        for i, word in enumerate(t.words):
            tail = _COMPOUND_TAIL.search(f" {word} ")
            if not tail:
                continue
            head = word[: tail.start(1) - 1]
            tok = t.tokens[i]
            found = self._automaton.get(f" {head} ", None)
            if not found or tok.end - tok.start != len(word):
                continue  # no name; or folding changed the length, so no span to show
            for e in found[1]:
                if e.variant.kind in ("name", "alias", "short", "spelling"):
                    end = tok.start + len(head)
                    yield _Candidate(
                        e.company, e.variant, i, i + 1, tok.start, end, e.variant.kind, glued=True
                    )

    def _case_ok(self, t: _Text, c: _Candidate) -> str | None:
        """None when the case fits, else the reason it does not."""
        span = t.raw[c.start : c.end]
        v = c.variant
        if v.case is not None:
            if t.shouting:
                # a word in capitals is no sign there: "MAN ARRESTED" (not MAN Truck & Bus)
                return (
                    "a word, in a text in capitals" if v.kind == "acronym" and v.ambiguous else None
                )
            if not t.has_capitals and v.kind != "ticker" and not is_common_word(v.text):
                # a text all in small letters says nothing by its case, and no word is
                # written so: "arm vs nxp for a first job?" (NXP)
                return None
            compact = span if span.isalnum() else _NOT_WORD.sub("", span)
            want = _compact_case(v.case)
            if compact == want or (
                # in capitals, as a kicker writes it ("KRY CUTS JOBS"); but three letters in
                # capitals are initials: "ADA issues ..." is no Ada (Health)
                compact == want.upper()
                and not want.isupper()
                # (an SEC filer's name is all in capitals: "4 - GAP INC (0000039911)")
                and (len(want) > 3 or (t.filer is not None and c.start >= t.filer[0]))
            ):
                return None
            if (
                v.kind == "ticker"
                and compact == want.capitalize()
                and _symbol_as_a_word(want)
                # (its own name's word is decided as the name: "avenue René-Coty")
                and v.text not in self._own_words[c.company]
                # after a given name, a family name: "Lindsey Vonn" is no Vontobel (VONN)
                and not (
                    c.first > 0
                    and is_given_name(t.words[c.first - 1])
                    and t.raw[t.tokens[c.first - 1].start].isupper()
                )
            ):
                return None  # a symbol no language has, written as a name: "Sobi" (SOBI)
            if v.kind in ("ticker", "acronym") and compact.upper() == want:
                return f"{v.kind} {v.case!r} not in capitals"
            if (
                v.ambiguous
                and want.isupper()
                and len(want) >= 3
                and compact == want.capitalize()
                and v.kind not in ("ticker", "acronym")
            ):
                if spoken_zipf(v.text) >= EVERYDAY_CAPITALS_ZIPF and not (
                    self.companies[c.company].name.isupper()
                ):
                    # a word said every day, which a firm writes in capitals to be told from
                    # it: "diverted to Nice" is no NICE Ltd. (not when the user wrote all of
                    # the name so, as an SEC filer's: "NEWS CORP")
                    return f"the everyday word {span!r}, which the company writes {want!r}"
                return None  # "Arm" for "ARM": a common word, so the gate decides
            if (
                (v.ambiguous or t.nordic or t.german)
                and v.kind == "genitive"
                and want[:-1].isupper()
                and len(want) >= 4
                and compact == want[:-1].capitalize() + "s"
            ):
                # "Pumas neuer Chef" for "PUMA SE": so too its genitive; and where a genitive
                # is one, any name's ("Legos nya butik" for LEGO)
                return None
            if _capitalised_capitals(t, c):
                return None  # "Axa" for "AXA", as French papers write it: the gate decides
            if _styled_lower(t, c):
                return None  # "bp and Equinor ...": a headline starts so with a brand only
            if compact.casefold() == want.casefold():
                return f"short name {v.case!r} written {span!r}"
            return None if compact.upper() == want.upper() else f"case {span!r}"
        if t.has_capitals and not any(map(str.isupper, span)):
            if _DOMAIN_RE.search(span):
                return None  # "monday.com": a web address is written in lower case
            if (
                (self._written_lower[c.company] or _styled_lower(t, c))
                and (
                    (v.kind in ("name", "alias") and not v.ambiguous)
                    # the head of a name written so: "secunet" (Security Networks AG), which
                    # the gate judges if it is one
                    or (v.kind == "short" and self._written_lower[c.company])
                )
                and spoken_zipf(v.text) < LOWER_NAME_SPOKEN_ZIPF
            ):
                # the company writes itself so: "adidas" (not "indie", a word); or a headline
                # starts with it so, as with no word ("adidas raises guidance")
                return None
            return f"{span!r} in lower case is a word, not a name"
        return None

    def _ticker_ok(self, t: _Text, c: _Candidate) -> tuple[bool, str]:
        before = t.raw[: c.start]
        spelled = self._initials_of_another(t, c)
        if spelled:
            return False, f"the initials of {spelled!r}, another firm named here"
        if c.start > 0 and t.raw[c.start - 1].isalpha():
            # the end of a word in camel case: "OpenAI" holds no Air Liquide (AI)
            lead = _start_of_run(t.raw, c.start, str.isalpha)
            return False, f"the end of the word {t.raw[lead : c.end]!r}"
        if t.raw.endswith("&", 0, c.start):
            # the last letter of initials joined by "&": "AT&T (NYSE: T)" holds no TELUS (T)
            lead = _start_of_run(t.raw, c.start, lambda ch: ch.isalnum() or ch == "&")
            return False, f"part of {t.raw[lead : c.end]!r}"
        state = _STATE_AFTER_TOWN.search(t.raw, 0, c.start)
        if state and c.variant.text in place_names()[1] and _DATELINE_END.match(t.raw, c.end):
            # a dateline's state after its town: "SAN JOSE, CA -- Zoom announces ..."
            return False, f"a state after its town, {t.raw[state.start(1) : c.end]!r}"
        suffix = _EXCHANGE_SUFFIX.match(t.raw, c.start - 1) if c.start >= 2 else None
        if suffix and suffix.end() == c.end:
            # an exchange's code after another symbol, as Reuters writes them: "(AMS.MC)" is
            # Amadeus in Madrid, no LVMH (MC)
            lead = _start_of_run(t.raw, c.start - 1, str.isalnum)
            return False, f"an exchange's code after a symbol, {t.raw[lead : c.end]!r}"
        bracketed = self._bracketed_after_another(t, c)
        if bracketed:
            why = EXCHANGE_RE.search(before) and self._another_firms_symbol(before, c)
            return False, why or f"in brackets after {bracketed!r}, that name's symbol"
        if before.endswith("$"):
            return True, "ticker after $"
        if len(c.variant.text) >= 3 and _EXCHANGE_SUFFIX.match(t.raw, c.end):
            return True, "ticker before its exchange's code"  # "(2010.SR)"
        if EXCHANGE_RE.search(before):
            other = self._another_firms_symbol(before, c)
            if other:
                return False, other
            named = self._symbol_names_another(t, c)
            if named:
                # "DTE Energy raises quarterly dividend (NYSE: DTE)" is no Deutsche Telekom's
                return False, f"the letters of another firm named here, {named!r}"
            return True, "ticker after an exchange"
        if t.publisher_at is not None and t.publisher_words == t.words[c.first : c.last]:
            # there, or where the title names its publisher: "ENR's Top 500 ... - ENR"
            return False, "the publisher's name, no symbol ('- ENR')"
        named = self._symbol_names_another(t, c)
        if named:
            return False, f"the letters of another firm named here, {named!r}"
        rest = _REST_THEN_EXCHANGE.match(t.raw, c.end)
        if rest and rest.group(2).upper() == t.raw[c.start : c.end].upper():
            # the first word of another firm's name, whose symbol follows: "DTE Energy (NYSE:
            # DTE)" for Deutsche Telekom (DTE)
            other = self._another_firms_symbol(t.raw[: rest.end(1)], c)
            if other:
                return False, other
        airport = _airport_code(t, c)
        if airport:
            return False, f"an airport's code, {airport!r}"
        shares = _SHARES_OF_RE.search(before[-12:])
        if shares and not t.raw.startswith("-", c.end):
            return True, f"ticker after {shares.group(0).strip()!r}"
        sym = c.variant.text.replace(" ", "")
        listed = _ticker_list(t, c)
        if not t.shouting and (listed >= 3 or (listed == 2 and self._has_context(t, c))):
            return True, "in a list of tickers"
        if (
            not t.shouting
            and len(sym) >= 2
            and _SHARE_CLASS_AFTER.match(t.raw, c.end)
            and t.raw[c.start : c.end].isupper()
        ):
            return True, "a share class after it"
        stock = self._stock_word(t, c)
        if not t.shouting and stock and len(sym) >= 2:
            return True, f"bare ticker with {stock!r}"
        if t.shouting or _needs_marker(sym):  # the quick check relies on this same test
            return False, "bare ticker that is also a word or too short"
        # past _needs_marker, a symbol news writes as a word is a brand's: "DHL"
        brand = is_known_word(sym)
        if c.last < len(t.tokens) and _joined(t, c.last - 1, c.last) and not t.title_case:
            nxt = t.tokens[c.last]
            # ("DHL Group" is the brand's own group)
            if (
                t.raw[nxt.start].isupper()
                and not (brand and t.words[c.last] in GROUP_WORDS)
                # a German compound's head: "DHL-Hub" (the brand rules judge it)
                and not (brand and t.german and t.raw.startswith("-", c.end))
            ):
                return False, f"bare ticker in a name, {t.raw[c.start : nxt.end]!r}"
        if brand:
            return self._brand_symbol_ok(t, c)
        if (
            c.first > 0
            and t.words[c.first - 1] in INDEFINITE_ARTICLES
            and _joined(t, c.first - 1, c.first)
        ):
            # a thing counted, no symbol: "sign an NDA", "an ETL pipeline"
            prev = t.tokens[c.first - 1]
            return False, f"a noun after an article, {t.raw[prev.start : c.end]!r}"
        if len(sym) >= 4 or (self._has_context(t, c) and not self._clipped_name(c)):
            return True, "bare ticker in capitals"
        if self._has_context(t, c):
            # the first letters of its name, which prose writes out: "SAF mandate" is the
            # fuel, not Safran (SAF); initials stay the firm's ("IAG beats forecasts")
            return False, "bare ticker that clips its name, without a stock's word"
        return False, "bare three-letter ticker without business words"

    def _abbreviation_here(self, t: _Text, c: _Candidate) -> str | None:
        """The language whose own abbreviation the span is (_abbreviation_of_the_language),
        unless those capitals are the company's whole name ("RTL", "SNCF")."""
        if c.variant.text in self._capitals_alone[c.company]:
            return None
        return _abbreviation_of_the_language(t, c)

    def _initials_of_another(self, t: _Text, c: _Candidate) -> str | None:
        """Capitalised words elsewhere in the text whose initials the symbol is, and that are
        not the company's own name: "$DG: Dollar General beats estimates" is no Vinci (DG)."""
        span = t.raw[c.start : c.end]
        n = len(span)
        if not (2 <= n <= 4 and span.isalpha() and span.isupper()):
            return None
        raw, toks, own = t.raw, t.tokens, self._own_words[c.company]
        if not all(f" {ch}" in raw for ch in span[1:]):
            return None  # the usual case, told at once: its letters start no words here
        for i in range(len(toks) - n + 1):
            if c.first < i + n and i < c.last:
                continue  # (the span itself)
            if all(
                raw[toks[i + k].start] == span[k]
                and raw[toks[i + k].start + 1 : toks[i + k].end].islower()
                for k in range(n)
            ) and not all(w in own for w in t.words[i : i + n]):
                return raw[toks[i].start : toks[i + n - 1].end]
        return None

    def _beside_a_town(self, t: _Text, c: _Candidate) -> str | None:
        """A town's name joined to another town's that no watched company bears: "roads in Nokia
        and Tampere", "mellan Trelleborg och Rostock", "Trelleborg–Rostock"."""
        if c.variant.text not in town_names():
            return None
        after = _TOWN_JOINED_AFTER.match(t.raw, c.end)
        before = _TOWN_JOINED_BEFORE.search(t.raw, 0, c.start)
        for m in (after, before):
            if m:
                other = fold(m.group(1))
                if (
                    other in town_names()
                    and not is_common_word(other)
                    and other not in self._all_own_words
                    # nor a town's name that starts another: "Zurich, Munich Re and ..."
                    and not (m is after and _NAME_GOES_ON.match(t.raw, m.end(1)))
                ):
                    return t.raw[min(m.start(), c.start) : max(m.end(), c.end)]
        return None

    def _clipped_name(self, c: _Candidate) -> bool:
        """The symbol is the first letters of the company's name, cut short: "SAF" of Safran,
        "RYA" of Ryanair (not initials, as "IAG", nor the name itself, as "SAP")."""
        sym = c.variant.text.replace(" ", "")
        first = without_legal_form(self.companies[c.company].name).split()[:1]
        return bool(first) and len(first[0]) > len(sym) + 1 and first[0].startswith(sym)

    def _bracketed_after_another(self, t: _Text, c: _Candidate) -> str | None:
        """A symbol in brackets right after a name is that name's: "Banco Santander (NYSE: SAN)"
        is no Sanofi (SAN), "Allianz SE (ETR: ALV)" no Autoliv (ALV). The name: the capitalised
        words before the bracket, with a legal form after a comma; none of them the company's
        own. In a title-case text, capitals do not mark a name: there only a name of words no
        dictionary has counts ("Retailer Reports Strong Sales (NYSE: TGT)" says nothing)."""
        m = _BRACKET_BEFORE_SYMBOL.search(t.raw, 0, c.start)
        if not m:
            return None
        raw, toks = t.raw, t.tokens
        i = c.first
        while i > 0 and toks[i - 1].end > m.start():
            i -= 1
        legal = _legal_set()
        run: list[int] = []
        j = i - 1
        gap_end = m.start()
        while j >= 0:
            tok = toks[j]
            gap = raw[tok.end : gap_end]
            if gap.strip(" &+.'’") and not (
                gap.strip() == "," and run and all((t.words[k],) in legal for k in run)
            ):
                break
            if not raw[tok.start].isupper():
                break
            run.insert(0, j)
            gap_end = tok.start
            j -= 1
        words = [t.words[k] for k in run if (t.words[k],) not in legal]
        if not words or not self._own_words[c.company].isdisjoint(words):
            return None
        if t.title_case and any(is_known_word(w) for w in words):
            return None
        return raw[toks[run[0]].start : toks[run[-1]].end]

    def _symbol_names_another(self, t: _Text, c: _Candidate) -> str | None:
        """The symbol's letters start another firm's name elsewhere in the text: "DTE shares"
        beside "DTE Energy" are DTE Energy's, not Deutsche Telekom's (XETRA: DTE)."""
        span = t.raw[c.start : c.end]
        if not span.isupper() or t.raw.count(span) < 2:
            return None  # (its letters twice at least: itself and the other firm's name)
        own = self._own_words[c.company]
        for m in re.finditer(r"(?<![\w$])" + re.escape(span) + r" ([A-Z][a-z]+)\b", t.raw):
            word = fold(m.group(1))
            if (
                m.start() != c.start
                and word in ORGANISATION_WORDS
                and word not in GROUP_WORDS
                and word not in own
            ):
                return m.group(0)
        return None

    def _brand_symbol_ok(self, t: _Text, c: _Candidate) -> tuple[bool, str]:
        """A brand's symbol counts bare only with words of business ("DHL to cut 8,000
        jobs"), and not after an article ("La STM", Montreal's metro), before another firm's
        word, in a compound, nor as the text language's own abbreviation ("svensk BNP")."""
        if (
            c.first > 0
            and t.words[c.first - 1] in ARTICLES
            # not English "the" before a noun: "the DHL hub"
            and not (
                t.words[c.first - 1] == "the"
                and c.last < len(t.tokens)
                and t.raw[t.tokens[c.last].start].islower()
            )
        ):
            return False, "a brand's symbol after an article: another thing's initials"
        if (
            c.last < len(t.words)
            and t.words[c.last] in ORGANISATION_WORDS
            and t.words[c.last] not in GROUP_WORDS
            and _joined(t, c.last - 1, c.last)
        ):
            # in title case too: "CNA Financial Corporation (NYSE: CNA) Announces ..."
            return False, f"another firm's name, {t.raw[c.start : t.tokens[c.last].end]!r}"
        if t.raw.startswith("-", c.end) and not (
            t.german and t.raw[c.end + 1 : c.end + 2].isupper()
        ):
            # (a German compound's head is a noun of the brand's: "DHL-Hub")
            return False, "a brand's symbol in a compound: another name ('OSS-Fuzz')"
        prev = t.raw[t.tokens[c.first - 1].start : t.tokens[c.first - 1].end] if c.first else ""
        language = (
            prev.isalpha()
            # after a word in lower case, or a country's genitive: "Sveriges BNP"
            and (prev.islower() or _country_genitive(t.words[c.first - 1]))
            and t.words[c.first - 1] not in FUNCTION_WORDS
            and t.words[c.first - 1] not in _FOREIGN_FUNCTION_WORDS
            and self._abbreviation_here(t, c)
        )
        if language:
            # the language's own abbreviation after a word that qualifies it: "svensk BNP"
            return False, f"an abbreviation of {language}, {t.raw[c.start : c.end]!r}"
        if t.raw[c.start : c.end].isupper():
            if self._has_context(t, c):
                return True, "a brand's symbol with business words"
            beside = _named_beside(t, c)
            if beside:
                return True, f"a brand's symbol {beside}"  # "DHL, UPS and FedEx raise ..."
            if _own_blog(t, c):
                return True, "a brand's symbol in its own publication"  # "- DHL Group blog"
        return False, "a brand's symbol without business words"

    def _another_thing_after(self, t: _Text, c: _Candidate) -> str | None:
        """What the word after the span makes of it, when another thing: a person or a thing
        of a place ("Thales of Miletus", not "Siemens of Germany" nor "Nike of Oregon"), a
        military unit ("SAS soldiers"), a country's arm of a company named for another
        country ("T-Mobile Niederlande" is not T-Mobile US), another organisation's name
        ("Next Fifteen Communications Group plc", "Husqvarna FF")."""
        nxt = t.words[c.last]
        kind = c.variant.kind
        if nxt == "of":
            if (
                kind in ("name", "short")
                and c.last - c.first == 1
                and c.last + 1 < len(t.words)
                and t.raw[t.tokens[c.last].start] == "o"
                and t.raw[t.tokens[c.last + 1].start].isupper()
                and t.words[c.last + 1] not in country_words()
                and t.words[c.last + 1] not in place_names()[0]
                and not t.title_case
            ):
                return f"part of the name {t.raw[c.start : t.tokens[c.last + 1].end]!r}"
            return None
        if nxt in ("de", "du", "des"):
            if (
                kind in ("name", "short")
                and c.variant.ambiguous
                and c.last - c.first >= 2
                and c.last + 1 < len(t.words)
                and t.raw[t.tokens[c.last].start] == "d"
                and t.raw[t.tokens[c.last + 1].start].isupper()
                and _joined(t, c.last - 1, c.last + 1)
                and t.words[c.last + 1] not in place_names()[0]
                and t.words[c.last + 1] not in country_words()
                and not self._names_here(t, t.tokens[c.last + 1].start)
            ):
                # common words that name a firm, and more of a name after "de": another's
                # ("Société Générale de Surveillance" is SGS, no Société Générale)
                return f"part of the name {t.raw[c.start : t.tokens[c.last + 1].end]!r}"
            return None
        if nxt in _PARTICLES_BEFORE_FAMILY_NAME:
            if (
                kind in ("name", "short")
                and c.last + 1 < len(t.words)
                and (
                    t.raw[t.tokens[c.last].start].islower()
                    # or glued to the family name: "DiCaprio", "DeVito"
                    or t.tokens[c.last].end == t.tokens[c.last + 1].start
                )
                and t.raw[t.tokens[c.last + 1].start].isupper()
                # initials are no family name: "Delta von IT-Störung betroffen"
                and not t.raw[t.tokens[c.last + 1].start : t.tokens[c.last + 1].end].isupper()
                and _joined(t, c.last - 1, c.last)
            ):
                # a given name, a particle and a family name: "Leonardo da Vinci"
                return f"a person's name, {t.raw[c.start : t.tokens[c.last + 1].end]!r}"
            return None
        if nxt in AND_WORDS:
            pair = self._two_given_names(t, c)
            if pair:
                return f"two people, {pair!r}"
            return None
        if nxt == "the":
            if (
                c.last + 1 < len(t.words)
                and t.raw[t.tokens[c.last].start] == "t"
                and t.raw[t.tokens[c.last + 1].start].isupper()
                and _joined(t, c.last - 1, c.last)
                and not (t.title_case or t.shouting)
            ):
                # a name and its epithet: "Drax the Destroyer", "Alexander the Great"
                return f"a person's epithet, {t.raw[c.start : t.tokens[c.last + 1].end]!r}"
            return None
        if nxt in MILITARY_WORDS:
            return f"a military unit, {t.raw[c.start : t.tokens[c.last].end]!r}"
        if (
            c.variant.ambiguous
            and c.last + 1 < len(t.words)
            and (nxt == "sir" or (is_given_name(nxt) and not is_common_word(nxt)))
            and t.raw[t.tokens[c.last].start].isupper()
            and t.raw[t.tokens[c.last + 1].start].isupper()
            and _joined(t, c.first, c.last + 1)
            and not (t.title_case or t.shouting)
        ):
            # a rank or a title before a person's names: "Admiral Sir Tony Radakin"
            return f"a title, {t.raw[c.start : t.tokens[c.last + 1].end]!r}"
        if nxt in ROYAL_TITLES and t.raw[t.tokens[c.last].start].isupper():
            return f"a title, {t.raw[c.start : t.tokens[c.last].end]!r}"  # "Crown Princess"
        tok = t.tokens[c.last]
        if not t.raw[tok.start].isupper() or tok.start != c.end + 1 or t.raw[c.end] != " ":
            return None  # the rest needs a capitalised word right after a space
        if (
            self._named_for_country[c.company]
            and nxt in country_words()
            and nxt not in self._own_words[c.company]
            # its own country in another language: "Coop Sweden" is Coop Sverige
            and not any(same_country(nxt, w) for w in self._own_words[c.company])
        ):
            return f"its group's arm in another country, {t.raw[c.start : tok.end]!r}"
        if kind not in ("ticker", "acronym"):
            if nxt in INSTITUTION_WORDS and nxt not in self._own_words[c.company]:
                # "Emerson College", "Bosch Foundation"
                return f"another organisation, {t.raw[c.start : tok.end]!r}"
            longer = self._name_goes_on(t, c)
            if longer:
                return f"another organisation, {longer!r}"
        return None

    def _name_goes_on(self, t: _Text, c: _Candidate) -> str | None:
        """Capitalised words after the span that end in a legal form the company's name lacks
        ("Next Fifteen Communications Group plc"), or a Nordic sports club's letters
        ("Husqvarna FF", "Hammarby IF"): the name of another organisation. Asked by
        _another_thing_after, once a capitalised word follows the span after a space."""
        nxt = t.tokens[c.last]
        if t.shouting:
            return None
        if t.raw[nxt.start : nxt.end] in SPORTS_CLUB_LETTERS:
            return t.raw[c.start : nxt.end]
        if t.title_case:
            return None
        own = self._own_words[c.company]
        named = False  # a word of another name, not only "Group", "Holdings"
        i = c.last
        while i < min(len(t.words), c.last + 5):
            tok = t.tokens[i]
            if t.raw[t.tokens[i - 1].end : tok.start] != " ":
                return None
            if i > c.last and named:
                for n in _legal_forms_at(t, i)[:1]:
                    written = t.raw[tok.start : t.tokens[i + n - 1].end]
                    # written as a legal form, not a little word: "plc", "Inc", not "ou"
                    if (written[:1].isupper() or len(written) >= 3) and not _function_word(
                        t.words[i]
                    ):
                        return t.raw[c.start : t.tokens[i + n - 1].end]
            if not t.raw[tok.start].isupper() or t.words[i] in own:
                return None
            named = named or t.words[i] not in GENERIC_WORDS
            i += 1
        return None

    def _short_with_a_legal_form(self, t: _Text, c: _Candidate) -> str | None:
        """A short form with a legal form right after it that the company's name lacks, or
        the Swedish "AB" before it ("AB Volvo" is no Volvo Car AB)."""
        if (
            c.first > 0
            and t.raw[t.tokens[c.first - 1].start : c.start] == "AB "
            # (the name's own "AB", or "Aktiebolaget" spelled out: "Aktiebolaget Volvo")
            and not fold(self.companies[c.company].name).startswith(("ab ", "aktiebolaget "))
        ):
            return t.raw[t.tokens[c.first - 1].start : c.end]
        if (
            c.last >= len(t.words)
            or t.words[c.last] not in _legal_heads()
            or c.variant.kind not in ("short", "name")
            or t.shouting
        ):
            return None
        for n in _legal_forms_at(t, c.last)[:1]:  # the longest only
            first, last = t.tokens[c.last], t.tokens[c.last + n - 1]
            written = t.raw[first.start : last.end]
            forms = t.words[c.last : c.last + n]
            if (
                written[:1].isupper()
                and not _PLURAL_CAPITALS.fullmatch(written)  # "Cisco APs", not "ApS"
                # its arm in a country: "Santander UK"
                and fold(written) not in _COUNTRY_CODES
                and t.raw[c.end : first.start] == " "
                and (
                    (
                        self._legal_forms[c.company].isdisjoint(forms)
                        and (
                            c.variant.kind == "short"
                            or self._another_country_s_form(c.company, forms)
                        )
                    )
                    # the first words of its name, with the name's own form: the whole name
                    # of another firm, "Siemens AG" (not Siemens Energy AG), "Aker ASA"
                    or (c.variant.kind == "short" and self._heads_the_name(c))
                )
            ):
                return t.raw[c.start : last.end]
        return None

    def _french_dateline(self, t: _Text, c: _Candidate) -> str | None:
        """A French paper's dateline, of a French town that is no French-speaking firm's name:
        "Gap : une pharmacie braquée en plein centre-ville" for Gap Inc. (not "Orange : ..." of
        Orange SA, which the other rules judge, nor "Gap : la marque américaine ...")."""
        if (
            c.first == 0
            and self._foreign_to_french[c.company]
            and t.raw.startswith(" : ", c.end)
            and c.variant.text in french_towns()
            and not _firm_after(t, c.last)
        ):
            return t.raw[c.start : c.end + 2]
        return None

    def _double_barrelled(self, t: _Text, c: _Candidate) -> str | None:
        """The name hyphened to a capitalised word that is no word of any language nor a
        watched company's: another name of two parts ("La Roche-Posay" is no Roche); not a
        German compound, whose head is a noun ("Roche-Genussschein")."""
        m = _HYPHENED.match(t.raw, c.end)
        if not m or not m.group(1)[:1].isupper() or m.group(1).isupper() or c.last >= len(t.words):
            return None  # (capitals are a firm's: "Deutsche Boerse-LSE merger")
        other = t.words[c.last]
        if other in self._all_own_words or is_known_word(other):
            return None
        if c.last + 1 < len(t.words) and t.words[c.last + 1] in _DEAL_WORDS:
            return None  # two firms: "Omnicom-Interpublic deal"
        return t.raw[c.start : m.end()]

    def _heads_the_name(self, c: _Candidate) -> bool:
        """The variant is the first words of the company's name, words of a line of business
        after them ("Siemens" of Siemens Energy; not "About You" of About You Holding, the same
        firm's whole name)."""
        name = without_legal_form(self.companies[c.company].name).split()
        words = c.variant.text.split()
        return (
            len(name) > len(words)
            and name[: len(words)] == words
            and not all(w in GROUP_WORDS or w in _HOLDING_WORDS for w in name[len(words) :])
        )

    def _another_country_s_form(self, company: int, forms: Sequence[str]) -> bool:
        """The whole name with a legal form of another country's: "Merck KGaA" for Merck &
        Co., Inc., "Metro Inc." for Metro AG. Not "Target Corp" for Target Corporation, nor
        "Nokia Corporation", as Nordic companies write themselves in English."""
        if self._us_corporation[company]:
            return not EUROPEAN_LEGAL_FORMS.isdisjoint(forms)
        return self._foreign_form[company] and not {"inc", "incorporated", "llc"}.isdisjoint(forms)

    def _another_firms_symbol(self, before: str, c: _Candidate) -> str | None:
        """Why the symbol is another firm's: that firm's name right before it on an American
        exchange, when the company is of another country ("Dollar General (NYSE: DG)" for a
        watched Vinci SA), or on one far from Europe, when it is European ("Insurance
        Australia Group (ASX: IAG)"). None when nothing says so."""
        if not self._foreign_form[c.company]:
            return None
        m = _NAME_BEFORE_EXCHANGE.search(before)
        if not m or not m.group(1).split()[-1][:1].isupper():
            return None
        if m.group(2) in FAR_EXCHANGES and self._legal_forms[c.company].isdisjoint(
            EUROPEAN_LEGAL_FORMS
        ):
            return None  # "(ASX: ...)" names a European company's symbol there only
        words = fold(m.group(1)).split()
        far = m.group(2) in FAR_EXCHANGES  # (a European company's there, as said above)
        form = (words[-1],) in _legal_set() and words[-1] not in self._legal_forms[c.company]
        own = {v.text for v in self._variants[c.company] if v.kind != "ticker"}
        if not far and not form and any(" ".join(words[i:]) in own for i in range(len(words))):
            # its own name: "Spotify (NYSE: SPOT)"; not with another country's legal form
            # ("EQT Corp (NYSE: EQT)" for EQT AB), nor on an exchange far from Europe ("IAG
            # (ASX: IAG)", the Australian insurer)
            return None
        return f"the symbol of {m.group(1)!r} on {m.group(2)}"

    def _evidence(
        self,
        t: _Text,
        c: _Candidate,
        accepted: Sequence[_Candidate],
        gated: Sequence[_Candidate],
    ) -> str | None:
        """Why a common-word name is the company here; None when nothing says so."""
        ticker = self._tickers[c.company]
        own = _OWN_TICKER_AFTER.match(t.raw, c.end)
        if ticker and own and fold(own.group(1)) == ticker:
            return f"its ticker after it {own.group(0).strip()!r}"  # "Visa (V) tops estimates"
        if t.filer and t.filer[0] == c.start and self._files_as(c.company, t.raw[slice(*t.filer)]):
            return f"the filer of an SEC filing, {t.raw[slice(*t.filer)]!r}"
        span = t.raw[c.start : c.end]
        if (
            len(span) >= 3
            and span.isalpha()
            and span.isupper()
            and (c.variant.case or "").isupper()
            and c.variant.kind in ("name", "alias")  # not "BNP", first of BNP Paribas
            and not t.shouting
            and not _shouted_phrase(t, c)
        ):
            return f"written in its own capitals {span!r}"  # "SAP stellt neue KI vor"
        if span.isupper() and not t.shouting and c.variant.text in self._own_initials[c.company]:
            return f"the initials its name writes, {span!r}"  # "SCA bygger ny såglinje"
        publication = self._own_publication(t, c)
        if publication:
            return f"its own publication {publication!r}"  # "... - Unity Blog"
        if _own_blog(t, c):
            return "its own publication"  # "Introducing usage-based billing | Stripe Blog"
        if c.start >= 3 and t.raw[c.start - 3 : c.start].lower() == "ex-":
            return f"a former employer, {t.raw[c.start - 3 : c.end]!r}"  # "Ex-Oracle engineer"
        web = _WEB_ADDRESS_AFTER.match(t.raw, c.end)
        if web:
            return f"its web address {t.raw[c.start : web.end()]!r}"  # "Booking.com"
        if c.first > 0 and _joined(t, c.first - 1, c.first) and _descriptor(t, c.first - 1):
            return f"descriptor {t.raw[t.tokens[c.first - 1].start : c.start].strip()!r}"
        at = _capitalised_after(t, c, AT_A_COMPANY)
        if at:
            return f"at the company, {at!r}"  # "Bei Ford in Saarlouis", "chez Casino", "hos Target"
        for o in accepted:
            if o.company == c.company and o is not c and not o.variant.ambiguous:
                return f"with {o.variant.kind} {t.raw[o.start : o.end]!r}"
        if (
            c.last < len(t.words)
            and t.words[c.last] in country_words()
            and t.raw[t.tokens[c.last].start].isupper()
            and t.raw[c.end : t.tokens[c.last].start] == " "
            and not t.shouting
            and not t.title_case  # "Plan To Arm Taiwan"
        ):
            # its arm in a country: "Shell Deutschland legt Anlage still", "Santander UK"
            if self._named_for_country[c.company] and not any(
                same_country(t.words[c.last], w) for w in self._own_words[c.company]
            ):
                # unless it is named for another: "Coop Norge" is no arm of Coop Sverige
                # (its own in another language is: "Coop Sweden")
                return None
            return f"its arm in a country {t.raw[c.start : t.tokens[c.last].end]!r}"
        if _group_word_after(t, c) and not t.title_case and not t.shouting:
            # its group's name: "Otto Group schreibt wieder schwarze Zahlen", "Volvo-Konzern"
            return f"its group {t.raw[c.start : t.tokens[c.last].end]!r}"
        for n in _legal_forms_at(t, c.last):
            first = t.tokens[c.last]
            # written as a legal form: "Apple Inc", "Shell plc", not "us as" or "is it"
            if (t.raw[first.start].isupper() and not t.shouting) or (
                n == 1 and len(t.words[c.last]) >= 3
            ):
                last = t.tokens[c.last + n - 1]
                return f"legal form {t.raw[first.start : last.end]!r}"
        after = t.raw[c.end : c.end + 3]
        if c.variant.kind == "genitive" and (t.german or t.nordic):
            lang = "de" if t.german else "sv"
            if zipf(c.variant.text, lang) < 3.5 and (
                # and a noun follows, not a little word: "Pumas im Zoo" are the animals
                (nxt := _WORD_AFTER.match(t.raw, c.end)) is not None
                and fold(nxt.group(1)) not in _NO_NOUN_AFTER
            ):
                # "Apples KI-Funktionen", "Metas vd": no word of the language ends so
                return "genitive"
        in_name = self._inside_other_name(t, c)
        # a place's name is capitalised and talked of in business anyway: "Google expands
        # Zurich office", "Alaska governor vetoes funding boost"
        place = c.variant.text in place_names()[0] or c.variant.text in big_city_names()
        plural_possessive = (
            t.raw[c.end - 1 : c.end] in "sxzSXZ"
            and re.match(r"['’]\W", after + " ")
            # the closing quote of a title: "'Amadeus' returns to the West End"
            and not (
                c.start > 0
                and t.raw[c.start - 1] in "'‘"
                and not t.raw[c.start - 2 : c.start - 1].isalnum()
            )
        )  # "Barclays' profit"; not "'Ghost in the Shell' anime"
        # (not a place's: "Alaska's North Slope")
        if not in_name and not place and (re.match(r"['’:]s\b", after) or plural_possessive):
            return "possessive"
        if (
            not in_name
            and not place
            and not t.title_case
            and not t.shouting
            and t.raw[c.start].isupper()
            and not t.sentence_initial(c.start)
            and not (zipf(c.variant.text, "de") >= 3.0 and t.german)
            and not (c.first > 0 and t.words[c.first - 1] == "the")  # "the Amazon": a place
            # where French names a place: "un entrepôt à Gap", "la mission vers Mars"
            and not _after_french_place_word(t, c)
            # a tool or a place after its preposition: "interviews were on Zoom", "moved to
            # Zoom", "over Zoom"; a brand of another firm: "SiriusXM's Pandora"
            and not (c.first > 0 and _tool_or_brand(t, c))
        ):
            return "proper noun mid-sentence"
        # another company's own business ("Visa delays hit Oracle's hiring") is none of its
        others = [
            o.last
            for o in (*accepted, *gated)
            if o.company != c.company
            and t.raw[o.start].isupper()
            and _POSSESSIVE_AFTER.match(t.raw, o.end)
        ]
        # in English, business talk says nothing of a name that is itself a business word:
        # "Investor sentiment sours as tariffs weigh" (not Investor AB)
        talk = (
            _is_context_word(c.variant.text)
            and is_everyday_word(c.variant.text)  # not "Costco", which starts like "cost"
            and not (t.nordic or t.german or t.french)
        )
        if place:
            word = self._own_business_word(t, c)
        else:
            word = None if talk else self._has_context(t, c, others)
        if word:
            return f"business word {word!r}"
        if t.money and not talk and not place:
            return f"an amount of money {t.money!r}"
        said = _speaker(t, c)
        if said:
            return f"it speaks or acts ({said!r})"
        # the text's language, which costs more to tell, last
        foreign = _foreign_name(t, c)
        if foreign:
            return f"no {foreign} word, so a name"
        verb = _german_verb_after(t, c)
        if verb:
            return f"a German verb after it ({verb!r})"
        verb = _swedish_verb_after(t, c)
        if verb:
            return f"a Swedish verb after it ({verb!r})"
        verb = _french_verb_after(t, c)
        if verb:
            return f"a French verb after it ({verb!r})"
        for o in accepted:
            if o.company != c.company and not o.variant.ambiguous and not place:
                # (a place is named beside companies as often: "Google expands Zurich office")
                return f"beside {self.companies[o.company].name!r}"
        for o in gated:
            if o.company == c.company or not t.raw[o.start : o.start + 1].isupper():
                continue
            a, b = (c, o) if c.last <= o.first else (o, c)
            between = t.raw[a.end : b.start].strip()
            if between in LISTED_BETWEEN:
                return f"listed with {self.companies[o.company].name!r}"
        return _named_beside(t, c)

    @staticmethod
    def _own_publication(t: _Text, c: _Candidate) -> str | None:
        """The publisher is the company's own blog or newsroom, named with the name: "Unity
        Blog", "Stripe Newsroom"."""
        pub = t.publisher_at
        if pub is None or c.start >= pub:
            return None
        if _own_publisher(t, c):
            return t.raw[pub:].strip(" -–—|")
        return None

    def _two_given_names(self, t: _Text, c: _Candidate) -> str | None:
        """A given name, "and", and another given name: "Siegfried und Roy" are two people
        (the show), no Siegfried Holding; not "Siegfried and May" (a word too), nor a watched
        name ("Siegfried und Georg Fischer")."""
        k = c.last + 1
        if (
            c.last - c.first != 1
            or k >= len(t.words)
            or not is_given_name(t.words[c.first])
            or not is_given_name(t.words[k])
            or is_common_word(t.words[k])
            or self._names_here(t, t.tokens[k].start)
        ):
            return None
        return t.raw[c.start : t.tokens[k].end]

    def _names_here(self, t: _Text, start: int) -> bool:
        """A watched company's variant starts at ``start``: "Apple & Orange" names two."""
        i = bisect_left([tok.start for tok in t.tokens], start)
        if i >= len(t.tokens) or t.tokens[i].start != start:
            return False
        return self._automaton.get(f" {t.words[i]} ", None) is not None

    def _filer_unknown(self, filer: str) -> bool:
        """No watched company files under this name."""
        registered = _registered_name(filer)
        return registered not in self._all_registered and not self._filed_by_words(registered)

    def _filed_by_words(self, registered: str) -> frozenset[int]:
        """The companies whose own words the registered name is (_own_words_filed), found
        through the index of those words; remembered by name, as a feed of filings repeats
        its filer's."""
        found = self._filers_by_words.get(registered)
        if found is None:
            if len(self._filers_by_words) > 10_000:
                self._filers_by_words.clear()  # a long-running daemon sees ever more filers
            # a company with every word of the name, or a word that starts as it does
            owners = self._own_word_owners
            # (a generic word the company's name lacks may be there: _own_words_filed)
            keys = [w[:4] if len(w) >= 4 else w for w in registered.split()]
            keys = [
                k for k, w in zip(keys, registered.split(), strict=True) if w not in GENERIC_WORDS
            ] or keys
            if not keys or any(k not in owners for k in keys):
                found = frozenset()
            else:
                groups = sorted((owners[k] for k in keys), key=len)
                found = frozenset(
                    idx
                    for idx in groups[0].intersection(*groups[1:])
                    if self._own_words_filed(idx, registered)
                )
            self._filers_by_words[registered] = found
        return found

    def _files_as(self, company: int, filer: str) -> bool:
        """The name an SEC filer is registered under is the company's name or a form of it,
        once the legal form and the state go: "FORD MOTOR CO", "PROGRESSIVE CORP/OH/"; not
        "APPLE HOSPITALITY REIT, INC." for Apple, nor "MERCK & CO., INC." for Merck KGaA (a
        partnership's "& Co." is part of its name)."""
        if not self._and_co[company] and _AND_CO_AFTER.search(filer):
            return False
        registered = _registered_name(filer)
        return registered in self._registered[company] or company in self._filed_by_words(
            registered
        )

    def _own_words_filed(self, company: int, registered: str) -> bool:
        """The filer's name is words of the company's own name, with one word of the name
        that is no common word, or two: a renamed "Zoom Communications" for "Zoom Video
        Communications"; SEC's "ERICSSON LM TELEPHONE" for "Telefonaktiebolaget LM Ericsson",
        where a word may be a translation that starts as one of the name does."""
        own = self._own_words[company]
        words = registered.split()
        shared = own.intersection(words)
        prefixes = self._own_prefixes[company]
        for w in words:
            # (a generic word more is the same name: "ZOOM VIDEO COMMUNICATIONS" for the
            # renamed "Zoom Communications")
            if w not in shared and w not in GENERIC_WORDS and (len(w) < 4 or w[:4] not in prefixes):
                return False
        naming = [w for w in shared if _naming_word(w)]
        # (a word of its own that names it: the owners' index is by those)
        return bool(naming) and (len(shared) >= 2 or not any(map(is_common_word, naming)))

    def _without_its_accents(self, t: _Text, c: _Candidate) -> str | None:
        """In a German text, which writes a foreign name with its accents, the span is the
        name's word without the accents the company's own name gives it: "Hermes" (the parcel
        firm) for Hermès, where the text keeps accents elsewhere or the plain word is a name
        of its own. (French and English feeds drop them often: "Societe Generale".) The name
        as written, else None."""
        span = t.raw[c.start : c.end]
        if not span.isascii() or not t.german:
            return None
        if t.raw.isascii() and not is_dictionary_name(c.variant.text):
            # a text of plain letters elsewhere may have lost its accents ("Orsted"), unless
            # so written the name is another's: "Hermes" (the god, and the parcel firm)
            return None
        spec = self.companies[c.company]
        if any(span in n for n in (spec.name, *spec.aliases)):
            return None  # written so by the user too
        written = written_form(spec.name, c.variant.text)
        if written.isascii() or fold(written) != fold(span) or len(written) != len(span):
            return None
        return written

    def _another_spelling(self, t: _Text, c: _Candidate) -> bool:
        """The text writes the span with accents that the company's names lack, and so
        written it is an everyday word: "Über" for Uber, "Gör" for a watched "Gor"."""
        span = t.raw[c.start : c.end]
        if span.isascii() or c.last - c.first != 1 or c.variant.kind == "ticker":
            return False
        word = span.lower()
        spec = self.companies[c.company]
        if any(word in n.lower() for n in (spec.name, *spec.aliases)):
            return False
        freqs = sorted(written_zipf(word, lang) for lang in COMMON_LANGUAGES)
        # or a rarer word that one language alone writes so: French "décathlon" (3.2), the
        # event, for Decathlon; a name written with an accent the user left out is written so
        # in several ("nestlé", "citroën")
        return freqs[-1] >= ACCENTED_WORD_ZIPF or (
            freqs[-1] >= ONE_LANGUAGE_ACCENTED_ZIPF and freqs[-2] == 0
        )

    @staticmethod
    def _lower_compound(t: _Text, c: _Candidate) -> str | None:
        """The name, a hyphen and an everyday word in lower case that makes no company
        compound: "Uber-wealthy" ("Uber-owned", "Uber-Fahrer" are the company)."""
        hyphened = _HYPHENED.match(t.raw, c.end)
        if not hyphened or not hyphened.group(1).islower():
            return None
        second = fold(hyphened.group(1))
        if second in COMPANY_COMPOUNDS or _is_context_word(second) or not is_everyday_word(second):
            return None
        return t.raw[c.start : hyphened.end()]

    @staticmethod
    def _stock_word(t: _Text, c: _Candidate) -> str | None:
        """A word of stock-market talk within two words: "BALL upgraded", "ZM shares"; not
        when the symbol starts a name with a capitalised word after it ("AI Companion gains",
        "Zoom stock climbs after AI Companion launch")."""
        lo, hi = max(0, c.first - 2), min(len(t.words), c.last + 2)
        for i in range(lo, hi):
            if not (c.first <= i < c.last) and t.words[i] in STOCK_WORDS:
                if i != c.last and _titled(t, c.last):
                    continue
                return t.words[i]
        move = _PERCENT_AFTER.match(t.raw, c.end)
        return move.group(0).strip() if move else None

    @staticmethod
    def _has_context(t: _Text, c: _Candidate, skip: Iterable[int] = ()) -> str | None:
        lo, hi = _context_range(t, c)
        for i in range(lo, hi):
            word = t.words[i]
            if not (c.first <= i < c.last) and i not in skip and _is_context_word(word):
                if len(word) <= 3 and t.raw[t.tokens[i].start : t.tokens[i].end].lower() != word:
                    continue  # written so, it is another word: Swedish "så" is not "SA"
                if word == "brand" and (t.german or t.nordic):
                    continue  # a fire there: "Brand i fritidshus", "nach Brand evakuiert"
                return word
        if t.german or t.nordic:
            # German and Swedish name a compound's head last: "Stockholmsbörsen", "Konzernumsatz"
            for i in range(lo, hi):
                word = t.words[i]
                if not (c.first <= i < c.last) and i not in skip and _ends_in_context_word(word):
                    return word
        return None

    def _named_for_it(self, t: _Text, c: _Candidate, legal_heads: frozenset[str]) -> str | None:
        """Something named after the company, or spelled as it is, that is not it, and why: a
        person ("Otto Porter Jr."), a legal form among others ("SAS ou SARL"), a part of a
        region ("Southwest Georgia"), an institution ("Instituts Solvay"), a sports club or body
        ("Bayer 04 Leverkusen", "DSV nominiert ..."), its words written as words ("Global
        payments revenue")."""
        raw, words, v = t.raw, t.words, c.variant
        symbol = v.kind == "ticker"
        suffixed = (
            _PERSON_SUFFIXED.match(raw, c.end) if t.has_generation_suffix and not symbol else None
        )
        if suffixed and raw[c.start].isupper():
            return f"a person ({raw[c.start : suffixed.end()]!r})"
        legal = self._legal_form_among_others(t, c) if v.text in legal_heads else None
        if legal:
            return f"a legal form among others ({legal!r})"
        if (
            v.text in _DIRECTIONS
            and c.last < len(words)
            and words[c.last] in place_names()[0]
            and raw[t.tokens[c.last].start].isupper()
            and raw[c.end : t.tokens[c.last].start] == " "  # not "Southwest, Alaska"
        ):
            return f"a place ({raw[c.start : t.tokens[c.last].end]!r})"
        if (
            v.kind == "short"
            and c.first > 0
            and words[c.first - 1] in _DIRECTIONS
            and raw[t.tokens[c.first - 1].start].isupper()
            and raw[t.tokens[c.first - 1].end : c.start] == " "
            and words[c.first - 1] not in self._own_words[c.company]
            and not t.shouting
        ):
            # a region named with a compass point: "two branches in West Yorkshire" (not
            # Yorkshire Building Society), "South Carolina"
            return f"a region ({raw[t.tokens[c.first - 1].start : c.end]!r})"
        if (
            c.first > 0
            and words[c.first - 1] in FRENCH_INSTITUTIONS
            and t.french
            and raw[t.tokens[c.first - 1].start].isupper()
            and _joined(t, c.first - 1, c.first)
        ):
            return f"part of the name {raw[t.tokens[c.first - 1].start : c.end]!r}"
        if not symbol and _CLUB_YEAR.match(raw, c.end) and raw[c.start].isupper():
            # a club's founding year after the name says so anywhere: "Bayer 04 Leverkusen
            # schlägt den FC Bayern", "Schalke 04"
            return f"a sports club ({raw[c.start : c.end + 3]!r})"
        if (
            raw[c.start - 1 : c.start] == "("  # (after an exchange, it is a symbol)
            and raw.startswith(")", c.end)
            and raw[c.start : c.end].isupper()
        ):
            # letters in brackets after another name are that name's: "Socialdemokraterna
            # (SAP) ökar", "Deutsche Nationalbibliothek (DNB)"
            other = self._bracketed_after_another(t, c)
            if other:
                return f"in brackets after {other!r}, that name's letters"
        title = next(((a, b) for a, b in t.titles if a <= c.start and c.end <= b), None)
        if title:
            # the title of a work, quoted: "'Schindler's List' returns to cinemas"
            return f"in the title of a work, {raw[title[0] : title[1]]!r}"
        model = _MODEL_NUMBER_AFTER.match(raw, c.end)
        if model and model.group(0).strip(" -") not in self.companies[c.company].name:
            # a product's model: "Nvidia GeForce RTX 5090 review", "Iridium-192 source stolen"
            # (not the company's own number: "Rema 1000")
            return f"a product's model ({raw[c.start : model.end()]!r})"
        old = _old_model(t, c)
        if old:
            return f"a model of its make, kept or collected ({old!r})"
        # (a sports desk's publisher says so too: "... - Sportschau", "- BBC Sport")
        sports_desk = any(w.startswith(_SPORTS_DESKS) for w in t.publisher_words)
        if (t.on_sport or sports_desk) and not symbol:
            club = _sports_club(t, c)
            if club:
                return f"a sports club ({club!r})"
            if (
                c.last - c.first == 1
                and raw[c.start : c.end].isupper()
                and not t.shouting
                and (sports_desk or not _GAME_WORDS.isdisjoint(words))
                and not self._has_context(t, c)
            ):
                # letters of a sports body in a text on a game without business: "DSV nominiert
                # 25 Schwimmerinnen für die WM" (the German swimming federation, not DSV A/S)
                return "letters in a text on sport, without business"
            if (
                c.first > 0
                and words[c.first - 1] == "the"
                and not _group_word_after(t, c)
                and not self._has_context(t, c)
            ):
                # a ground named after it, in a text on a game without business: "a goalless
                # draw at the Emirates"
                return f"a ground ({raw[t.tokens[c.first - 1].start : c.end]!r})"
        lowered = self._written_as_words(t, c) if c.last - c.first > 1 else None
        if lowered:
            return f"written as words, not as its name ({lowered!r})"
        return None

    def _written_as_words(self, t: _Text, c: _Candidate) -> str | None:
        """A name of several words, each capitalised in the company's name, with a word after
        the first in lower case in an English paper's headline, which writes names so: "Global
        payments revenue", "Mediterranean shipping lanes" (not Global Payments, Mediterranean
        Shipping Company). French and Swedish keep a name's first capital alone, German
        capitalises its nouns anyway."""
        if c.last - c.first < 2 or c.variant.kind not in ("name", "short", "legal"):
            return None
        raw = t.raw
        capitalised = self._capitalised_words[c.company]
        if not any(
            raw[t.tokens[i].start].islower() and t.words[i] in capitalised
            for i in range(c.first + 1, c.last)
        ):
            return None
        if (
            t.shouting
            or not t.has_capitals
            or t.french
            or t.nordic
            or t.german
            # a paper's headline: a forum's writers drop capitals ("Jack in the box near me")
            or t.publisher_at is None
        ):
            return None
        return raw[c.start : c.end]

    def _legal_form_among_others(self, t: _Text, c: _Candidate) -> str | None:
        """A name that is a legal form, beside another legal form in capitals: "SAS ou SARL :
        quel statut choisir", "GmbH oder AG"."""
        if c.last - c.first != 1 or (c.variant.text,) not in _legal_set():
            return None
        for i in (c.first - 2, c.last + 1):
            if 0 <= i < len(t.words) and (t.words[i],) in _legal_set():
                tok = t.tokens[i]
                joint = t.words[i - 1 if i > c.first else i + 1]
                if t.raw[tok.start : tok.end].isupper() and joint in _LIST_JOINTS:
                    lo, hi = min(c.start, tok.start), max(c.end, tok.end)
                    return t.raw[lo:hi]
        return None

    def _something_else(self, t: _Text, c: _Candidate) -> str | None:
        """What a name that is no word is here when not the company, and why: a person ("the
        goddess Nike", "le théorème de Thalès", "William H. Macy"), a thing named after someone
        ("Huntington's disease"), an adjective ("Anglo-American relations")."""
        person = (
            _capitalised_after(t, c, PERSON_BEFORE)
            or (c.first > 1 and t.words[c.first - 1] in _EPONYM_JOINTS and _eponym(t, c))
            or (t.raw.endswith((". ", "."), 0, c.start) and _after_given_name_and_initial(t, c))
            or _with_an_age(t, c)
            or _a_life_of_its_own(t, c)
        )
        if person:
            return f"a person ({person!r})"
        named = _named_thing(t, c)
        if named:
            return f"named after someone ({named!r})"
        adjective = _hyphened_adjective(t, c, self.companies[c.company].name)
        if adjective:
            return f"an adjective ({adjective!r})"
        return None

    def _another_listed_name(self, t: _Text, c: _Candidate) -> str | None:
        """The name starts a longer one that its exchange and symbol follow, not the
        company's: "J&J Snack Foods (NASDAQ: JJSF)" is not Johnson & Johnson."""
        ticker = self._tickers[c.company]
        longer = _CAPITALISED_WORDS_AFTER.match(t.raw, c.end) if ticker and "(" in t.raw else None
        if not longer:
            return None  # (without a symbol of its own, any could be the company's)
        listed = _LISTED_AFTER.match(t.raw, longer.end())
        if not listed or fold(listed.group(1)) == ticker:
            return None
        words = fold(longer.group()).split()
        if not self._own_words[c.company].isdisjoint(words):
            return None  # its own name, written out: "Alphabet Inc. Class A (NASDAQ: GOOGL)"
        if all((w,) in _legal_set() for w in words) and not self._another_country_s_form(
            c.company, words
        ):
            # its name with a legal form it may write too, listed elsewhere: "Nokia
            # Corporation (NYSE: NOK)" for a watched Nokia Oyj (NOKIA in Helsinki)
            return None
        return t.raw[c.start : listed.end()].strip()

    def _longer_organisation(self, t: _Text, c: _Candidate) -> str | None:
        """The name starts a longer one, of capitalised words in a sentence-case text, that
        ends in a word for an organisation: "Prudential Regulation Authority"."""
        if t.title_case or t.shouting:
            return None
        own = self._own_words[c.company]
        for i in range(c.last, min(c.last + 3, len(t.words))):
            tok = t.tokens[i]
            if (
                not t.raw[tok.start].isupper()
                or not _joined(t, i - 1, i)
                or t.words[i] in own
                or t.words[i] in FUNCTION_WORDS
            ):
                return None
            if i > c.last and t.words[i] in INSTITUTION_WORDS:
                return t.raw[c.start : tok.end]
        return None

    def _own_business_word(self, t: _Text, c: _Candidate) -> str | None:
        """A word near the span for the company's own kind of business ("insurance" for Zurich
        Insurance), which a place's name needs: business talk alone may be anyone's there."""
        lo, hi = _context_range(t, c)
        for i in range(lo, hi):
            word = t.words[i]
            if not (c.first <= i < c.last) and (
                self._same_business(c.company, word) or word.startswith(CORPORATE_STEMS)
            ):
                return word
        return None

    def _its_own_line(self, company: int, word: str) -> bool:
        """The word after the name is the company's own line of business: its kind named
        another way ("Unity Technologies"), or a business that a firm whose name gives no
        trade opens under its name ("Amazon Pharmacy"; not "Lloyds Pharmacy", a bank's)."""
        return self._same_business(company, word) or (
            word in _ARM_WORDS and self._own_words[company].isdisjoint(_NAME_TRADE_WORDS)
        )

    def _same_business(self, company: int, word: str) -> bool:
        """The word names the company's own kind of business another way: "Unity
        Technologies" (Software), "Ally Bank" (Ally Financial)."""
        own = self._own_words[company]
        return any(word in same and not own.isdisjoint(same) for same in SAME_BUSINESS)

    @staticmethod
    def _given_name_in_title_case(t: _Text, c: _Candidate) -> bool:
        """In a text where most words are capitalised, the word before the span is a given
        name: one the dictionary gives as a name and never in lower case, and no town, month or
        day ("Lars Ericsson ny vd för Skellefteå Kraft", not "In June Ericsson ...")."""
        if not t.title_case or c.first == 0 or t.shouting:
            return False
        prev = t.tokens[c.first - 1]
        written = t.raw[prev.start : prev.end]
        word = t.words[c.first - 1]
        return (
            t.raw[prev.end : c.start] == " "
            and written.istitle()
            and written.isalpha()
            and t.raw[c.start].isupper()
            and not is_everyday_word(word)
            and word not in MONTHS
            and word not in _WEEKDAYS
            and word not in town_names()
        )

    @staticmethod
    def _plural_here(t: _Text, c: _Candidate) -> str | None:
        """The plural of a one-word name that is a rare word, in lower case elsewhere in the
        text: the name is that noun here ("Persimmon trees: how to grow persimmons")."""
        if (
            c.last - c.first != 1
            or c.variant.kind not in ("name", "short", "alias")
            # a common word's own plural is a pun as often: "Shell shells out", "Stripe earns
            # its stripes"; the gate judges those
            or c.variant.ambiguous
        ):
            return None
        word = c.variant.text
        if word + "s" not in t.words and word + "es" not in t.words:
            return None
        for i, w in enumerate(t.words):
            if w in (word + "s", word + "es") and not c.first <= i < c.last:
                raw = t.raw[t.tokens[i].start : t.tokens[i].end]
                if raw.islower():
                    return raw
        return None

    @staticmethod
    def _inside_other_name(t: _Text, c: _Candidate) -> bool:
        """Capitalised words right before it, in a sentence-case text: part of another name
        ("Harrison Ford", "Nikola Tesla")."""
        if c.first == 0 or t.title_case:
            return False
        prev = t.tokens[c.first - 1]
        gap = t.raw[prev.end : c.start]
        if gap != " " or not t.raw[prev.start].isupper():
            return False
        # a sentence's first word, capitalised for that, that is no one's name: "How Stripe
        # built ...", "Why Apple ..."; not "Harrison Ford", "Times Square", "Agent Orange"
        # (nor a word for firms of a trade: "Brewers Heineken, Carlsberg warn ...")
        return not (
            t.sentence_initial(prev.start)
            and (
                _function_word(prev.text)
                or prev.text in DESCRIPTORS
                or (prev.text.endswith("s") and prev.text[:-1] in DESCRIPTORS)
            )
            and not t.raw[prev.start : prev.end].isupper()  # "WHAT NEXT?": a kicker in capitals
        )

    def _negative(self, t: _Text, c: _Candidate, same: Sequence[_Candidate] = ()) -> str | None:
        """Why a common-word name is the word here; ``same``: the name's other places in the
        text (a word right next to one of them speaks of that one only)."""
        racing = _RACING_TEAM_AFTER.match(t.raw, c.end)
        if racing:
            # a team named for its sponsors before its owner: "Oracle Red Bull Racing", "Visa
            # Cash App RB F1 Team" (not "Red Bull Racing", the owner's own)
            return f"a racing team's name ({t.raw[c.start : racing.end()]!r})"
        if t.shouting and c.variant.text in FUNCTION_WORDS:
            return "a function word in a text in capitals ('MARKETS ON EDGE')"
        twice = _said_twice(t, c)
        if twice:
            return f"an idiom ({twice!r})"
        named = _named_thing(t, c)
        if named:
            return f"named after someone ({named!r})"
        people = _a_peoples_word(t, c)
        if people:
            return people
        if (
            c.first > 0
            and t.words[c.first - 1] in ("a", "an")
            and t.raw[t.tokens[c.first - 1].start : t.tokens[c.first - 1].end] in ("a", "A", "an")
            and _POSSESSIVE_AFTER_NAME.match(t.raw, c.end)
            and not t.raw[c.start : c.end].lower().endswith("s")
        ):
            # one of a kind named for someone: "a Pandora's box", "a Hobson's choice"
            return f"a kind of thing ({t.raw[t.tokens[c.first - 1].start : c.end + 2]!r})"
        if c.variant.kind == "genitive" and t.title_case:
            return "plural in a title-case text"
        if (
            c.last - c.first == 1
            and c.last < len(t.words)
            and t.raw[c.end : t.tokens[c.last].start] == " "
            and (follower := t.raw[t.tokens[c.last].start : t.tokens[c.last].end]).isalpha()
            and follower.islower()
            and zipf(c.variant.text, "sv") >= SWEDISH_WORD_ZIPF
            and t.words[c.last] not in _FOREIGN_FUNCTION_WORDS
            and t.words[c.last] not in LIST_WORDS
            and follower not in SWEDISH_NOT_VERBS  # "inför" is a verb too
            and t.sentence_initial(c.start)
            and t.nordic
            and not (t.french or t.german)
            and not _swedish_verb_after(t, c)
        ):
            # a Swedish word that starts the sentence, before a word of the sentence and no
            # verb of the name's: "Visa barnen hur man säger nej" (show the children ...)
            return f"the Swedish word ({t.raw[c.start : t.tokens[c.last].end]!r})"
        if (
            c.first > 0
            and (
                t.words[c.first - 1] in PLACE_PREPOSITIONS
                or (t.nordic and t.words[c.first - 1] in NORDIC_PLACE_PREPOSITIONS)
            )
            and t.raw[t.tokens[c.first - 1].start].islower()
            and (
                c.variant.text in place_names()[0]
                # or a town's that is no head of the name: "in Friedrichshafen" (not ZF), but
                # "a stake in Delta" (Air Lines)
                or (
                    c.variant.kind == "short"
                    and c.variant.text in town_names()
                    and not fold(self.companies[c.company].name).startswith(c.variant.text)
                )
            )
            and _joined(t, c.first - 1, c.first)
        ):
            # a name that is a place's, where English names places: "a new office in Zurich"
            return f"a place ({t.raw[t.tokens[c.first - 1].start : c.end]!r})"
        if (
            c.first >= 2
            and t.words[c.first - 1] == "the"
            and t.words[c.first - 2] in PLACE_PREPOSITIONS
            and t.raw[t.tokens[c.first - 2].start : c.start].islower()
            and (c.last == len(t.words) or _CLAUSE_END.match(t.raw, c.end))
        ):
            # a place, after "in the" and at the end of a clause: "illegal clearing in the
            # Amazon, Greenpeace says" (not "jobs in the Amazon warehouse")
            return f"a place ({t.raw[t.tokens[c.first - 2].start : c.end]!r})"
        if (
            c.first == 1
            and t.words[0] == "a"
            and t.raw.startswith(",", c.end)
            and t.french
            and fold(t.raw[c.start : c.end]) in french_towns()
        ):
            # French opens with where it happens: "À Gap, la ville investit ..."
            return f"a town ({t.raw[: c.end]!r})"
        if (
            c.variant.text.endswith("ing")
            and c.last < len(t.words)
            and t.words[c.last] in ENGLISH_DETERMINERS
            and t.raw[t.tokens[c.last].start].islower()
            and t.sentence_initial(c.start)
        ):
            # an English verb and its object: "Booking a flight? Tuesdays are cheapest"
            return f"a verb ({t.raw[c.start : t.tokens[c.last].end]!r})"
        if c.variant.kind == "genitive" and not (t.german or t.nordic):
            # "-s" is a genitive in Swedish and German; elsewhere a plural ("Stars and Stripes")
            return "plural outside Swedish or German"
        if c.first > 0 and t.words[c.first - 1] in GERMAN_QUANTIFIERS and t.german:
            # a noun, counted: "Mehr Visa für Pflegekräfte"
            return f"a noun after {t.raw[t.tokens[c.first - 1].start : c.end]!r}"
        if (
            c.first >= 2
            and t.words[c.first - 2] in GERMAN_ARTICLES  # (the cheap test first)
            and t.german
            and _german_adjective_before(t, c)
        ):
            # a German noun after an article and an adjective: "den besten Zoom"
            return f"a noun after {t.raw[t.tokens[c.first - 1].start : c.end]!r}"
        if (
            c.variant.kind == "genitive"
            and c.first > 0
            and t.words[c.first - 1] in (ARTICLES | {"des", "ces"})
        ):
            # no name takes one: "Die Deltas der Flüsse", "les Sages censurent"
            return "a plural after an article ('Die Deltas der Flüsse')"
        if (
            t.french
            and c.last - c.first == 1
            and c.last + 1 < len(t.words)
            and t.words[c.last] == "de"
            and t.raw[c.end : t.tokens[c.last + 1].start] == " de "
            and (noun := t.raw[t.tokens[c.last + 1].start : t.tokens[c.last + 1].end]).isalpha()
            and noun.islower()
            and t.words[c.last + 1] not in FRENCH_WORDS
            # where a noun stands: first, or after an article (not "demande à Apple de")
            and (c.first == 0 or t.words[c.first - 1] in _FRENCH_DETERMINERS)
        ):
            # a French noun and its complement: "Visa de travail", "le zoom de l'objectif"
            return f"a noun ({t.raw[c.start : t.tokens[c.last + 1].end]!r})"
        person = _capitalised_after(t, c, PERSON_BEFORE)
        if person:
            return f"a person ({person!r})"  # "daughter Apple Martin", "singer Delta Goodrem"
        tool = _used_as_a_tool(t, c)
        if tool:
            return f"a tool ({tool!r})"
        if (
            c.last < len(t.words)
            and not (t.title_case or t.shouting)
            and t.raw[c.end : t.tokens[c.last].start] == " "
            and t.raw[t.tokens[c.last].start].isupper()
            and (after := t.words[c.last]) not in self._own_words[c.company]
            and len(after) >= 3  # not "Ford F-150"
            and is_dictionary_name(after)
            and not is_common_word(after)
            and after not in country_words()
            and after not in place_names()[0]
        ):
            # the word and a name after it are another name: "Delta Lloyd", "Mollie King"
            return f"another name, {t.raw[c.start : t.tokens[c.last].end]!r}"
        if c.variant.text in MONTHS and c.last - c.first == 1:
            date = _a_date(t, c)
            if date:
                return f"a date ({date!r})"
        word = _word_of_the_language(t, c)
        if word:
            return word
        owner = c.first - 1
        if owner > 0 and _MODEL_YEAR.fullmatch(t.words[owner]) and _joined(t, owner, c.first):
            owner -= 1  # "my 2016 Ford", "unser 2019er Volvo"
        if owner >= 0 and t.words[owner] in POSSESSIVE_DETERMINERS and _joined(t, owner, owner + 1):
            # what someone owns is a thing: "my Visa card", "an Apple Watch of mine"
            return f"a thing of someone's ({t.raw[t.tokens[owner].start : c.end]!r})"
        if "&" in t.raw[max(0, c.start - 5) : c.start] and (
            before := _AMPERSAND_INITIALS_BEFORE.search(t.raw, max(0, c.start - 8), c.start)
        ):
            # the end of another firm's name: "H&R Block", "AT&T Mobility"
            return f"part of another name, {t.raw[before.start() : c.end]!r}"
        brand = _BRAND_WITH_AMPERSAND.match(t.raw, c.end)
        if (
            brand
            and is_common_word(fold(brand.group(1)))
            and not self._names_here(t, brand.start(1))
            # (not the company's own: "Bain & Company")
            and fold(brand.group(1)) not in self._own_words[c.company]
        ):
            # two words joined by "&" make a brand: "Arm & Hammer" (not "Apple & Google")
            return f"a name with '&' ({t.raw[c.start : brand.end()]!r})"
        listed = _LISTED_AFTER.match(t.raw, c.end)
        ticker = self._tickers[c.company]
        if listed and ticker and c.last - c.first == 1 and fold(listed.group(1)) != ticker:
            # one word only: "Deutsche Bank (NYSE: DB)" is also listed in New York
            return f"another company's ticker after it, {listed.group(0).strip()!r}"
        if (
            c.first > 0
            and t.tokens[c.first - 1].end == c.start
            and t.raw[c.start - 1].isalpha()
            # not a feed's section glued to the title: "CompaniesRoyal Mail", "MarketsShire"
            and t.raw[c.start - 1] != "s"
        ):
            # the end of a word in camel case: "GitHub" is not Hub
            return f"the end of the word {t.raw[t.tokens[c.first - 1].start : c.end]!r}"
        place = _place_from(t, c)
        if place:
            return f"the start of the place name {place!r}"  # "the United Arab Emirates"
        span = t.raw[c.start : c.end]
        if (
            len(span) > 1
            and span.isupper()
            and not t.shouting
            and not (c.variant.case or "").isupper()
            # (nor as the company writes its own name: "PHOENIX group" of PHOENIX Pharmahandel)
            and not _written_in(self.companies[c.company].name, span)
            and not _shouted_phrase(t, c)
            # an SEC filer's name is in capitals: "SC 13G/A - SNAP-ON Inc (0000091440)"
            and not (t.filer and t.filer[0] <= c.start and c.end <= t.filer[1])
            # a French release's head, its issuer in capitals: "ALTEN : Chiffre d'affaires"
            and not (c.start == 0 and c.variant.kind == "name" and _HEAD_COLON.match(t.raw, c.end))
        ):
            # "SNAP benefits", "BALL upgraded": an acronym or a ticker (the ticker rule decides)
            return f"{span!r} alone in capitals: an acronym or a ticker, not the name"
        nxt = c.last if c.last < len(t.words) else None
        if (
            c.first > 0
            and t.words[c.first - 1] in ("the", "a", "an")
            and nxt is not None
            and t.words[nxt] == "of"
        ):
            return "'the ... of': a title, not a company"
        if (
            nxt is not None
            and nxt + 1 < len(t.words)
            and t.words[nxt] == "of"
            and (t.raw[t.tokens[nxt].start] == "o" or t.title_case)
            and t.raw[t.tokens[nxt + 1].start].isupper()
            # its arm in a continent or a country: "Ford of Europe", "Nintendo of America"
            and t.words[nxt + 1] not in place_names()[0]
        ):
            # "Oracle of Omaha", "Delta of Venus": the name of something else
            return f"part of the name {t.raw[c.start : t.tokens[nxt + 1].end]!r}"
        if nxt is not None and _joined(t, nxt - 1, nxt) and not t.title_case:
            # A capitalised word right after it, in a sentence-case text
            word = t.raw[t.tokens[nxt].start : t.tokens[nxt].end]
            phrase = t.raw[c.start : t.tokens[nxt].end]
            if word[:1].isupper():
                if (
                    t.words[nxt] in ORGANISATION_WORDS
                    and t.words[nxt] not in self._own_words[c.company]
                    and not self._its_own_line(c.company, t.words[nxt])
                    and not _compound_of_its_own(t, t.tokens[nxt].end)
                ):
                    return f"another organisation, {phrase!r}"  # "Compass Pathways"
                case = c.variant.case
                if (
                    not word.isupper()
                    # the name in the capitals it is written in: its product ("IKEA Kallax")
                    and not (
                        case is not None
                        and len(case) >= 3
                        and case.isupper()
                        and t.raw[c.start : c.end] == case
                        and not t.shouting
                    )
                    # no word, or a rare one that is no everyday word: a name ("Delta
                    # Goodrem", "Sage Steele", "Alan Turing"); not a city ("Stripe Dublin")
                    and (
                        not is_known_form(t.words[nxt])
                        or (
                            zipf(t.words[nxt], "en") < NAME_OF_ITS_OWN_ZIPF
                            # an everyday word, or an inflection of one: "Quest", "Shares"
                            and not inflected(t.words[nxt], is_everyday_word)
                        )
                        # or a common one the dictionary has as a name alone, no place's:
                        # "Lilly Allen" (not "Stripe Dublin", "Target Texas")
                        or _family_name(t.words[nxt])
                    )
                    and t.raw[t.tokens[nxt - 1].end : t.tokens[nxt].start] == " "
                    # its site in a town, its arm in a country: "Intel Leixlip", "Amazon
                    # Luxembourg"
                    # (not a family name that a town has too: "Lilly Allen")
                    and (t.words[nxt] not in town_names() or _family_name(t.words[nxt]))
                    and t.words[nxt] not in country_words()
                    # a German noun is capitalised ("Continentals Reifensparte"); a family name
                    # is none ("Dow Jones schließt im Plus")
                    and (not t.german or _family_name(t.words[nxt]))
                    and (t.words[nxt],) not in _legal_set()  # "Southern Co.": its legal form
                    and not inflected(t.words[nxt], _is_context_word)  # business: "Chevron CEOs"
                    # the rest of its own name, misspelt: "Hargreaves Landown"
                    and not any(
                        Levenshtein.distance(t.words[nxt], w) <= 1
                        for w in self._own_words[c.company]
                        if len(w) >= 5
                    )
                ):
                    return f"a name of its own, {phrase!r}"  # "Delta Goodrem": a surname
                if (
                    zipf(c.variant.text, "en") >= SHORT_MAX_ZIPF
                    and not word.isupper()
                    and not AIRLINE_WORDS.isdisjoint(self._own_words[c.company])
                    and t.words[nxt] not in self._own_words[c.company]
                ):
                    # a word too common to be a name alone but an airline's ("United"), before
                    # another capitalised word: "United Nations", "United Parcel Service"
                    return f"part of another name, {phrase!r}"
        if t.raw[: c.start].rstrip().endswith(".") and _INITIALS_BEFORE.search(t.raw, 0, c.start):
            return "a person's name ('Gerald R. Ford')"
        institution = _french_name_of_place(t, c)
        if institution:
            return f"part of the name {institution!r}"
        if _after_particle(t, c):
            return f"a person's name ({t.raw[t.tokens[c.first - 2].start : c.end]!r})"
        if (
            c.first > 0
            and t.words[c.first - 1] in GERMAN_ARTICLES
            and not t.raw.startswith("-", c.end)  # "Die Gap-Filialen": the company's shops
            and zipf(c.variant.text, "de") >= 3.5
            and t.german
            # a noun is capitalised, not written in capitals: "Die SAP streicht 8.000 Stellen"
            and not t.raw[c.start : c.end].isupper()
            # where one works: "Stellenabbau bei der Allianz"
            and not (c.first > 1 and t.words[c.first - 2] == "bei")
            # the name of a group: "Die Otto Group kehrt in die Gewinnzone zurück"
            and not _group_word_after(t, c)
            # no place takes one: "bei der Zurich Versicherung" is the insurer
            and c.variant.text not in place_names()[0]
            # among other names: "bei Continental, Henkel und der Allianz"
            and not any(
                _name_not_word(t, w)
                for w in _listed_words(
                    t, replace(c, first=c.first - 1, start=t.tokens[c.first - 1].start), -1
                )
            )
        ):
            return "a German noun after its article ('Der Ball ist rund')"
        compound = t.raw.endswith("-", 0, c.start) and _COMPOUND_BEFORE.search(t.raw, 0, c.start)
        if (
            compound
            and not compound.group(1).isupper()
            and fold(compound.group(1)) not in ("ex", "pro", "anti", "non", "post", "pre")
            and (
                is_everyday_word(fold(compound.group(1)))
                # a German noun heads a German compound: "Gemini-Allianz"
                or (t.german and zipf(c.variant.text, "de") >= 3.0)
            )
        ):
            # the end of a compound ("Gender-Pay-Gap"); not "UPDATE 1-Shell", "Gazprom-Shell"
            return f"the end of the compound {t.raw[compound.start() : c.end]!r}"
        if compound and is_dictionary_name(t.words[c.first - 1]) and _named_for_a_person(t, c):
            # "le circuit Paul-Ricard", "Andreas-Hofer-Gedenkfeier"
            return f"named after a person, {t.raw[compound.start() : c.end]!r}"
        if (
            t.publisher_at is not None
            and c.start >= t.publisher_at
            and (
                t.raw[t.publisher_at :].strip(" -–—|") != t.raw[c.start : c.end]
                or _named_as_a_paper(t.publisher_words)
                # initials there are the outlet's, as a symbol is (" - DW", " - FT")
                or c.variant.kind == "acronym"
            )
            and not _own_blog(t, c)
        ):
            # part of a publisher's name: " - Stars and Stripes", " - Delta Democrat-Times", or
            # a paper's: " - Le Monde" (" - National Grid", the source quoted, and "| Stripe
            # Blog", the company's own blog, are the company)
            return "in the publisher's name"
        hyphened = _HYPHENED.match(t.raw, c.end)
        if (
            hyphened
            and hyphened.group(1)[:1].isupper()
            and (second := fold(hyphened.group(1))) in place_names()[0]
            and second not in self._own_words[c.company]
        ):
            # a common word hyphened to a place's name is another firm's name: "Hydro-Québec"
            return f"another name, {t.raw[c.start : hyphened.end()]!r}"
        if hyphened and (hyphened.group(1).islower() or t.german):
            second = fold(hyphened.group(1))
            if (
                second not in COMPANY_COMPOUNDS
                and not _is_context_word(second)
                # German names its head last: "Hartmann-Gruppe", "Barmer-Arztreport"
                and not (t.german and (second in GROUP_WORDS or _ends_in_context_word(second)))
                and not _compound_of_its_own(t, hyphened.end())
                # a name in camel case, written as the company writes it: "PayPal-Störung"
                and not (
                    _CAMEL_WORD.fullmatch(span := t.raw[c.start : c.end])
                    and _written_in(self.companies[c.company].name, span)
                )
            ):
                # "Snap-on", "Target-rich", "apple-flavoured"; but "Amazon-owned", "Apple-backed",
                # "Target-chefen" (Target's boss), "SAP-Aktie"
                return f"a compound word {t.raw[c.start : hyphened.end()]!r}"
            if (
                t.german
                and second in ORGANISATION_WORDS
                and not _compound_of_its_own(t, hyphened.end())
            ):
                return f"another organisation, {t.raw[c.start : hyphened.end()]!r}"
        if (
            c.first > 0
            and self._inside_other_name(t, c)
            and t.words[c.first - 1] != self._tickers[c.company]  # "$DAL Delta guides ..."
        ):
            prev = t.tokens[c.first - 1]
            # A sentence's first word is capitalised anyway ("Why Target's ...", "Sell Apple"),
            # unless it is a name itself ("Harrison Ford", "Henry Ford Hospital"); a company's
            # descriptor is no name ("Drugmaker Shire", "Retailer Target").
            initial_word = t.sentence_initial(prev.start) and (
                _function_word(prev.text)
                or (is_everyday_word(prev.text) and not is_dictionary_name(prev.text))
            )  # "Tom", "Henry", "Red" are also names in the dictionary
            descriptor = _descriptor(t, c.first - 1)
            # a town's branch of the company: "Dedham Target store", "Leith Walk Santander branch"
            outlet = c.last < len(t.words) and t.words[c.last] in OUTLET_WORDS
            if not initial_word and not descriptor and not outlet:
                return f"part of the name {t.raw[prev.start : c.end]!r}"
        proper_mid_sentence = (
            not t.title_case
            and not t.shouting
            and t.raw[c.start].isupper()
            and not t.sentence_initial(c.start)
        )
        for i in (c.first - 1, c.last):
            if (
                0 <= i < len(t.words)
                and (
                    (
                        t.words[i] in NEGATIVE_NEIGHBOURS
                        # a word in lower case before a capital mid-sentence belongs to the
                        # phrase before it: "the best camera Apple has ever made" (not "Big
                        # Apple")
                        and not (
                            i < c.first
                            and proper_mid_sentence
                            and t.raw[t.tokens[i].start].islower()
                        )
                    )
                    or (
                        i == c.last
                        and t.words[i] in NEGATIVE_FOLLOWERS
                        # its own name's word: "Southern Company's Vogtle Unit 4"
                        and t.words[i] not in self._own_words[c.company]
                        # a firm of its group: "Mobileye, an Intel company, cuts outlook"
                        and not (
                            t.words[i] == "company"
                            and c.first > 0
                            and t.raw[t.tokens[c.first - 1].start : c.start] in ("a ", "an ")
                            and t.raw[c.start].isupper()
                            and not t.title_case
                        )
                        # a verb with its particle: "Vodafone and Orange call on the EU"
                        and not (
                            t.words[i] in ("call", "calls")
                            and i + 1 < len(t.words)
                            and t.words[i + 1] in ("on", "for")
                        )
                    )
                    or (i == c.first - 1 and t.words[i] in NEGATIVE_PRECEDERS)
                    or (
                        i == c.last
                        and t.words[i] in IDIOM_FOLLOWERS.get(c.variant.text, ())
                        # a capital mid-sentence is the name: "raises Target price target"
                        and (t.sentence_initial(c.start) or t.title_case or span.islower())
                    )
                )
                # a tabloid kicker in capitals ("APPLE SHOCK: iPhone giant slashes prices") is
                # no idiom: the gate's evidence decides
                and not (span.isupper() and not t.shouting and _caps_word(t, i))
                # a wire kicker in capitals: "ANALYSIS-Orange's bet ..."
                and not (_caps_word(t, i) and not span.isupper())
                and _joined(t, min(i, c.first), max(i, c.first))
            ):
                return f"{t.words[i]!r} next to it"
        if (
            c.last + 1 < len(t.words)
            and t.words[c.last] in CARD_KINDS
            and t.words[c.last + 1] == "card"
            and _joined(t, c.last - 1, c.last + 1)
        ):
            # a card in a wallet, as "card" right after it: "my Visa debit card declined"; a
            # network's cards are its business ("Costco only takes Visa credit cards")
            return f"a card ({t.raw[c.start : t.tokens[c.last + 1].end]!r})"
        # Market-research spam names product categories: "Automotive Slack Market by Players",
        # "Slack Wax Market 2019"; but "Apple market value", "Snap market share" are the company.
        for i in range(c.last, min(c.last + 4, len(t.words))):
            word = t.words[i]
            if word in ("market", "markets"):
                following = t.words[i + 1] if i + 1 < len(t.words) else ""
                if following in MARKET_REPORT_WORDS or (
                    following.isdigit() and len(following) == 4
                ):
                    return f"a product market ({t.raw[c.start : t.tokens[i].end]!r})"
                break
            # Only a product name may stand between: "Slack Adjuster 3150 Market".
            if word in FUNCTION_WORDS or _is_context_word(word):
                break
        if NEGATIVE_WORDS.isdisjoint(t.words) or _legal_form_after(t, c):
            return None  # (a legal form after it names the firm: "New York Times Co. adds")
        for i, w in enumerate(t.words):
            if (
                w in NEGATIVE_WORDS
                # not the name's own word: "Planet wins satellite deal" (Planet Labs)
                and not c.first <= i < c.last
                and not any(o.first - 1 <= i <= o.last for o in same)
            ):
                return f"{w!r} in the text"
        return None

    def _decide(self, t: _Text, every: bool = True) -> list[_Candidate]:
        cands = self._candidates(t, every)
        raw, words = t.raw, t.words  # read a thousand times a text: locals are cheaper
        if not cands:
            return cands
        legal_heads, place_ends = _legal_heads(), _place_ends()
        plain: list[_Candidate] = []
        gated: list[_Candidate] = []
        accents = not raw.isascii()
        brackets = "(" in raw
        first_looks: dict[tuple[Any, ...], _Candidate] = {}  # a twin's, see self._twin
        for c in cands:
            v = c.variant
            twin = self._twin[c.company]
            if twin is not None and v.kind != "ticker":
                same_as_symbol = v.text == self._tickers[c.company]
                key = (twin, v, c.first, c.last, c.start, c.end, c.glued, same_as_symbol)
                seen = first_looks.setdefault(key, c)
                if seen is not c:  # decided for its twin already: the same decision
                    c.reason = seen.reason
                    if seen.accepted:
                        c.accepted = True
                        plain.append(c)
                    elif any(o is seen for o in gated):
                        gated.append(c)
                    continue
            excl = self._exclude[c.company]
            if excl and not excl.isdisjoint(words):
                c.reason = f"excluded word {sorted(excl & t.context_tokens)[0]!r}"
                continue
            req = self._require[c.company]
            if req and req.isdisjoint(words):
                c.reason = "none of the required words " + ", ".join(sorted(req))
                continue
            if c.start < t.alert_head:
                c.reason = "the Google Alert's own words, not the title"
                continue
            if t.filer and c.start < t.filer[1] and c.end > t.filer[0]:
                # the filer's name is one name: a span in it, or across its edge, is another
                filer = raw[slice(*t.filer)]
                if not self._files_as(c.company, filer):
                    c.reason = f"another SEC filer, {filer!r}"
                    continue
            if c.end < len(raw) and raw[c.end].isalnum() and not c.glued:
                c.reason = f"ends inside the word {raw[c.start : c.end + 1]!r}..."
                continue  # "LloydsPharmacy" is not Lloyds
            if accents and self._another_spelling(t, c):
                c.reason = f"{raw[c.start : c.end]!r}, with its accents, is a word and not the name"
                continue  # "Über" is not Uber
            if self._accented[c.company] and v.kind != "ticker":
                bare = self._without_its_accents(t, c)
                if bare:
                    c.reason = f"written without the accents of {bare!r}: another name"
                    continue  # German "Hermes" (the parcel firm) is no Hermès
            possessive = self._possessive_words[c.company]
            if (
                possessive
                and v.kind != "ticker"
                # (a spelling apart joins up: "Mc Donald" of "McDonald's")
                and (
                    words[c.last - 1] in possessive
                    or "".join(words[c.first : c.last]) in possessive
                )
                and not _POSSESSIVE_AFTER_NAME.match(raw, c.end)
                and not raw[c.start : c.end].lower().endswith("s")  # "Macys"
            ):
                # without the "'s" of its name: after a given name or an initial, a person
                # ("Sainsbury sells unit" is the company); a short form keeps it
                if (
                    _INITIALS_BEFORE.search(raw, 0, c.start)
                    or (self._inside_other_name(t, c) and is_dictionary_name(words[c.first - 1]))
                    or _family_name_after(t, c)
                ):
                    c.reason = (
                        f'{raw[c.start : c.end]!r} without the "\'s" of '
                        f"{self.companies[c.company].name!r}: a person's name"
                    )
                    continue  # "William H. Macy joins cast of Broadway revival"
                if v.kind == "short" and not _coined("".join(words[c.first : c.last])):
                    c.reason = (
                        f'{raw[c.start : c.end]!r} without the "\'s" of '
                        f"{self.companies[c.company].name!r}, short of it"
                    )
                    continue  # "Domino effect" is no Domino's (Pizza); "Widerøe" is Widerøe's
            if (
                possessive
                and v.kind != "ticker"
                and any(
                    words[i] in possessive
                    and not _POSSESSIVE_AFTER_NAME.match(raw, t.tokens[i].end)
                    for i in range(c.first, c.last - 1)
                )
            ):
                c.reason = (
                    f'{raw[c.start : c.end]!r} without the "\'s" inside '
                    f"{self.companies[c.company].name!r}: another name"
                )
                continue  # "Hudson Bay shores" is no Hudson's Bay (Company)
            if (
                c.start >= 2
                and raw[c.start - 1] == "-"
                and raw[c.start - 2].isalpha()
                and (c.start == 2 or not raw[c.start - 3].isalnum())
                and v.kind != "ticker"
            ):
                c.reason = f"the end of the word {raw[c.start - 2 : c.end]!r}"
                continue  # "U-Bahn", "S-Bahn" are no Deutsche Bahn
            if raw[c.start : c.end] in _EXCHANGE_SET and _BEFORE_A_SYMBOL.match(raw, c.end):
                c.reason = "an exchange's code before a symbol ('LSE: SHEL')"
                continue
            spelled_out = _spelling_out(raw, c.start, c.end) if brackets else None
            if spelled_out:
                c.reason = f"the words of another's initials, {spelled_out!r}"
                continue  # "SGS (Société Générale de Surveillance)" is no Société Générale
            if raw[c.start : c.start + 2].isupper() and not t.shouting:
                defined = (
                    _defined_initials(t, c) if c.start and raw[c.start - 1] == "(" else None
                ) or _spelled_out(t, c)
                if defined and not any(
                    _naming_word(w) and w in self._own_words[c.company] for w in defined.split()
                ):
                    c.reason = f"the initials of {defined!r}, not the company"
                    continue  # "les services à la personne (SAP)"; not "Deutsche Bank (DB)"
            if v.kind == "short" and v.text in self._part_of_group[c.company]:
                group = _group_after(t, c)
                if group:
                    c.reason = f"the whole group, {group!r}, not {self.companies[c.company].name!r}"
                    continue
            if (
                self._us_corporation[c.company]
                and c.last < len(words)
                and words[c.last] in GROUP_WORDS
                and not c.glued
                and (group := _group_after(t, c))
                and raw[t.tokens[c.last].start].isupper()
                and raw[c.end : t.tokens[c.last].start].isspace()  # "Meta-Konzern" is Meta
            ):
                c.reason = (
                    f"another company, {group!r}: {self.companies[c.company].name!r} is no group"
                )
                continue
            if (
                v.kind in ("short", "name")
                and c.last < len(t.tokens)
                and _joined(t, c.last - 1, c.last)
                # a short form before any such word ("Volvo lastvagnar"); the whole name only
                # before one that makes a name with it ("Siemens Energy", "Volkswagen-Stiftung"),
                # not "Siemens energy business"
                and (
                    v.kind == "short"
                    or (
                        raw[t.tokens[c.last].start].isupper()
                        # in title case only a common word: "Puma Biotechnology Announces ..."
                        and (not t.title_case or v.ambiguous)
                    )
                    or words[c.last] in GEOGRAPHY_WORDS  # "Spain's Rio Tinto river"
                )
            ):
                nxt = words[c.last]
                own = self._own_words[c.company]
                after = words[c.last + 1] if c.last + 1 < len(words) else ""
                if (
                    (
                        nxt in ORGANISATION_WORDS
                        or nxt in GEOGRAPHY_WORDS
                        # a short form before another kind of business than its own: "Epic
                        # Systems" is not Epic (Games)
                        or (
                            v.kind == "short"
                            and nxt in GENERIC_WORDS
                            and nxt not in GROUP_WORDS  # "Volvo Group": see above
                            and raw[t.tokens[c.last].start].isupper()
                        )
                    )
                    and not any(o.startswith(nxt) or nxt.startswith(o) for o in own)
                    and not self._its_own_line(c.company, nxt)
                    # the trucks of a company named by its brand alone are its own division:
                    # "Volvo Lastvagnar" is AB Volvo's (not Volvo Cars')
                    and not (nxt in VEHICLE_LINE_WORDS and self._brand_only[c.company])
                    # a verb: "Uber partners with Nvidia", "Klarna Partners With J.P. Morgan"
                    and not (
                        (raw[t.tokens[c.last].start].islower() or t.title_case)
                        and after in VERB_FRAMES
                        and nxt.endswith(("s", "ed"))  # as headlines write verbs, not "river"
                    )
                    # a word of such names that is a verb, in lower case: "Handelsbanken records
                    # a loss", "SEB and Handelsbanken post lower profits"
                    and not (
                        nxt in _ORGANISATION_VERBS
                        and raw[t.tokens[c.last].start].islower()
                        and c.last + 1 < len(words)
                        and raw[t.tokens[c.last + 1].start].islower()
                    )
                ):
                    # "Samsung Biologics", "Volvo lastvagnar": another company of the name;
                    # "Target Center": a place
                    land = nxt in VENUE_WORDS or nxt in GEOGRAPHY_WORDS
                    what = "a place" if land else "another organisation"
                    c.reason = f"{what}, {raw[c.start : t.tokens[c.last].end]!r}"
                    continue
            longer = (
                v.kind in ("short", "name")
                and c.last < len(t.tokens)
                and raw[t.tokens[c.last].start].isupper()
                and not t.title_case
                and self._longer_organisation(t, c)
            )
            if longer:
                c.reason = f"another organisation, {longer!r}"
                continue
            if (
                v.kind == "acronym"
                and c.first > 0
                and words[c.first - 1] in GROUP_WORDS
                and _joined(t, c.first - 1, c.first)
            ):
                # initials after "Groupe" name that group: "Groupe SEB" (Tefal) is no SEB bank
                c.reason = f"another group, {raw[t.tokens[c.first - 1].start : c.end]!r}"
                continue
            if v.kind == "acronym" and len(v.text) == 2:
                odd = _two_letters_as_something_else(t, c, self._own_words[c.company])
                if odd:
                    c.reason = odd
                    continue
            if (
                v.kind == "acronym"
                and not ACADEMIC_WORDS.isdisjoint(words)
                and "&" not in raw[c.start : c.end]  # two names' initials: "H&M graduates"
            ):
                # a derived acronym is often a university's too: "LSE students", "LSE study"
                c.reason = "an acronym among academic words"
                continue
            if v.kind == "acronym" and raw.startswith(")", c.end) and raw.endswith("(", 0, c.start):
                spelled = _spelled_before(t, c)
                if spelled:
                    c.reason = f"the initials of {spelled!r}"
                    continue  # "Environmental Defense Fund (EDF)" is no Électricité de France
            if (
                c.first > 0
                and words[c.first - 1] in INDEFINITE_ARTICLES
                and (v.text,) in _legal_set()
                and (
                    raw[t.tokens[c.first - 1].start].islower()
                    or t.sentence_initial(t.tokens[c.first - 1].start)
                )
            ):
                # the legal form as a noun: "une SAS lyonnaise", "eine AG"
                c.reason = f"a legal form, {raw[t.tokens[c.first - 1].start : c.end]!r}"
                continue
            contest = (
                _CONTEST_AFTER.match(raw, c.end)
                # (in title case, capitals say nothing: "Diageo Sells Ryder Cup Venue")
                if v.kind != "ticker" and not t.title_case
                else None
            )
            if contest:
                c.reason = f"a contest named for its sponsor, {raw[c.start : contest.end()]!r}"
                continue  # "Heineken Champions Cup", "Barclays Women's Super League"
            if (
                v.kind in ("ticker", "acronym")
                and _CODE_TITLE_BEFORE.search(raw, 0, c.start)
                and _CODE_PART_AFTER.match(raw, c.end)
            ):
                c.reason = f"a code of laws cited, {raw[c.start : c.end]!r}"
                continue  # "21 CFR Part 11" is no Richemont (CFR)
            if v.kind != "ticker" and _french_legal_form_here(t, c):
                c.reason = f"a French legal form, {raw[c.start : c.end]!r}"
                continue  # "SAS au capital de 1 000 €" is no SAS (the airline)
            if (
                c.last - c.first >= 2
                and words[c.last - 1] in GEOGRAPHY_WORDS
                and c.first > 0
                and raw[t.tokens[c.first - 1].start : t.tokens[c.first - 1].end] == "the"
                and v.kind != "ticker"
            ):
                c.reason = f"a place, {raw[t.tokens[c.first - 1].start : c.end]!r}"
                continue  # "along the Charles River" is no Charles River (Laboratories)
            if (
                v.kind != "ticker"
                and c.first > 0
                and words[c.first - 1] in FAMILY_WORDS
                and _joined(t, c.first - 1, c.first)
            ):
                # (after it, the family speaks for the firm as often: "Nordstrom family
                # completes take-private deal")
                c.reason = "a family of that name"
                continue  # "Familie Porsche stockt Anteile auf"
            if raw.endswith(_ACADEMIC_TITLES, 0, c.start):
                c.reason = f"an academic title, {raw[c.start : c.end]!r}"
                continue  # "Dipl.-Ing. Maria Huber" is no ING
            if (
                v.kind in ("ticker", "acronym")
                and t.publisher_at is not None
                and c.end <= t.publisher_at
                and raw[c.start : c.end] == _initials_of(t.raw[t.publisher_at :])
            ):
                c.reason = f"the publisher's initials, {raw[c.start : c.end]!r}"
                continue  # "CFR: five things to watch - Council on Foreign Relations"
            if v.kind in ("ticker", "acronym") and _incoterm_here(t, c):
                c.reason = f"an Incoterm, {raw[c.start : c.end]!r}"
                continue  # "FOB vs CFR for importers" is no Richemont (CFR)
            if v.kind == "ticker" and raw.endswith(_PLACEHOLDERS_BEFORE, 0, c.start):
                c.reason = f"a placeholder name, {raw[c.start : c.end]!r}"
                continue  # "a cover letter for Company XYZ" is no Block (XYZ)
            money = _currency_code_used(raw, c.start, c.end) if c.end - c.start == 3 else None
            if _DOLLAR_AMOUNT.match(raw, c.end) and raw[c.start : c.end].isupper():
                money = raw[c.start : c.end + 2] + "..."  # a country's dollar: "CA$611 million"
            if money:
                c.reason = f"a currency's code, {money!r}"
                continue  # "USD/NOK climbs", "profit of NOK 60 billion" are no Nokia (NOK)
            if (
                c.last < len(words)
                and v.kind != "ticker"
                and raw[t.tokens[c.last].start : t.tokens[c.last].end] in _ROMAN_NUMERALS
                and raw[c.end : t.tokens[c.last].start] == " "
            ):
                c.reason = f"a model's name, {raw[c.start : t.tokens[c.last].end]!r}"
                continue  # "Delta IV Heavy"
            number = (
                _NUMBER_BEFORE.search(raw, 0, c.start)
                if c.last - c.first == 1 and words[c.first] in _UNITS_NAMED_FOR_PEOPLE
                else None
            )
            if number:
                c.reason = f"a unit, {raw[number.start() : c.end]!r}"
                continue  # "an MRI of 7 Tesla", "50 Hertz"
            if c.start and raw[c.start].isdigit() and raw[c.start - 1] in "$€£¥":
                c.reason = f"an amount of money, {raw[c.start - 1 : c.end]!r}"  # "$3M"
                continue
            if c.last < len(words) and (
                words[c.last] in ("of", "the", "de", "du", "des")
                or words[c.last] in _PARTICLES_BEFORE_FAMILY_NAME
                or words[c.last] in AND_WORDS
                or words[c.last] in MILITARY_WORDS
                # most names are followed by a word in lower case; in a text in title case or
                # in capitals only a club's letters or another country's name may tell
                or (
                    raw[t.tokens[c.last].start].isupper()
                    and (
                        not (t.title_case or t.shouting)
                        or self._named_for_country[c.company]
                        or words[c.last].upper() in SPORTS_CLUB_LETTERS
                    )
                )
            ):
                thing = self._another_thing_after(t, c)
                if thing:
                    c.reason = thing
                    continue
            other_form = (
                v.kind in ("short", "name")
                # (the cheap tests first: a legal form after it, or "AB" before it)
                and (
                    (c.last < len(words) and words[c.last] in legal_heads)
                    or words[c.first - 1] == "ab"
                )
                and self._short_with_a_legal_form(t, c)
            )
            if other_form:
                # "Rogers Corporation" is no "Rogers Communications Inc.", "Metro AG" no "Metro
                # Bank Holdings PLC": a short form with a legal form is another company's name
                c.reason = f"another company, {other_form!r}"
                continue
            bad_case = self._case_ok(t, c)
            if bad_case:
                c.reason = bad_case
                continue
            if v.kind == "blend":
                span = raw[c.start : c.end]
                if " " in v.text and not _CAMEL_WORD.fullmatch(span):
                    c.reason = "a blend is written as one word in camel case ('StanChart')"
                    continue
                if " " not in v.text and not (
                    span.isalpha() and (span.istitle() or span.isupper())
                ):
                    c.reason = "a blend of syllables is a capitalised word ('Inditex')"
                    continue
            if v.kind == "fuzzy":
                span = " ".join(words[c.first : c.last])
                if Levenshtein.distance(span, v.text) > 1:
                    c.reason = f"typo check failed against {v.text!r}"
                    continue
                if not raw[c.start : c.end][:1].isupper():
                    c.reason = "typo match not capitalised"
                    continue
            if v.kind == "ticker":
                ok, why = self._ticker_ok(t, c)
                c.reason = why
                if not ok:
                    continue
            elif v.text == self._tickers[c.company] and EXCHANGE_RE.search(raw, 0, c.start):
                # the name is its symbol too ("THG"), in another firm's brackets: "The Hanover
                # Insurance Group, Inc. (NYSE: THG)"
                other = self._another_firms_symbol(raw[: c.start], c)
                if other:
                    c.reason = other
                    continue
            if (
                not v.ambiguous
                and " " not in v.text
                and v.kind in ("name", "alias", "short", "genitive")
                and zipf(v.text, "en") >= 3.0
                and self._inside_other_name(t, c)
                and not self._has_context(t, c)
                # the company's own words or initials: "Telefonaktiebolaget L M Ericsson"
                and len(words[c.first - 1]) > 1
                and words[c.first - 1] not in self._own_words[c.company]
                # an article that starts the text: "Ein Siemens-Sprecher bestätigt ..."
                and not (c.first == 1 and words[0] in ARTICLES)
            ):
                c.reason = "after another capitalised name, without business words"
                continue
            if (
                not v.ambiguous
                and " " not in raw[c.start : c.end]
                and v.kind in ("name", "alias", "short", "genitive", "spelling")
                and (
                    self._inside_other_name(t, c)
                    or self._given_name_in_title_case(t, c)
                    or _named_for_a_person(t, c)
                )
                and len(words[c.first - 1]) > 1
                and words[c.first - 1] not in self._own_words[c.company]
                and is_dictionary_name(words[c.first - 1])
                # a whole word, not the end of one in camel case: "easyJet Airbus"
                and not raw[t.tokens[c.first - 1].start - 1 : t.tokens[c.first - 1].start].isalnum()
                # nor one in capitals: "AB Volvo" (Aktiebolaget)
                and not raw[t.tokens[c.first - 1].start : t.tokens[c.first - 1].end].isupper()
                and not _descriptor(t, c.first - 1)
            ):
                prev = t.tokens[c.first - 1]
                c.reason = f"another name, {raw[prev.start : c.end]!r} ('Anna Ericsson')"
                continue
            if (
                v.text.split()[0] in BANK_WORDS
                and self._inside_other_name(t, c)
                and words[c.first - 1] not in ARTICLES  # "La Banque cantonale vaudoise"
            ):
                # a bank's name after a capitalised word is another bank's: "Central Bank of
                # Ireland" is no Bank of Ireland
                prev = t.tokens[c.first - 1]
                c.reason = f"another bank, {raw[prev.start : c.end]!r}"
                continue
            if raw.startswith((", ", " ("), c.end) and v.kind not in ("ticker", "acronym"):
                place = _place_after(t, c)
                if (
                    place
                    and fold(place) != self._tickers[c.company]
                    # a town after a name that is none is where the firm is: "Vipps MobilePay
                    # (Oslo)", "Hapag-Lloyd, Hamburg" (not "Richemont (Moselle)", a region)
                    and (fold(place) not in town_names() or v.ambiguous or v.text in town_names())
                ):
                    # (not its own symbol: "Carrefour (CA)" is no Californian town)
                    c.reason = f"a place ({raw[c.start : c.end]}, {place})"
                    continue
            if c.last < len(words) and words[c.last] in VENUE_WORDS and v.kind != "ticker":
                venue = _VENUE_AFTER.match(raw, c.end)
                if venue and fold(venue.group(1)) in VENUE_WORDS:
                    c.reason = f"a place named after it ({raw[c.start : venue.end()]!r})"
                    continue
            street_after = _STREET_AFTER.match(raw, c.end) if v.kind != "ticker" else None
            if street_after:
                c.reason = f"a place named after it ({raw[c.start : street_after.end()]!r})"
                continue
            if (
                c.first > 0
                and v.kind != "ticker"
                and not _STREET_WORDS.isdisjoint(words[max(0, c.first - 4) : c.first])
            ):
                street = _STREET_BEFORE.search(raw, max(0, c.start - 40), c.start)
                if street:
                    # a street named after someone: "rue Louis-Renault", "avenue de Gaulle"
                    c.reason = f"a place named after it ({raw[street.start() : c.end]!r})"
                    continue
            event = (
                _EVENT_AFTER.match(raw, c.end) if t.has_event_word and v.kind != "ticker" else None
            )
            if event:
                # a tournament it sponsors: "BNP Paribas Open", "BMW PGA Championship"
                c.reason = f"an event named after it ({raw[c.start : event.end()]!r})"
                continue
            dateline = self._french_dateline(t, c) if t.french and v.kind != "ticker" else None
            if dateline:
                c.reason = f"a French town's dateline ({dateline!r})"
                continue
            double = (
                self._double_barrelled(t, c)
                if v.kind != "ticker" and not t.german and "-" in raw
                else None
            )
            if double:
                c.reason = f"part of another name, {double!r}"
                continue
            thing = _german_thing(t, c) if t.german and v.kind != "ticker" else None
            if thing:
                c.reason = f'a thing, {thing!r}: German names a firm with "die"'
                continue
            initials = (
                _INITIALS_BEFORE.search(raw, max(0, c.start - 9), c.start) if "." in raw else None
            )
            if (
                initials
                and initials.group().replace(".", "").replace(" ", "").lower() not in _COUNTRY_CODES
            ):
                # a person's name after the initials of the given ones: "H.C. Ørsted's lab
                # notebooks" (not a country's: "U.K. Tesco sales")
                c.reason = f"a person's name, {raw[initials.start() : c.end]!r}"
                continue
            town = (
                _town(t, c)
                or _in_a_country(t, c)
                or self._beside_a_town(t, c)
                or _compass_of(t, c)
                or _in_a_town_of_a_country(t, c)
            )
            if town and v.kind != "ticker":
                c.reason = f"a town ({town!r})"
                continue
            region = _called_a_place(t, c) or _the_region(t, c)
            if region and v.kind != "ticker":
                c.reason = f"a place ({region!r})"
                continue
            where = (
                (_somewhere(t, c) or _end_of_a_place(t, c))
                if v.kind != "ticker"
                and (words[c.first - 1] in _BEFORE_A_PLACE or v.text in place_ends)
                else None
            )
            if where:
                c.reason = f"a place ({where!r})"
                continue
            named = self._named_for_it(t, c, legal_heads)
            if named:
                c.reason = named
                continue
            if v.kind != "ticker" and not v.ambiguous:
                # (a name that is a word is judged with the other signs of a common word)
                other = self._something_else(t, c)
                if other:
                    c.reason = other
                    continue
            if v.kind != "ticker" and "(" in raw:
                # of any name, a word or not: "Eastman Kodak (NYSE: KODK)" for Eastman Chemical
                listed = self._another_listed_name(t, c)
                if listed:
                    c.reason = f"part of another listed company's name ({listed!r})"
                    continue
            if (
                not v.ambiguous
                and t.publisher_at is not None
                and c.start >= t.publisher_at
                and _in_publisher_name(t, c)
            ):
                # a local paper named after its town: "- Trelleborgs Allehanda", "- The
                # Corning Leader" (" - National Grid", the source quoted, is the company)
                c.reason = "in the publisher's name"
                continue
            partners = raw.startswith((" &", "&", " and"), c.end) and _AND_CO_AFTER.match(
                raw, c.end
            )
            if partners and v.kind != "ticker" and not self._and_co[c.company]:
                # "Merck & Co." is not Merck KGaA: a firm of partners of the same name
                c.reason = f"another firm, {raw[c.start : partners.end()]!r}"
                continue
            plural = self._plural_here(t, c)
            if plural:
                c.reason = f"a common noun here, as {plural!r} says ('Persimmon trees')"
                continue
            if (
                raw.startswith("-", c.end)
                and not v.ambiguous
                and c.last - c.first == 1
                and zipf(v.text, "en") >= 3.0
                and self._lower_compound(t, c)
            ):
                c.reason = f"a compound word {self._lower_compound(t, c)!r}"
                continue  # "Uber-wealthy" ("Uber-owned" is the company)
            if (
                c.first > 0
                and c.last - c.first == 1
                and words[c.first - 1] in GERMAN_INDEFINITE
                and t.german
                and _joined(t, c.first - 1, c.first)
                and not raw.startswith("-", c.end)
                and v.kind in ("name", "alias", "short", "genitive")
            ):
                # one of a kind, not the company: "ein Bayer" (a Bavarian), "einen Porsche"
                c.reason = f"a thing or a person ({raw[t.tokens[c.first - 1].start : c.end]!r})"
                continue
            if (
                c.first > 1
                and c.last - c.first == 1
                and words[c.first - 2] in SWEDISH_INDEFINITE
                and raw[t.tokens[c.first - 1].start].islower()
                and _joined(t, c.first - 2, c.first)
                and not raw.startswith("-", c.end)
                and v.kind in ("name", "alias", "short")
                and t.nordic
            ):
                # Swedish, an article and an adjective: "en stulen Ford Focus" (a stolen car)
                c.reason = f"a thing ({raw[t.tokens[c.first - 2].start : c.end]!r})"
                continue
            if (
                v.kind == "short"
                and raw[c.start : c.start + 2].isupper()  # the cheap test first
                and not t.shouting  # (everything is in capitals there)
                and not _descriptor(t, c.first - 1)
            ):
                language = self._abbreviation_here(t, c)
                if language:
                    # "SEB höjer prognosen för svensk BNP"; not "franska banken BNP"
                    c.reason = f"an abbreviation of {language}, {raw[c.start : c.end]!r}"
                    continue
            if (
                (
                    c.first > 0
                    and words[c.first - 1] in READING_WORDS
                    and (
                        raw[t.tokens[c.first - 1].start].islower()
                        or t.sentence_initial(t.tokens[c.first - 1].start)  # "High BP: free checks"
                    )
                    and raw[c.start : c.end].isupper()
                    and _joined(t, c.first - 1, c.first)
                )
                or (
                    c.first > 0
                    and (
                        (words[c.first - 1] in OWNERS and v.kind != "ticker")
                        or words[c.first - 1] in FOREIGN_OWNERS
                    )
                    and (
                        raw[t.tokens[c.first - 1].start].islower()
                        or t.sentence_initial(t.tokens[c.first - 1].start)
                    )
                    and raw[c.start : c.end].isupper()
                    and _joined(t, c.first - 1, c.first)
                    and not any(map(_is_context_word, words[c.last : c.last + 3]))
                )
                or (
                    c.last < len(words)
                    and words[c.last] in ("reading", "readings")
                    and raw[c.start : c.end].isupper()
                    and _joined(t, c.last - 1, c.last)
                )
            ):
                # initials of a reading or an illness: "high BP", "wet AMD", "your BP reading"
                c.reason = f"a reading, {raw[c.start : c.end]!r}"
                continue
            if (
                v.kind in ("short", "name")
                and c.last - c.first == 1
                and c.last < len(words)
                and raw[c.end : t.tokens[c.last].start] == " "
                and (nxt_raw := raw[t.tokens[c.last].start : t.tokens[c.last].end]).istitle()
                and nxt_raw.isalpha()
                and not t.title_case
                and is_dictionary_name(words[c.first])
                # nor a word of its own name ("Helios Klinikum" for Helios Kliniken)
                and not any(
                    o[:6] == words[c.last][:6] for o in self._own_words[c.company] if len(o) > 3
                )
                and not is_common_word(words[c.last])
                and not is_dictionary_name(words[c.last])
                and words[c.last] not in country_words()
                # a word of a company's name is no family name: "Alaska Airlines"
                and words[c.last] not in GENERIC_WORDS
                # the whole name needs no business words ("Mars Wrigley investiert in Werk")
                and (v.kind == "short" or not self._has_context(t, c))
            ):
                # a given name and a family name: "Elia Viviani wins stage 3" (not Elia Group)
                c.reason = f"a person's name ({raw[c.start : t.tokens[c.last].end]!r})"
                continue
            if (
                v.kind not in ("ticker", "acronym")
                and c.first > 0
                and c.last < len(words)
                and (
                    words[c.last] == "of"
                    # French: "la Nike du Louvre"
                    or (words[c.last] in ("du", "de", "des") and words[c.first - 1] == "la")
                )
                and _joined(t, c.last - 1, c.last)
                and (
                    (words[c.first - 1] in ("the", "la") and _joined(t, c.first - 1, c.first))
                    # or after a possessive: "Louvre's Nike of Samothrace"
                    or raw[t.tokens[c.first - 1].end : c.start] in ("'s ", "’s ")
                )
                # not its branch in a town: "un braquage à la BNP de Villeurbanne"
                and not (
                    c.last + 1 < len(words)
                    and words[c.last + 1] in town_names()
                    and raw[t.tokens[c.last + 1].start].isupper()
                )
            ):
                # a likeness, not the company: "the Nike of Samothrace", "the Uber of dog
                # walking", "the Amazon of India"
                end = t.tokens[c.last + 1].end if c.last + 1 < len(t.tokens) else c.end
                c.reason = f"a likeness ({raw[t.tokens[c.first - 1].start : end]!r})"
                continue
            if (
                not v.ambiguous
                and v.kind in ("name", "alias", "short", "genitive")
                and _after_particle(t, c)
            ):
                c.reason = f"a person's name ({raw[t.tokens[c.first - 2].start : c.end]!r})"
                continue
            adjective = _german_noun_after_adjective(t, c) if t.german else None
            if adjective:
                c.reason = f"a German noun after its adjective ({adjective!r})"
                continue  # "Die alte Linde am Marktplatz", "Tasse mit abgebrochenem Henkel"
            if (
                (v.ambiguous and v.kind != "ticker")
                or _word_of_its_language(t, c)
                or (v.case is not None and _capitalised_capitals(t, c))
            ):
                # a ticker that is a word has passed the ticker rule's own gate: "$DAL"
                gated.append(c)
            else:
                c.accepted = True
                c.reason = c.reason or f"{v.kind} match"
                if c.glued:
                    c.reason += f" in the compound {raw[c.start : t.tokens[c.first].end]!r}"
                plain.append(c)
        # a twin's decision holds for its twins where nothing of their symbols is in the text
        second_looks: dict[tuple[Any, ...], _Candidate] = {}
        symbols: set[int | None] | None = None  # the twins with a symbol's span here
        compact = ""
        for c in gated:
            twin = self._twin[c.company]
            if twin is not None:
                if symbols is None:
                    symbols = {self._twin[o.company] for o in cands if o.kind == "ticker"}
                    compact = "".join(words)
                ticker = self._tickers[c.company]
                if twin not in symbols and not (ticker and ticker.replace(" ", "") in compact):
                    second = (twin, c.variant, c.first, c.last, c.start, c.end, c.glued)
                    seen = second_looks.setdefault(second, c)
                    if seen is not c:
                        c.accepted, c.reason = seen.accepted, seen.reason
                        continue
            c.accepted, c.reason = self._second_look(t, c, plain, gated)
        places = [
            o
            for o in cands
            if not o.accepted
            and (
                o.reason.startswith(("a place", "written as words"))
                or o.reason.endswith("('Anna Ericsson')")
            )
        ]
        for o in places:
            # a shorter span of the company inside a place named after it is that place too:
            # "Mercedes" of "Mercedes-Benz Arena"; and inside its words written as words:
            # "Mediterranean" of "Mediterranean shipping lanes"; and inside a person's name:
            # "Dreyfus" of "Julia Louis-Dreyfus"
            for c in cands:
                if (
                    c.accepted
                    and c.company == o.company
                    and o.start <= c.start
                    and c.end <= o.end
                    and c.end - c.start < o.end - o.start
                    # (a word of it that is the company's own name stays: "Lloyds banking app")
                    and (not o.reason.startswith("written as words") or c.variant.ambiguous)
                ):
                    c.accepted = False
                    c.reason = f"inside {t.raw[o.start : o.end]!r}: {o.reason}"
        self._resolve(t, cands)
        for c in cands:
            if c.accepted:
                base = SCORES.get(c.kind, 80.0)
                if c.variant.ambiguous:
                    base -= 10.0
                c.score = base
        return cands

    def _second_look(
        self, t: _Text, c: _Candidate, plain: list[_Candidate], gated: list[_Candidate]
    ) -> tuple[bool, str]:
        """The decision on a common-word name that passed the first look (``gated``), given
        the names accepted at once (``plain``): a negative context, or evidence."""
        raw = t.raw
        neg = self._negative(t, c, [o for o in gated if o.company == c.company and o is not c])
        if neg:
            return False, f"common word, negative context: {neg}"
        if c.first > 0 and raw[c.start - 1] == " " and plain and not t.title_case:
            for o in plain:
                if o.end + 1 == c.start and o.company != c.company:
                    # right after another company's name, the word is its brand: "E.ON Next"
                    return False, f"common word, a brand of {self.companies[o.company].name!r}"
        if c.glued:
            return True, f"common word in a compound with a business word {t.words[c.first]!r}"
        if " " in c.variant.text:
            span = raw[c.start : c.end]
            tokens = t.tokens[c.first : c.last]
            if t.french and not _french_longer_name(t, c):
                tokens = tokens[:1]  # "Société générale": French keeps the first capital
            # every word but the small ones that names leave in lower case ("Bank of
            # America"): "Best buy of the year?" is no Best Buy
            if all(
                raw[tok.start].isupper() or not raw[tok.start].isalpha()
                for tok in tokens
                if (len(tok.text) > 3 or fold(tok.text) not in _LOWER_IN_NAMES)
                # nor the part after a hyphen: "Co-op"
                and raw[tok.start - 1] != "-"
            ):
                return True, f"capitalised phrase {span!r}"
            if _written_in(self.companies[c.company].name, span) and not span.islower():
                return True, f"written as its name writes it, {span!r}"  # "e.l.f. Beauty"
            return False, f"common phrase {span!r} not capitalised"
        evidence = self._evidence(t, c, plain, gated)
        if evidence:
            return True, f"common word with evidence: {evidence}"
        return False, "common word without company evidence"

    def _resolve(self, t: _Text, cands: list[_Candidate]) -> None:
        acc = [c for c in cands if c.accepted]
        if len(acc) < 2 or len({c.company for c in acc}) < 2:
            return  # one company's spans only: nothing to settle
        for c in acc:
            for o in acc:
                if o.company == c.company or not o.accepted:
                    continue
                inside = o.first <= c.first and c.last <= o.last
                if not inside:
                    continue
                longer = (o.last - o.first) > (c.last - c.first)
                if longer:
                    c.accepted = False
                    c.reason = f"part of {self.companies[o.company].name!r}"
                    break
                if c.kind in DERIVED and o.kind in DERIVED:
                    # Two watched names shortened to the same form ("LSE" from "London Stock
                    # Exchange" and "London Stock Exchange Group"): the fuller name keeps it.
                    mine = fold(self.companies[c.company].name)
                    theirs = fold(self.companies[o.company].name)
                    if theirs.startswith(mine) and len(theirs) > len(mine):
                        c.accepted = False
                        c.reason = (
                            f"{t.raw[c.start : c.end]!r} goes to {self.companies[o.company].name!r}"
                        )
                        break
                if (
                    c.kind == "short"
                    and (c.first, c.last) == (o.first, o.last)
                    and o.kind in ("name", "alias")
                    # a registered name (with its legal form), or the brand of the group
                    and (
                        c.variant.text in self._part_of_group[c.company]
                        or bool(self._legal_forms[o.company])
                    )
                ):
                    # the brand alone is the whole group's, when that is watched too: "Siemens"
                    # is Siemens AG, not Siemens Energy AG
                    c.accepted = False
                    c.reason = f"{t.raw[c.start : c.end]!r} is {self.companies[o.company].name!r}"
                    break
                if (
                    c.kind == "genitive"
                    and o.kind in ("name", "alias")
                    and (c.first, c.last) == (o.first, o.last)
                ):
                    # the whole name of another watched company, which the user tells apart
                    # from this one: "Morrisons" is Morrisons, not also Wm Morrison's
                    c.accepted = False
                    c.reason = f"{t.raw[c.start : c.end]!r} is {self.companies[o.company].name!r}"
                    break
                if c.kind == "fuzzy" and o.kind != "fuzzy":
                    c.accepted = False
                    c.reason = f"{t.raw[c.start : c.end]!r} is {self.companies[o.company].name!r}"
                    break
                if (
                    c.kind == "acronym"
                    and c.variant.ambiguous
                    and o.kind in ("name", "alias", "short", "ticker", "legal")
                    and (c.first, c.last) == (o.first, o.last)
                ):
                    # gated initials lose to another company's own name or symbol: "BP" is BP
                    # plc, not the initials of Blueprint
                    c.accepted = False
                    c.reason = f"{t.raw[c.start : c.end]!r} is {self.companies[o.company].name!r}"
                    break
                if (
                    c.kind == "acronym"
                    and o.kind == "short"
                    and (c.first, c.last) == (o.first, o.last)
                ):
                    # a word in capitals inside one name that another watched one shortens to:
                    # "KLM" is KLM Royal Dutch Airlines, not also Air France-KLM
                    c.accepted = False
                    c.reason = f"{t.raw[c.start : c.end]!r} is {self.companies[o.company].name!r}"
                    break

    # ----------------------------------------------------------------------------------------

    def _results(self, t: _Text, cands: Iterable[_Candidate]) -> list[MatchResult]:
        best: dict[int, _Candidate] = {}
        for c in cands:
            if not c.accepted:
                continue
            old = best.get(c.company)
            if old is None or (c.score, -(c.start)) > (old.score, -(old.start)):
                best[c.company] = c
        out = []
        for idx, c in best.items():
            spec = self.companies[idx]
            out.append(
                MatchResult(
                    key=spec.ident(),
                    name=spec.name,
                    score=c.score,
                    variant=c.variant.text,
                    start=c.start,
                    end=c.end,
                    rule=c.reason,
                )
            )
        out.sort(key=lambda r: (r.start, r.end, r.name))
        return out

    def _folded_keys_in(self, text: str) -> bool:
        """Whether a folded key of any variant is in the text, in any case."""
        folded = _quick_lower(_quick_prepare(text))
        if not len(self._quick_folded):
            return False
        for _, whole in self._quick_folded.iter(folded):
            if whole or _COMPOUND_TAIL.search(folded):
                return True
        return False

    def _maybe(self, text: str) -> bool:
        """False when no variant can match: a quick scan of two cheap normal forms of the text,
        which every candidate of the full check also appears in."""
        if not any(map(str.isupper, text)) or ("r/" in text and not _has_capitals(text)):
            # no capitals: any variant in any case may count ("apple cuts jobs" in a text
            # all in lower case), so the folded keys of every variant are looked for
            return self._folded_keys_in(text)
        if text[:1].islower() and self._folded_keys_in(text):
            return True  # a brand styled in small letters may start it: "bp and Shell ..."
        if CAMEL_PAIR.search(text) and self._camel_name_in(text):
            return True  # "MasterCard": the quick forms split it, as the tokens do
        original = text
        if text.endswith(")") and " - " in text:
            filer = _EDGAR_TITLE.match(text)
            if filer and self._filer_unknown(filer.group(_edgar_name(filer))):
                # an SEC filing of a registrant that is no watched company: no span in or across
                # its name counts (the full check's first rule), so only the rest is looked at
                group = _edgar_name(filer)
                text = text[: filer.start(group)] + text[filer.end(group) :]
        prepared = _quick_prepare(text)
        case = _quick_case(prepared)
        found = 0  # what the keys found need, besides themselves (_QUICK_* bits)
        # the two scans are written out: a generator over either costs more than the scan
        if prepared.isascii() and "&" not in prepared:
            lower = case.lower()  # the same as _quick_lower there (a test checks)
            # Whether a one-letter ticker stands as a word: every way it counts needs that,
            # unless initials were joined ("F.X" is "FX" in ``case``)
            letter = "." in text
            # one scan, in lower case, with the same characters in the same places as ``case``
            if len(self._quick_lower):
                for end, forms in self._quick_lower.iter(lower):
                    for form, what in forms:
                        if form is not None and case[end + 1 - len(form) : end + 1] != form:
                            continue
                        if what & _QUICK_PLAIN:
                            return True
                        found |= what
        else:
            letter = True
            lower = _quick_lower(prepared)
            if len(self._quick):
                for _, what in self._quick.iter(case + lower):
                    if what & _QUICK_PLAIN:
                        return True
                    found |= what
        if found & _QUICK_BARE and not _is_shouting(original):
            return True  # "ZM shares", "SPOT"; "VANGUARD CMT FUNDS" needs a marker as below
        letter = letter or bool(found & _QUICK_LETTER)
        if found & _QUICK_COMPOUND and _COMPOUND_TAIL.search(lower):
            return True  # "Ericssonaktien": the full check looks for the name in the compound
        if (letter and self._letter_tickers) and (
            (self._letter_hint.search(text) and self._letter_ticker_re.search(text))
            or (
                "," in text
                # what the list pattern needs, told cheaply first
                and (_COMMA_CAPITAL.search(text) or " and " in text or " vs" in text)
                and self._letter_list_re.search(text)
            )
        ):
            return True  # "$F", "NYSE: V", "F, GM, STLA"
        if found & _QUICK_MARKED and _CAPITALS_LISTED.search(text):
            return True  # a list of symbols: "MNDY, ZM, SNAP", "SNAP and GAP"
        # every way a ticker that is a word can count (see _ticker_ok) needs one of these
        if found & _QUICK_INITIALS and _INITIALS_PLACE.search(text):
            return True  # "GM to invest", "Ford, GM and Tesla", "VW-Betriebsrat", "bei VW"
        return bool(found & (_QUICK_MARKED | _QUICK_BARE)) and (
            bool(_TICKER_MARKER.search(text)) or not STOCK_WORDS.isdisjoint(lower.split())
        )

    def _camel_name_in(self, text: str) -> bool:
        """A word in camel case that is a name of one word, joined up (see _camel_joined)."""
        for m in _CAMEL_RUN.finditer(text):
            found = self._automaton.get(f" {fold(m.group())} ", None)
            if (
                found
                and found[0] is not None
                and any(e.variant.kind not in ("ticker", "acronym") for e in found[1])
            ):
                return True
        return False

    def match(self, text: str) -> list[MatchResult]:
        """The companies ``text`` is about: one result per company (its best span), in text order."""
        if not self._maybe(text):
            return []
        t = _Text(text, split_camel(text, fold_tokens(text, repair=True)))
        return self._results(t, self._decide(t, every=False))

    def match_many(self, items: Sequence[MatchInput], workers: int = 1) -> list[list[MatchResult]]:
        """The results of :meth:`match` for each text of ``items`` (of :meth:`match_item` for
        each ``(title, summary)`` pair), in their order. With ``workers`` above one and at
        least :data:`PARALLEL_MIN` items, the items are shared out among that many forked
        processes, which inherit the index rather than build it again; the results are the
        same as in one process (a test compares them). Where a fork is unsafe or impossible
        (see :func:`_can_fork`), everything runs here."""
        workers = min(workers, len(items) // (PARALLEL_MIN // 2) or 1)
        if workers <= 1 or not _can_fork():
            return [_match_one(self, item) for item in items]
        global _FORKED
        _FORKED = (self, items)
        # Objects the collector never tracks again are not touched by it in the children,
        # so the pages of the index that they share with this process stay shared.
        gc.freeze()
        try:
            # small slices: one slow stretch of long texts then holds up no worker, and each
            # result crosses the pipe soon after it is made
            return _in_forked_workers(_match_slice, len(items), workers, pieces=16, least=250)
        finally:
            _FORKED = None
            gc.unfreeze()

    def match_item(self, title: str, summary: str = "") -> list[MatchResult]:
        """Companies a feed item is about. The title decides; the summary adds a company only
        when it names it unambiguously or with evidence of its own, after the part of the summary
        that repeats the title and the trailing publisher name are removed. Spans of summary
        results are offsets into ``title + "\\n" + summary``."""
        found = {r.key: r for r in self.match(title)}
        rest = _summary_rest(title, summary)
        if rest:
            offset = len(title) + 1 + summary.find(rest) if rest in summary else len(title) + 1
            for r in self.match(rest):
                if r.key not in found:
                    found[r.key] = MatchResult(
                        r.key,
                        r.name,
                        r.score - 5.0,
                        r.variant,
                        r.start + offset,
                        r.end + offset,
                        "summary: " + r.rule,
                    )
        return sorted(found.values(), key=lambda r: (r.start, r.end, r.name))

    def explain(self, text: str) -> list[Decision]:
        """Every candidate span, accepted or rejected, with the rule that decided it."""
        t = _Text(text, split_camel(text, fold_tokens(text, repair=True)))
        out = []
        for c in self._decide(t):
            out.append(
                Decision(
                    name=self.companies[c.company].name,
                    variant=f"{c.variant.text} ({c.kind})",
                    start=c.start,
                    end=c.end,
                    accepted=c.accepted,
                    reason=c.reason,
                )
            )
        out.sort(key=lambda d: (d.start, d.end, d.name))
        return out


# --------------------------------------------------------------------------------------------
# The quick check: most headlines name no watched company, and with 10,000 names the full
# tokenisation and rules would dominate. Two str.translate passes and two automaton scans in C
# decide that a text has no candidate at all.
# --------------------------------------------------------------------------------------------

# What a key of the quick check's lower-case scan says of a text: worth the full check; only
# with a ticker's marker; only with a compound's tail; a one-letter ticker is there.
# What a key found by the quick check needs, as bits: nothing more (a name), a ticker's marker,
# a business word glued to it, a one-letter ticker's pattern, or two initials' place
_QUICK_PLAIN, _QUICK_MARKED, _QUICK_COMPOUND, _QUICK_LETTER, _QUICK_INITIALS = 1, 2, 4, 8, 16
# a ticker that counts bare, except in a text in capitals, where it needs a marker too
_QUICK_BARE = 32
# Where two initials may stand as a company's (see _two_letters_as_something_else): at the
# start, after punctuation or a list's word, before a German compound's hyphen
_INITIALS_PLACE = re.compile(
    r"(?:^|[,;:(]\s*|\s[–—-]\s*|\b(?i:and|or|vs|och|eller|und|oder|et|ou|bei|von|vom|für|fur|mit"
    r"|gegen|wegen|an|am|auf|aus|in|im|um|zu|zum)\s+)[A-Z]{2}\b|\b[A-Z]{2}-[A-ZÄÖÜ]"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# a colon as French writes it, after a space: a release's head ("ALTEN : Chiffre d'affaires")
_HEAD_COLON = re.compile(r" :(?: |$)")
_COMPOUND_HEAD = re.compile(r"-[a-zäöüåæø]")  # a compound's tail after it: "Tesla-strejken"
# the tails of compounds that are places themselves: "i Nokia-området", "im Siemens-Gebiet"
_PLACE_COMPOUND_TAILS = frozenset("omradet omrade regionen region trakten gebiet".split())
_RACING_TEAM_AFTER = re.compile(r"(?: [A-Z][\w&+-]*){1,3} (?:Racing|F1 Team)\b")
_INITIALS = re.compile(r"\b([A-Za-z])\.(?=[A-Za-z]\b)")
_POSSESSIVE = re.compile(r"(?<=[^\W_])['’`´ʼ:][sS]\b")
_POSSESSIVE_MARK_RE = re.compile("['’`´ʼ:][sS]")  # what _POSSESSIVE needs: a cheap scan first


# A forum's name after a title: "... any tips? : r/PersonalFinanceCanada"
_SUBREDDIT_AFTER = re.compile(r"\s*[:|–—-]\s*r/\w+\s*$")


def _has_capitals(text: str) -> bool:
    """Capitals in the text, but for a forum's name after it: a title written all in small
    letters says nothing by its case ("got an offer from doordash : r/ProductManagement")."""
    if not any(map(str.isupper, text)):
        return False
    if "r/" in text:
        text = _SUBREDDIT_AFTER.sub("", text)
        return any(map(str.isupper, text))
    return True


def _unmojibake(m: re.Match[str]) -> str:
    try:
        return bytes([ord(c) for c in m.group()]).decode("utf-8")
    except UnicodeDecodeError:
        return m.group()


class _LowerTable(dict[int, str]):
    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = " and " if ch == "&" else _fold_char(ch).replace("&", " and ")
        self[code] = out
        return out


class _CaseTable(dict[int, str]):
    def __missing__(self, code: int) -> str:
        ch = chr(code)
        # folded as the variants are ("ø" is "o", "ß" is "ss"), in the character's own case
        kept = _fold_char(ch)
        if kept and ch != ch.lower():
            kept = kept[0].upper() + kept[1:]
        out = kept if kept.isalnum() else " "
        self[code] = out
        return out


_LOWER_TABLE = _LowerTable()
_CASE_TABLE = _CaseTable()
_ASCII_CASE_BYTES = bytes(ord(_CASE_TABLE[c]) for c in range(128)) + bytes(128)


_NOT_WORD = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=65536)
def _compact_case(case: str) -> str:
    """A variant's own case without spaces and marks ("J.P. Morgan" -> "JPMorgan")."""
    return _NOT_WORD.sub("", case)


_CAMEL_RUN = re.compile(r"\w*[a-z][A-Z]\w*")


def _quick_prepare(text: str) -> str:
    if CAMEL_PAIR.search(text):  # a cheaper scan than the zero-width one
        text = _CAMEL.sub(" ", text)
    if "." in text:
        text = _INITIALS.sub(r"\1", text)
    if _POSSESSIVE_MARK_RE.search(text):
        text = _POSSESSIVE.sub("", text)
    if not text.isascii():
        text = MOJIBAKE_PAIR.sub(_unmojibake, text)
    return text


def _quick_lower(prepared: str) -> str:
    """The text (after :func:`_quick_prepare`) folded like the variants."""
    return " " + " ".join(prepared.translate(_LOWER_TABLE).split()) + " "


def _quick_case(prepared: str) -> str:
    """The text (after :func:`_quick_prepare`) in its own case, accents and punctuation gone."""
    if prepared.isascii():  # the same table as bytes: several times faster
        return " " + " ".join(prepared.encode().translate(_ASCII_CASE_BYTES).decode().split()) + " "
    return " " + " ".join(prepared.translate(_CASE_TABLE).split()) + " "


def _quick_keys(v: Variant, key: str) -> list[str]:
    """Keys of the quick check for one variant indexed under ``key``: folded, or in the case
    the variant must be written in."""
    if v.kind == "fuzzy":
        return [f" {key} "]
    if v.case is not None:
        base = " ".join(re.findall(r"[^\W_]+", v.case))
        forms = {base, base.upper()}
        if (v.ambiguous and base.isupper() and v.kind not in ("ticker", "acronym")) or (
            v.kind in ("name", "alias", "short", "spelling")
            and base.isalpha()
            and base.isupper()
            and len(base) >= 3
        ):
            # "Arm" for "ARM", "Axa" for "AXA", which the gate then judges
            forms.add(base.capitalize())
        if v.kind == "ticker" and _symbol_as_a_word(base):
            forms.add(base.capitalize())  # "Sobi" for "SOBI"
        if v.kind == "genitive" and base[:-1].isupper() and len(base) >= 4:
            forms.add(base[:-1].capitalize() + "s")  # "Pumas" for "PUMAs", "Legos" for "LEGOs"
        # without accents, as _quick_case writes the text: "ÖBB" is "OBB" there
        return sorted(" " + " ".join(f.translate(_CASE_TABLE).split()) + " " for f in forms if f)
    if v.ambiguous and " " not in v.text:
        return [f" {v.text.capitalize()} ", f" {v.text.upper()} "]
    return [f" {v.text} "]


@functools.lru_cache(maxsize=65536)
def _symbol_as_a_word(symbol: str) -> bool:
    """A symbol of four letters or more that no language has as a word, which people write
    as a name in small letters: "Sobi" (SOBI, Swedish Orphan Biovitrum)."""
    return len(symbol) >= 4 and symbol.isalpha() and not is_known_word(symbol.lower())


@functools.lru_cache(maxsize=65536)
def _needs_marker(symbol: str) -> bool:
    """A ticker that counts only after "$" or an exchange, in a list of symbols or with stock
    talk: one that is a word or shorter than three letters (see ``Matcher._ticker_ok``); but
    for a brand's symbol (:func:`_brand_symbol`), which business words let count too."""
    sym = symbol.replace(" ", "")
    # (and a number, as Hong Kong's and Tokyo's symbols are: "1913" is a year too)
    return len(sym) < 3 or sym.isdigit() or (is_known_word(sym) and not _brand_symbol(sym))


@functools.lru_cache(maxsize=65536)
def _brand_symbol(sym: str) -> bool:
    """A symbol of three letters or more that news writes as a word (so it is "known") but
    that no dictionary has, that films never say and that English news writes rarely: a
    brand people write, as "DHL" (Deutsche Post's symbol); not "CEO", "GDP", "UPS" (common in
    English), nor a currency's code ("SEK", "CHF")."""
    if len(sym) < 3 or not sym.isalpha() or zipf(sym, "en") >= BRAND_SYMBOL_MAX_ZIPF:
        return False
    if in_english_dictionary(sym) or sym in _currency_codes():
        return False
    return not any(spoken_zipf(sym, lang) for lang in _LANGUAGE_NAMES)


_AMOUNT_AFTER = re.compile(r" ?\d")
# The units of the International System named for people (the SI brochure's table of derived
# units, and the kelvin and the ampere), as news writes them after a number: "7 Tesla", "50 Hertz"
_UNITS_NAMED_FOR_PEOPLE = frozenset(
    "ampere kelvin hertz newton pascal joule watt coulomb volt farad ohm siemens weber tesla"
    " henry becquerel gray sievert celsius fahrenheit".split()
)
# a number before it, or degrees: "7 Tesla", "46 degrees Celsius", "30 Grad Celsius"
_NUMBER_BEFORE = re.compile(
    r"(?:(?<![\w.,])(?!(?:19|20)\d\d )\d+(?:[.,]\d+)?[ -]|\b(?:degrees?|grader|grad|degrés?) )$"
)  # not a year
# A code of laws cited by its title's number, its letters and a part or section: "21 CFR Part
# 11", "26 U.S.C. § 501"
# A league or a cup named for its sponsor, the sponsor first: "Heineken Champions Cup"
_CONTEST_AFTER = re.compile(r"(?: [A-Z][\w'’&+-]*){0,3} (?:League|Cup|Trophy)\b")
_CODE_TITLE_BEFORE = re.compile(r"(?:^|\s)\d{1,3} $")
# The trade terms of the International Chamber of Commerce (Incoterms 2020, and the 2010
# terms they replaced): a symbol among them is the term
_INCOTERMS = frozenset("exw fca cpt cip dap dpu ddp fas fob cfr cif daf des deq ddu dat".split())
# a made-up firm's name, as templates write one: "a cover letter for Company XYZ"
_PLACEHOLDERS_BEFORE = ("Company ", "company ", "Firm ", "firm ")


# A determiner before a legal form, or its capital after it: "une SAS", "SAS au capital de"
_FORM_DETERMINERS = frozenset("la une sa votre notre leur".split())  # ("d'une" ends in "une")
_CAPITAL_AFTER = re.compile(r" (?:au|à) capital\b")


def _french_legal_form_here(t: _Text, c: _Candidate) -> bool:
    """In French, the span in capitals is a legal form that the text speaks of as one: after
    a determiner, before its capital, or where the text speaks of a company ("société"):
    "SAS : comment créer une société par actions simplifiée"."""
    span = t.raw[c.start : c.end]
    if not t.french or not span.isupper() or (c.variant.text,) not in _legal_set():
        return False
    return bool(
        (
            c.first > 0
            and t.words[c.first - 1] in _FORM_DETERMINERS
            and _joined(t, c.first - 1, c.first)
        )
        or _CAPITAL_AFTER.match(t.raw, c.end)
        or "societe" in t.words
    )


# The German engineer's degree: "Dipl.-Ing.", "Dr.-Ing."
_ACADEMIC_TITLES = ("Dipl.-", "Dr.-")


@functools.lru_cache(maxsize=4096)
def _initials_of(name: str) -> str:
    """The initials of a name's capitalised words, of three or more: "Council on Foreign
    Relations" is "CFR"; "" for fewer."""
    letters = "".join(w[0] for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper())
    return letters if len(letters) >= 3 else ""


def _incoterm_here(t: _Text, c: _Candidate) -> bool:
    """The span is an Incoterm's code written as one: in capitals, in a text that names
    another Incoterm or the word ("CFR vs CIF", "Incoterms explained: FOB vs CFR")."""
    if c.variant.text not in _INCOTERMS or not t.raw[c.start : c.end].isupper():
        return False
    return any(
        w != c.variant.text and w in _INCOTERMS and t.raw[tok.start : tok.end].isupper()
        for w, tok in zip(t.words, t.tokens, strict=True)
    ) or any(w.startswith("incoterm") for w in t.words)


_CODE_PART_AFTER = re.compile(r"\.? (?:(?:Part|part|§|Sec\.|Section) ?)?\d")  # "17 CFR 240.15"
_DOLLAR_AMOUNT = re.compile(r"\$\d")
# A currency weighed against another: "NOK slides against SEK", "l'euro face au NOK"
_AGAINST_WORDS = r"against|vs\.?|versus|mot|gegen|gegenüber|contre|face au|to"
_AGAINST = r"(?:" + _AGAINST_WORDS + r")"
_AGAINST_A_CODE = re.compile(r"(?:\s+\w+){0,5}\s+" + _AGAINST + r"\s+(?:the\s+)?([A-Z]{3})\b")
_CODE_AGAINST = re.compile(r"\b([A-Z]{3})(?:\s+\w+){0,5}\s+" + _AGAINST + r"\s+(?:the\s+)?$")
_AMOUNT_BEFORE = re.compile(r"\d ?$")
_THREE_CAPITALS = re.compile(r"\b[A-Z]{3}\b")


def _currency_code_used(raw: str, start: int, end: int) -> str | None:
    """The span is a currency's code used as one: beside another's, as exchange rates are
    written ("USD/NOK", "EUR/SEK"), or by an amount ("NOK 60 billion", "500 NOK")."""
    if end - start != 3 or not raw[start:end].isupper():
        return None
    codes = _currency_codes()
    # beside another's code, any three capitals are one: "USD/CNH" (the offshore yuan)
    if raw.startswith("/", end) and raw[end + 1 : end + 4].lower() in codes:
        return raw[start : end + 4]
    if start >= 4 and raw[start - 1] == "/" and raw[start - 4 : start - 1].lower() in codes:
        return raw[start - 4 : end]
    # (and in brackets after a currency's name: "the offshore yuan (CNH)")
    if start and raw[start - 1] == "(" and _currency_word_before().search(raw, 0, start - 1):
        return raw[max(0, start - 12) : end + 1]
    if raw[start:end].lower() not in codes or raw.endswith("$", 0, start):
        return None
    against = _AGAINST_A_CODE.match(raw, end)
    if against and against.group(1).lower() in codes:
        return raw[start : against.end()]  # "NOK slides against SEK"
    against = _against_a_currency().match(raw, end)
    if against:
        return raw[start : against.end()]  # "NOK slides against the euro"
    before = _CODE_AGAINST.search(raw, 0, start)
    if before and before.group(1).lower() in codes:
        return raw[before.start() : end]  # "SEK gains against NOK"
    before = _name_against().search(raw, 0, start)
    if before:
        return raw[before.start() : end]  # "Dollar slips against NOK"
    if EXCHANGE_RE.search(raw, 0, start):
        return None  # a quote after its exchange: "(NYSE: NOK 4.12)"
    for other in _THREE_CAPITALS.finditer(raw):
        code = other.group().lower()
        # another currency's code in the text: "NOK slides as oil falls; SEK holds steady"
        # (not one that is a word said far more: "a TOP pick", "ALL")
        if other.group() != raw[start:end] and code in codes and zipf(code, "en") < 4.0:
            return raw[start:end] + " ... " + other.group()
    after = _AMOUNT_AFTER.match(raw, end)
    if after:
        return raw[start : after.end()] + "..."
    if _AMOUNT_BEFORE.search(raw, 0, start):
        return raw[max(0, start - 2) : end]
    return None


@functools.cache
def _currency_word_before() -> re.Pattern[str]:
    """A currency's name right before its code in brackets: "manat (AZN)", "krone (NOK)"
    (see :func:`_currency_name_pattern`)."""
    return re.compile(r"(?i:\b" + _currency_name_pattern() + r"s?)\s*$")


@functools.cache
def _currency_name_pattern() -> str:
    """The last words of the currencies' names, folded (pycountry's): "krone", "euro"; and
    "pound" and "yuan", which news writes for "pound sterling" and "yuan renminbi"; as one
    pattern, the longest first."""
    import pycountry

    words = {fold(c.name).split()[-1] for c in pycountry.currencies} | {"pound", "yuan"}
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


@functools.cache
def _name_against() -> re.Pattern[str]:
    """A currency's name weighed against the code after it: "Dollar slips against NOK"."""
    return re.compile(
        r"(?i:\b"
        + _currency_name_pattern()
        + r")s?(?:\s+[\w.,'-]+){0,5}\s+(?:"
        + _AGAINST_WORDS
        + r")\s+(?:the\s+)?$"
    )


@functools.cache
def _against_a_currency() -> re.Pattern[str]:
    """A currency weighed against another by its name: "NOK slides against the euro"."""
    # (or its rate, at so much per one: "holds AZN at 1.70 per dollar")
    return re.compile(
        r"(?:\s+[\w.,'-]+){0,5}\s+(?:" + _AGAINST_WORDS + r"|per)\s+(?:the\s+)?(?:\w+\s+)?"
        r"(?i:" + _currency_name_pattern() + r")s?\b"
    )


@functools.cache
def _currency_codes() -> frozenset[str]:
    """ISO 4217 codes (pycountry), folded: "sek", "chf", "usd"."""
    import pycountry

    return frozenset(c.alpha_3.lower() for c in pycountry.currencies)


def _summary_rest(title: str, summary: str) -> str:
    """The part of a summary that is not the title again nor just a publisher name."""
    s = summary.strip()
    if not s:
        return ""
    ft, fs = fold(title), fold(s)
    if ft and fs.startswith(ft):
        rest_tokens = fold_tokens(s)
        n = len(ft.split())
        if len(rest_tokens) <= n + 5:
            return ""  # title + publisher (Google News)
        return s[rest_tokens[n].start :]
    if len(fs.split()) <= 5 and ft and ft in fs + " " + ft:
        return ""
    return s


# --------------------------------------------------------------------------------------------
# Batch use: `watch match --companies FILE.csv --input FILE.jsonl`
# --------------------------------------------------------------------------------------------


def load_companies_csv(path: Path) -> list[CompanySpec]:
    """Companies from a CSV with header ``name,aliases,ticker`` (aliases separated by ';').
    Optional columns ``require`` and ``exclude`` hold ';'-separated words."""
    try:
        with path.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            if reader.fieldnames is None or "name" not in reader.fieldnames:
                raise ConfigError(f"{path}: the first line must be a header with 'name'")
            out = []
            for row in reader:
                name = (row.get("name") or "").strip()
                if not name:
                    continue

                def split(col: str, row: dict[str, Any] = row) -> tuple[str, ...]:
                    raw = row.get(col) or ""
                    return tuple(a.strip() for a in raw.split(";") if a.strip())

                out.append(
                    CompanySpec(
                        name=name,
                        aliases=split("aliases"),
                        ticker=(row.get("ticker") or "").strip() or None,
                        require=split("require"),
                        exclude=split("exclude"),
                    )
                )
            return out
    except OSError as e:
        raise ConfigError(f"cannot read companies file {path}: {e.strerror}") from e
    except (csv.Error, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: not a valid UTF-8 CSV file: {e}") from e


#: An item of :meth:`Matcher.match_many`: a text, or a feed item's (title, summary).
MatchInput = str | tuple[str, str]

#: Fewer items than this are matched in this process: a worker costs more than it saves.
PARALLEL_MIN = 4000

#: Lines of a batch input matched at a time: enough to keep every worker busy, few enough
#: that the results of a long file come out as it is read.
BATCH_BLOCK = 50_000

# What the forked workers of Matcher.match_many read: set in the parent just before the fork,
# so each child has the matcher and the items already, and only (start, end) pairs and the
# results cross between processes.
_FORKED: tuple[Matcher, Sequence[MatchInput]] | None = None


#: Fewer companies than this have their variants worked out in this process.
BUILD_PARALLEL_MIN = 1000

# What the forked workers of _all_variants read, set as _FORKED is.
_FORKED_SPECS: Sequence[CompanySpec] = ()


def _all_variants(companies: Sequence[CompanySpec], workers: int) -> list[list[Variant]]:
    """The variants of each company, in their order: in ``workers`` forked processes when there
    are enough companies for it (see :meth:`Matcher.__init__`), with the same results as here
    (a test compares them)."""
    workers = min(workers, len(companies) // (BUILD_PARALLEL_MIN // 2) or 1)
    if workers <= 1 or not _can_fork():
        return [variants(spec) for spec in companies]
    global _FORKED_SPECS
    # the word lists are read once, here, and the children share them
    load_word_data()
    _FORKED_SPECS = companies
    try:
        return _in_forked_workers(_variants_slice, len(companies), workers, pieces=8, least=100)
    finally:
        _FORKED_SPECS = ()


def _variants_slice(bounds: tuple[int, int]) -> list[list[Variant]]:
    return [variants(spec) for spec in _FORKED_SPECS[bounds[0] : bounds[1]]]


_Part = TypeVar("_Part")


def _in_forked_workers(
    work: Callable[[tuple[int, int]], list[_Part]],
    count: int,
    workers: int,
    pieces: int,
    least: int,
) -> list[_Part]:
    """``work`` over slices of ``range(count)`` (about ``pieces`` a worker, at least ``least``
    long), handed out to ``workers`` forked processes as they ask, the parts joined in order.
    What ``work`` reads is set in a global by the caller before: the children inherit it."""
    import multiprocessing

    size = max(least, count // (workers * pieces))
    bounds = [(i, min(i + size, count)) for i in range(0, count, size)]
    pool = multiprocessing.get_context("fork").Pool(workers, _quiet_worker)
    with pool:
        out: list[_Part] = []
        for part in pool.imap(work, bounds):
            out.extend(part)
        return out


def _match_one(matcher: Matcher, item: MatchInput) -> list[MatchResult]:
    return matcher.match(item) if isinstance(item, str) else matcher.match_item(*item)


def _match_slice(bounds: tuple[int, int]) -> list[list[MatchResult]]:
    assert _FORKED is not None, "a worker of match_many runs only in a forked child"
    matcher, items = _FORKED
    return [_match_one(matcher, item) for item in items[bounds[0] : bounds[1]]]


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity, which a container or ``taskset`` may
    narrow), or all of them where that cannot be told."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _quiet_worker() -> None:
    """A worker leaves Ctrl-C to its parent, which stops the pool and says so once."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the block, and back as it was after it (a caller
    that had turned it off keeps it off)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _can_fork() -> bool:
    """Whether worker processes may be forked from this one: on Linux (macOS has fork, but
    its system libraries are not safe to use in a forked child), and only from a process with
    one thread (a fork copies no other thread, and any lock one of them held stays locked in
    the child, so the daemon's scheduler never forks)."""
    import sys
    import threading

    return sys.platform.startswith("linux") and threading.active_count() == 1


def run_batch(companies_csv: Path, input_jsonl: Path, out: TextIO, workers: int = 1) -> int:
    """Match every ``{"id", "text"}`` line (or ``{"id", "title", "summary"}``) of
    ``input_jsonl`` and write one ``{"id", "companies": [names]}`` line per input line, in the
    same order. Returns the number of lines written. Lines are read and matched in blocks
    (over ``workers`` processes, see :meth:`Matcher.match_many`); a bad line stops the run
    after every line before it is written."""
    matcher = Matcher(load_companies_csv(companies_csv), workers=workers)
    written = 0
    ids: list[Any] = []
    items: list[MatchInput] = []

    def flush() -> None:
        nonlocal written
        for id_, results in zip(ids, matcher.match_many(items, workers=workers), strict=True):
            # write errors (a closed pipe) are the caller's to handle
            out.write(json.dumps({"id": id_, "companies": [r.name for r in results]}))
            out.write("\n")
            written += 1
        ids.clear()
        items.clear()

    try:
        f = input_jsonl.open(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot read input file {input_jsonl}: {e.strerror}") from e
    with f:
        lineno = 0
        try:
            while True:
                try:
                    line = f.readline()
                except UnicodeDecodeError as e:
                    raise ConfigError(f"{input_jsonl}:{lineno + 1}: not UTF-8 text") from e
                if not line:
                    break
                lineno += 1
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise ConfigError(f"{input_jsonl}:{lineno}: not JSON: {e.msg}") from e
                if not isinstance(obj, dict):
                    raise ConfigError(f"{input_jsonl}:{lineno}: expected a JSON object")
                ids.append(obj.get("id"))
                if "text" in obj:
                    items.append(str(obj["text"] or ""))
                else:
                    items.append((str(obj.get("title") or ""), str(obj.get("summary") or "")))
                if len(items) >= BATCH_BLOCK:
                    flush()
        except ConfigError:
            flush()  # the lines before the bad one are not lost
            raise
        flush()
    return written
