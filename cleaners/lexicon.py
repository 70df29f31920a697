"""Vocabularies the rules and features read, each written once.

The rules of ``lines``, ``headline``, ``byline``, ``dates`` and ``dedup`` feed the learned models as
features, so a vocabulary here is part of what those models were trained on: several are close
variants of each other (the CJK ranges with and without Hangul, the agency lists of bylines and of
captions), kept apart because merging them changes what a rule fires on. Merge them when the models
are retrained, not before.

Long word lists are data files in ``cleaners/data/`` (one entry a line, ``#`` starts a comment),
read once by the loaders at the end of this module.

The page-kind cues are words that product, forum, documentation, listing and service pages print and
articles rarely do; a cue is a signal (a share of lines), never a verdict on its own.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

# ---------------------------------------------------------------- page kind

#: Cue name -> a pattern searched in the first 300 characters of each line (by RE2 over a whole batch:
#: ``features.lines_matching``; write them in the syntax RE2 and Python's ``re`` share).
PAGE_KIND_CUES: dict[str, re.Pattern[str]] = {
    "price": re.compile(r"[$€£¥] ?\d|\d ?(?:€|eur|usd)\b", re.IGNORECASE),
    "cart": re.compile(r"\b(?:add to (?:cart|basket|bag|wishlist)|buy now|in stock|out of stock|sku|free shipping|"
                       r"checkout|quantity|reviews?\b)", re.IGNORECASE),
    "forum": re.compile(r"\b(?:reply|replies|quote|joined|posts?:|thread|members?|registered|likes?|report post|"
                        r"permalink|#\d+)\b", re.IGNORECASE),
    "docs": re.compile(r"\b(?:parameters?|returns?|example|install(?:ation)?|api|configuration|syntax|documentation|"
                       r"docs|version|usage|arguments?)\b|\(\)|[{};]$", re.IGNORECASE),
    "listing": re.compile(r"\b(?:read more|continue reading|next page|previous page|older posts|newer posts|"
                          r"load more|page \d+ of|showing \d+|results?|filter|sort by|view all)\b", re.IGNORECASE),
    "service": re.compile(r"\b(?:contact us|get (?:a|your) (?:free )?quote|our services|book (?:now|a)|call (?:us|now)|"
                          r"free consultation|request|schedule|appointment|pricing|plans?)\b", re.IGNORECASE),
    "article": re.compile(r"\b(?:by [A-Z][a-z]+|published|updated|min read|minutes? read|posted on|written by|comments?)\b",
                          re.IGNORECASE),
}

#: Pronouns of a page that speaks for itself (service pages), to its reader (products, docs) or reports (news).
WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
YOU = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
REPORTED = re.compile(r"\b(?:he|she|they|said|says|told|according)\b", re.IGNORECASE)
#: Characters of code and markup (documentation pages).
CODE = re.compile(r"[(){}\[\]=<>_/\\;]|[a-z][A-Z]")

# ---------------------------------------------------------------- scripts: character ranges (inside [...])

#: Han and kana, written without spaces (each character a token, half a word): lines.count_words, the
#: cjk_share feature, dedup tokens. Kana, CJK extension A, unified and compatibility ideographs; no Hangul.
CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: The headline's CJK (its word counts and word overlap): kana, U+3400-9FFF and Hangul syllables; unlike
#: ``CJK`` it counts Korean, and it lacks the compatibility ideographs (and takes in U+4DC0-4DFF).
CJK_HANGUL = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
#: Hangul syllables (U+AC00-D7A3): the name before 기자 in a Korean byline.
HANGUL_SYLLABLES = "가-힣"
#: Indic (Devanagari to Sinhala), Thai, Myanmar and Khmer: their vowel signs are combining marks, not \w.
MARKED_SCRIPTS = r"\u0900-\u0dff\u0e00-\u0e7f\u1000-\u109f\u1780-\u17ff"
#: Combining diacritical marks (an accent written as a character of its own).
COMBINING_DIACRITICS = r"\u0300-\u036f"
#: Capital letters of Latin-1 (A-Z, À-Þ without ×).
LATIN_CAPITALS = "A-ZÀ-ÖØ-Þ"
#: Latin Extended-A (both cases: "Ł", "Š", "ő"), which a name may start with.
LATIN_EXTENDED_A = "Ā-ſ"
#: Capital letters of Cyrillic and Greek.
CYRILLIC_GREEK_CAPITALS = "Ѐ-ЯҐΆΈ-ΏΑ-Ω"
#: Lower-case letters of Latin-1, Cyrillic and Greek: the ordinary words of a page (byline).
LATIN_CYRILLIC_GREEK_LOWER = "a-zà-öø-ÿßа-џґά-ώ"

# ---------------------------------------------------------------- dates: months and weekdays

#: Weekday names by language, Monday first (lower case).
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
#: English weekday abbreviations ("Mon", "Tues"), as printed in date stamps.
WEEKDAY_ABBREVIATIONS_EN = ("mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun")


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of ``words``, longest first (so a longer word wins over its prefix).

    >>> alternation(["jan", "january", "mai"])
    'january|jan|mai'
    """
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# ---------------------------------------------------------------- agencies and photo credits

