//! The extraction's own HTML parser (`knockoff::extract::html`) against html5ever, the parser
//! of the standard's algorithm it replaced: the same elements, attributes and text in the same
//! tree, on every fixture page and on markup that exercises the tree rules (implied end tags,
//! tables, misnested formatting, raw text, character references, SVG).
//!
//! `KNOCKOFF_HTML_PAGES=DIR cargo test --test html_parser` also compares every `.html` and
//! `.html.gz` page in DIR (saved pages kept outside the repository).

use std::fmt::Write;

use knockoff::extract::html::{Data, Html};
use scraper::Node;

/// The tree as lines: one per element (its name and attributes) and text node, indented by depth.
fn ours(html: &Html) -> String {
    let mut out = String::new();
    fn walk(html: &Html, i: usize, depth: usize, out: &mut String) {
        match &html.node(i).data {
            Data::Element(e) => {
                let mut attrs: Vec<String> = e.attrs().map(|(k, v)| format!("{k}={v:?}")).collect();
                attrs.sort();
                let _ = writeln!(
                    out,
                    "{}<{} {}>",
                    " ".repeat(depth),
                    e.name(),
                    attrs.join(" ")
                );
            }
            Data::Text(t) => {
                let _ = writeln!(out, "{}{t:?}", " ".repeat(depth));
            }
            Data::Fragment => {
                let _ = writeln!(out, "{}#contents", " ".repeat(depth));
            }
            Data::Document => {}
        }
        let mut c = html.first_child(i);
        while let Some(child) = c {
            walk(html, child, depth + 1, out);
            c = html.next_sibling(child);
        }
    }
    walk(html, 0, 0, &mut out);
    out
}

fn theirs(html: &scraper::Html) -> String {
    let mut out = String::new();
    for node in html.tree.root().descendants().skip(1) {
        let pad = " ".repeat(node.ancestors().count());
        match node.value() {
            Node::Element(e) => {
                // SVG's camel-cased names and namespaced attributes (`xlink:href`) as ours.
                let mut attrs: Vec<String> = e
                    .attrs
                    .iter()
                    .map(|(q, v)| {
                        let local = q.local.to_ascii_lowercase();
                        match &q.prefix {
                            Some(p) if !p.is_empty() => format!("{p}:{local}={:?}", &**v),
                            _ => format!("{local}={:?}", &**v),
                        }
                    })
                    .collect();
                attrs.sort();
                let name = e.name().to_ascii_lowercase();
                let _ = writeln!(out, "{pad}<{name} {}>", attrs.join(" "));
            }
            Node::Text(t) => {
                let _ = writeln!(out, "{pad}{:?}", &**t);
            }
            Node::Fragment => {
                let _ = writeln!(out, "{pad}#contents");
            }
            _ => {}
        }
    }
    out
}

/// Text nodes split only by comments (which our parser does not keep) as one.
fn join_text(tree: String) -> String {
    let mut out: Vec<String> = Vec::new();
    for line in tree.lines() {
        let text = |l: &str| l.trim_start().starts_with('"');
        let depth = |l: &str| l.len() - l.trim_start().len();
        match out.last_mut() {
            Some(last) if text(last) && text(line) && depth(last) == depth(line) => {
                last.pop();
                last.push_str(&line.trim_start()[1..]);
            }
            _ => out.push(line.to_string()),
        }
    }
    out.join("\n")
}

/// The first line where the two trees differ, with a little context.
fn difference(page: &str) -> Option<String> {
    let a = join_text(ours(&Html::parse_document(page)));
    let b = join_text(theirs(&scraper::Html::parse_document(page)));
    if a == b {
        return None;
    }
    let (la, lb): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let at = la
        .iter()
        .zip(&lb)
        .position(|(x, y)| x != y)
        .unwrap_or(la.len().min(lb.len()));
    let from = at.saturating_sub(3);
    let ctx = |l: &[&str]| l[from.min(l.len())..(at + 3).min(l.len())].join("\n");
    Some(format!(
        "line {at}\nours:\n{}\nhtml5ever:\n{}",
        ctx(&la),
        ctx(&lb)
    ))
}

#[test]
fn fixture_pages_parse_as_html5ever_parses_them() {
    let dir = format!("{}/tests/fixtures/pages", env!("CARGO_MANIFEST_DIR"));
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "html") {
            let page = knockoff::extract::decode_html(&std::fs::read(&path).unwrap()).into_owned();
            if let Some(d) = difference(&page) {
                panic!("{}: {d}", path.display());
            }
            n += 1;
        }
    }
    assert!(n > 20);
}

/// `n` pieces cut out of `page` at arbitrary places (a tag, an attribute, a comment or a table
/// cut short, an end tag without its start): where the first of them differs from html5ever.
fn broken_pieces(page: &str, n: usize) -> Option<String> {
    let mut seed = page.len() as u64 ^ 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize % n.max(1)
    };
    for _ in 0..n {
        let mut a = next(page.len());
        let mut b = a + next(page.len() - a + 1);
        while !page.is_char_boundary(a) {
            a -= 1;
        }
        while !page.is_char_boundary(b) {
            b -= 1;
        }
        if let Some(d) = difference(&page[a..b]) {
            return Some(format!("[{a}..{b}]: {d}"));
        }
    }
    None
}

