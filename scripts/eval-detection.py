#!/usr/bin/env python3
"""Detection on real listings: rates of medium+ and high by file, source, brand, signal and script.

Runs the release CLI (`cargo build --release` first) over the development halves in
/work/shared/data/real-listings and /work/shared/data/genuine-resale, stripping every field
`knockoff check` does not take. Prints one table per grouping; --by picks them.

    python3 scripts/eval-detection.py [--data DIR] [--by file,source,brand,signal,script] [--misses N]
        [--fields title,price,currency]
"""
import argparse
import collections
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
KEEP = ("title", "price", "currency", "description", "seller", "brand", "category")
FILES = [
    "real-listings/counterfeit-offers.jsonl",
    "real-listings/genuine-retail.jsonl",
    "genuine-resale/stockx_2019_transactions.jsonl",
    "genuine-resale/vestiaire_collective_fr_2021.jsonl",
    "genuine-resale/chronext_watches_2021.jsonl",
]


def script_of(text):
    """The writing system of a title, roughly: enough to split rates by language family."""
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        return "Chinese"
    if any("\u0400" <= c <= "\u04ff" for c in text):
        return "Cyrillic"
    if any("\u3040" <= c <= "\u30ff" for c in text):
        return "Japanese"
    return "Latin"


def check(rows, binary, fields=KEEP[:5]):
    # Dataset brand/category fields are marketplace metadata, not what a listing shows; leave
    # them out so verdicts rest on the seller's own words, as on a result page.
    lines = "".join(
        json.dumps({k: r[k] for k in fields if r.get(k) not in (None, "")}) + "\n" for r in rows
    )
    out = subprocess.run(
        [binary, "check"], input=lines, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert len(out) == len(rows), "one verdict per listing"
    return [json.loads(v) for v in out]


def table(title, groups, counterfeit):
    print(f"\n## {title}")
    print(f"{'group':44} {'rows':>6} {'medium+':>8} {'high':>7}")
    for key, vs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        n = len(vs)
        med = sum(v["level"] != "low" for v in vs)
        high = sum(v["level"] == "high" for v in vs)
        print(f"{str(key)[:44]:44} {n:6} {100 * med / n:7.1f}% {100 * high / n:6.1f}%")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--bin", default=str(ROOT / "target/release/knockoff"))
    ap.add_argument("--by", default="file,source,brand,signal,script")
    ap.add_argument(
        "--fields",
        default=",".join(KEEP[:5]),
        help="listing fields passed on (title,price,currency: what a result page shows)",
    )
    ap.add_argument("--misses", type=int, default=0, help="print N missed counterfeit titles")
    ap.add_argument("--alarms", type=int, default=0, help="print N flagged genuine titles")
    args = ap.parse_args()
    by = args.by.split(",")
    data = pathlib.Path(args.data)
    for name in FILES:
        path = data / name
        if not path.exists():
            print(f"missing {path}", file=sys.stderr)
            continue
        rows = [json.loads(l) for l in path.open(encoding="utf-8") if l.strip()]
        verdicts = check(rows, args.bin, args.fields.split(","))
        fake = rows[0].get("label") == "counterfeit"
        groups = {k: collections.defaultdict(list) for k in by}
        for r, v in zip(rows, verdicts):
            keys = {
                "file": [name],
                "source": [r.get("marketplace") or r.get("source", "?").split(":")[0]],
                "brand": [v.get("brand") or "(no brand found)"],
                "signal": sorted({x["rule"] for x in v["reasons"]}) or ["(no reason)"],
                "script": [script_of(r.get("title", ""))],
            }
            for k in by:
                for key in keys[k]:
                    groups[k][key].append(v)
        print(f"\n# {name} ({'counterfeit: higher is better' if fake else 'genuine: lower is better'})")
        for k in by:
            if k != "file" and (k != "signal" or True):
                table(f"by {k}", groups[k], fake)
            elif k == "file":
                table("all", groups[k], fake)
        pick = [
            (r, v)
            for r, v in zip(rows, verdicts)
            if (fake and v["level"] == "low") or (not fake and v["level"] != "low")
        ]
        for r, v in pick[: args.misses if fake else args.alarms]:
            rules = ",".join(x["rule"] for x in v["reasons"])
            print(f"  {v['level']:6} {v['score']:3} {r.get('price')!s:>12} {r['title'][:80]}  [{v.get('brand')}] {rules}")


if __name__ == "__main__":
    main()
