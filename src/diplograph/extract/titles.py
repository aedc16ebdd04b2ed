"""The patterns of a person's title printed around a name ("Indian Foreign Minister X",
"X, Germany's foreign minister,"), built once from the reference data's titles, countries and
nationality words; and the country names printed in a text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..reference import data_rows, gazetteer
from .context import PARTICLES

SMALL_WORDS = {"of", "for", "the", "and", "on", "to", "in"}
ROLE_WORDS = r"counterpart|counterparts|host|leader|head of state|head of government|top diplomat|strongman|" \
             r"military ruler|military leader|junta leader|junta chief|coup leader|" \
             r"officials?|diplomat|envoy|ruler|monarch|opposition leader|successor|predecessor"
CALENDAR_WORDS = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
                  "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul",
                  "aug", "sep", "sept", "oct", "nov", "dec"}
# Words before an office that name no other office ('European Commissioner for ...', 'Deputy Minister of ...').
PORTFOLIO_OFFICE_PREFIXES = "European|Federal|Deputy|Vice|Assistant|Associate|Junior|Senior|Acting|Chief|Cabinet|" \
                            "State|Under|Permanent|Coordinating|Principal|Parliamentary"
# 'Uzbekistan's first president', 'Ruritania's former foreign minister'
SEQUENCE_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|former|late|new|current|" \
                 "incoming|outgoing|then|transitional|interim|caretaker|newly elected|newly appointed"
# A possessive: "Ruritania's", and after a plural name "the Marshall Islands'" (the apostrophe alone).
POSS = r"(?:['’]s|(?<=s)['’](?!\w))"
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam", "senator"}
# Offices printed by their initials ('PM Ana Berg', 'the DPM/FM'): taken off a name, and no body.
# Matched in capitals only ('3 pm' is a time).
OFFICE_ABBREVIATIONS = {"PM", "DPM", "FM", "VP", "SG", "DG", "MP", "MEP", "NSA", "CS", "PS"}
# Words that make a deputy of an office's holder ('Deputy Secretary of State', 'Under Secretary of State')
DEPUTY_PREFIXES = "Deputy|Vice|Assistant|Under|Acting"
# The rank of one deputy among several ('First Vice Minister', 'Executive Vice Premier'), printed capitalised
DEPUTY_RANK = "(?-i:First|Second|Third|Fourth|Executive)"
# Central Asian patronymic words printed after the father's name and part of the name ('Ana
# Beksultan kyzy', 'Ivo Nurlan uulu')
PATRONYMIC_WORDS = {"uulu", "kyzy", "uly", "ulu", "qizi", "kizi", "ogly", "oglu", "qyzy"}


# 'the Estonian Parliament Speaker X', 'Latvian Army Commander X': the institution whose office it is,
# printed between the country's adjective and the office (capitalised)
INSTITUTIONS = r"Parliament|Senate|Congress|Army|Navy|Air\s+Force|Armed\s+Forces"


def alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def title_patterns() -> dict[str, re.Pattern[str]]:
    places = gazetteer()
    # (folded as the texts they are matched in are: 'Tánaiste' is matched as 'Tanaiste')
    fixed = alternation([fold(t) for t in [*places.titles, "Minister"]])
    # 'Minister for Trade', 'European Commissioner for Enlargement', 'Minister of State for Europe':
    # an office named by its portfolio, printed in capitals (the portfolio never runs into a name
    # printed after it: the patterns end at the name or at a comma)
    ranks = alternation(places.ranks)
    word = rf"(?!(?:{ranks})\s)[A-Z][\w'’-]+"  # ('Minister of Commerce and Industry Shri Ravi ...')
    # ('Minister of Investment, Trade and Industry'): a list of portfolios (words of the lexicon after a
    # comma) closed by 'and' is one office, not an office and a name
    listed = alternation([row[0].strip() for row in data_rows("lexicons", "portfolio_words.txt")])
    portfolio = (rf"(?-i:{word}(?:\s+(?:and\s+|&\s+)?{word}){{0,4}}"
                 rf"(?:(?:,\s+(?:{listed})(?:\s+(?:{listed})){{0,2}})+,?\s+(?:and|&)\s+{word}(?:\s+{word}){{0,2}})?)")
    # ('Undersecretary of International Economic Relations', 'Deputy Foreign Minister for Consular
    # Policy', 'Special Representative on Asian Affairs')
    # (not 'Foreign Minister of Ruritania': that office's country)
    office = (rf"(?:(?:(?:{PORTFOLIO_OFFICE_PREFIXES})\s+)?"
              rf"(?:(?:Minister|Secretary|Commissioner|Under-?[Ss]ecretary)(?:\s+of\s+State)?\s+(?:of|for)"
              rf"|Foreign\s+Minister\s+for)"
              rf"|Special\s+(?:Representative|Envoy)\s+(?:on|for))\s+(?:the\s+)?{portfolio}")
    adjective = alternation(places.demonym_words + places.country_words)
    # 'Foreign and CARICOM Affairs Minister', 'Home Affairs Minister': an office named by its affairs
    # (its words no possessive nor another office: 'Minister Ana Berg and Ruritania's EU Affairs Minister')
    affairs_word = rf"(?!(?:{ranks}|Minister)\s)[A-Z][\w-]+(?![\w'’-])"
    affairs = (rf"(?-i:(?!(?:{adjective})\s){affairs_word}(?:\s+(?:and\s+|&\s+)?{affairs_word}){{0,3}}"
               rf"\s+Affairs\s+Minister)")
    # 'Commerce Adviser', 'Finance and Planning Adviser': a portfolio's adviser (a cabinet rank in
    # some governments; not "Berg's Adviser")
    adviser = rf"(?-i:(?!(?:{adjective}|{ranks})\s)[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){{0,2}}\s+Advis[eo]r)"
    # ('the U.S. deputy secretary of state', 'Vice Foreign Minister'): a deputy's office is the office's
    # 'Transport and Logistics Minister', 'Industry, Energy and Mining Minister': an office named by
    # its portfolio's words (the lexicon's) before 'Minister'
    words = alternation([row[0].strip() for row in data_rows("lexicons", "portfolio_words.txt")])
    named = rf"(?-i:(?:{words})(?:,?\s+(?:and\s+|&\s+)?(?:{words})){{1,3}}\s+Minister)"
    # ('Second Vice Foreign Minister': a capitalised rank among deputies is the office's)
    one = (rf"(?:{office}|{affairs}|{adviser}|{named}"
           rf"|(?:(?:{DEPUTY_RANK}\s+)?(?:{DEPUTY_PREFIXES})[\s-]+)?(?:{fixed}))")
    # 'Deputy Prime Minister and Minister for Trade': two offices held by one person
    titles = rf"{one}(?:\s+and\s+(?:{PORTFOLIO_OFFICE_PREFIXES}\s+)?{one})?"
    country = alternation(places.country_words)
    particles = alternation([p for p in PARTICLES if p.isalpha()])  # ('Ana Tavi de Moura')
    name = r"(?-i:[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al|bin|de|da|e|van|von|del|dos)){0,5})"
    state = rf"(?P<state_to>(?:the\s+)?)(?P<of>{country})"
    # ('the spokesman of the Beninese government, X')
    government = (rf"(?:the\s+)?(?P<of_adj>{adjective})\s+"
                  rf"(?:government|presidency|(?:foreign\s+)?ministry|cabinet|embassy)\b")
    # ('the Executive Secretary of the Norway-Chile Salmon Initiative, X', 'of the Board (NFB), X')
    # (in capitals, the pattern's case aside: not 'a head of government of the kingdom since President X')
    body_word = r"(?-i:(?:[A-Z]|d['’][A-Z])[\w.'’-]*)"
    before = (rf"\b(?:(?P<det>his|her|their|its|the)\s+)?(?:(?P<poss>{country}){POSS}\s+|(?P<adj>{adjective})\s+)?"
              rf"(?:(?!{DEPUTY_RANK}\s+(?-i:{DEPUTY_PREFIXES})\b)(?:{SEQUENCE_WORDS})\s+)?(?:(?<=\s)(?P<inst>(?-i:{INSTITUTIONS}))\s+)?(?:(?P<owner>{titles}){POSS}\s+)?"
              # ('the first Ruritanian minister to visit the island since X': X held the office too)
              rf"(?:(?P<title>{titles})(?:\s+to\s+(?-i:[a-z]+)(?:\s+[\w'’-]+){{0,5}}?\s+since"
              rf"|\s+(?P<prep>of|to|for|with)\s+(?:{state}|{government}"
              rf"|(?P<body>(?-i:(?:the|its|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?)|(?:the\s+)?{body_word}"
              rf"(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?{body_word}){{0,4}}?)(?:\s+\([A-Z][\w.]*\))?"
              rf"(?:\s+of\s+(?:the\s+)?(?P<body_of>{country}))?))?(?:,\s+(?P<title2>{titles}|head\s+of\s+(?:state|government))"
              rf"(?:\s+of\s+(?:the\s+)?(?P<of2>{country}))?)?"
              rf"|(?P<role>{ROLE_WORDS}))?,?\s+"
              rf"(?:(?:{ranks})\s+)*$")
    # ('X, the new Ambassador of Ruritania': an office newly taken is held; not 'the former ...')
    after = (rf"^(?:\s*,\s+|[ \t]*\n\s*)(?:the\s+|a\s+|an\s+)?(?:(?:new|newly\s+[a-z]+|current|incoming|then)\s+)?"
             rf"(?:(?P<poss>{country}){POSS}\s+|(?P<adj>{adjective})\s+)?"
             rf"(?:(?P<title>{titles})\b(?:\s+(?:of|for)\s+{state}\b)?|government['’]s\b)")
    after_of = rf"^\s+of\s+(?:the\s+)?(?P<of>{country})\b"  # ('President X of the Central African Republic')
    return {
        "before": re.compile(before, re.I),
        "after": re.compile(after, re.I),
        "after_of": re.compile(after_of),
        # 'X, Minister of Foreign Affairs, Trade and Tourism of the Republic of Y, held ...': the
        # country closing an office printed after the name
        "apposed": re.compile(rf"^\s*,\s+(?:the\s+)?(?:{titles})\b(?P<rest>[^.;]*?)(?:,\s+(?-i:(?=[a-z]))|[.;]|$)",
                              re.I),
        "of_state": re.compile(rf"\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:of\s+)?)*?(?P<of>{country})\b"),
        # ('[Ministers Ana Ruiz] and ...' after 'Prime': a plural title the recogniser took into the name)
        "leading": re.compile(rf"^(?:(?:(?:{titles})s?|{ranks}|{adjective})\s+)+", re.I),
        "title_only": re.compile(rf"^(?:{titles})$", re.I),
        "office_only": re.compile(rf"^(?:(?:{adjective})\s+|(?:{country}){POSS}\s+)?(?:{titles}|{ROLE_WORDS})$", re.I),
        "title_end": re.compile(rf"\b(?:{fixed})$", re.I),
        # ('... Minister of Economic Development and Digitalization'): an office named by its portfolio, at the end
        "office_end": re.compile(rf"\b{office}$", re.I),
        # (a portfolio's office only before a comma: 'Minister for Trade, Ann Lee'; 'Vice-President of X, Ann Lee')
        # ('President of Ruritania Ana Berg', 'President of the Ruritanian Republic Ana Berg': the office's
        # country between the office and the name, no comma)
        # ("Ana Berg's foreign minister, Ivo Kass, and ...": an office in small letters after a possessive
        # or a determiner, its holder's name between commas, before 'and' or at the sentence's end)
        "lower_titled_name": re.compile(rf"(?:{POSS}|\b(?:the|his|her|their|its))\s+(?i:{titles}),\s+"
                                        rf"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:{particles})\s+)?[A-Z][\w’'-]+){{1,3}})"
                                        rf"(?=\s*(?:,|\.(?:\s|$)|\s+and\s|$))"),
        "titled_name": re.compile(rf"\b(?:(?:{fixed})s?(?:\s+of\s+(?:the\s+)?(?-i:{country}))?\s+"
                                  rf"|(?:{titles})(?:\s+of\s+{state})?,\s+)(?:(?:{ranks})\s+)*"
                                  rf"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:{particles})\s+)?[A-Z][\w’'-]+){{1,3}})\b"),
        # ('the Director-General of the Ruritania Fund for Development, Ana Berg,'): the holder of an
        # office of a named body, printed between commas after it
        "body_titled_name": re.compile(rf"\b(?:{titles})\s+of\s+the\s+(?-i:{body_word}(?:\s+(?:(?:of|for|and)\s+"
                                       rf"(?:the\s+)?)?{body_word}){{1,6}}),\s+(?P<name>(?-i:[A-Z][\w’'-]+"
                                       rf"(?:\s+(?:(?:{particles})\s+)?[A-Z][\w’'-]+){{1,3}}))(?=\s*,)", re.I),
        "honorific": re.compile(rf"(?<![\w'’])(?:{ranks})(?=\s)", re.I),
        "honorific_end": re.compile(rf"(?<![\w'’])(?P<h>{ranks})\s+$", re.I),
        "honorifics_only": re.compile(rf"^(?:(?:{ranks}|{titles})\s*)+$", re.I),
        # 'the foreign ministers, A of X and B of Y': each holds the office
        "listed": re.compile(rf"\b(?P<title>{titles})s,\s+(?:[^,.;]+?(?:,\s+|\s+and\s+))?$", re.I),
        # "X, head of Ruritania's Presidential Council": the head of a body, of that body's country
        "head_of": re.compile(rf"^\s*,\s+(?:the\s+)?(?P<lead>head|chairman|chairwoman|chairperson|chair)\s+of\s+"
                              rf"(?:(?P<poss>{country}){POSS}\s+|the\s+(?P<adj>{adjective})\s+|the\s+)?"
                              rf"(?P<body>(?-i:[A-Z][\w'’-]+(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w'’-]+)"
                              rf"{{0,6}}))", re.I),
        # 'attended by his counterparts A of X, B of Y and C of Z': each is a counterpart
        "counterparts": re.compile(rf"\bcounterparts,?\s+(?:{name}(?:\s+of\s+(?:the\s+)?{name})?"
                                   rf"(?:,\s+|\s+and\s+))+$", re.I),
        # 'chaired by Prime Ministers A and B': each holds the office ('first' set for the second name)
        # ('Foreign ministers A of X and B': the first with the country printed after the name)
        "plural": re.compile(rf"\b(?P<title>{titles})s\s+(?P<first>{name}(?:\s+of\s+(?:the\s+)?{name})?\s+and\s+)?"
                             rf"(?:(?:{ranks})\s+)*$", re.I),
        # 'the Ruritanian-Osterlich commission': two countries in order
        "pair": re.compile(rf"\b(?P<adj1>{adjective})\s*[-–—]\s*(?P<adj2>{adjective})\b", re.I),
        # "his Chinese and South Korean counterparts, Zhao Ruan and Seo Ha-jun": one country each, in order
        "respective": re.compile(rf"(?P<adj1>{adjective})\s+and\s+(?P<adj2>{adjective})\s+"
                                 rf"(?:counterparts|(?:{titles})s),\s+(?P<first>[^,]*?\s+and\s+)?$", re.I),
    }


@lru_cache(maxsize=1)
def _country_name_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:the\s+)?(?:{alternation(gazetteer().country_words)})(?![\w-])")


def country_names(text: str) -> list[Any]:
    """The countries a line names in full ('Republic of Iraq', "The Bahamas' leading newspaper")."""
    found = [gazetteer().country(m.group(0)) for m in _country_name_pattern().finditer(fold(text))]
    return [c for c in found if c is not None]


def fold(text: str) -> str:
    """'Côte d'Ivoire' -> "Cote d'Ivoire": letters without their accents, one for one (the country
    and title patterns are written in the reference data's plain letters; offsets are kept)."""
    import unicodedata

    out = []
    for ch in text:
        plain = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(plain if len(plain) == 1 else ch)
    return "".join(out)
