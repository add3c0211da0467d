//! Opening the CLI's input: files or stdin, plain or gzip-compressed.
//!
//! Archives and crawlers often store saved pages and listing dumps gzipped (`page.html.gz`,
//! `listings.jsonl.gz`), so every input is sniffed for gzip's magic bytes and decompressed on the
//! fly, whatever its name says.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use flate2::bufread::MultiGzDecoder;

/// The two bytes every gzip member starts with (RFC 1952).
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Wraps `input` in a gzip decoder when its first bytes say it is gzip.
fn decompressed<'a, R: BufRead + 'a>(mut input: R) -> io::Result<Box<dyn BufRead + 'a>> {
    let head = input.fill_buf()?;
    Ok(if head.starts_with(&GZIP_MAGIC) {
        Box::new(BufReader::new(MultiGzDecoder::new(input)))
    } else {
        Box::new(input)
    })
}

/// A file's content as a buffered reader, decompressed when it is gzip.
pub fn open(path: &Path) -> Result<Box<dyn BufRead>, String> {
    let file = File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    decompressed(BufReader::new(file)).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Standard input as a buffered reader, decompressed when it is gzip.
pub fn stdin() -> Result<Box<dyn BufRead>, String> {
    decompressed(BufReader::new(io::stdin().lock()))
        .map_err(|e| format!("cannot read standard input: {e}"))
}

/// A saved page's whole text. Errors name the file and say why it is not a page: unreadable,
/// a broken gzip stream, empty, or binary data rather than markup.
pub fn read_page(path: &Path) -> Result<String, String> {
    let mut bytes = Vec::new();
    open(path)?
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    page_text(&bytes).map_err(|why| format!("{} is not an HTML page: {why}", path.display()))
}

/// Decides whether bytes can be read as an HTML page, and decodes them as the extraction does
/// (UTF-8, or Windows-1252 for Western pages that are not UTF-8).
fn page_text(bytes: &[u8]) -> Result<String, &'static str> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("the file is empty");
    }
    // Text never holds NUL bytes; images, archives and other binaries almost always do early on.
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err("it holds binary data, not text");
    }
    let text = knockoff::extract::decode_html(bytes);
    if !text.contains('<') {
        return Err("it holds no markup");
    }
    Ok(text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    fn read_all(input: &[u8]) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        decompressed(input)?.read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn plain_input_passes_through_and_gzip_is_decompressed() {
        assert_eq!(read_all(b"{\"title\": 1}\n").unwrap(), b"{\"title\": 1}\n");
        assert_eq!(read_all(&gzip(b"<p>hi</p>")).unwrap(), b"<p>hi</p>");
    }

    #[test]
    fn concatenated_gzip_members_are_read_whole() {
        let mut two = gzip(b"<p>one</p>");
        two.extend(gzip(b"<p>two</p>"));
        assert_eq!(read_all(&two).unwrap(), b"<p>one</p><p>two</p>");
    }

    #[test]
    fn truncated_gzip_is_an_error() {
        let whole = gzip(&b"<p>a listing</p>".repeat(100));
        assert!(read_all(&whole[..whole.len() / 2]).is_err());
    }

    #[test]
    fn pages_must_be_markup() {
        assert_eq!(page_text(b"  \n"), Err("the file is empty"));
        assert_eq!(
            page_text(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err("it holds binary data, not text")
        );
        assert_eq!(page_text(b"just words"), Err("it holds no markup"));
        assert_eq!(page_text(b"<p>caf\xe9</p>").unwrap(), "<p>caf\u{e9}</p>");
    }
}
