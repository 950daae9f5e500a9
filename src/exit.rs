//! Documented exit codes (also listed in `dossier --help` and the README).

/// Everything asked for was done.
pub const OK: i32 = 0;
/// A fatal error: the store could not be opened or written, an output could not be written.
pub const FATAL: i32 = 1;
/// A usage error: a bad argument value (clap reports its own usage errors with this code too).
pub const USAGE: i32 = 2;
/// Finished, but some inputs or records were rejected; each is reported on stderr.
pub const PARTIAL: i32 = 3;
/// The requested document (or other item) does not exist.
pub const NOT_FOUND: i32 = 4;
