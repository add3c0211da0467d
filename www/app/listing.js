// "Check a listing": the verdict follows every keystroke, and the words rules matched are marked
// inside the fields themselves (a highlight layer behind each transparent field).
import { h } from '../shared/dom.js';
import { badge, codePointSlice, reasonList } from './view.js';

const FIELDS = ['title', 'description', 'price', 'currency', 'seller', 'brand'];

const EXAMPLE = {
  title: 'G U C C I Dionysus shoulder bag 1:1 mirror quality',
  description: 'Top quality, same as original. Contact WhatsApp +86 138 0013 8000 for more.',
  price: '$89',
  currency: '',
  seller: 'LuxuryOutlet88',
  brand: '',
};

export function setupListing(engine) {
  const form = document.getElementById('listing-form');
  const out = document.getElementById('listing-verdict');
  const inputs = Object.fromEntries(FIELDS.map((f) => [f, form.elements[f]]));

  function listing() {
    const l = { title: inputs.title.value };
    for (const f of FIELDS.slice(1)) if (inputs[f].value.trim()) l[f] = inputs[f].value;
    return l;
  }

  function highlight(evidence) {
    for (const f of FIELDS) {
      const back = inputs[f].parentElement.querySelector('.hl-back');
      const chars = Array.from(inputs[f].value);
      const spans = evidence.filter((e) => e.field === f).sort((a, b) => a.start - b.start);
      back.replaceChildren();
      let at = 0;
      for (const { start, end } of spans) {
        if (end <= at) continue;
        back.append(codePointSlice(chars, at, Math.max(at, start)), h('mark', {}, codePointSlice(chars, Math.max(at, start), end)));
        at = end;
      }
      // A trailing newline needs a character after it to take up its line in the layer.
      back.append(codePointSlice(chars, at, chars.length) + '\u200b');
      back.scrollTop = inputs[f].scrollTop;
      back.scrollLeft = inputs[f].scrollLeft;
    }
  }

  function update() {
    if (!engine.checker) return;
    const l = listing();
    if (!l.title.trim()) {
      out.replaceChildren(h('p', { class: 'hint' }, 'Type a title to see its counterfeit risk.'));
      highlight([]);
      return;
    }
    let verdict;
    try {
      verdict = engine.check(l);
    } catch (e) {
      out.replaceChildren(h('p', { class: 'error' }, e.message));
      return;
    }
    highlight(verdict.reasons.map((r) => r.evidence).filter(Boolean));
    out.replaceChildren(
      h('div', { class: 'verdict-head' },
        badge(verdict.level, { large: true }),
        h('span', { class: 'score', id: 'listing-score' }, h('strong', {}, verdict.score), ' / 100')),
      h('p', { class: 'brand-line' }, verdict.brand ? ['Brand: ', h('strong', {}, verdict.brand)] : 'No brand recognised.'),
      h('h3', {}, 'Reasons'),
      reasonList(verdict),
    );
  }

  form.addEventListener('input', update);
  form.addEventListener('reset', () => setTimeout(update));
  for (const input of Object.values(inputs)) {
    input.addEventListener('scroll', () => {
      const back = input.parentElement.querySelector('.hl-back');
      back.scrollTop = input.scrollTop;
      back.scrollLeft = input.scrollLeft;
    });
  }
  document.getElementById('listing-example').addEventListener('click', () => {
    for (const f of FIELDS) inputs[f].value = EXAMPLE[f];
    update();
  });
  engine.addEventListener('change', update);
  return { update };
}
