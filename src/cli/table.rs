//! `--format table`: verdicts as aligned columns for people.

use std::io::Write;

use knockoff::Verdict;

pub struct Table {
    rows: Vec<[String; 5]>,
}

fn clip(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        text.chars().take(width - 1).chain(['…']).collect()
    }
}

impl Table {
    pub fn new() -> Self {
        Table {
            rows: vec![["LINE", "LEVEL", "SCORE", "BRAND", "REASONS"].map(String::from)],
        }
    }

    pub fn push_verdict(&mut self, line: usize, v: &Verdict) {
        let reasons = v
            .reasons
            .iter()
            .map(|r| format!("+{} {}", r.points, clip(&r.message, 70)))
            .collect::<Vec<_>>()
            .join("; ");
        self.rows.push([
            line.to_string(),
            v.level.to_string().to_uppercase(),
            v.score.to_string(),
            v.brand.clone().unwrap_or_else(|| "-".into()),
            if reasons.is_empty() {
                "-".into()
            } else {
                reasons
            },
        ]);
    }

    pub fn push_error(&mut self, line: usize, error: &str) {
        self.rows.push([
            line.to_string(),
            "ERROR".into(),
            "-".into(),
            "-".into(),
            clip(error, 100),
        ]);
    }

    pub fn write(&self, out: &mut impl Write) -> std::io::Result<()> {
        let mut widths = [0usize; 4];
        for row in &self.rows {
            for (w, cell) in widths.iter_mut().zip(row.iter()) {
                *w = (*w).max(cell.chars().count());
            }
        }
        for row in &self.rows {
            for (w, cell) in widths.iter().zip(row.iter()) {
                write!(out, "{cell:<w$}  ", w = w)?;
            }
            writeln!(out, "{}", row[4])?;
        }
        Ok(())
    }
}
