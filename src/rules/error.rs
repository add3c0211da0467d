//! Errors in rule packs, reported like a compiler does: file, line, column, the rule, the line
//! of source and a caret under the problem.

use std::fmt;

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleError {
    pub file: String,
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// The `id` of the rule (cue, pattern, category…) the problem is in, when there is one.
    pub rule: Option<String>,
    pub message: String,
    /// The source line, for showing the problem in context.
    #[serde(skip)]
    pub source_line: String,
}

impl RuleError {
    /// An error at byte offset `at` of `text`.
    pub fn at(
        file: &str,
        text: &str,
        at: usize,
        rule: Option<&str>,
        message: impl Into<String>,
    ) -> Self {
        let at = at.min(text.len());
        let before = &text[..at];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = text[line_start..at].chars().count() + 1;
        let source_line = text[line_start..].lines().next().unwrap_or("").to_string();
        RuleError {
            file: file.to_string(),
            line,
            column,
            rule: rule.map(str::to_string),
            message: message.into(),
            source_line,
        }
    }
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "error: {}", self.message)?;
        let gutter = " ".repeat(self.line.to_string().len());
        write!(f, "{gutter}--> {}:{}:{}", self.file, self.line, self.column)?;
        if let Some(rule) = &self.rule {
            write!(f, " (rule `{rule}`)")?;
        }
        writeln!(f)?;
        writeln!(f, "{gutter} |")?;
        writeln!(f, "{} | {}", self.line, self.source_line)?;
        write!(
            f,
            "{gutter} | {}^",
            " ".repeat(self.column.saturating_sub(1))
        )
    }
}

impl std::error::Error for RuleError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_at_line_and_column() {
        let text = "[pack]\nid = \"x\"\nkind = 3\n";
        let at = text.find('3').unwrap();
        let e = RuleError::at("p.toml", text, at, Some("kind"), "expected a string");
        assert_eq!((e.line, e.column), (3, 8));
        let shown = e.to_string();
        assert!(shown.contains("--> p.toml:3:8 (rule `kind`)"), "{shown}");
        assert!(shown.ends_with("|        ^"), "{shown}");
    }
}