#[test]
fn broken_pieces_of_pages_parse_as_html5ever_parses_them() {
    let dir = format!("{}/tests/fixtures/pages", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let page = knockoff::extract::decode_html(&std::fs::read(&path).unwrap()).into_owned();
        if let Some(d) = broken_pieces(&page, 50) {
            panic!("{}: {d}", path.display());
        }
    }
}

#[test]
fn tree_rules_as_html5ever() {
    let cases = [
        // Implied end tags and paragraphs closed by blocks.
        "<p>a<p>b<div>c</div><ul><li>x<li>y</ul><dl><dt>t<dd>d<dt>u</dl>",
        "<p>one</p></p><br></br><select><option>a<option>b<optgroup><option>c</select>",
        "<h1>a<h2>b</h1>c",
        // Tables: implied bodies and rows, misplaced content put before the table.
        "<table><tr><td>1<td>2<tr><th>3</table>",
        "<table>oops<tr><td>a</td></tr><div>moved</div></table>",
        "<table><caption>c<col><tbody><tr><td><table><td>inner</table></td></tr></table>",
        "<table><td><select><option>a<td>b</table>",
        "<select><option>8 - <b>sold out</b><option>9<div>x</div></select><select><select>y",
        "<select><optgroup><option>a<hr><option>b</optgroup><input>c</select>",
        "<table><form><input type=hidden name=x><tr><td>y</form></td></tr></table>",
        // Misnested and unclosed formatting.
        "<b>bold<i>both</b>italic</i> plain",
        "<p><b>one</p><p>two</b> three</p>",
        "<a href=1>x<div>y<a href=2>z</a></div></a>",
        "<b><b><b><b>deep</b></b></b></b><font color=red><p>red</font>more",
        "<nobr>a<nobr>b",
        "<div><span>a<div>b</span>c</div>d</div>",
        // Raw text, escapes, character references.
        "<title>a &amp; <b></title><script>if (a</b) {}</script><style>p>i{}</style>",
        "<script><!--<script>x</script>y--></script><p>after",
        "<textarea>\nline &lt;b&gt;</textarea><pre>\n\nkeep</pre>",
        "<a href='?a=1&copy=2&amp;b'>&copy 2024 &notit; &#x20AC; &#150; &NotAnEntity; &</a>",
        "<noscript><img src=x></noscript><iframe><p>not a tag</iframe><xmp><b></xmp>",
        // Head and body placement, doctype, stray tags.
        "<!doctype html><meta charset=utf-8><title>t</title><link rel=x>text<meta name=y>",
        "<html lang=en><head></head><body class=a><body class=b id=c>x</body></html><p>after",
        "</div>text</span><p>ok</p></body>late",
        "<!-- c --><!DOCTYPE html><html><!-- x --><body><!-->y<!--->z<? pi ?></ p>",
        // SVG and MathML.
        "<div><svg viewBox='0 0 1 1'><path d=M0/><use xlink:href=#i /><title>t</title></svg><span>s</span></div>",
        "<svg><foreignObject><p>html</p></foreignObject><g><div>out</div></g></svg>",
        "<math><mi>x<b>y</b></mi><mo>+</mo></math><p>after",
        "<svg><![CDATA[raw <b>]]></svg>",
        // Templates, attributes, odd tags.
        "<div><template><li>t</template><b>b</b></div><image src=a><isindex>",
        "<div a=1 a=2 B=3 =x c = 'q' d=\"w\"e/f>z</div><input disabled/>",
        "<ul><li>a<ul><li>b</ul><li>c</ul><button>x<button>y",
        "<ruby>a<rb>b<rt>c<rp>d</ruby><object><p>o</object>",
        "<form><form><input></form></form><label>after",
        "",
        "just text",
        "<p>unclosed <a href=x>link",
    ];
    for case in cases {
        if let Some(d) = difference(case) {
            panic!("{case:?}: {d}");
        }
    }
}

#[test]
fn saved_pages_parse_as_html5ever_parses_them() {
    let Ok(dir) = std::env::var("KNOCKOFF_HTML_PAGES") else {
        return;
    };
    let mut failed = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.to_string_lossy().to_string();
        let bytes = std::fs::read(&path).unwrap();
        let bytes = if name.ends_with(".gz") {
            use std::io::Read;
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&bytes[..])
                .read_to_end(&mut out)
                .unwrap();
            out
        } else if name.ends_with(".html") {
            bytes
        } else {
            continue;
        };
        let page = knockoff::extract::decode_html(&bytes);
        if let Some(d) = difference(&page).or_else(|| broken_pieces(&page, 20)) {
            failed.push(format!("{name}: {d}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
}
