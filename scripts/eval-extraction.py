#!/usr/bin/env python3
"""Measures knockoff's extraction on saved product pages against hand-checked answers.

Runs `examples/extract_pages.rs` over every `html/<key>.html[.gz]` in a benchmark directory
(ground-truth.json and, optionally, baselines.json beside it) or every `pages/<key>.html` of a
shop-pages directory (index.json), the saved bytes read as `knockoff extract` reads them, takes
the page's main listing (price and ISO currency as `knockoff extract` prints them) as the
prediction, and prints F1 per attribute next to the baselines.

Scoring follows the benchmark: one predicted value per page and attribute; a true positive when
it equals any ground-truth value (prices compared as decimal numbers); a wrong value is a false
positive and, when the page has an answer, also a false negative; a missing value where one
exists is a false negative. Currencies are compared as ISO 4217 codes: a printed sign matches
every currency it is used for (`$` matches USD and CAD), applied alike to every extractor.

Pages are split by shop into folds (a stable hash of the shop's name, every country of a shop
in one fold). Rules are tuned on the dev folds only (`--show` lists their misses); the
held-out folds' figure is the one that says how well extraction generalises. On a shop-pages
directory (`index.json`), the main listing's title is scored too, and result pages report
whether the number of listings is 95-105% of the cards a person counts and how many of the
first card titles are found among the listings.

    scripts/eval-extraction.py [--pages DIR] [--folds 5] [--dev-folds 0,1,2] [--show] [--no-build]
"""

import argparse
import gzip
import hashlib
import json
import subprocess
import sys
import unicodedata
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
ATTRIBUTES = ["price", "currency", "brand", "sku", "availability"]
BASELINES = ["extruct", "Diffbot", "Zyte"]

# Printed signs and the ISO codes they stand for.
SIGNS = {
    "$": {"USD", "CAD", "AUD", "NZD", "MXN", "CLP", "ARS", "COP", "SGD", "HKD", "TWD", "UYU"},
    "€": {"EUR"}, "£": {"GBP"}, "¥": {"JPY", "CNY"}, "₹": {"INR"}, "₽": {"RUB"}, "₩": {"KRW"},
    "원": {"KRW"}, "₪": {"ILS"}, "zł": {"PLN"}, "kč": {"CZK"}, "kr": {"SEK", "NOK", "DKK", "ISK"},
    "rs": {"INR", "PKR", "LKR", "NPR"}, "rs.": {"INR", "PKR", "LKR", "NPR"}, "₨": {"INR", "PKR"},
    "r$": {"BRL"}, "руб": {"RUB"}, "₺": {"TRY"}, "ft": {"HUF"}, "lei": {"RON"}, "₴": {"UAH"},
    "chf": {"CHF"}, "us$": {"USD"}, "c$": {"CAD"}, "a$": {"AUD"}, "nz$": {"NZD"},
}


def currencies(value):
    """ISO codes a printed or coded currency stands for."""
    v = value.strip().rstrip("~").strip().lower()
    if v in SIGNS:
        return SIGNS[v]
    if len(v) == 3 and v.isalpha():
        return {v.upper()}
    return {value.strip()}


def decimal(value):
    try:
        return Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None


def matches(attribute, predicted, truths):
    if attribute == "price":
        p = decimal(predicted)
        return p is not None and any(decimal(t) == p for t in truths)
    if attribute == "currency":
        return any(currencies(predicted) & currencies(t) for t in truths)
    norm = lambda s: " ".join(str(s).split())
    return any(norm(predicted) == norm(t) for t in truths)


