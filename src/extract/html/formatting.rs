//! The list of active formatting elements: `<b>`, `<a>`, `<font>`… left open across blocks are
//! reopened in the next block, and closed out of order by the adoption agency, as browsers do.

use super::builder::Builder;
use super::tokenizer::Tag;
use super::NONE;

impl Builder {
    fn clone_element(&mut self, id: u32) -> u32 {
        let e = self.el(id);
        let tag = Tag {
            name: e.name.clone(),
            attrs: e.attrs.clone(),
            self_closing: false,
        };
        let ns = e.ns;
        self.create(tag, ns)
    }

    /// Pushes a formatting element, keeping at most three alike since the last marker.
    pub fn push_formatting(&mut self, id: u32) {
        let from = self
            .active
            .iter()
            .rposition(Option::is_none)
            .map_or(0, |m| m + 1);
        let e = self.el(id);
        let alike: Vec<usize> = (from..self.active.len())
            .filter(|&i| {
                self.active[i].is_some_and(|o| {
                    let x = self.el(o);
                    x.name == e.name && x.ns == e.ns && x.attrs == e.attrs
                })
            })
            .collect();
        if alike.len() >= 3 {
            self.active.remove(alike[0]);
        }
        self.active.push(Some(id));
    }

    /// Reopens formatting elements closed by a block (`<b>` across `<p>`s) before new content.
    pub fn reconstruct(&mut self) {
        let open = |b: &Self, x: Option<u32>| x.is_none_or(|id| b.open.contains(&id));
        let Some(&last) = self.active.last() else {
            return;
        };
        if open(self, last) {
            return;
        }
        let mut i = self.active.len() - 1;
        while i > 0 && !open(self, self.active[i - 1]) {
            i -= 1;
        }
        for j in i..self.active.len() {
            let Some(old) = self.active[j] else { continue };
            let new = self.clone_element(old);
            let (parent, before) = self.place(None);
            self.html.insert(parent, new, before);
            self.open.push(new);
            self.active[j] = Some(new);
        }
    }

    pub fn clear_to_marker(&mut self) {
        while let Some(x) = self.active.pop() {
            if x.is_none() {
                break;
            }
        }
    }

    /// An end tag that closes the nearest open element of its name, unless a special element
    /// lies between.
    pub fn other_end_tag(&mut self, name: &str) {
        for i in (0..self.open.len()).rev() {
            let id = self.open[i];
            if self.is(id, name) {
                self.implied_end_tags(name);
                self.open.truncate(i);
                return;
            }
            if self.is_special(id) {
                return;
            }
        }
    }

    /// The standard's adoption agency: closes a formatting element that misnests with blocks,
    /// reparenting the blocks and cloning the element into them as browsers do.
    pub fn adoption(&mut self, subject: &str) {
        let cur = self.current();
        if self.is(cur, subject) && !self.active.contains(&Some(cur)) {
            self.open.pop();
            return;
        }
        for _ in 0..8 {
            let from = self
                .active
                .iter()
                .rposition(Option::is_none)
                .map_or(0, |m| m + 1);
            let found = (from..self.active.len())
                .rev()
                .find(|&i| self.active[i].is_some_and(|x| self.is(x, subject)));
            let Some(fi) = found else {
                return self.other_end_tag(subject);
            };
            let fe = self.active[fi].unwrap_or(NONE);
            let Some(si) = self.open.iter().rposition(|&x| x == fe) else {
                self.active.remove(fi);
                return;
            };
            if !self.node_in_scope(fe) {
                return;
            }
            let Some(fbi) = (si + 1..self.open.len()).find(|&i| self.is_special(self.open[i]))
            else {
                self.open.truncate(si);
                self.active.remove(fi);
                return;
            };
            let fb = self.open[fbi];
            let common = self.open[si - 1];
            let mut bookmark = fi;
            let mut node_i = fbi;
            let mut last = fb;
            let mut inner = 0;
            loop {
                inner += 1;
                node_i -= 1;
                let node = self.open[node_i];
                if node == fe {
                    break;
                }
                let mut ai = self.active.iter().position(|&x| x == Some(node));
                if let Some(a) = ai.filter(|_| inner > 3) {
                    self.active.remove(a);
                    if a < bookmark {
                        bookmark -= 1;
                    }
                    ai = None;
                }
                let Some(ai) = ai else {
                    self.open.remove(node_i);
                    continue;
                };
                let new = self.clone_element(node);
                self.active[ai] = Some(new);
                self.open[node_i] = new;
                if last == fb {
                    bookmark = ai + 1;
                }
                self.html.insert(new, last, NONE);
                last = new;
            }
            let (parent, before) = self.place(Some(common));
            self.html.insert(parent, last, before);
            let new = self.clone_element(fe);
            self.html.move_children(fb, new);
            self.html.insert(fb, new, NONE);
            if let Some(f) = self.active.iter().position(|&x| x == Some(fe)) {
                self.active.remove(f);
                if f < bookmark {
                    bookmark -= 1;
                }
            }
            self.active
                .insert(bookmark.min(self.active.len()), Some(new));
            self.open.retain(|&x| x != fe);
            let at = self
                .open
                .iter()
                .position(|&x| x == fb)
                .map_or(self.open.len(), |i| i + 1);
            self.open.insert(at, new);
        }
    }
}
