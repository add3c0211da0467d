#!/usr/bin/env python3
"""Where a WebAssembly module's bytes are: code by crate, data, the embedded rule set.

    python3 scripts/wasm-sizes.py MODULE.wasm [RULES.knockoff…]

MODULE must keep its "name" section (wasm-bindgen's output before wasm-opt strips it, e.g.
`wasm-bindgen --out-dir /tmp/m target/wasm32-unknown-unknown/wasm-release/knockoff.wasm`), so
each function body can be put down to a crate: the first one its symbol names (generic code
`<toml::de::…>` counts as toml). The compiled bundled rule set (the RULES file found inside the
data; by default every one the wasm32 builds left under target/) is counted apart, and so are the
Unicode tables build.rs writes beside it (decompositions, confusables). Each part is
gzipped alone (`gzip -9`): what it costs to download, give or take what gzip would share across
parts; wasm-opt then takes a few per cent more.
"""
import collections
import glob
import gzip
import os
import re
import struct
import sys


def leb(buf, i):
    result = shift = 0
    while True:
        byte = buf[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def sections(buf):
    i = 8
    while i < len(buf):
        kind = buf[i]
        size, j = leb(buf, i + 1)
        yield kind, buf[j : j + size]
        i = j + size


def names(custom):
    """Function index → name, from the "name" custom section."""
    n, i = leb(custom, 0)
    if custom[i : i + n] != b"name":
        return None
    i += n
    out = {}
    while i < len(custom):
        sub = custom[i]
        size, i = leb(custom, i + 1)
        end = i + size
        if sub == 1:
            count, i = leb(custom, i)
            for _ in range(count):
                idx, i = leb(custom, i)
                length, i = leb(custom, i)
                out[idx] = custom[i : i + length].decode("utf-8", "replace")
                i += length
        i = end
    return out


def unescape(text):
    """A Rust string or char literal's contents, as Rust's Debug escapes them."""
    simple = {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}
    return re.sub(
        r"\\(u\{([0-9a-f]+)\}|.)",
        lambda m: chr(int(m.group(2), 16)) if m.group(2) else simple.get(m.group(1), m.group(1)),
        text,
    )


def generated_tables(out_dir):
    """The Unicode tables build.rs writes beside the rule set, as the module lays them out."""
    def u32s(text, name):
        match = re.search(r"pub static " + name + r": \[u32; \d+\] = \[([^\]]*)\]", text)
        values = [int(v) for v in match.group(1).split(",")]
        return struct.pack(f"<{len(values)}I", *values)

    if not os.path.exists(os.path.join(out_dir, "decomposition.rs")):
        return
    decomposition = "data: Unicode decomposition table (src/decomposition.rs)"
    text = open(os.path.join(out_dir, "decomposition.rs"), encoding="utf-8").read()
    yield decomposition, u32s(text, "STARTS")
    yield decomposition, u32s(text, "DATA")
    yield decomposition, unescape(re.search(r'pub static POOL: &str = "(.*)";', text).group(1)).encode()
    text = open(os.path.join(out_dir, "confusables.rs"), encoding="utf-8").read()
    chars = [unescape(c) for c in re.findall(r"'(\\u\{[0-9a-f]+\}|\\.|[^'])'", text)]
    yield "data: confusables table (src/confusables.rs)", struct.pack(f"<{len(chars)}I", *map(ord, chars))


def crate(symbol):
    match = re.search(r"([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::", symbol)
    return match.group(1) if match else "(other)"


def main():
    module = open(sys.argv[1], "rb").read()
    candidates = sys.argv[2:] or glob.glob("target/wasm32-unknown-unknown/*/build/knockoff-*/out/bundled.knockoff")
    imported = 0
    bodies, data, fn_names = [], b"", {}
    for kind, body in sections(module):
        if kind == 2:  # imports: functions among them take the first indices
            count, i = leb(body, 0)
            for _ in range(count):
                for _ in range(2):
                    length, i = leb(body, i)
                    i += length
                desc = body[i]
                i += 1
                if desc == 0:
                    imported += 1
                    _, i = leb(body, i)
                elif desc == 1:
                    i += 1
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif desc == 2:
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                else:
                    i += 2
        elif kind == 10:
            count, i = leb(body, 0)
            for _ in range(count):
                size, i = leb(body, i)
                bodies.append(body[i : i + size])
                i += size
        elif kind == 11:
            data = body
        elif kind == 0:
            fn_names = names(body) or fn_names
    groups = collections.defaultdict(bytearray)
    for k, code in enumerate(bodies):
        groups["code: " + crate(fn_names.get(imported + k, ""))] += code
    for path in candidates:
        rules = open(path, "rb").read()
        if rules in data:
            groups["data: bundled rule set"] += rules
            data = data.replace(rules, b"")
            for name, table in generated_tables(os.path.dirname(path)):
                if table and table in data:
                    groups[name] += table
                    data = data.replace(table, b"", 1)
            break
    groups["data: the rest (Unicode tables, strings)"] += data
    rows = sorted(((len(v), len(gzip.compress(bytes(v), 9)), k) for k, v in groups.items()), reverse=True)
    total = len(gzip.compress(module, 9))
    print(f"{'part':60} {'bytes':>10} {'gzipped alone':>14}")
    for raw, gz, name in rows[:25]:
        print(f"{name:60} {raw:>10,} {gz:>14,}")
    rest = rows[25:]
    print(f"{'(' + str(len(rest)) + ' more crates)':60} {sum(r[0] for r in rest):>10,} {sum(r[1] for r in rest):>14,}")
    print(f"{'whole module':60} {len(module):>10,} {total:>14,}")


main()
