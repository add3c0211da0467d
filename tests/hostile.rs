//! `knockoff check` on a hostile file: binary garbage, invalid UTF-8, 2 MB lines, deeply nested
//! JSON, huge numbers, NUL bytes and a truncated last line. Every line is answered, in order.
//!
//! The file stays at `target/tmp/hostile.jsonl` after the run, so its timing can be measured on a
//! release build (see BENCHMARKS.md).

use std::process::Command;

/// A small deterministic generator (xorshift), so the file is the same on every run.
struct Bytes(u64);

impl Bytes {
    fn next(&mut self) -> u8 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 24) as u8
    }

    /// `n` bytes of anything but a newline.
    fn garbage(&mut self, n: usize) -> Vec<u8> {
        (0..n)
            .map(|_| match self.next() {
                b'\n' => 0,
                b => b,
            })
            .collect()
    }
}

/// What line `n` of the hostile file should produce.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Expect {
    Verdict,
    Error,
}

/// The hostile file's lines, each with its expected outcome. Every JSON line carries its line
/// number as `id`, so a verdict can be matched to its line.
fn hostile_lines() -> Vec<(Vec<u8>, Expect)> {
    use Expect::*;
    let mut rng = Bytes(0x9e37_79b9_7f4a_7c15);
    let mut lines: Vec<(Vec<u8>, Expect)> = Vec::new();
    let json = |n: usize, rest: &str| format!("{{\"id\":{n},{rest}}}").into_bytes();
    let words = [
        "Gucci",
        "belt",
        "replica",
        "AAA",
        "Rolex",
        "G U C C I",
        "€25",
        "仿",
    ];
    while lines.len() < 396 {
        let n = lines.len() + 1;
        let line = match n % 12 {
            0 => (
                json(
                    n,
                    r#""title":"Gucci belt, 1:1 mirror copy","price":"US $25""#,
                ),
                Verdict,
            ),
            1 => (rng.garbage(300 + n * 7), Error),
            // Invalid UTF-8 inside an otherwise well-formed listing.
            2 => {
                let mut l = json(n, r#""title":"Prada XXX""#);
                let at = l.len() - 5;
                l[at..at + 3].copy_from_slice(&[0xff, 0xfe, 0xc3]);
                (l, Error)
            }
            3 => ([b"[".repeat(100_000), b"]".repeat(100_000)].concat(), Error),
            4 => {
                let deep = "{\"a\":".repeat(50_000);
                (
                    json(n, &format!("\"title\":\"x\",\"seller\":{deep}")),
                    Error,
                )
            }
            5 => (
                json(
                    n,
                    &format!("\"title\":\"x\",\"price\":1{}", "0".repeat(5000)),
                ),
                Error,
            ),
            6 => (json(n, r#""title":"Rolex","price":1e999999"#), Error),
            7 => (
                json(n, "\"title\":\"Dior\\u0000bag\u{0}\",\"price\":-0.0"),
                Error,
            ),
            8 => (b"\0\0\0\0\0".to_vec(), Error),
            9 => {
                let title: Vec<&str> = (0..40).map(|i| words[(i * n) % words.len()]).collect();
                let title = title.join(" ");
                (
                    json(
                        n,
                        &format!("\"title\":\"{title}\",\"brand\":\"{}\"", "🙂".repeat(200)),
                    ),
                    Verdict,
                )
            }
            10 => (json(n, r#""title":{"nested":true}"#), Error),
            _ => (
                json(n, "\"title\":\"Louis Vuitton Neverfull\",\"price\":\"NaN\""),
                Verdict,
            ),
        };
        lines.push(line);
    }
    // 2 MB lines: one listing with a 2 MB description of varied words, one of garbage.
    let n = lines.len() + 1;
    let description: String = (0..2_000_000 / 8)
        .map(|i| ["handbag ", "leather ", "genuine ", "vintage "][i % 4])
        .collect();
    lines.push((
        json(
            n,
            &format!("\"title\":\"Gucci bag\",\"description\":\"{description}\""),
        ),
        Verdict,
    ));
    lines.push((rng.garbage(2_000_000), Error));
    // A 2 MB line that is one unterminated string.
    lines.push((
        format!("{{\"title\":\"{}", "a".repeat(2_000_000)).into_bytes(),
        Error,
    ));
    // The last line is cut off, with no newline after it.
    lines.push((br#"{"id":400,"title":"Gucci be"#.to_vec(), Error));
    lines
}

#[test]
fn check_answers_every_line_of_a_hostile_file_in_order() {
    let lines = hostile_lines();
    assert_eq!(lines.len(), 400);
    let file: Vec<u8> = lines
        .iter()
        .map(|(l, _)| l.as_slice())
        .collect::<Vec<_>>()
        .join(&b'\n');
    assert_ne!(file.last(), Some(&b'\n'));
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile.jsonl");
    std::fs::write(&path, &file).unwrap();

    let out = Command::new(env!("CARGO_BIN_EXE_knockoff"))
        .args(["check", path.to_str().unwrap()])
        .output()
        .expect("binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let answers: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect();
    assert_eq!(answers.len(), lines.len(), "one answer per line");
    for (i, ((_, expect), answer)) in lines.iter().zip(&answers).enumerate() {
        let n = i + 1;
        match expect {
            Expect::Verdict => {
                assert_eq!(answer["id"], n, "line {n}: {answer}");
                assert!(answer["level"].is_string(), "line {n}: {answer}");
            }
            Expect::Error => {
                assert_eq!(answer["line"], n, "line {n}: {answer}");
                assert!(answer["error"].is_string(), "line {n}: {answer}");
            }
        }
    }
}

/// A field longer than the engine reads is checked up to `MAX_FIELD_BYTES` and the verdict says
/// so; a 400 KB title of one repeated brand used to take minutes (quadratic in the mentions).
#[test]
fn an_overlong_field_is_clipped_and_marked() {
    let title = "Gucci ".repeat(400 * 1024 / 6);
    let input =
        format!("{{\"id\":1,\"title\":\"{title}\"}}\n{{\"id\":2,\"title\":\"Gucci belt\"}}\n");
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("overlong.jsonl");
    std::fs::write(&path, input).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_knockoff"))
        .args(["check", path.to_str().unwrap()])
        .output()
        .expect("binary runs");
    let answers: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(answers[0]["clipped"], true);
    assert_eq!(answers[0]["brand"], "Gucci");
    assert!(answers[1].get("clipped").is_none(), "{}", answers[1]);
}
