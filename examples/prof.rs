use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let html = std::fs::read_to_string(path).unwrap();
    let t = Instant::now();
    let p = scraper::Html::parse_document(&html);
    eprintln!("parse {:?}", t.elapsed());
    drop(p);
    let t = Instant::now();
    let r = knockoff::extract::extract_page(&html);
    eprintln!("total {:?} found {}", t.elapsed(), r.found.len());
}
