// The pieces every view shows: the level badge and the list of reasons.
import { h } from '../shared/dom.js';
import { LEVEL_LABELS, LEVEL_SYMBOLS, LEVELS } from '../shared/facts.js';

/** The level as a badge: icon, words and colour. */
export function badge(level, { large = false } = {}) {
  return h('span', { class: `badge badge-${level}${large ? ' badge-large' : ''}` },
    h('span', { 'aria-hidden': 'true' }, LEVEL_SYMBOLS[level]), ` ${LEVEL_LABELS[level]}`);
}

/** A level's place in LEVELS, for sorting by risk. */
export const LEVEL_RANK = Object.fromEntries(LEVELS.map((level, i) => [level, i]));

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