#: News agencies that sign a story alone ("Von dpa", "Quelle: AFP"): a whole byline or source, any case.
#: Particles inside a person's name ("Ludwig van Beethoven", "Marna van der Merwe").
NAME_PARTICLES: frozenset[str] = frozenset("von van de del della der den da di du la le ten bin al".split())
#: Words that end a credited team's name ("Everfit Team", "Podium Staff").
TEAM_WORDS: frozenset[str] = frozenset("team staff editors editorial desk contributor contributors".split())

BYLINE_AGENCIES = ("dpa", "afp", "ap", "apa", "sda", "kna", "epd", "sid", "efe", "ansa", "reuters", "upi", "ddp",
                   "kyodo", "yonhap", "ani", "pti", "ians")
#: Agencies credited at the end of a photo caption, case as printed ("(Yonhap)", "... / AFP").
CAPTION_AGENCIES = ("Yonhap", "AP", "AFP", "Reuters", "REUTERS", "EPA", "Xinhua", "IANS", "PTI", "ANI", "dpa", "EFE",
                    "Bloomberg")
#: Words that open a photo-credit line ("Foto: X", "Bild: dpa"); the two credit-line patterns below add their own.
PHOTO_CREDIT_WORDS = ("foto", "fotos", "photo", "photos", "bild", "bilder", "image", "credit", "quelle")

_CAPTION_AGENCY = "(?-i:" + "|".join((*CAPTION_AGENCIES, "Getty(?: Images)?", "AP Photo")) + ")"
#: The credit that ends a photo caption (lines.is_caption_credit): "(Yonhap)", "(Image: © NASA)", "Photo: Name",
#: "/ AFP". lines searches it in the last 120 characters, after literal pre-checks of its words.
CAPTION_CREDIT_TAIL = re.compile(
    rf"(?:\((?:(?:photo|image|picture|foto|file|video)s?(?: credit)? ?[:/]? ?)?{_CAPTION_AGENCY}\b[^()]{{0,60}}\)|"
    r"\([^()]{0,60}\b(?:photo|image|credit|courtesy|foto)s?\b[^()]{0,60}\)|\(©[^()]{0,80}\)|"
    r"\b(?:photo|image|picture|pictured|credit|courtesy|source|foto|bild|sumber)s?(?: by| credit| courtesy)? ?[:/©] ?"
    r"[^.!?]{1,80}|"
    rf"© ?[^.!?]{{1,80}}|\b(?:getty images|shutterstock|istock(?:photo)?|{_CAPTION_AGENCY})\b[^.!?]{{0,60}}|"
    rf"/ ?{_CAPTION_AGENCY})$",
    re.IGNORECASE,
)
#: A caption's credit glued to its end (headline debris): "... in Qatar.AFP", "(mlharing / iStock.com)".
CAPTION_CREDIT_END = re.compile(
    r"(?:[.(/]|\s[/|]\s?)\s?(?:afp|ap|reuters|istock(?:\.com)?|getty ?images|shutterstock|imago|epa|keystone|"
    r"picture[ -]alliance|dpa)\)?$",
    re.IGNORECASE,
)
#: A caption or credit word anywhere in a line (headline debris); not inside a compound ("„Blue Marble“-Foto").
CAPTION_WORD = re.compile(
    r"(?:^|[^\w-])(?:foto|photo|bild|image|credit|credits|illustration|quelle|source|©|getty|imago|dpa)\b",
    re.IGNORECASE)
