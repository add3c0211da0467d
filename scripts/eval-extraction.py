#!/usr/bin/env python3
"""Measures knockoff's extraction on saved product pages against hand-checked answers.

Runs `examples/extract_pages.rs` over every `html/<key>.html[.gz]` in a benchmark directory
(ground-truth.json and, optionally, baselines.json beside it), takes the page's main listing as
the prediction, and prints precision, recall and F1 per attribute next to the baselines.

Scoring follows the benchmark: one predicted value per page and attribute; a true positive when
it equals any ground-truth value (prices compared as decimal numbers); a wrong value is a false
positive and, when the page has an answer, also a false negative; a missing value where one
exists is a false negative. Currencies are compared as ISO 4217 codes: a printed sign matches
every currency it is used for (`$` matches USD and CAD), applied alike to every extractor.

    scripts/eval-extraction.py [--pages DIR] [--show] [--no-build]
"""

import argparse
import gzip
import json
import subprocess
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

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
        lines.append(json.dumps({"key": key, "html": raw.decode("utf-8", "replace")}))
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
        "price": record.get("amount"),
        "currency": listing.get("currency"),
        "brand": listing.get("brand"),
        "sku": listing.get("sku"),
        "availability": listing.get("availability"),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=Path("/work/shared/data/product-pages"))
    parser.add_argument("--show", action="store_true", help="print every wrong or missing value")
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()

    truth = json.loads((args.pages / "ground-truth.json").read_text())
    baselines_path = args.pages / "baselines.json"
    baselines = json.loads(baselines_path.read_text()) if baselines_path.exists() else {}
    records = run_extractor(args.pages / "html", not args.no_build)
    predictions = {r["key"]: prediction(r) for r in records}
    truth = {k: v for k, v in truth.items() if k in predictions}

    if args.show:
        for key in sorted(truth):
            for attribute in ATTRIBUTES:
                truths = truth[key].get(attribute) or []
                got = predictions[key].get(attribute)
                if got in (None, "") and not truths:
                    continue
                if got in (None, "") or not matches(attribute, got, truths):
                    print(f"{key[:8]} {attribute:12} got {got!r:30} want {truths}")
        print()

    names = [b for b in BASELINES if b in baselines]
    header = f"{'attribute':13}{'P':>7}{'R':>7}{'F1':>7}" + "".join(f"{n + ' F1':>12}" for n in names)
    print(f"{len(truth)} pages, knockoff vs baselines")
    print(header)
    print("-" * len(header))
    for attribute in ATTRIBUTES:
        p, r, f = score(predictions, truth, attribute)
        row = f"{attribute:13}{p:7.3f}{r:7.3f}{f:7.3f}"
        for n in names:
            row += f"{score(baselines[n], truth, attribute)[2]:12.3f}"
        print(row)
    times = sorted(r["ms"] for r in records)
    if times:
        print(f"\nextraction time per page: median {times[len(times) // 2]:.1f} ms, "
              f"max {times[-1]:.1f} ms (release build)")


if __name__ == "__main__":
    sys.exit(main())