def score(predictions, truth, attribute):
    """Precision, recall and F1 of one attribute over all pages."""
    tp = fp = fn = 0
    for key, answers in truth.items():
        truths = answers.get(attribute) or []
        predicted = (predictions.get(key) or {}).get(attribute)
        if predicted in (None, ""):
            fn += bool(truths)
        elif matches(attribute, predicted, truths):
            tp += 1
        else:
            fp += 1
            fn += bool(truths)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run_extractor(pages, build):
    if build:
        subprocess.run(
            ["cargo", "build", "--release", "--quiet", "--example", "extract_pages"],
            cwd=ROOT, check=True,
        )
    binary = ROOT / "target" / "release" / "examples" / "extract_pages"
    lines = []
    for path in sorted(pages.glob("*.html*")):
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        key = path.name.split(".")[0]
        lines.append(json.dumps({"key": key, "hex": raw.hex()}))
    done = subprocess.run(
        [str(binary)], input="\n".join(lines).encode(), capture_output=True, check=True
    )
    return [json.loads(l) for l in done.stdout.decode().splitlines() if l.strip()]


def prediction(record):
    """The page's main listing as one value per attribute."""
    main = record.get("main")
    if main is None:
        return {}
    listing = record["listings"][main]["listing"]
    return {
        "title": listing.get("title"),
        "price": record.get("amount"),
        "currency": record.get("currency") or listing.get("currency"),
        "brand": listing.get("brand"),
        "sku": listing.get("sku"),
        "availability": listing.get("availability"),
    }


def shop_of(host):
    """The shop a host belongs to, one name across countries (www.amazon.co.uk -> amazon)."""
    labels = [l for l in (host or "").lower().split(".") if l not in ("www", "shop", "m")]
    while len(labels) > 1 and (len(labels[-1]) <= 3 or labels[-1] in ("com", "net", "org")):
        labels.pop()
    return labels[-1] if labels else ""


def fold_of(shop, folds):
    """A stable fold per shop: every page of a shop lands in the same fold."""
    return int(hashlib.sha1(shop.encode()).hexdigest(), 16) % folds


def load(pages_dir):
    """Pages as {key: {"kind", "shop", "truth"}} from either data set's index."""
    pages = {}
    if (pages_dir / "ground-truth.json").exists():
        for key, answers in json.loads((pages_dir / "ground-truth.json").read_text()).items():
            url = answers.get("url")
            url = url[0] if isinstance(url, list) else url
            truth = {a: answers.get(a) or [] for a in ATTRIBUTES}
            pages[key] = {"kind": "product", "shop": shop_of(urlparse(url or "").netloc),
                          "truth": truth}
        return pages, pages_dir / "html"
    for entry in json.loads((pages_dir / "index.json").read_text()):
        key = Path(entry["file"]).name.split(".")[0]
        truth = {a: [entry[a]] if entry.get(a) else [] for a in ["title"] + ATTRIBUTES}
        pages[key] = {"kind": entry["kind"], "shop": shop_of(entry["shop"]), "truth": truth,
                      "cards": entry.get("cards"),
                      "first": entry.get("first_card_titles") or []}
    return pages, pages_dir / "pages"


def same_title(a, b):
    norm = lambda s: " ".join(unicodedata.normalize("NFKC", str(s)).split()).casefold()
    return norm(a) == norm(b)


def product_rows(keys, pages, predictions, attributes):
    truth = {k: pages[k]["truth"] for k in keys if pages[k]["kind"] == "product"}
    return {a: score(predictions, truth, a) for a in attributes}, len(truth)


def results_rows(keys, pages, records):
    """Result pages: share with the count right (95-105% of cards), share of first titles found."""
    right = titles = found = n = 0
    for k in keys:
        page = pages[k]
        if page["kind"] != "results":
            continue
        n += 1
        listings = records[k]["listings"]
        if page["cards"] and 0.95 <= len(listings) / page["cards"] <= 1.05:
            right += 1
        for t in page["first"]:
            titles += 1
            found += any(same_title(f["listing"].get("title", ""), t) for f in listings)
    return n, right, titles, found


