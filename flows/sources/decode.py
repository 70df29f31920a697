"""Decoding: bytes -> text (BOM, UTF-8, UTF-16 without BOM, a declared charset, cp1252, a guess),
and telling text from binary content. One decoding path for every format: files, JSONL lines, WARC payloads.
"""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"RIFF", b"BZh",
                 b"\xfd7zXZ", b"7z\xbc\xaf", b"OggS", b"fLaC", b"ID3", b"\x00\x00\x01\x00")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NULs sit in every other byte (mostly-Latin UTF-16 text).

    >>> _utf16_without_bom("Kim met Putin".encode("utf-16-le")), _utf16_without_bom(b"plain")
    ('utf-16-le', None)
    """
    head = data[:4096]
    half = len(head) // 2
    if not half or not 0.3 < head.count(0) / len(head) <= 0.55:
        return None
    if head[1::2].count(0) > 0.8 * half:
        return "utf-16-le"
    if head[0::2].count(0) > 0.8 * half:
        return "utf-16-be"
    return None


#: Every byte value but the C0 controls that ``looks_binary`` counts (below 9, and 14 to 31).
_NOT_CTRL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def looks_binary(data: bytes) -> bool:
    """Known binary signatures, or NUL bytes outside a UTF-16/32 text.

    >>> looks_binary(b"\\x89PNG\\r\\n..."), looks_binary("héllo".encode("utf-16")), looks_binary(b"plain text")
    (True, False, False)
    >>> looks_binary(bytes(range(256)) * 4), looks_binary("plain text".encode("utf-16-le"))
    (True, False)
    """
    if data.startswith((b"\xef\xbb\xbf", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xfe\xff")):
        return False  # a Unicode byte-order mark: text (UTF-8, UTF-32-BE, UTF-16/32-LE, UTF-16-BE)
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:4096]
    if not head:
        return False
    zeros = head.count(0)
    if _utf16_without_bom(head):
        return False
    if zeros > len(head) * 0.01:
        return True
    # random bytes have ~10% of C0 controls besides tab/newline/CR; text has almost none
    ctrl = len(head.translate(None, _NOT_CTRL))  # the control bytes left (a loop per byte cost 0.2 ms/file)
    return ctrl > len(head) * 0.05


def _mostly_utf8(data: bytes) -> bool:
    """More valid multi-byte UTF-8 characters than invalid bytes (legacy 8-bit text has ~none).

    >>> _mostly_utf8("naïve café – “quoted”".encode() + b"\\xff"), _mostly_utf8("naïve café".encode("cp1252"))
    (True, False)
    """
    sample = data[:1_000_000]
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - sample.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return multibyte > bad


_WESTERN_PUNCT = frozenset("“”‘’‚„–—…•€£¥¢©®™°±·«»§¶×÷¡¿\u00a0")


def _looks_western(data: bytes) -> bool:
    """cp1252 explains the bytes as Latin text with a few accented letters and typographic marks.

    charset-normalizer guesses from statistics that short Western pages do not have (it reads
    "Café in Zürich" as cp775); real Cyrillic, Greek or Central European text read as cp1252 is
    either mostly non-ASCII letters or shows symbols like ³ and ¹, so it still goes to the guesser.

    >>> _looks_western("Café owners in Zürich – “quoted”".encode("cp1252"))
    True
    >>> _looks_western("Привет, мир".encode("cp1251")), _looks_western("Zażółć gęślą jaźń".encode("cp1250"))
    (False, False)
    """
    sample = data[:1_000_000]
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined
        return False
    ascii_letters = accented = 0
    for ch in text:
        if ch.isascii():
            ascii_letters += ch.isalpha()
        elif ch.isalpha():
            accented += 1
        elif ch not in _WESTERN_PUNCT:
            return False
    return accented <= 0.2 * ascii_letters


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""",
    re.IGNORECASE,
)
#: Labels browsers read as windows-1252 (WHATWG Encoding): pages that say Latin-1 mean cp1252.
_CP1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii"})


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (``<meta charset>``, http-equiv, XML prolog).

    >>> declared_charset(b'<html><head><meta charset="Shift_JIS"><title>x</title>')
    'shift_jis'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    'windows-1251'
    >>> declared_charset(b"<html><body>no declaration</body></html>") is None
    True
    """
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii").lower()


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Bytes -> text: BOM first, then strict UTF-8, then the declared charset (``declared``, e.g. an
    HTTP header's, else the page's own: :func:`declared_charset`), then charset-normalizer's best guess.

    >>> decode_bytes("Kim’s visit".encode("cp1252")), decode_bytes(b"\\xef\\xbb\\xbfhello")
    ('Kim’s visit', 'hello')
    """
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                     (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        # UTF-8 with a few bad bytes (a cut multi-byte character, a stray Latin-1 byte): keep the
        # UTF-8 reading and mark the bad bytes, rather than re-reading everything as cp1252.
        return data.decode("utf-8", errors="replace")
    declared = declared or declared_charset(data)  # looked for only now: UTF-8 is the common case
    if declared and declared.lower() in _CP1252_LABELS:
        declared = "cp1252"
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    if _looks_western(data):
        return data.decode("cp1252")
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    # Mostly UTF-8 with a few invalid bytes: keep the text, mark the bad bytes.
    return data.decode("utf-8", errors="replace")
