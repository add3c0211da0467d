//! Rule packs: the TOML format brands write, its compiler and the compiled rule set.

pub mod compile;
pub mod error;
pub mod format;
pub mod ruleset;

pub use compile::compile_pack;
pub use error::RuleError;
pub use ruleset::{CompiledPack, LoadError, PackKind, RuleSet};