#: A line that opens like a photo credit ("© Name", "Foto: Name", "Source ..."): the line above is a caption.
CREDIT_LINE_START = re.compile(rf"^(?:©|\(c\)|(?:{'|'.join(PHOTO_CREDIT_WORDS)}|source|copyright)\b)", re.IGNORECASE)
#: A photo credit's label with its colon ("Foto: X/dpa", "Zdjęcie: X"): the name line above it is a picture's subject.
PHOTO_CREDIT_LABEL = re.compile(rf"^(?:©|\(c\)|(?:{'|'.join(PHOTO_CREDIT_WORDS)}|fot|zdjęcie)\s?:)", re.IGNORECASE)

# ---------------------------------------------------------------- comment headings

#: Comment-section furniture on a line of its own (lines.is_comment_header): "jane says:", "34 Comments",
#: "Leave a Reply", login and notification prompts.
COMMENT_FURNITURE = re.compile(
    r"^(?:• ?)?(?:.{1,60} (?:says|said|wrote|writes|replied|schreibt|dice|dit):|"
    r"\d+ (?:comments?|responses?|replies|reactions?)\b.{0,120}|comments?(?: \(\d+\))?|"
    r"leave a (?:reply|comment)\b.{0,40}|(?:add|post|write) a comment\b.{0,40}|reply|report|"
    r"you must be logged in\b.{0,80}|log in to (?:reply|comment)\b.{0,40}|"
    r"save my name, email\b.{0,120}|notify me of\b.{0,120}|your email address will not be published\b.{0,120})$",
    re.IGNORECASE,
)
#: The heading of a blog's comment section, quoting the post's title: "3 Gedanken zu „Title“", "2 thoughts on
#: “Title”", "Une réponse à « Title »": a count (a number or the word for one), the word for comments, a preposition.
COMMENTS_HEADING = re.compile(
    r"^(?:\d{1,5}|eine?|one|une?|una?|um|uma|één|ett|en)\s"
    r"(?:kommentare?|gedanken?|antwort(?:en)?|reaktion(?:en)?|thoughts?|responses?|comments?|repl(?:y|ies)|"
    r"réflexions?|commentaires?|réponses?|comentarios?|respuestas?|comment[io]|pensieri|risposte?|reacties?|"
    r"gedachten?|reacties|comentários?|respostas?|kommentar(?:er)?|svar)\s"
    r"(?:zu|auf|on|to|sur|à|a|en|su|op|over|em|para|på|till|til)\s?[\"“„«‘‚']\s?(?P<title>[^\n]{2,250}?)\s?[\"”“»’‘']$",
    re.IGNORECASE,
)
#: The comment link of a blog post header, after its date and author ("Schreibe einen Kommentar", "2 Comments").
COMMENT_LINK = re.compile(r"^(?:schreibe einen kommentar|hinterlasse einen kommentar|leave a (?:comment|reply)|"
                          r"\d+ (?:kommentare?|comments?)|keine kommentare|no comments)\b", re.IGNORECASE)
#: A word of a reader's comment or reply header (byline: who wrote a comment, not the article).
COMMENT_WORD = re.compile(r"\b(?:kommentar|kommentare|comment|comments|antwort|reply|replies|pingback|trackback)\b",
                          re.IGNORECASE)

# ---------------------------------------------------------------- share and follow buttons

