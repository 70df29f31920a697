"""Byline: "By Kim Yoo-chul" -> authors.

A byline sits next to the headline: "By X", "Von X und Y", "Par X", "Por X", "Autor: X", a date
line ending in "von X" / "by X", or a bare name on its own line, possibly glued to a date
("Associated PressApril 28, 2023 GMT"). Fewer authors beat wrong ones: anything that is not
name-shaped (a job title, "Staff", a date, a section name) is dropped.

Order of the search (``find_byline``): the header window (12 text lines under the headline, 3
above) for explicit labels, then dated author lines, then bare names (next to a date, over a job
title or a bio, or starting with a first name from ``cleaners/data/first_names.txt``), then 18 more lines
for a name with its date stamp; then a signature or an author box under the text; last, a dated
"by X" line or a handle with its date anywhere on the page (the headline may have been misplaced), then
a forum's "Thread starter X", then a person's footer copyright ("2009-2020 by Anna Roe"). The names found
lose a site name glued after them, and gain a second author on the next line ("& Eva Soto, Director").
Names may be written in Latin, Cyrillic or Greek letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress

from cleaners import dates
from cleaners.lexicon import (
    BYLINE_AGENCIES,
    COMMENT_LINK,
    COMMENT_WORD,
    CSS_COMMENT_AT_RULE_OR_SELECTOR,
    CYRILLIC_GREEK_CAPITALS,
    HANGUL_SYLLABLES,
    LATIN_CAPITALS,
    LATIN_CYRILLIC_GREEK_LOWER,
    LATIN_EXTENDED_A,
    NAME_PARTICLES,
    PHOTO_CREDIT_LABEL,
    WEEKDAYS,
    first_names,
    role_words,
)

FIRST_NAMES = first_names()  # cleaners/data/first_names.txt

# "By X" / "Von: X"; labels such as "Text: X" need their colon ("Interview mit X" is a title).
_BY_PREFIX = re.compile(
    r"^(?:(?:by|written by|words by|posted by|von|par|por|escrito por|publicado por|publié par|escribe|di|door|av|af|"
    r"geschrieben von|verfasst von|eingestellt von|autor|autorin|autor\*in|author|auteur|auteure|autore|autrice)"
    r"(?: ?: ?| )|"
    r"(?:text|texte|texto|reporter|interview|redacción|reportage|bericht)(?: ?(?:und|&|and|et|y|/) ?(?:fotos?|bilder?|photos?))? ?: ?|(?-i:By|Von)(?=[A-ZÄÖÜ]))(?P<names>\S.*)$",
    re.IGNORECASE,
)
# "12. März 2019 von Anna Schmidt", "July 24, 2019 by Amy Motroni", "Posted on ... by LD"
_BY_INSIDE = re.compile(
    rf"(?:^|\s)(?:von|by|par|por|di)(?: ?: ?| )(?P<names>[{LATIN_CAPITALS}{CYRILLIC_GREEK_CAPITALS}]\S*(?: \S+){{0,5}})$")
_SPLIT = re.compile(r"\s*(?:,|;|&|/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bmit\b|\bwith\b)\s*", re.IGNORECASE)
# Where a byline stops being names: a date, a time, a separator, "published", a role.
# "Leído por X", "Übersetzt von X", "Foto von X": someone who did not write the story
_NOT_WRITTEN_BY = re.compile(
    r"(?:^|\s)(?:leído|gelesen|vorgelesen|gesprochen|read|narrated|übersetzt|translated|traducido|traduit|"
    r"fotografiert|photographed|photos?|fotos?|bilder?|illustriert|illustrated|illustrations?|shared|geteilt)\s*$",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"\s*(?:[|•·∙–—]|\s-\s|\(|\s@\w{2,30}(?=\s*(?:$|[|•·–—]))|\b(?:published|updated|posted|veröffentlicht|aktualisiert|erstellt|am|on|le|el|"
    r"il|publié|publicado|actualizado|follow|folgen|for|für|in|im|en|auf|at|via|vom|last|ein|eine|from)\b|\d|"
    rf"\b(?:{dates.MONTH_PATTERN})\.? ?\d).*$",
    re.IGNORECASE,
)
_ROLE_WORDS = "|".join(role_words())  # cleaners/data/role_words.txt
# stamps and weekdays: "Actualizado Lunes", "Aktualisiert Montag" are date lines, not names (the weekdays
# that are also names, "Domingo", "Domenica", "Sabato", are left out)
_TIME_WORDS = ("actualizado publicado aktualisiert veröffentlicht publié modifié aggiornato pubblicato".split()
               + [d for lang in ("en", "de", "es", "fr", "it") for d in WEEKDAYS[lang]
                  if d not in ("domingo", "domenica", "sabato")])
#: Words no name holds: job titles and roles (cleaners/data/role_words.txt), time words.
NOT_NAMES = frozenset(role_words()) | frozenset(_TIME_WORDS)
_NOT_NAMES = NOT_NAMES
_GLUED_ROLE = re.compile(rf"(?<=[a-zäöüßéèáíóú])(?=(?:{_ROLE_WORDS.title()})\b)")
_NAME_WORD_BODY = (rf"(?:[{LATIN_CAPITALS}{LATIN_EXTENDED_A}{CYRILLIC_GREEK_CAPITALS}](?:[^\W\d_]|['’.\-])*|[A-Z]\.|"
                   r"von|van|de|del|della|der|den|da|di|du|la|le|ten|bin|al)")
_NAME_WORD = re.compile(rf"^{_NAME_WORD_BODY}$")
_NAME_SHAPE = re.compile(rf"^{_NAME_WORD_BODY}(?: {_NAME_WORD_BODY}){{1,3}}$")  # the words of _NAME_WORD, 2 to 4
_PARTICLES = NAME_PARTICLES
# Words that open a byline or a label, never a name: "Von X", "By X", "Kommentar von X".
_LEAD_WORDS = frozenset("by von par por mit with and und et y foto photo bild text mehr more alle all "
                        "im am zum zur die das dem des the".split())
# News agencies and short credits that are real bylines on their own ("Von dpa").
_AGENCY = re.compile(rf"^(?:{'|'.join(BYLINE_AGENCIES)})$", re.IGNORECASE)


@dataclass(frozen=True)
class Byline:
    index: int | None
    raw: str | None
    authors: list[str] = field(default_factory=list)


def looks_like_name(name: str) -> bool:
    """Two to four capitalized words (name particles allowed), none of them a job title or a time word.

    >>> looks_like_name("Kim Yoo-chul"), looks_like_name("Ludwig van Beethoven"), looks_like_name("Staff Reporter")
    (True, True, False)
    >>> looks_like_name("Hours Ago"), looks_like_name("Redakteurin für Finanzen"), looks_like_name("Kim")
    (False, False, False)
    """
    words = name.split()
    if not 2 <= len(words) <= 4 or len(name) > 45:
        return False
    if len(words) == name.count(" ") + 1 and not _NAME_SHAPE.match(name):
        return False  # one regex call turns most non-names away before the word-by-word checks
    if words[0].casefold() in _PARTICLES or words[-1] in _PARTICLES or words[0].casefold() in _LEAD_WORDS:
        return False
    if _noun_first(words[0]):
        return False  # "Verjährung von Urlaubsansprüchen", "Erneuerbare Energien": a topic, not a person
    if any(w.lower().strip(".") in _NOT_NAMES for w in words) or _REGNAL.match(words[-1]):
        return False  # "Benedikt XVI": a pope or a king is what a story is about, not who wrote it
    if not _caps_pattern_ok(words):
        return False  # "MDR SACHSEN-ANHALT Redaktion" mixes an acronym and words
    return all(_NAME_WORD.match(w) for w in words)


# endings of German nouns and adjectives that no first name has
_NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "tion", "ische", "isches", "ischer", "liche", "licher",
                 "liches", "bare", "barer", "bares", "elles", "artikel", "minister", "ministerin")


def _noun_first(word: str) -> bool:
    """A first word that is a German noun or adjective by its ending ("Verjährung", "Erneuerbare").

    >>> _noun_first("Verjährung"), _noun_first("Erneuerbare"), _noun_first("Bundesminister"), _noun_first("Jung")
    (True, True, True, False)
    """
    return len(word) >= 6 and word.casefold().endswith(_NOUN_ENDINGS)


_REGNAL = re.compile(r"^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$")  # "II" ... "XXXIX"
_INITIALS = re.compile(r"^(?:[A-Z]\.-?)+$")


def _caps_pattern_ok(words: list[str]) -> bool:
    """All words in capitals, or none, or capitals only at the end ("Chokri GHARBI", a surname
    printed in capitals); initials ("R.C.") count as neither.

    >>> _caps_pattern_ok(["R.C.", "Baker"]), _caps_pattern_ok(["Chokri", "GHARBI"]), _caps_pattern_ok(["MDR", "Sachsen"])
    (True, True, False)
    """
    if not any(w.isupper() and len(w) > 1 for w in words):
        return True
    flags = [w.isupper() and len(w) > 1 for w in words if not _INITIALS.match(w)]
    if not flags or all(flags) or not any(flags):
        return True
    first_caps = flags.index(True)
    return first_caps > 0 and all(flags[first_caps:])


# German job titles are compounds: "Projektleiterin", "Pressesprecher", "Landeskorrespondentin"
_ROLE_SUFFIXES = ("korrespondentin", "redakteurin", "leiter", "leiterin", "sprecher", "sprecherin", "referent",
                  "referentin", "direktor", "direktorin", "präsident", "präsidentin", "beauftragter", "beauftragte")


_DESK_WORDS = frozenset("staff team desk kitchen kitchens newsroom redaktion rédaction redacción".split())


def _cut_at_role(part: str) -> str:
    """"Sina Berg Landespolitische Korrespondentin" -> "Sina Berg": a job title ends the name.

    >>> _cut_at_role("Sina Berg Landespolitische Korrespondentin"), _cut_at_role("Kim Yoo-chul")
    ('Sina Berg', 'Kim Yoo-chul')
    >>> _cut_at_role("Anna Roe Staff Writer"), _cut_at_role("Acme Test Kitchens")
    ('Anna Roe', '')
    """
    words = part.split()
    if len(words) >= 2 and words[-1].casefold() in _DESK_WORDS:
        return ""  # "Betty Crocker Kitchens", "MND Staff": a brand's desk, not a person with a title
    for k, w in enumerate(words):
        if w.casefold().strip(".,") in _NOT_NAMES or w.casefold().rstrip("e").endswith(_ROLE_SUFFIXES):
            kept = words[:k]
            # an adjective before the title ("Landespolitische") goes with it
            while kept and kept[-1].casefold().endswith(("ische", "ischer", "licher", "liche", "ale", "al")):
                kept.pop()
            if len(kept) > 2 and w.islower() and kept[-1][:1].isupper():
                kept.pop()  # a desk before a lower-case title: "Richard Roe Education editor"
            return " ".join(kept)
    return part


# "Associated PressApril 28, 2023": inline elements glued without a space
_HAS_DIGIT = re.compile(r"\d")  # a glued date needs a digit: without one, skip the costly substitution
_GLUED_DATE = re.compile(rf"(?<=[a-zà-ÿ])(?=(?:{dates.MONTH_PATTERN})\.? ?\d)", re.IGNORECASE)


# "von Anna Roein Allgemeines": a blog's "in Category" glued to the surname (a word that is no first name)
_GLUED_IN = re.compile(r"(?<=[^\W\d_] )(?P<word>[A-ZÄÖÜ][a-zäöüß]{2,})in (?=[A-ZÄÖÜ])")


def unglue_category(text: str) -> str:
    """Put back the space before "in" when a blog's "in Category" is glued to the author's surname.

    >>> unglue_category("Anna Roein Allgemeines"), unglue_category("Anna Martin Allgemeines")
    ('Anna Roe in Allgemeines', 'Anna Martin Allgemeines')
    >>> unglue_category("Roein Allgemeines"), unglue_category("Anna Roein")
    ('Roein Allgemeines', 'Anna Roein')
    >>> unglue_category("Brendan Carlin For The Daily Mail")  # a surname in -in before more words: no category
    'Brendan Carlin For The Daily Mail'
    """
    if "in " not in text:
        return text
    return _GLUED_IN.sub(lambda m: m.group("word") + " in " if _category_after(text, m) else m.group(0), text)


def _category_after(text: str, m: re.Match) -> bool:
    """The words after a match of ``_GLUED_IN`` are a list of categories (no function words) and the
    word before "in" is no first name."""
    if m.group(0)[:-1] in FIRST_NAMES:
        return False
    words = re.split(r"[\s,|/]+", text[m.end():].strip())
    return all(w.casefold() not in _FUNCTION_WORDS and w.casefold() not in _STOP_NAME_RUN
               and w.casefold() not in _LEAD_WORDS and w.casefold() not in ("on", "for") for w in words)


# "Von unserem Korrespondenten Anna Roe", "Von unserer Redakteurin Eva Soto": the newsroom's phrase before the name
_OUR_ROLE = re.compile(r"^(?:unserem|unserer|unseren)\s(?:[^\W\d_]+\s){0,2}?[^\W\d_]*(?:korrespondent|redakteur|"
                       r"mitarbeiter|reporter|autor|redaktionsmitglied)[^\W\d_]*\s", re.IGNORECASE)


def drop_our_role(text: str) -> str:
    """"unserem Korrespondenten Anna Roe" -> "Anna Roe"; "unseren sieben Büros aus" stays as it is.

    >>> drop_our_role("unserem Korrespondenten Anna Roe"), drop_our_role("unserer Redakteurin Eva Soto in Paris")
    ('Anna Roe', 'Eva Soto in Paris')
    >>> drop_our_role("unseren sieben Büros aus"), drop_our_role("Anna Roe")
    ('unseren sieben Büros aus', 'Anna Roe')
    """
    return _OUR_ROLE.sub("", text) if text[:3].casefold() == "uns" else text


def _clean_names(text: str, allow_single: bool) -> list[str]:
    text = _GLUED_ROLE.sub(" ", unglue_category(drop_our_role(text)))
    text = _GLUED_DATE.sub(" ", text) if _HAS_DIGIT.search(text) else text
    text = _TAIL.sub("", text)
    out: list[str] = []
    for part in _SPLIT.split(text):
        part = _cut_at_role(part).strip(" .·|:")
        ok = looks_like_name(part) or (allow_single and _AGENCY.match(part) is not None)
        if ok and part not in out:
            out.append(part)
    return out


def parse_authors(text: str) -> list[str]:
    """Split a byline into author names; anything that is not name-shaped is dropped.

    >>> parse_authors("By Kim Yoo-chul")
    ['Kim Yoo-chul']
    >>> parse_authors("By Jane Doe and John Smith, Staff Writers")
    ['Jane Doe', 'John Smith']
    >>> parse_authors("Von Anna Schmidt und Jörg Meier, dpa")
    ['Anna Schmidt', 'Jörg Meier', 'dpa']
    >>> parse_authors("Von Hanna Berg, Redakteurin für Finanzen"), parse_authors("By Staff")
    (['Hanna Berg'], [])
    >>> parse_authors("Associated PressApril 28, 2023 GMT"), parse_authors("Von Eva MeierKorrespondentin")
    (['Associated Press'], ['Eva Meier'])
    """
    text = text.strip()
    m = _BY_PREFIX.match(text)
    names = m.group("names") if m else text
    return _clean_names(names, allow_single=bool(m)) or (acronym_credit(names) if m else [])


_ACRONYM_CREDIT = re.compile(r"^[A-Z]{2,6}$")


def acronym_credit(names: str) -> list[str]:
    """After an explicit "By"/"Von" label, one word in capitals and nothing but the line's tail after it
    ("By TPN, in News", "Von SRF | 3. Mai"): the newsroom's initials sign the story; "By TOI staff" does not.

    >>> acronym_credit("TPN, in News · 31 Jan 2025"), acronym_credit("TOI staff"), acronym_credit("USA und Europa")
    (['TPN'], [], [])
    >>> acronym_credit("THE"), acronym_credit("MAY")
    ([], [])
    """
    word = _TAIL.sub("", names).strip(" ,;:")
    low = word.casefold()
    return [word] if _ACRONYM_CREDIT.match(word) and low not in _NOT_NAMES and low not in _FUNCTION_WORDS \
        and low not in _LEAD_WORDS and not _MONTH_WORD.match(word) else []


_LABEL_FILLERS = frozenset("ein eine einer a an the und and et y e".split())


def looks_like_byline(line: str) -> bool:
    """A line that credits authors: "By X", "Von X und Y", "Autor: X", "12. Mai 2019 von X".

    >>> looks_like_byline("Von Anna Schmidt"), looks_like_byline("By Kim Yoo-chul, Reporter")
    (True, True)
    >>> looks_like_byline("Von Berlin nach Hamburg in zwei Stunden"), looks_like_byline("By the way, it rained")
    (False, False)
    >>> looks_like_byline("Kommentar von Anna Schmidt"), looks_like_byline("Ein Bericht über die Wahl von Anna Schmidt")
    (True, False)
    >>> looks_like_byline("Ein Kommentar von Anna Schmidt"), looks_like_byline("Auf den Spuren von Anna Schmidt")
    (True, False)
    """
    if len(line) > 160 or len(line.split()) > 18:
        return False
    m = _BY_PREFIX.match(line)
    if m:
        return bool(parse_authors(line))
    m = _BY_INSIDE.search(line)
    if not m:
        return False
    head = line[: m.start()]
    if _NOT_WRITTEN_BY.search(head):
        return False
    # "Ein Kommentar von", "Text und Fotos von": a label; "Auf den Spuren von": a title
    labelled = len(head.split()) <= 3 and not any(ch.isdigit() for ch in head) \
        and all(w in _LABEL_FILLERS for w in _LOWER_WORD.findall(head))
    return bool((labelled or dates.dates_in_line(head)) and _clean_names(m.group("names"), True))


_DATE_TAIL = re.compile(r"^(?P<name>[^\d|]{4,45}?)\s*(?:\||[-–—•·/]\s|,\s)?\s*(?=\d|vor \d|published|updated)", re.I)


_FOOTNOTE = re.compile(r"(?<=[a-z])\d{1,2}(?:,\d{1,2})*$")
_ROLE_IN_BRACKETS = re.compile(r"\s?\([^()]{1,40}\)$")
_MONTH_WORD = re.compile(rf"(?:{dates.MONTH_PATTERN})\.? ?$", re.IGNORECASE)


def bare_name_authors(line: str) -> list[str]:
    """A line that is only a person's name, or a name glued to a date ("Anna Schmidt24.04.2024").

    >>> bare_name_authors("Kim Yoo-chul"), bare_name_authors("Anna Schmidt24.04.2024, 19:35 Uhr")
    (['Kim Yoo-chul'], ['Anna Schmidt'])
    >>> bare_name_authors("Mehr zum Thema"), bare_name_authors("Politik 2024"), bare_name_authors("By Anna Schmidt")
    ([], [], [])
    >>> bare_name_authors("Ana Ruiz, Eva Soto y José Gil"), bare_name_authors("Amy Roe Political Correspondent")
    (['Ana Ruiz', 'Eva Soto', 'José Gil'], ['Amy Roe'])
    >>> bare_name_authors("Agence Presse April 28, 2023 GMT"), bare_name_authors("Big Sale April 28, 2023 only today")
    (['Agence Presse'], [])
    >>> bare_name_authors("Amy Roe, Staff Attorney, ACLU"), bare_name_authors("Amy Roe, Politik und Wirtschaft")
    (['Amy Roe'], [])
    >>> bare_name_authors("Amy Roe, periodista y premio Nobel (REUTERS/Eva Soto)")
    []
    >>> bare_name_authors("Amy Roe @amyroe"), bare_name_authors("Amy Roe @ Berlin Office")
    (['Amy Roe'], [])
    """
    if len(line) > 90 or not line[:1].isupper():  # every name shape here starts with a capital
        return []
    if line.endswith(")") and " (" in line:
        writers = bracketed_writers(line)
        if writers is not None:
            return writers
    if " @" in line:
        line = _TRAILING_HANDLE.sub("", line)  # "Anna Roe @annaroe": the name and its social-media handle
    if line[-1:].isdigit():
        line = _FOOTNOTE.sub("", line)  # "Marwan H. Adwan1": an affiliation mark
    if _GLUED_ROLE.search(line):
        line = _cut_at_role(_GLUED_ROLE.sub(" ", line))  # "Anna SchmidtRedakteurin": a job title glued on
    if looks_like_name(line):
        return [line]
    if line.endswith(")"):  # "Ana Ruiz, Eva Soto (Enviada especial)": a role in brackets
        line = _ROLE_IN_BRACKETS.sub("", line)
    cut = _cut_at_role(line) if 2 < line.count(" ") < 7 and not _HAS_DIGIT.search(line) else line
    if cut != line and looks_like_name(cut) and credits_person(line[len(cut):].strip()):
        return [cut]  # "Amy Roe Political Correspondent"
    line = _GLUED_DATE.sub(" ", line) if _HAS_DIGIT.search(line) else line
    m = _DATE_TAIL.match(line)
    if m and _time_stamp(line[m.end():]) and looks_like_name(m.group("name").strip(" ,|-")):
        return [m.group("name").strip(" ,|-")]
    found = dates.dates_with_positions(line) if m and _MONTH_WORD.search(m.group("name")) else []
    if found and 4 <= found[0][0] <= 46:  # "Associated Press April 28, 2023": the date starts with a month name
        name = line[: found[0][0]].strip(" ,|-–—•·/")
        stamp = line[found[0][0]:]
        if looks_like_name(name) and dates.looks_like_date_line(stamp) and not _LOWER_WORD.search(stamp):
            return [name]
    if ("," in line or " & " in line or "/" in line) and line.count(",") <= 4 and len(line) <= 120:
        parts = [p.strip() for p in _NAME_LIST_SEP.split(line)]
        if all(looks_like_name(p) for p in parts):
            return parts
        role = line.split(",")[1].split() if "," in line else []  # "Amy Roe, Staff Attorney, ACLU": a name, a title
        # a caption reads "Ana Ruiz, periodista rusa (REUTERS/...)": the title is capitalized and no credit follows
        if role and role[0][:1].isupper() and "(" not in line and looks_like_name(parts[0]) \
                and (role[0].casefold() in _NOT_NAMES or credits_person(" ".join(role))):
            return [parts[0]]
    return []


_CREDIT_PART = re.compile(r"^(?P<name>[^()]{4,45}?) ?\((?P<role>[^()]{2,30})\)$")
_AFTER_BRACKET = re.compile(r"(?<=\))\s*(?:,|;|&|/|\band\b|\bund\b|\bet\b|\by\b)\s*", re.IGNORECASE)
_WRITING_ROLES = frozenset("text texte texto textes autor autorin author auteur reportage bericht interview "
                           "recherche research redaktion".split())
# what a credit line gives in brackets besides the writing: "(Fotos)", "(Video)", "(Illustration)"
_CREDIT_ROLES = _WRITING_ROLES | frozenset("foto fotos photo photos bild bilder video videos illustration "
                                           "illustrationen grafik grafiken kamera infografik".split())


def bracketed_writers(line: str) -> list[str] | None:
    """A credit line whose names each carry their part in brackets ("Anna Roe (Text) und Jörg Meier (Fotos)"):
    the writers; the photographer or illustrator is no author. None when the line is not of that shape.

    >>> bracketed_writers("Anna Roe (Text) und Jörg Meier (Fotos)"), bracketed_writers("Anna Roe (Fotos)")
    (['Anna Roe'], [])
    >>> bracketed_writers("Anna Roe (Text und Fotos), Jörg Meier (Video)")
    ['Anna Roe']
    >>> bracketed_writers("Anna Roe (SPD) und Jörg Meier (CDU)"), bracketed_writers("Anna Roe (Enviada especial)")
    (None, None)
    """
    writers: list[str] = []
    credit = False
    for part in _AFTER_BRACKET.split(line):
        m = _CREDIT_PART.match(part.strip())
        if m is None:
            return None
        name = m.group("name").strip()
        if not looks_like_name(name):
            return None
        roles = set(re.split(r"[\s,/&+]+", m.group("role").casefold())) - {"und", "and", "et", "y", ""}
        credit = credit or bool(roles & _CREDIT_ROLES)
        if roles & _WRITING_ROLES and name not in writers:
            writers.append(name)
    return writers if credit else None  # "Ana Ruiz (Enviada especial)": a role, left to the other rules


_TRAILING_HANDLE = re.compile(r"\s+@\w{2,30}$")
# "Ana Ruiz, Eva Soto y José Gil": commas, and a conjunction before the last name
_NAME_LIST_SEP = re.compile(rf",\s*(?:(?:and|und|y|et|e)\s+)?|\s+(?:and|und|y|et|e|&)\s+|(?<=[^\W\d_])/(?=[{LATIN_CAPITALS}])")


def is_style_line(line: str) -> bool:
    """CSS or script text left between the header lines ("}", ".tdi_75{", "font-size:13px;").

    >>> is_style_line(".tdi_75{"), is_style_line("font-size:13px !important;"), is_style_line("Von Anna Schmidt")
    (True, True, False)
    >>> is_style_line("/* custom css */"), is_style_line("@media (max-width: 767px)"), is_style_line(".tdi_70 h1,")
    (True, True, True)
    >>> is_style_line(".NET 8 is out, and fast"), is_style_line("@anna_schmidt")
    (False, False)
    """
    if "{" in line or "}" in line or line.endswith(";"):
        return True
    return line[:1] in "/@.#" and CSS_COMMENT_AT_RULE_OR_SELECTOR.match(line) is not None


_RELATIVE_TIME = re.compile(
    r"^(?:vor )?\d{1,3} ?(?:hours?|hrs?|minutes?|mins?|days?|weeks?|std\.?|stunden|minuten|tagen?|wochen)"
    r"(?: ago| read)?$|^\d{1,2}(?::\d\d)? ?[ap]\.?m\.?\b", re.IGNORECASE)


def _time_stamp(text: str) -> bool:
    """A date, or a relative time ("7 hours", "2 minutes read", "06 PM | 18 Mai") after a name.

    >>> _time_stamp("7 hours"), _time_stamp("2 minutes read"), _time_stamp("06 PM | 18 Mai"), _time_stamp("3 Kommentare")
    (True, True, True, False)
    """
    return dates.looks_like_date_line(text) or _RELATIVE_TIME.match(text.strip()) is not None


def _window(lines: list[str], headline_index: int | None, reach: int = 1500) -> list[int]:
    """The lines to search for a byline: the 12 text lines after the headline, then the 3 before it
    (nearest first), skipping CSS blocks printed between them (within ``reach`` lines).

    >>> _window(["Title", ".a{", "}", "By Anna Schmidt", "Body"], 0)
    [3, 4]
    """
    if headline_index is None:
        return list(range(min(len(lines), 25)))
    after: list[int] = []
    for j in range(headline_index + 1, min(len(lines), headline_index + 1 + reach)):
        if not is_style_line(lines[j]):
            after.append(j)
            if len(after) == 12:
                break
    before: list[int] = []
    for j in range(headline_index - 1, max(-1, headline_index - 1 - reach), -1):
        if not is_style_line(lines[j]):
            before.append(j)
            if len(before) == 3:
                break
    return after + before


# A label printed on a line of its own, the names on the next: "Von" / "Anna Schmidt".
_LABEL_ONLY = re.compile(
    r"^(?:by|von|par|por|di|door|text|texte|autor|autorin|autor\*in|autoren|author|authors|auteur|auteurs|"
    r"reporter|written by|escrito por|(?:[^\W\d_]{3,20} ){1,2}(?:von|by))\s?:?$",  # "Kolumne von", "Ein Kommentar von"
    re.IGNORECASE,
)


def is_label_line(line: str) -> bool:
    """A byline label printed on a line of its own, the names on the next ("By" / "Anna Roe").

    >>> is_label_line("By"), is_label_line("Autorin:"), is_label_line("Ein Kommentar von"), is_label_line("Bye")
    (True, True, True, False)
    """
    return len(line) <= 30 and _LABEL_ONLY.match(line) is not None


def dated_post_header(line: str) -> bool:
    """A blog post header that starts with its date and names its author ("6. Mai 20236. Mai 2023 Anna Roe
    Tag, Tag", "3.4.2020 Anna Roe"): a byline cue for the headline above it.

    >>> dated_post_header("6. Mai 20236. Mai 2023 Anna Roe"), dated_post_header("6. Mai 2023 Neue Radwege in Berlin")
    (True, False)
    """
    return line[:1].isdigit() and len(line) <= 160 and bool(name_after_date(unglue(line)))


def label_then_names(lines: list[str], i: int) -> list[str]:
    """Names on the line after a label line ("Von", "Autor:", "Kommentar von").

    >>> label_then_names(["Von", "Anna Schmidt"], 0), label_then_names(["Autor:", "Anna Schmidt,"], 0)
    (['Anna Schmidt'], ['Anna Schmidt'])
    >>> label_then_names(["Mehr", "Anna Schmidt"], 0), label_then_names(["Von", "Berlin nach Hamburg"], 0)
    ([], [])
    >>> label_then_names(["By", "Anna Roe", "@annaroe", "Jon Meier", "1 May 2020"], 0)  # a name's handle under it
    ['Anna Roe', 'Jon Meier']
    """
    line = lines[i]
    if i + 1 >= len(lines) or len(line) > 50 or line.count(" ") > 3 or not _LABEL_ONLY.match(line.strip()):
        return []
    out: list[str] = []
    j = next_text_line(lines, i)
    for _ in range(4):  # "Von" / "Anna Schmidt" / "Jörg Meier": one name a line
        names = _clean_names(lines[j].strip(" ,;"), allow_single=not out) if j < len(lines) else []
        if not names:
            break
        out += [n for n in names if n not in out]
        j = next_text_line(lines, j)
        if j < len(lines) and _HANDLE_LINE.match(lines[j]):
            j = next_text_line(lines, j)  # "Anna Roe" / "@annaroe": the author's social-media handle
    return out


_HANDLE_LINE = re.compile(r"^@\w{2,30}$")


def next_text_line(lines: list[str], i: int, reach: int = 20) -> int:
    """The index of the first line after ``i`` that is not CSS (``len(lines)`` when there is none).

    >>> next_text_line(["Von", ".a{", "}", "Anna Schmidt"], 0), next_text_line(["Von"], 0)
    (3, 1)
    """
    for j in range(i + 1, min(len(lines), i + 1 + reach)):
        if not is_style_line(lines[j]):
            return j
    return len(lines)


_SEGMENT_SEP = re.compile(r"\s+[|/·•∙–—-]\s+|\s*\|\s*|,\s+")


_TRAILING_STAMP = re.compile(r"(?<=[^\W\d_]) ?[0-3]?\d\.[01]?\d\.(?:19|20)?\d\d$")


def dated_name_authors(line: str, dated: bool | None = None) -> list[str]:
    """A date line with the author as one of its separated parts ("04.02.2022 | 13:10 Uhr | Anna Schmidt",
    "9. September 2025 um 15:46 Uhr / Anna Schmidt").

    >>> dated_name_authors("04.02.2022 | 13:10 Uhr | Anna Schmidt"), dated_name_authors("25.10.2022 - Jörg Meier")
    (['Anna Schmidt'], ['Jörg Meier'])
    >>> dated_name_authors("Anna Schmidt, London, Jörg Meier19.10.2019, 23:38 Uhr")
    ['Anna Schmidt', 'Jörg Meier']
    >>> dated_name_authors("04.02.2022 | Politik | Landkreis München"), dated_name_authors("Anna Schmidt | Jörg Meier")
    ([], [])
    """
    if len(line) > 160 or not (dated if dated is not None else dates.dates_in_line(line)):
        return []
    out: list[str] = []
    for part in _SEGMENT_SEP.split(line):
        part = part.strip(" .")
        if part[:1].isalpha() and _TRAILING_STAMP.search(part):
            part = _TRAILING_STAMP.sub("", part)  # "Anna Schmidt 19.10.2019": the name before its date
        if part and not any(ch.isdigit() for ch in part) and looks_like_name(_cut_at_role(part)):
            name = _cut_at_role(part)
            if name not in out and not _is_place_or_section(name):
                out.append(name)
    return out if len(out) <= 3 else []


def _is_place_or_section(name: str) -> bool:
    """"Landkreis München", "Politik Inland": a place or section label, not a person.

    >>> _is_place_or_section("Landkreis München"), _is_place_or_section("Anna Schmidt")
    (True, False)
    """
    first = name.split()[0].casefold()
    return first in _SECTION_WORDS


_SECTION_WORDS = frozenset(
    "landkreis kreis stadt region bezirk kanton land politik wirtschaft sport kultur lokales panorama "
    "inland ausland meinung related more most top news latest breaking tweet share follow read zu "
    "mehr alle weitere".split()
)
# A handle after "von"/"by" in a dated line: "Veröffentlicht am 12. Juni 2017 von gizzmo"
_HANDLE_AFTER_BY = re.compile(r"(?:^|\s|(?<=\d))(?:(?:von|by)\s?|(?:author|autor)(?::\s?|\s))(?P<handle>[^\W_][\w.\-]{1,29})(?=$|\s(?:am|on|in|um|at|·|\||-)\s|\s|\)$)",
                              re.IGNORECASE)


def handle_after_date(line: str, dated: bool | None = None) -> list[str]:
    """A one-word author (a blog handle) after "von"/"by" in a line that carries a date.

    >>> handle_after_date("Veröffentlicht am 12. Juni 2017 von gizzmo"), handle_after_date("Posted on 4 May 2016 by LD")
    (['gizzmo'], ['LD'])
    >>> handle_after_date("Veröffentlicht am 12. Juni 2017 von Redaktion"), handle_after_date("Weg von hier")
    ([], [])
    >>> handle_after_date("Es empfiehlt sich der Kauf von Tickets. Verkauf ab 1. Mai 2023")
    []
    """
    if len(line) > 160 or not (dated if dated is not None else dates.dates_in_line(line)):
        return []
    for m in _HANDLE_AFTER_BY.finditer(line):
        if len([w for w in _LOWER_WORD.findall(line[: m.start()]) if w not in _HEADER_WORDS]) > 2:
            continue  # "... empfiehlt sich der Kauf von Tickets": a sentence, not a post header
        rest = line[m.start("handle"):]
        full = leading_name(rest)
        if full:
            return [full]
        nxt = rest.split(maxsplit=2)[1:2]
        if nxt and nxt[0][:1].isupper() and _NAME_WORD.match(nxt[0]) \
                and nxt[0].casefold() not in _STOP_NAME_RUN and nxt[0].casefold() not in _NOT_NAMES:
            continue  # two capitalized words that are no name ("Johannes XXIII"): not a handle either
        handle = m.group("handle").strip(".-")
        if len(handle) >= 2 and handle.casefold() not in _NOT_NAMES and not handle.isdigit() \
                and handle.casefold() not in _LEAD_WORDS and not dates.dates_in_line(handle + " 2000"):
            return [handle]
    return []


# one or two dates opening a line (blog themes print "2. Februar 20202. Februar 2020 Anna Schmidt")
_LEAD_DATE = re.compile(
    rf"^(?:(?:[0-3]?\d\.? ?(?:{dates.MONTH_PATTERN})\.? (?:19|20)\d\d|(?:{dates.MONTH_PATTERN}) [0-3]?\d, (?:19|20)\d\d|"
    r"[0-3]?\d\.[01]?\d\.(?:19|20)?\d\d) ?){1,2}",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"^[^\W_][\w.\-]{1,29}$")


def name_after_date(line: str, page: list[str] | None = None) -> list[str]:
    """A blog post header: a date, the author, then nothing or the comment link
    ("26. September 2019 Anna Schmidt Schreibe einen Kommentar", "28. Januar 2015 annas Leave a comment").

    >>> name_after_date("26. September 2019 Anna Schmidt Schreibe einen Kommentar"), name_after_date("3.4.2020 Anna Schmidt")
    (['Anna Schmidt'], ['Anna Schmidt'])
    >>> name_after_date("28. Januar 2015 annaschmidt 2 Kommentare"), name_after_date("1. Mai 2022 Anna Reisetipps, Wandern")
    (['annaschmidt'], [])
    """
    if len(line) > 160:
        return []
    m = _LEAD_DATE.match(line)
    if not m:
        return []
    rest = line[m.end():].strip(" -–—|·•")
    words = rest.split()
    for k in (2, 3):  # the name is what comes before the end of the line or the comment link
        name = " ".join(words[:k])
        after = " ".join(words[k:]).strip(" ,|-–—·•")
        if (not after or COMMENT_LINK.match(after)) and looks_like_name(name) \
                and not any(w.casefold() in _SECTION_WORDS for w in words[:k]):
            return [name]
    head, _, after = rest.partition(" ")
    if _HANDLE.match(head) and not head.isdigit() and head.casefold() not in _NOT_NAMES and COMMENT_LINK.match(after):
        return [head]
    if page is not None and len(words) >= 3:
        return name_before_categories(words, page) or first_name_before_categories(words, page)
    return []


def first_name_before_categories(words: list[str], page: list[str]) -> list[str]:
    """After a date, a blogger's first name alone, then a list of three or more categories ("Steffi
    Ratgeber, Katzen, Spielzeug"); a first name the page uses as a common word is not. With fewer
    categories ("Anna Reisetipps, Wandern") the name may be two words: no author (see ``name_before_categories``).

    >>> first_name_before_categories("Anna Ratgeber, Katzen, Spielzeug".split(), [])
    ['Anna']
    >>> first_name_before_categories("Anna Reisetipps, Wandern".split(), []), first_name_before_categories("Berlin Mitte, Wedding, Pankow".split(), [])
    ([], [])
    """
    first, rest = words[0], " ".join(words[1:])
    if first not in FIRST_NAMES or not words[1][:1].isupper() or first.casefold() in _SECTION_WORDS:
        return []
    if rest.count(", ") < 2 or first.casefold() in lowercase_words(page):
        return []
    return [first]


def name_before_categories(words: list[str], page: list[str]) -> list[str]:
    """After a date, a two-word name then the post's categories ("Anna Roe Netzwerk, Windows", "Anna Roe
    Kultur"), when the second word is not itself a category: a menu entry or tag on a line of its own
    ("Anna Reisetipps, Wandern" on a page that lists "Reisetipps" is a first name and a category).

    >>> name_before_categories("Anna Roe Netzwerk, Windows".split(), ["Netzwerk"])
    ['Anna Roe']
    >>> name_before_categories("Anna Reisetipps, Wandern".split(), ["Reisetipps"]), name_before_categories("Anna Roe ist da".split(), [])
    ([], [])
    """
    name, after = " ".join(words[:2]), " ".join(words[2:])
    if not (", " in after or (len(words) == 3 and words[2][:1].isupper())) or not looks_like_name(name) \
            or any(w.casefold() in _SECTION_WORDS for w in words[:2]) or name.endswith(","):
        return []
    second = words[1]
    if any(ln.strip(" ,") == second for ln in page[:3000]) or has_common_word(name, lowercase_words(page)):
        return []
    return [name]


_AGENCY_SOURCE = re.compile(
    r"^(?:quelle|source|fuente|fonte|agentur|agency)\s?:\s?(?P<agency>[A-Za-z]{2,8}(?:/[a-z]{2,4})?)(?:$|[\s,;|])",
    re.IGNORECASE,
)


def agency_credit(lines: list[str], i: int) -> list[str]:
    """A news agency credited as the source near the headline ("Quelle: dpa", "Source: AFP"), or an
    agency name on its own line with "Nachrichtenagentur" under it.

    >>> agency_credit(["Quelle: dpa Sport"], 0), agency_credit(["SID", "Nachrichtenagentur"], 0), agency_credit(["SID"], 0)
    (['dpa'], ['SID'], [])
    >>> agency_credit(["Quelle: Stadtverwaltung"], 0), agency_credit(["Source: Reuters/Ipsos poll"], 0)
    ([], [])
    """
    line = lines[i]
    m = _AGENCY_SOURCE.match(line)
    if m and _AGENCY.match(m.group("agency").split("/")[0]) and "/" not in line[m.end("agency"):m.end("agency") + 1]:
        return [m.group("agency")]
    if _AGENCY.match(line.strip()) and next_text_line(lines, i) < len(lines) \
            and credits_person(lines[next_text_line(lines, i)]):
        return [line.strip()]
    return []


_BY_HANDLE = re.compile(r"^(?:von|by|por|par)\s(?P<handle>[^\W_][\w.\-]{1,29})$", re.IGNORECASE)


def handle_line(lines: list[str], i: int) -> list[str]:
    """"von annas" / "By admin2": a one-word handle after "von"/"by" on a line of its own, with a
    date stamp on the line next to it.

    >>> handle_line(["von annas1", "am 20.09.2020"], 0), handle_line(["von annas1", "Tipp drucken"], 0)
    (['annas1'], [])
    >>> handle_line(["Von Redaktion", "am 20.09.2020"], 0), handle_line(["von site.com", "am 20.09.2020"], 0)
    ([], [])
    """
    m = _BY_HANDLE.match(lines[i]) if len(lines[i]) <= 40 else None
    if not m:
        return []
    handle = m.group("handle").rstrip(".-")
    if handle.isdigit() or "." in handle or handle.casefold() in _NOT_NAMES or handle.casefold() in _LEAD_WORDS \
            or not date_nearby(lines, i, reach=1):
        return []
    return [handle]


_THREAD_STARTER = re.compile(r"^(?:thread starter|started by|themenstarter|iniciado por|auteur du sujet)"
                             r"\s?:?\s(?P<who>\S.{0,40})$", re.IGNORECASE)


def thread_starter(line: str) -> list[str]:
    """A forum thread's header names who opened it ("Thread starter annas", "Themenstarter Anna Roe"):
    the author of the post the page is about.

    >>> thread_starter("Thread starter annas1"), thread_starter("Themenstarter Anna Roe"), thread_starter("Thread starter")
    (['annas1'], ['Anna Roe'], [])
    >>> thread_starter("Started by the council in 2019"), thread_starter("Ersteller: Anna Roe")
    ([], [])
    """
    m = _THREAD_STARTER.match(line) if len(line) <= 60 else None
    if m is None:
        return []
    who = m.group("who").strip()
    name = leading_name(who)
    if name and name == who:
        return [name]
    if _HANDLE.match(who) and not who.isdigit() and who.casefold() not in _NOT_NAMES \
            and who.casefold() not in _LEAD_WORDS and who.casefold() not in _FUNCTION_WORDS:
        return [who]
    return []


def thread_starter_anywhere(lines: list[str], most: int = 3000) -> Byline:
    """The first "Thread starter X" line of the page: a forum thread whose opening post was not found.

    >>> thread_starter_anywhere(["Menu", "Thread starter annas1", "Start date Sep 18, 2020"]).authors
    ['annas1']
    """
    for i, line in enumerate(lines[:most]):
        if line[:1] in "TtSsEeIiAa" and len(line) <= 60:
            authors = thread_starter(line)
            if authors:
                return Byline(i, line, authors)
    return Byline(None, None, [])


_POSTED_BY_HANDLE = re.compile(
    r"^(?:posted by|veröffentlicht von|eingestellt von|publié par|publicado por|geschrieben von|written by|verfasst von) "
    r"(?P<handle>[^\W_][\w.\-]{1,29})(?:$| (?:under|unter|in|dans|en) (?-i:[A-ZÄÖÜÀ-Þ])| (?:on|am|um|at|à|le|el) .*\d)",
    re.IGNORECASE)
_NO_ONE = frozenset("unknown anonymous anonym anonyme unbekannt inconnu desconocido anónimo guest gast".split())


def posted_by_handle(line: str) -> list[str]:
    """A blog engine's post header with a one-word author, then nothing, its category or its date
    ("Posted by annas under Travel", "Veröffentlicht von Annas am 3. Mai 2020"); "Unknown" is no one.

    >>> posted_by_handle("Posted by annas under Travel, Food"), posted_by_handle("Eingestellt von Annas am 3.5.2020")
    (['annas'], ['Annas'])
    >>> posted_by_handle("Posted by admin under News"), posted_by_handle("Posted by Unknown at 08:00")
    ([], [])
    >>> posted_by_handle("Written by hand in the old days"), posted_by_handle("Posted by the team in Berlin")
    ([], [])
    """
    m = _POSTED_BY_HANDLE.match(line) if len(line) <= 160 else None
    if m is None:
        return []
    handle = m.group("handle").strip(".-")
    low = handle.casefold()
    if handle.isdigit() or low in _NOT_NAMES or low in _LEAD_WORDS or low in _FUNCTION_WORDS or low in _NO_ONE:
        return []
    return [handle]


# WordPress's classic post footer: "Filed under: News, Travel — annas @ 00:11"
_FILED_UNDER = re.compile(r"^(?:Filed under|Abgelegt unter|Classé dans|Archivado en)\s?:? .{1,200}? [—–-] "
                          r"(?P<who>[^\W\d_][\w.\-]{1,29}(?: [^\W\d_][\w.\-]{1,29}){0,2}) @ [0-2]?\d:[0-5]\d")


def filed_under_author(line: str) -> list[str]:
    """The author in WordPress's classic "Filed under: categories — author @ time" line.

    >>> filed_under_author("Filed under: News,Travel — annas @ 00:11"), filed_under_author("Filed under: News — Anna Roe @ 9:05")
    (['annas'], ['Anna Roe'])
    >>> filed_under_author("Filed under: News — admin @ 00:11"), filed_under_author("Filed under: News, Travel")
    ([], [])
    """
    m = _FILED_UNDER.match(line) if line[:1] in "FACfac" and len(line) <= 300 else None
    if m is None:
        return []
    who = m.group("who")
    if " " in who:
        return [who] if looks_like_name(who) else []
    low = who.casefold()
    return [] if low in _NOT_NAMES or low in _NO_ONE or low in _LEAD_WORDS else [who]


_INTERVIEW = re.compile(r"\b(?:interview|gespräch|entretien|entrevista|intervista)\b", re.IGNORECASE)
_WITH = re.compile(r"\s(?:mit|with|avec|con)\s", re.IGNORECASE)


def interviewer_only(head: str, names: str) -> str:
    """"Ein Interview von Anna Schmidt mit Jörg Meier": the interviewer wrote it, the guest did not.

    >>> interviewer_only("Ein Interview ", "von Anna Schmidt mit Jörg Meier"), interviewer_only("", "Anna und Jörg")
    ('von Anna Schmidt', 'Anna und Jörg')
    """
    return _WITH.split(names, maxsplit=1)[0] if _INTERVIEW.search(head) else names


def leading_name(text: str, most: int = 4) -> str | None:
    """The longest name (two to ``most`` words) that ``text`` starts with: the author after "von"/"by"
    in a line that goes on with other things ("Katharina Schmidt Kategorien: Mode 6. November 2023").

    >>> leading_name("Eva Kirchner-Rätsch"), leading_name("Anna Schmidt Kategorien: Mode"), leading_name("Anna Schmidt, 12.3.")
    ('Eva Kirchner-Rätsch', 'Anna Schmidt', 'Anna Schmidt')
    >>> leading_name("gizzmo am 12. Juni"), leading_name("Redaktion")
    (None, None)
    """
    words = text[:200].split(maxsplit=most)[:most]
    run: list[str] = []
    for w in words:
        bare = w.rstrip(",;:|").rstrip("0123456789")  # "Adwan1": a footnote mark
        if len(bare) > 2 and bare.endswith(".") and not _INITIALS.match(bare):
            bare = bare[:-1]  # a sentence ends here
        if not bare or not _NAME_WORD.match(bare) or bare.casefold() in _STOP_NAME_RUN:
            break
        run.append(bare)
        if bare != w:
            break
    for k in range(len(run), 1, -1):
        name = " ".join(run[:k])
        if looks_like_name(name):
            return name
    return None


# words that end a run of capitalized words after "von"/"by": what follows is not the name
_STOP_NAME_RUN = frozenset("in im am an auf on at ein eine einen kommentar kommentare comment comments der die das "
                           "the und and mit with".split())


def find_byline(lines: list[str], headline_index: int | None = None) -> Byline:
    """The byline next to the headline: an explicit "By ..." line first (or a label line and the
    names under it), then a date line naming its author, else a bare name line next to a date;
    failing those, a signature under the text or a dated "by X" line anywhere on the page."""
    window = _window(lines, headline_index)
    view = list(lines)
    for i in window:
        if len(lines[i]) <= 160:  # unglue() leaves longer lines alone: skip the call
            view[i] = unglue(lines[i])
    found = _find_near(view, headline_index, window)
    for _ in range(2):  # "by Lesotho Times": the site's own name; the byline may come further down
        if not found.authors or not all(is_publication(a, lines) for a in found.authors):
            break
        view[found.index] = ""
        found = _find_near(view, headline_index, window)
    if not found.authors and headline_index is not None:
        found = signed_at_end(lines, (window[:12] or [headline_index])[-1] + 1)
        if not found.authors:
            start = max(0, headline_index - 100)
            found = signed_at_end(lines, start, reach=max(0, headline_index - 3 - start), boxes=False)
    if not found.authors:
        found = dated_byline_anywhere(lines)
    if not found.authors:
        found = thread_starter_anywhere(lines)
    if not found.authors:
        found = copyright_person(lines)
    if found.authors and all(is_publication(a, lines) for a in found.authors):
        found = Byline(None, None, [])
    if found.authors and any(is_place(a, lines) for a in found.authors):
        found = Byline(None, None, [])  # one place in the list: a list of places
    if found.authors:
        authors = [drop_site_name_tail(a, lines) for a in found.authors]
        authors += [a for a in continued_byline(lines, found.index) if a not in authors]
        if authors != found.authors:
            found = Byline(found.index, found.raw, authors)
    if found.index is not None and found.raw != lines[found.index]:
        found = Byline(found.index, lines[found.index], found.authors)
    return found


_WIRE = re.compile(r"\b(?:press|presse|prensa|stampa|agency|agence|agentur|agencia|wire)$", re.IGNORECASE)
_ARTICLES = "the|The|THE|der|die|das|Der|Die|Das|DIE|le|la|Le|La|el|El|il|Il"


def is_publication(name: str, lines: list[str], most: int = 3000) -> bool:
    """A credited name that is a publication's: it does not start with a first name and the page writes it
    after a definite article ("the Lesotho Times team", "Die AUTO ZEITUNG hat"); nobody writes "the Anna Roe".

    >>> is_publication("Acme Times", ["by Acme Times", "told the Acme Times that"]), is_publication("Acme Times", ["by Acme Times"])
    (True, False)
    >>> is_publication("Anna Roe", ["by Anna Roe", "the Anna Roe case"]), is_publication("Roe Smith", ["the Roe Smith law"])
    (False, True)
    >>> is_publication("Acme Press", ["by Acme Press", "told the Acme Press that"])  # a news agency
    False
    """
    if name.split()[0] in FIRST_NAMES or " " not in name or _WIRE.search(name):
        return False  # "the Associated Press": a news agency is a real byline
    pattern = re.compile(rf"(?<![\w-])(?:{_ARTICLES}) {re.escape(name)}(?![\w-])")
    return any(name in line and pattern.search(line) for line in lines[:most])


def is_place(name: str, lines: list[str], most: int = 3000) -> bool:
    """The page writes the name after "in"/"nach"/"im"/"à" ("in Bad Homburg", "nach Kuala Lumpur"): a place
    in a list of places, not a person.

    >>> is_place("Bad Homburg", ["Bad Homburg/Bad Vilbel", "Der Markt in Bad Homburg öffnet."]), is_place("Anna Roe", ["in Anna Roe's book"])
    (True, False)
    """
    if " " not in name:
        return False
    pattern = re.compile(rf"(?<![\w-])(?:in|nach|im|à|dans) {re.escape(name)}(?![\w'’-])")
    return any(name in line and pattern.search(line) for line in lines[:most])


def drop_site_name_tail(name: str, lines: list[str]) -> str:
    """A name of three words or more whose last words the page prints as a line of their own (the site's
    name in its header, glued after the author in the byline) loses them.

    >>> drop_site_name_tail("Anna Roe Reiter Revue", ["Reiter Revue", "Von Anna Roe Reiter Revue"])
    'Anna Roe'
    >>> drop_site_name_tail("Anna Maria Roe", ["Maria", "Von Anna Maria Roe"]), drop_site_name_tail("Anna Roe", ["Roe"])
    ('Anna Maria Roe', 'Anna Roe')
    """
    words = name.split()
    if len(words) < 3:
        return name
    for k in range(2, len(words)):
        tail = " ".join(words[k:])
        if len(words) - k == 1 and tail in FIRST_NAMES:
            continue  # "Maria" alone on a line is anyone's first name, not a site
        if tail in lines[:3000] and looks_like_name(" ".join(words[:k])):
            return " ".join(words[:k])
    return name


_AND_NEXT = re.compile(rf"^(?:&|and|und|et|y) (?P<rest>[{LATIN_CAPITALS}].{{2,150}})$")


def continued_byline(lines: list[str], i: int | None) -> list[str]:
    """A byline that goes on on the next line with "& Name, Role" ("Anna Roe, Staff Attorney" /
    "& Eva Soto, Director of Education"): the second author.

    >>> continued_byline(["Anna Roe, Staff Attorney", "& Eva Soto, Director of Education", "Text"], 0)
    ['Eva Soto']
    >>> continued_byline(["Anna Roe, Staff Attorney", "& the rest of the team", "Text"], 0), continued_byline(["Anna Roe"], 0)
    ([], [])
    """
    if i is None or i + 1 >= len(lines):
        return []
    m = _AND_NEXT.match(lines[i + 1])
    if m is None:
        return []
    first = m.group("rest").split(",")[0].strip()  # the byline above vouches for the role after the comma
    return [first] if looks_like_name(first) else bare_name_authors(m.group("rest"))


# a footer's "© 2009-2020 by Anna Roe" (one segment of a footer line: "Impressum – 2009-2020 by Anna Roe – Powered by X")
_COPYRIGHT_BY = re.compile(r"^(?:©|\(c\)|copyright)?\s*(?:(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?,?\s)(?:by|von)\s(?P<name>.+)$",
                           re.IGNORECASE)


def copyright_person(lines: list[str], last: int = 40) -> Byline:
    """The last resort: a person who holds the copyright in the page footer ("© 2009-2020 by Anna Roe"),
    a blog's author; a company ("© 2020 by Acme Media GmbH") or a name without a known first name is not.

    >>> copyright_person(["Text", "Impressum – 2009-2020 by Anna Roe – Powered by Nikola"]).authors
    ['Anna Roe']
    >>> copyright_person(["Text", "© 2020 by Acme Media"]).authors, copyright_person(["Text", "In 1949 by Anna Roe"]).authors
    ([], [])
    """
    start = max(0, len(lines) - last)
    for i in range(len(lines) - 1, start - 1, -1):
        line = lines[i]
        if len(line) > 160 or not (_HAS_DIGIT.search(line) or line[:1] == "©"):
            continue
        for part in _SEGMENT_SEP.split(line):
            m = _COPYRIGHT_BY.match(part.strip())
            name = m.group("name").strip(" .") if m else ""
            if name and looks_like_name(name) and name.split()[0] in FIRST_NAMES:
                return Byline(i, line, [name])
            owner = blog_owner(part.strip(), lines)
            if owner:
                return Byline(i, line, owner)
    return Byline(None, None, [])


# "© Anna Roe", "© since 2010 by A.Roe All rights reserved": the holder, without the "by" and the years
_COPYRIGHT_HOLDER = re.compile(r"^(?:©|\(c\)|copyright)\s?(?:since\s|seit\s)?(?:(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?,?\s)?"
                               r"(?:by\s|von\s)?(?P<name>[^\W\d_][^\d©|]{2,40}?)"
                               r"(?:\s(?:all rights reserved|alle rechte vorbehalten)\b.*)?$", re.IGNORECASE)
_INITIAL_SURNAME = re.compile(r"^[A-Z]\.(?:[A-Z]\.)?[A-Z][a-zäöüß]{2,}$")  # "A.Roe": an initial glued to the surname


def blog_owner(part: str, lines: list[str], head: int = 10) -> list[str]:
    """A person who holds the copyright in the footer ("© Anna Roe") and whose name heads the page (the
    blog's title, "anna roe fotografie"): the owner of a personal site writes its posts. A company or a
    name the header does not repeat is not.

    >>> blog_owner("© Anna Roe", ["anna roe fotografie", "Menu"]), blog_owner("© since 2010 by A.Roe All rights reserved", ["A.Roe"])
    (['Anna Roe'], ['A.Roe'])
    >>> blog_owner("© Anna Roe", ["Reisen und Fotos", "Menu"]), blog_owner("© Acme Media", ["Acme Media", "Menu"])
    ([], [])
    """
    if part[:1] not in "©(cC" or not _HAS_UPPER.search(part):
        return []
    m = _COPYRIGHT_HOLDER.match(part)
    name = m.group("name").strip(" .") if m else ""
    if not name or not ((looks_like_name(name) and name.split()[0] in FIRST_NAMES) or _INITIAL_SURNAME.match(name)):
        return []
    low = name.casefold()
    heads = any(ln.casefold().startswith(low) and ln[len(name):len(name) + 1] in ("", " ") for ln in lines[:head])
    return [name] if heads else []


_HAS_UPPER = re.compile(r"[A-ZÄÖÜ]")


# Inline elements glued without a space: "20. Mai 201921. Mai 2019" (published, updated),
# "2019AuthorAnna Schmidt", "Geschrieben vonAnna Schmidt".
_GLUED_YEAR = re.compile(rf"(?<![\d.])((?:19|20)\d\d)(?=[0-3]?\d\.? ?(?:{dates.MONTH_PATTERN})\b|[0-2]\d:[0-5]\d)",
                         re.IGNORECASE)
_GLUED_LABEL = re.compile(r"(?<![^\W\d_])([Vv]on|[Bb]y|Autor|Autorin|Author)(?=[A-ZÄÖÜ][a-zäöüß])")


_ANY_GLUE = re.compile(r"(?:19|20)\d\d[0-3]?\d|(?:[Vv]on|[Bb]y|Autor|Author)[A-ZÄÖÜ]")


def unglue(line: str) -> str:
    """Put back the space a scraper lost between a date and the next date or an author label.

    >>> unglue("3. Mai 20224. Mai 2022 von Anna"), unglue("Posted 3.5.2022AuthorAnna Schmidt")
    ('3. Mai 2022 4. Mai 2022 von Anna', 'Posted 3.5.2022Author Anna Schmidt')
    >>> unglue("4 de mayo de 202200:00 hs"), unglue("Room 202200")
    ('4 de mayo de 2022 00:00 hs', 'Room 202200')
    >>> unglue("Geschrieben vonAnna Schmidt"), unglue("HobbyAnna"), unglue("Lobby 2020")
    ('Geschrieben von Anna Schmidt', 'HobbyAnna', 'Lobby 2020')
    """
    if len(line) > 160:  # every rule that reads a glued line skips longer ones
        return line
    m = _ANY_GLUE.search(line)  # one cheap search; most lines have nothing glued
    if m is None:
        return line
    return _GLUED_LABEL.sub(r"\1 ", _GLUED_YEAR.sub(r"\1 ", line))


# a blog or forum handle: lower case ("annas", "a.schmidt") or joined capitals ("AnnaS", "HansMeier")
_HANDLE_SHAPE = re.compile(r"^(?:[a-z][a-z0-9_\-]{2,29}|[A-Z][a-z]+[A-Z][A-Za-z0-9]{1,20})$")
_PAGE_NUMBER = re.compile(r"^(?:page|seite|p|s)\d+$")
_NOT_HANDLES = frozenset("heute gestern today yesterday uhr vor ago seit since von by posted published updated "
                         "aktualisiert veröffentlicht zuletzt geändert stand datum date".split())


def handle_with_date(line: str) -> list[str]:
    """A handle and a bare date stamp, alone on a line ("annas — 2. Februar 2022", "19.10.2019 11:36 annas").

    >>> handle_with_date("annas — 2. Februar 2022"), handle_with_date("19.10.2019 11:36 annas")
    (['annas'], ['annas'])
    >>> handle_with_date("heute — 2. Februar 2022"), handle_with_date("Politik 2. Februar 2022"), handle_with_date("annas 2 Kommentare")
    ([], [], [])
    >>> handle_with_date("mh 15. Oktober 2023"), handle_with_date("am 15. Oktober 2023"), handle_with_date("15. Oktober 2023 mh")
    (['mh'], [], [])
    """
    if len(line) > 60 or not _HAS_DIGIT.search(line):
        return []
    words = line.split()
    for handle, stamp in ((words[0], " ".join(words[1:])), (words[-1], " ".join(words[:-1]))):
        stamp = stamp.strip(" -–—|·•,")
        # an editor's two-letter initials open the stamp ("mh 15. Oktober 2023"); callers check the page does not
        # use them as a word ("ab 15. Oktober")
        initials = handle is words[0] and _EDITOR_INITIALS.match(handle) is not None \
            and handle not in _FUNCTION_WORDS and handle not in _TWO_LETTER_WORDS
        if (_HANDLE_SHAPE.match(handle) or initials) and handle.casefold() not in _NOT_HANDLES and not _PAGE_NUMBER.match(handle) \
                and handle.casefold() not in _NOT_NAMES and not _MONTH_WORD.match(handle) and not _AGENCY.match(handle) \
                and dates.dates_in_line(stamp) and dates.looks_like_date_line(stamp) and _header_words_only(stamp):
            return [handle]
    return []


_EDITOR_INITIALS = re.compile(r"^[a-z]{2}$")
# two-letter words that open a date stamp ("am 3. Mai", "ab 3. Mai", "on May 3"): never initials
_TWO_LETTER_WORDS = frozenset("am um ab an im in on at by to of le la el de di da du en es et il se si su un zu ca "
                              "vs bis".split())


_LABELLED_ONE_WORD = re.compile(r"^(?:[A-ZÄÖÜ][\w*]{2,20} )?(?i:von|by|autor|autorin|author|text) ?: ?(?P<name>[A-ZÄÖÜ][a-zäöüß]{1,20})$")


def labelled_first_name(line: str) -> list[str]:
    """A first name alone after a label with a colon ("Artikel von: Anna", "Autorin: Anna"): bloggers sign so.
    Without the colon "Abschied von Anna" is a title.

    >>> labelled_first_name("Artikel von: Anna"), labelled_first_name("Abschied von Anna"), labelled_first_name("Von: Berlin")
    (['Anna'], [], [])
    """
    m = _LABELLED_ONE_WORD.match(line) if len(line) <= 50 else None
    return [m.group("name")] if m and m.group("name") in FIRST_NAMES else []


def byline_segment(line: str) -> list[str]:
    """A meta line of fields between bars, one of them the byline ("News | Published: 5 hours ago |
    Written by Anna Schmidt").

    >>> byline_segment("News | Published: 5 hours ago | Written by Anna Schmidt"), byline_segment("News | By the way")
    (['Anna Schmidt'], [])
    """
    if "|" not in line or len(line) > 200:
        return []
    for part in line.split("|")[1:]:
        part = part.strip()
        if _BY_PREFIX.match(part):
            authors = parse_authors(part)
            if authors:
                return authors
    return []


_KEY_VALUE = re.compile(r"^[^\W\d_][\w .\-]{1,25}: \S")


def in_data_box(lines: list[str], i: int) -> bool:
    """Line ``i`` is one row of a key: value box ("Titel: X" / "Autorin: Anna Roe" / "Verlag: Y"): the facts
    of a book or a product under review, not the byline of the page.

    >>> in_data_box(["Titel: Nacht", "Autorin: Anna Roe", "Verlag: Ullstein"], 1), in_data_box(["Kim visits", "Autorin: Anna Roe", "Text"], 1)
    (True, False)
    """
    rows = 0
    for j in (i - 2, i - 1, i + 1, i + 2):
        m = _KEY_VALUE.match(lines[j]) if 0 <= j < len(lines) else None
        if m and lines[j].split(":", 1)[0].casefold() not in _META_KEYS:  # "Datum:", "Tags:" sit in bylines too
            rows += 1
    return rows >= 2


_META_KEYS = frozenset(("datum date posted published updated tags tag kategorie kategorien category categories rubrik "
                        "veröffentlicht aktualisiert erstellt foto fotos bild photo quelle source lesezeit publié "
                        "publicado actualizado mis à jour") .split()) | {"reading time", "last updated", "zuletzt aktualisiert"}


def _find_near(lines: list[str], headline_index: int | None, window: list[int]) -> Byline:
    """The rules of the header window, strongest first; ``lines`` is the caller's copy, unglued in the window."""
    # the line right above the headline is as near as the one right under it ("di Anna Rossi" / headline)
    explicit = window[:1] + window[12:13] + window[1:12] + window[13:] if len(window) > 12 else window
    for i in explicit:
        line = lines[i]
        if looks_like_byline(line) and not (":" in line and in_data_box(lines, i)):
            m = _BY_INSIDE.search(line) if not _BY_PREFIX.match(line) else None
            authors = _clean_names(interviewer_only(line[: m.start()], m.group("names")), True) if m \
                else parse_authors(line)
            if authors:
                return Byline(i, line, authors)
        authors = label_then_names(lines, i) or byline_segment(line)
        if authors:
            j = next_text_line(lines, i) if not byline_segment(line) else i
            return Byline(j, lines[j], authors)
    near = window  # the 12 text lines under the headline and the 3 above it
    for i in near:
        dated = len(lines[i]) <= 160 and bool(dates.dates_in_line(lines[i]))  # ``dated``: checked once for both
        authors = (dated and (dated_name_authors(lines[i], dated) or handle_after_date(lines[i], dated))) \
            or ((dated or lines[i][:1].isdigit()) and name_after_date(lines[i], lines)) or agency_credit(lines, i) \
            or handle_line(lines, i) or labelled_first_name(lines[i]) or thread_starter(lines[i]) \
            or posted_by_handle(lines[i]) or filed_under_author(lines[i])
        if authors:
            return Byline(i, lines[i], authors)
    if headline_index is not None and len(window) > 12:  # a dated author line a little higher up: "3.5.2019 | Anna Roe"
        for i in range(window[-1] - 1, max(-1, window[-1] - 8), -1):
            line = unglue(lines[i]) if len(lines[i]) <= 160 else ""
            authors = dated_name_authors(line) if "|" in line else []
            if authors:
                return Byline(i, lines[i], authors)
    common: set[str] | None = None
    above = [i for i in window[12:] if header_above(lines, i, headline_index)]
    # further down, only a name with its date stamp on the same line or under it (checked first: cheaper)
    further = _further_lines(lines, window[:12]) if headline_index is not None else []
    for i in further:
        if len(lines[i]) <= 160:
            lines[i] = unglue(lines[i])
    further = [i for i in further if len(lines[i]) <= 90 and lines[i][:1] not in _NOT_A_NAME_START and (
        _HAS_DIGIT.search(lines[i]) or _stamp_under(lines, i) or (lines[i][:1] in "-–—" and _stamp_above(lines, i))
        or (i + 1 < len(lines) and introduces(lines[i], lines[i + 1])))]
    # the first name rule: only the first six lines under the headline
    header = set([j for j in window if headline_index is not None and j > headline_index][:6])
    for i in window[:12] + above + further:
        authors = bare_name_authors(lines[i].strip("-–— ,") if lines[i][:1] in "-–—" or lines[i][-1:] == "," else lines[i])
        if not authors and i in header and date_nearby(lines, i, reach=1):
            authors = split_name_run(lines[i])
        if not authors or any(_is_place_or_section(a) for a in authors) \
                or (looks_like_name(lines[i]) and in_list_or_caption(lines, i)):
            continue
        if _avatar_initials(lines, i):  # "AR" / "Anna Roe" / "JM" / "Jörg Meier": authors with avatar badges
            names, j = [lines[i]], i + 2
            while j < len(lines) and _avatar_initials(lines, j) and len(names) < 5:
                names.append(lines[j])
                j += 2
            return Byline(i, lines[i], names)
        # a role or contact line under the name ("Redakteurin", "anna@example.org") says it is a person
        j = next_text_line(lines, i)
        nxt = lines[j] if j < len(lines) else ""
        if looks_like_name(lines[i]) and (credits_person(nxt) or introduces(lines[i], nxt)):
            return Byline(i, lines[i], authors)
        # a bare name right under the headline but with no date next to it is as often a section label
        # ("Erneuerbare Energien") as an author: fewer authors beat wrong ones
        # ... unless it starts with a first name ("Piotr Nowak"), a person more likely than a section
        if not looks_like_name(lines[i]) or date_nearby(lines, i) \
                or (i in header and lines[i].split()[0] in FIRST_NAMES and not _names_around(lines, i)):
            common = common if common is not None else lowercase_words(lines)
            if not any(has_common_word(a, common) and not bio_mentions(lines, i, a) and not staff_bio(lines, a)
                       for a in authors):
                return Byline(i, lines[i], authors)
    for i in window:  # last: a handle beside a date ("annas — 2. Februar 2022"), unless the page uses it as a word
        authors = handle_with_date(lines[i])
        if authors and not used_as_word(lines, authors[0]):
            return Byline(i, lines[i], authors)
    return Byline(None, None, [])


def used_as_word(lines: list[str], word: str) -> bool:
    """``word`` is a tag or menu entry (a lower-case line of its own; "AnnaS" alone is a user box) or a word
    of a sentence somewhere on the page.

    >>> used_as_word(["annas — 2. Mai 2022", "Text by annas"], "annas"), used_as_word(["x", "conservatism"], "conservatism")
    (False, True)
    >>> used_as_word(["We talk about conservatism and what it means for all of us here today."], "conservatism")
    True
    """
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    for line in lines[:3000]:
        if word in line and ((line.strip(" ,#") == word and word.islower()) or (len(line.split()) >= 8 and pattern.search(line))):
            return True
    return False


_NOT_A_NAME_START = frozenset("0123456789.,;:!?()[]{}<>#*+=/\\|\"'„“«»@&%$€")


def _stamp_under(lines: list[str], i: int) -> bool:
    """The next text line is a bare date stamp ("30. Juni 2025, 15:59 Uhr"), not a dated teaser.

    >>> _stamp_under(["Anna Roe", "am Sonntag, 11.12.2022 - 05:00"], 0), _stamp_under(["Links", "1. Mai 2020 Was ist neu"], 0)
    (True, False)
    """
    j = i + 1 if i + 1 < len(lines) and not is_style_line(lines[i + 1]) else next_text_line(lines, i)
    return j < len(lines) and dates.looks_like_date_line(lines[j]) and _header_words_only(lines[j])


def split_name_run(line: str) -> list[str]:
    """Names printed one after the other with only a space between them ("Anna Roe Jörg Paul Meier"):
    cut into names of two or three words, each starting with a first name, preferring cuts whose
    names end in a surname (a word that is no first name).

    >>> split_name_run("Birgit Roe Anna Maria Fink Jan Meier"), split_name_run("Anna Roe Berlin Hamburg")
    (['Birgit Roe', 'Anna Maria Fink', 'Jan Meier'], [])
    """
    words = line.split()
    if not 4 <= len(words) <= 10 or len(line) > 100:
        return []
    best: tuple[int, list[str]] = (-99, [])

    def cut(k: int, done: list[str], score: int) -> None:
        nonlocal best
        if k == len(words):
            if score > best[0]:
                best = (score, done)
            return
        if words[k] not in FIRST_NAMES:
            return
        for size in (2, 3):
            if k + size <= len(words):
                name = " ".join(words[k:k + size])
                if looks_like_name(name):
                    cut(k + size, done + [name], score + (1 if words[k + size - 1] not in FIRST_NAMES else -1))

    cut(0, [], 0)
    return best[1] if len(best[1]) >= 2 and best[0] > 0 else []


def _avatar_initials(lines: list[str], i: int) -> bool:
    """Line ``i`` is a name and the line before it its initials, the badge an author avatar prints.

    >>> _avatar_initials(["AR", "Anna Roe"], 1), _avatar_initials(["AB", "Anna Roe"], 1), _avatar_initials(["Anna Roe"], 0)
    (True, False, False)
    """
    if i < 1 or not 2 <= len(lines[i - 1]) <= 4 or not lines[i - 1].isupper():
        return False
    words = lines[i].split()
    return lines[i - 1] == "".join(w[0] for w in words if w[:1].isupper()) and looks_like_name(lines[i])


def _names_around(lines: list[str], i: int) -> bool:
    """A name line between other name lines is an item of a list of people (a team, a cast), not a byline;
    under a one-word label ("Mehr", "Commentary") it is a link.

    >>> _names_around(["Anna Roe", "Jörg Meier", "Text"], 1), _names_around(["Kim visits Russia", "Anna Roe", "Text"], 1)
    (True, False)
    >>> _names_around(["Mehr", "Anna Roe", "Text"], 1)
    True
    """
    if i > 0 and (looks_like_name(lines[i - 1]) or " " not in lines[i - 1].strip()):
        return True
    return i + 1 < len(lines) and looks_like_name(lines[i + 1])


def _stamp_above(lines: list[str], i: int) -> bool:
    """The line before is a bare date stamp (a signature "– Anna Roe" under "28. November 2022").

    >>> _stamp_above(["28. November 2022", "- Anna Roe"], 1), _stamp_above(["Text", "- Anna Roe"], 1)
    (True, False)
    """
    return i > 0 and dates.looks_like_date_line(lines[i - 1]) and _header_words_only(lines[i - 1])


def _further_lines(lines: list[str], after: list[int], more: int = 18) -> list[int]:
    """The next ``more`` text lines below the header window: teasers and images often push the
    name and its date further down ("André Roe" / "30. Juni 2025" as the 14th line).

    >>> _further_lines(["H", "a", ".x{", "b", "c"], [1], more=2)
    [3, 4]
    """
    out: list[int] = []
    j = (after[-1] if after else len(lines)) + 1
    end = min(len(lines), j + 200)  # as _window: a long CSS block ends the search
    while j < end and len(out) < more:
        if not is_style_line(lines[j]):
            out.append(j)
        j += 1
    return out


_BY_WORD = re.compile(r"(?:^|[\s\d])(?:by|von|par|por|author|autor)(?:\s|:|(?=[A-ZÄÖÜ]))", re.IGNORECASE)

# the lower-case words a post header prints before "by X": "Posted on 3. Mai 2022 by", "publié le"
_HEADER_WORDS = frozenset("posted on am um at veröffentlicht published publié publiée le el publicado written geschrieben "
                          "erstellt created updated aktualisiert last modified zuletzt geändert date datum in by von par por "
                          "and und et y de del uhr hs edited bearbeitet".split()
                          + [*WEEKDAYS["fr"], *WEEKDAYS["es"], *WEEKDAYS["de"]])


def _header_words_only(head: str) -> bool:
    """The text before "by"/"von" is a date and post-header words, no sentence ("Posted on 3. Mai 2022",
    "Geingob's Funeral, News | Published: 5 hours ago"); months count as header words.

    >>> _header_words_only("Posted on 3. Mai 2022 "), _header_words_only("Die Abrechnung seit 1.1.2021 ")
    (True, False)
    """
    if len(head.split()) > 16:
        return False
    for w in _LOWER_WORD.findall(head):
        if w not in _HEADER_WORDS and not _MONTH_WORD.match(w):
            return False
    return True




_POSTED_AT = re.compile(r"^(?:Posted by|posted by|Eingestellt von|Publié par|Publicado por) (?P<names>[^\d|]{3,60}?) "
                        r"(?:at|um|à|a las) [0-2]?\d[:.][0-5]\d\b")


_REPLY = frozenset("antworten antwort reply répondre responder rispondi beantworten".split())


def _reply_nearby(lines: list[str], i: int) -> bool:
    """A "Reply" link within a few lines: line ``i`` heads a reader's comment.

    >>> _reply_nearby(["annas 3.5.2020", "Nice post!", "Antworten"], 0), _reply_nearby(["annas 3.5.2020", "Text"], 0)
    (True, False)
    """
    return any(lines[j].strip().casefold() in _REPLY for j in range(max(0, i - 2), min(len(lines), i + 6)))


def dated_byline_anywhere(lines: list[str], most: int = 5000) -> Byline:
    """A "by X" line that carries a date, anywhere on the page ("Posted on 21. Juli 2019 by annas",
    "von Anna Schmidt | 20. Mai 2007"): the last resort when the headline was not found near the
    byline. A comment's "Kommentar von X" does not count.

    >>> dated_byline_anywhere(["Menu", "Posted on 21. Juli 2019 by Anna Schmidt", "Text"]).authors
    ['Anna Schmidt']
    >>> dated_byline_anywhere(["Kommentar von Anna Schmidt — 21. Juli 2019", "Text"]).authors
    []
    >>> dated_byline_anywhere(["Posted by Anna Schmidt at 18:52 Tagged with: news"]).authors
    ['Anna Schmidt']
    """
    head = lines[:most]
    # every rule here needs a digit (a date or a time): the loop in C picks those lines, the Python loop sees only them
    for i in compress(range(len(head)), map(_HAS_DIGIT.search, head)):
        line = lines[i]
        if line[:1] in "PEp":  # a blog footer stamps the time only: "Posted by Anna Schmidt at 18:52"
            posted = _POSTED_AT.match(line)
            authors = _clean_names(posted.group("names"), True) if posted else []
            if authors:
                return Byline(i, line, authors)
        # a sentence ("... die Abrechnung von Übergangsfällen seit 1.1.2021.") is no byline
        if len(line) > 120 or line.endswith("."):
            continue
        # a handle with its date stamp ("annas 3.5.2020", "3.5.2020 annas"); a name on many stamps is a commenter's
        words = line.split() if len(line) <= 40 else ()
        if len(words) >= 2 and (_HANDLE_SHAPE.match(words[0]) or _HANDLE_SHAPE.match(words[-1])):
            handle = handle_with_date(line)
            if handle and not used_as_word(lines, handle[0]) and not _reply_nearby(lines, i) \
                    and sum(1 for ln in lines[:most] if ln.startswith(handle[0]) and _HAS_DIGIT.search(ln)) == 1:
                return Byline(i, line, handle)
        m = _BY_WORD.search(line)
        if m is None or not _header_words_only(line[: m.start() + 1]) or COMMENT_WORD.search(line[: m.start()]):
            continue
        line = unglue(line)
        dated = bool(dates.dates_in_line(line))
        if not dated:
            continue
        authors: list[str] = []
        if looks_like_byline(line):
            m2 = _BY_INSIDE.search(line) if not _BY_PREFIX.match(line) else None
            authors = _clean_names(m2.group("names"), True) if m2 else parse_authors(line)
        authors = authors or handle_after_date(line, dated)
        if authors:
            return Byline(i, line, authors)
    return Byline(None, None, [])


def header_above(lines: list[str], i: int, headline_index: int | None) -> bool:
    """Line ``i`` above the headline opens a header block: the next text line is a date and the one
    after it the headline ("Anna Schmidt" / "2. Okt. 2022" / headline).

    >>> header_above(["Anna Schmidt", "2. Okt. 2022", "Kim visits Russia"], 0, 2), header_above(["Sport", "Kim"], 0, 1)
    (True, False)
    >>> header_above(["Anna Schmidt", "2.10.2022", "Akt.: 3.10.2022", "Kim visits"], 0, 3), header_above(["Anna Roe 2.10.2022", "Kim"], 0, 1)
    (True, True)
    >>> header_above(["Business", "Anna Roe", "Business", "2.10.2022", "Kim"], 1, 4), header_above(["Anna Roe", "Teaser", "2.10.2022", "Kim"], 0, 3)
    (True, False)
    """
    j = next_text_line(lines, i)
    if j == headline_index and not looks_like_name(lines[i]) and _HAS_DIGIT.search(lines[i]):
        return True  # "Anna Schmidt 11/08/2020 Kultur" / headline: the name and its date stamp on one line
    if j < len(lines) and len(lines[j]) <= 20 and lines[j].isalpha() and lines[j][:1].isupper() \
            and lines[:3000].count(lines[j]) >= 2:
        j = next_text_line(lines, j)  # the story's section between the name and its date, a word the menu lists too
    for _ in range(2):  # published and updated: "2. Okt. 2022" / "Akt.: 3. Okt. 2022"
        if j >= len(lines) or not dates.looks_like_date_line(lines[j]):
            return False
        j = next_text_line(lines, j)
        if j == headline_index:
            return True
    return False


def signed_at_end(lines: list[str], start: int, reach: int = 150, boxes: bool = True) -> Byline:
    """An article signed under its text ("Von Anna Schmidt", "Autorin: Anna Schmidt, Projektleiterin"),
    or an author label over the name ("Kommentar von" / "Anna Schmidt"): only an explicit label
    counts this far from the headline, a bare name there is anyone, unless ``boxes`` and it heads an
    author box (a job title, a contact or a bio under it).

    >>> signed_at_end(["Text of the story.", "Autorin: Anna Schmidt, Projektleiterin"], 0).authors
    ['Anna Schmidt']
    >>> signed_at_end(["Text of the story.", "Anna Schmidt"], 0).authors, signed_at_end(["Von Berlin nach Rom"], 0).authors
    ([], [])
    """
    for i in range(start, min(len(lines), start + reach)):
        line = lines[i]
        if len(line) > 120:
            continue
        if not line[:1].isupper():  # "von X" in a teaser is a link; only a lone "von" over the name counts
            if "기자" in line:
                authors = korean_reporters(lines, i)
                if authors:
                    return Byline(i, line, authors)
            if len(line) <= 4 and line in ("von", "by", "par", "por"):
                authors = label_then_names(lines, i)
                if len(authors) == 1:
                    j = next_text_line(lines, i)
                    return Byline(j, lines[j], authors)
            continue
        if line[0] in "QSFT":  # "Quelle: hessenschau.de/ab": a newsroom and its editor's initials sign the story
            credit = _SOURCE_WITH_INITIALS.match(line)
            if credit:
                return Byline(i, line, [credit.group("org")])
        if line[0] in _SIGNATURE_INITIALS and _SIGNATURE.match(line) and not line.endswith(":") \
                and not is_style_line(line) and not (":" in line and in_data_box(lines, i)):
            authors = parse_authors(unglue(line))
            if 1 <= len(authors) <= 2:
                return Byline(i, line, authors)
        spaces = line.count(" ")
        if len(line) <= 40 and spaces <= 3:
            authors = label_then_names(lines, i) \
                if spaces <= 2 and line.rsplit(" ", 1)[-1].rstrip(":").casefold() in _LABEL_LAST_WORDS else []
            if len(authors) == 1:
                j = next_text_line(lines, i)
                return Byline(j, lines[j], authors)
            # an author box: the name over a job title, a contact or a bio
            nxt = lines[i + 1] if boxes and i + 1 < len(lines) and spaces else ""
            if nxt and (len(nxt) <= 60 or nxt.startswith(line)) and looks_like_name(line) and (introduces(line, nxt) or credits_person(nxt)) and not line.isupper() \
                    and not has_common_word(line, lowercase_words(lines)):  # "Frag den Profi" / "Alle Beiträge": a menu
                return Byline(i, line, [line])
    return Byline(None, None, [])


# the last word of every label _LABEL_ONLY accepts: a cheap test before calling label_then_names()
_LABEL_LAST_WORDS = frozenset("by von par por di door text texte autor autorin autor*in autoren author authors auteur "
                              "auteurs reporter".split())
# a Korean byline: the reporter's name, then 기자 ("reporter"), often an e-mail address after it
_KO_REPORTER = re.compile(rf"(?:^|\s)(?P<name>[{HANGUL_SYLLABLES}]{{2,4}}) 기자(?:$|\s)")


def korean_reporters(lines: list[str], i: int) -> list[str]:
    """"구현모 기자 ninek@example.com": the names of the reporters on this line and the next few.

    >>> korean_reporters(["배윤경 기자", "bykj@example.com", "이상현 기자", "Text"], 0), korean_reporters(["기자회견"], 0)
    (['배윤경', '이상현'], [])
    """
    out: list[str] = []
    for j in range(i, min(len(lines), i + 8)):
        m = _KO_REPORTER.search(lines[j]) if len(lines[j]) <= 80 else None
        if m:
            out.append(m.group("name"))
        elif j > i and "@" not in lines[j]:
            break
    return out


_SOURCE_WITH_INITIALS = re.compile(r"^(?:Quelle|Source|Fuente|Text|Texte) ?: ?(?P<org>[^\s/][^/]{1,30}/[a-z]{2,4})$")
_SIGNATURE_INITIALS = frozenset("VBATPGW")  # the first letters of _SIGNATURE: a cheap test before the regex
# the labels that sign an article under its text (capitalized: "von X" in a teaser is a link)
_SIGNATURE = re.compile(r"^(?:Von|By|Autor|Autorin|Author|Auteur|Auteure|Autore|Text|Par|Por|Geschrieben von|Verfasst von|"
                        r"Written by|Posted by)(?:\b|(?=[A-ZÄÖÜ]))")  # "Geschrieben vonAnna": a glued label


_PERSON_ROLE = re.compile(
    r"^(?:[^\W\d_]+[ -]){0,3}?[^\W\d_]{0,20}?(?:redakteur|redakteurin|korrespondent|korrespondentin|"
    r"reporter|reporterin|journalist|journalistin|autor|autorin|volontär|volontärin|nachrichtenagentur|"
    r"editor|correspondent|staff writer|columnist|periodista|corresponsal|redactor|redactora|journaliste|"
    r"rédacteur|rédactrice|giornalista|redaktion|writer)(?:\b|$)",
    re.IGNORECASE,
)
_CONTACT = re.compile(r"^(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w{2,30}|search for this author.*|mehr vom autor.*|"
                      r"mehr von diese[rm] autor(?:in)?.*|alle artikel von.*|more from this author.*|"
                      r"weitere beiträge.*|alle beiträge.*|view all posts.*|all posts by.*|more posts.*)$", re.IGNORECASE)


def in_list_or_caption(lines: list[str], i: int) -> bool:
    """A name line that is the subject of a photo (a credit follows it: "Foto: X/dpa") or an item of a
    comma-separated tag list (the line before ends with ","): not the byline.

    >>> in_list_or_caption(["Anna Schmidt", "Foto: dpa"], 0), in_list_or_caption(["Politik,", "Anna Schmidt"], 1)
    (True, True)
    >>> in_list_or_caption(["Von", "Anna Schmidt", "12.03.2021"], 1), in_list_or_caption(["Tags", "Anna Schmidt"], 1)
    (False, True)
    >>> in_list_or_caption(["In diesem Artikel:", "Anna Schmidt"], 1)
    True
    """
    j = next_text_line(lines, i)
    if j < len(lines) and PHOTO_CREDIT_LABEL.match(lines[j]):
        return True
    if i > 0 and lines[i - 1].endswith(":") and lines[i - 1].count(" ") >= 2 \
            and not _AUTHOR_WORD.search(lines[i - 1]):  # "In diesem Artikel:" heads a list ("Author of the article:" not)
        return True
    return i > 0 and (lines[i - 1].endswith(",") or _TAGS_LABEL.match(lines[i - 1]) is not None)


_AUTHOR_WORD = re.compile(r"autor|author|auteur|written|geschrieben|\bby\b|\bvon\b|\bpar\b|\bpor\b", re.IGNORECASE)


# a tag list's label on the line before a name: "Tags", "Schlagwörter:", "Themen"
_TAGS_LABEL = re.compile(r"^(?:tags|tagged|schlagwörter|schlagworte|stichwörter|themen|topics|mots-clés|etiquetas)\s?:?$",
                         re.IGNORECASE)


def introduces(name: str, line: str) -> bool:
    """The next line is an author bio that starts with the same name ("Anna Schmidt ist Redakteurin ...").

    >>> introduces("Anna Schmidt", "Anna Schmidt lehrt Geschichte an der Universität Zürich."), introduces("Anna Schmidt", "Sport")
    (True, False)
    >>> introduces("Flux RSS", "Flux RSS des communiqués de presse de la semaine")
    False
    """
    return len(line) > len(name) + 25 and line.endswith(".") and line.startswith(name + " ") \
        and line[len(name) + 1:][:1].islower()


def bio_mentions(lines: list[str], i: int, name: str, reach: int = 6) -> bool:
    """The name comes back within a few lines as the subject of a sentence (an author box: "Anna Weber
    ist Redakteurin ..."): a person, even when a word of the name is an ordinary word ("Weber").

    >>> bio_mentions(["Anna Weber", "12.3.2020", "Anna Weber ist Redakteurin für Politik und Wirtschaft."], 0, "Anna Weber")
    True
    >>> bio_mentions(["Erneuerbare Energien", "12.3.2020", "Erneuerbare Energien"], 0, "Erneuerbare Energien")
    False
    """
    return any(introduces(name, lines[j]) for j in range(i + 1, min(len(lines), i + 1 + reach)))


_BIO_ROLE = re.compile(r"\b(?:writer|editor|journalist|reporter|correspondent|columnist|redakteur|redakteurin|"
                       r"journalistin|korrespondent|korrespondentin|autor|autorin|author|rédacteur|rédactrice|"
                       r"journaliste|periodista|redactor|redactora)\b", re.IGNORECASE)


def staff_bio(lines: list[str], name: str, most: int = 3000) -> bool:
    """Somewhere on the page a bio opens with the name and gives a newsroom job early on ("Anna Will is a
    senior writer for ..."): the name is a person's even when a word of it is an ordinary word ("will").

    >>> staff_bio(["Will Roe", "Text.", "Will Roe is a senior writer for the magazine, covering AI... Read more"], "Will Roe")
    True
    >>> staff_bio(["Will Power", "Will Power is what you need to finish a marathon in under four hours."], "Will Power")
    False
    """
    n = len(name)
    return any(line.startswith(name) and line[n:n + 1] == " " and line[n + 1:n + 2].islower() and len(line) > n + 25
               and _BIO_ROLE.search(line, n, n + 80) is not None for line in lines[:most])


def credits_person(line: str) -> bool:
    """The line under a bare name that makes it an author: a job title ("Redakteurin", "Periodista
    Judicial", "Nachrichtenagentur") or a contact (an e-mail address, a handle, "Search for this author").

    >>> credits_person("Redakteurin"), credits_person("Leitender Korrespondent in Kairo"), credits_person("a.b@example.org")
    (True, True, True)
    >>> credits_person("Redaktionsschluss ist am Freitag"), credits_person("Mehr zum Thema"), credits_person("Sport")
    (False, False, False)
    """
    return len(line) <= 60 and (_PERSON_ROLE.match(line) is not None or _CONTACT.match(line) is not None)


_LOWER_WORD = re.compile(rf"(?<![\w-])[{LATIN_CYRILLIC_GREEK_LOWER}]{{2,}}(?![\w-])")  # Latin, Cyrillic, Greek


def lowercase_words(lines: list[str]) -> set[str]:
    """Words the page writes in lower case ("die", "related", "future"): ordinary words, not names.

    >>> sorted(lowercase_words(["Tweet this story", "Anna Schmidt"]))
    ['story', 'this']
    """
    return set(_LOWER_WORD.findall("\n".join(lines)))  # one call over the page, not one a line


def has_common_word(name: str, common: set[str]) -> bool:
    """A word of ``name`` is written in lower case elsewhere on the page, so it is an ordinary word
    ("Tweet This", "Allgemeine Reisetipps"), or it is a function word that no name contains.

    >>> has_common_word("Tweet This", {"this"}), has_common_word("Anna Schmidt", {"this"})
    (True, False)
    >>> has_common_word("Zu Ihrer Information", set())
    True
    """
    for w in name.split():
        low = w.casefold()
        if low in _FUNCTION_WORDS or (low not in _PARTICLES and low in common):
            return True
    return False


_FUNCTION_WORDS = frozenset(
    "der die das den dem des ein eine einer zu zum zur im am ihr ihre ihrer ihren unser unsere mein meine "
    "the this that these a an of to for our your my its les un une des au aux el los las il lo gli".split()
)


def date_nearby(lines: list[str], i: int, reach: int = 2) -> bool:
    """A bare name is a byline only when a date stamp sits right next to it: alone, two capitalized
    words are as likely a section, a place or a menu entry.

    >>> date_nearby(["Anna Schmidt", "28.04.2023, 18:16 Uhr"], 0), date_nearby(["Landkreis München", "Sport"], 0)
    (True, False)
    """
    lo, hi = max(0, i - reach), min(len(lines), i + reach + 1)
    return any(j != i and dates.looks_like_date_line(lines[j]) for j in range(lo, hi))
