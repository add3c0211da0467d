//! Rule packs: the TOML format brands write, its compiler and the compiled rule set.

pub mod compact;
pub mod compile;
pub mod error;
pub mod format;
pub mod ruleset;
pub(crate) mod texts;

pub use compile::compile_pack;
pub use error::RuleError;
pub use ruleset::{CompiledPack, LoadError, PackKind, RuleSet};

/// Compiles a file of packs: a sector file of compact entries (`rules/brands/`) gives one pack
/// per brand, any other file one pack.
pub fn compile_file(file: &str, text: &str) -> Result<Vec<CompiledPack>, RuleError> {
    if compact::is_sector(text) {
        compact::compile_sector(file, text)
    } else {
        compile_pack(file, text).map(|p| vec![p])
    }
}