def report(label, keys, pages, records, predictions, attributes):
    rows, n = product_rows(keys, pages, predictions, attributes)
    line = f"{label:24}{n:4}" + "".join(f"{rows[a][2]:8.3f}" for a in attributes)
    r_n, right, titles, found = results_rows(keys, pages, records)
    if any(p["kind"] == "results" for p in pages.values()):
        line += f"   {r_n:3} {right:3} {found / titles if titles else 0:7.3f}"
    print(line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=Path("/work/shared/data/product-pages"))
    parser.add_argument("--folds", type=int, default=5, help="shop folds (default 5)")
    parser.add_argument("--dev-folds", default="0,1,2",
                        help="folds tuned on; --show lists only these (default 0,1,2)")
    parser.add_argument("--show", action="store_true", help="print wrong or missing values")
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()

    pages, html_dir = load(args.pages)
    baselines_path = args.pages / "baselines.json"
    baselines = json.loads(baselines_path.read_text()) if baselines_path.exists() else {}
    records = {r["key"]: r for r in run_extractor(html_dir, not args.no_build)}
    pages = {k: v for k, v in pages.items() if k in records}
    predictions = {k: prediction(r) for k, r in records.items()}
    dev = {int(f) for f in args.dev_folds.split(",") if f.strip()}
    fold = {k: fold_of(p["shop"], args.folds) for k, p in pages.items()}
    # Score only what the data set reads (shop-pages has titles but no brands).
    attributes = [a for a in ["title"] + ATTRIBUTES
                  if any(p["truth"].get(a) for p in pages.values())]

    if args.show:
        for key in sorted(k for k in pages if fold[k] in dev):
            page = pages[key]
            if page["kind"] == "results":
                got = records[key]["listings"]
                print(f"{key[:8]} results {len(got)} of {page['cards']} cards; first "
                      f"{[f['listing'].get('title') for f in got[:2]]} want {page['first'][:2]}")
                continue
            for attribute in attributes:
                truths = page["truth"].get(attribute) or []
                got = predictions[key].get(attribute)
                if got in (None, "") and not truths:
                    continue
                if got in (None, "") or not matches(attribute, got, truths):
                    print(f"{key[:8]} {attribute:12} got {str(got)[:40]!r:42} want {truths}")
        print()

    shops = sorted({p["shop"] for p in pages.values()})
    print(f"{len(pages)} pages from {len(shops)} shops in {args.folds} shop folds "
          f"(dev folds {sorted(dev)}); product pages: main listing F1 per attribute"
          + ("; result pages: pages, count right (95-105%), first titles found" if any(
              p["kind"] == "results" for p in pages.values()) else ""))
    print(f"{'':24}{'n':>4}" + "".join(f"{a[:7]:>8}" for a in attributes))
    report("all pages", list(pages), pages, records, predictions, attributes)
    report("dev folds (tuned on)", [k for k in pages if fold[k] in dev], pages, records,
           predictions, attributes)
    report("held-out folds", [k for k in pages if fold[k] not in dev], pages, records,
           predictions, attributes)
    for f in range(args.folds):
        report(f"  fold {f}{' (dev)' if f in dev else ''}", [k for k in pages if fold[k] == f],
               pages, records, predictions, attributes)
    for n in [b for b in BASELINES if b in baselines]:
        held = {k: pages[k]["truth"] for k in pages if fold[k] not in dev}
        print(f"{n + ' (all / held-out)':28}" + "".join(
            f"{score(baselines[n], {k: p['truth'] for k, p in pages.items()}, a)[2]:8.3f}"
            for a in ATTRIBUTES) + "   /" + "".join(
            f"{score(baselines[n], held, a)[2]:7.3f}" for a in ATTRIBUTES))
    times = sorted(r["ms"] for r in records.values())
    if times:
        print(f"\nextraction time per page: median {times[len(times) // 2]:.1f} ms, "
              f"max {times[-1]:.1f} ms (release build)")


if __name__ == "__main__":
    sys.exit(main())
