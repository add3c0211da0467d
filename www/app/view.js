// Small DOM helpers and the pieces every view shows: the level badge and the list of reasons.

/** Creates an element: h('p', { class: 'x' }, 'text', child). Text is always set as text. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child != null && child !== false) el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

const LABELS = { low: 'Low risk', medium: 'Medium risk', high: 'High risk' };
/** A shape per level, so the level reads without colour too. */
const ICONS = { low: '●', medium: '◆', high: '▲' };

/** The level as a badge: icon, words and colour. */
export function badge(level, { large = false } = {}) {
  return h('span', { class: `badge badge-${level}${large ? ' badge-large' : ''}` },
    h('span', { 'aria-hidden': 'true' }, ICONS[level]), ` ${LABELS[level]}`);
}

export const LEVEL_RANK = { low: 0, medium: 1, high: 2 };

/** The reasons of a verdict as a list: message, the words matched, rule and points. */
export function reasonList(verdict, { compact = false } = {}) {
  if (verdict.reasons.length === 0) {
    return h('p', { class: 'hint' }, 'No rule matched.');
  }
  return h('ul', { class: compact ? 'reasons compact' : 'reasons' }, verdict.reasons.map((r) =>
    h('li', {},
      h('span', { class: 'points', title: `weight ${r.weight}` }, `+${r.points}`),
      h('span', { class: 'message' }, r.message),
      r.evidence && h('span', { class: 'evidence' }, ` in ${r.evidence.field}: `, h('mark', {}, r.evidence.text)),
      !compact && h('span', { class: 'rule' }, ` ${r.pack} › ${r.rule}`),
    )));
}

/** The part of `text` from code point `start` to `end`, as the engine counts. */
export function codePointSlice(chars, start, end) {
  return chars.slice(start, end).join('');
}

/** Offers `text` as a file download. */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