#: A share / follow button label, with or without a bullet (lines.is_share_button): "• Facebook share button",
#: "Click to share on Twitter (Opens in new window)", "Follow us on ...".
SHARE_BUTTON = re.compile(
    r"^(?:• ?)?(?:(?:share|post|send|pin) (?:on|to|via) |click to (?:share on|email|print) )?"
    r"(?:facebook|twitter|x|kakao(?:talk| story)?|mail|e-?mail|link|whatsapp|telegram|linkedin|pinterest|"
    r"reddit|line|band|naver|print|copy(?: link| url)?|flipboard|messenger|tumblr|vk|vkontakte|"
    r"odnoklassniki|weibo|wechat|pocket|sms|comments?|google\+?|skype|xing|mix|viber|youtube|instagram)"
    r"(?: share)?(?: button| icon)?(?: \(opens in new window\))?$"
    r"|^(?:• ?)?(?:share(?: this(?: article| story| page)?)?|shares|tweet|email • twitter|"
    r"click to (?:share|email|print)\b.{0,60}|"
    r"(?:share|follow) (?:us|on|via|this)\b.{0,60})$",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- CSS and script source

#: One CSS declaration, selector, brace or comment per line, or a minified rule (lines.is_css). Every branch
#: needs "{", "}", ";", "@media", "/*" or "*/" (lines' pre-check).
CSS_RULE = re.compile(
    r"^(?:[.#@]?[\w\-:.#\[\]=\"' >,*()+~]{1,200} ?\{.{0,200}|\}|[a-z\-]{1,40} ?: ?[^;{}]{1,200}(?:;|; ?\}|\})|"
    r"@media\b.{0,200}|/\*.{0,400}|\*/|.{0,400}\*/)$"
)
#: The start of a JavaScript statement (lines.is_css).
SCRIPT_START = re.compile(
    r"^(?:var |let |const |function ?\(|window\.|document\.|\(function|\}\)|if ?\(|\$\(|googletag\.|"
    r"_gaq|dataLayer|try ?\{|\} ?catch)"
)
#: Style or script source at a line's start (headline.is_code_line): "prop: value;", a script keyword, a selector.
CODE_START = re.compile(r"[\w\-.#:\[\]=\"' >,*()]+:[^;]{0,200};|(?:var|function|window\.|document\.)\b|[.#@]\w")
#: How a ``CODE_START`` match without ':' ... ';' begins (a cheap test before the regex).
CODE_OPENERS = ("var", "function", "window.", "document.", ".", "#", "@")
#: A CSS declaration whose property is hyphenated or well known, no ';' needed: "font-family: -apple-system, roboto".
CSS_DECLARATION = re.compile(
    r"(?:-?[a-z]+(?:-[a-z]+)+|transition|transform|display|position|color|background|margin|padding|width|height|"
    r"border|font|opacity|overflow|content|cursor|float|visibility)\s?:\s?\S")
#: A CSS comment, an at-rule, a selector of a list (byline.is_style_line): "/* phone */", "@media (...)", ".tdi_70 h1,".
CSS_COMMENT_AT_RULE_OR_SELECTOR = re.compile(
    r"^(?:/\*.*\*/$|@(?:media|font-face|keyframes|supports|import)\b|[.#][\w\-.#:()]*(?:[ >]+[\w\-.#:()]+)*,$)")

# ---------------------------------------------------------------- word lists kept as data files

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_lines(name: str) -> tuple[str, ...]:
    """The entries of ``cleaners/data/<name>``, in file order: one a line, stripped; empty lines and
    lines starting with ``#`` left out."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return tuple(s for s in map(str.strip, fh) if s and not s.startswith("#"))


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """First names (Faker's person providers, ~35 locales; see the file's header): a sign that a short
    capitalized line is a person, and where one name ends in a run of names.

    >>> len(first_names()) > 10_000, "Piotr" in first_names(), "April" in first_names()
    (True, True, False)
    """
    return frozenset(data_lines("first_names.txt"))


@functools.lru_cache(maxsize=1)
def ui_phrases() -> frozenset[str]:
    """Interface labels printed as a line of their own (normalized: casefolded words, one space)."""
    return frozenset(data_lines("ui_phrases.txt"))


@functools.lru_cache(maxsize=1)
def role_words() -> tuple[str, ...]:
    """Job titles, desks and page words that are never a word of an author's name, in file order."""
    return data_lines("role_words.txt")


@functools.lru_cache(maxsize=1)
def months_by_language() -> dict[str, dict[str, int]]:
    """Language tag (of the file's third column: "en", "es pt it", ...) -> month name -> month number,
    in file order."""
    out: dict[str, dict[str, int]] = {}
    for row in data_lines("months.tsv"):
        name, month, languages = row.split("\t")
        out.setdefault(languages, {})[name] = int(month)
    return out


@functools.lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Month name or abbreviation (de/en/es/fr/it/nl/pt, lower case) -> month number, in file order.

    >>> months()["märz"], months()["sept"], months()["dezembro"]
    (3, 9, 12)
    """
    return {name: n for names in months_by_language().values() for name, n in names.items()}
