// Messages for knockoff-form: the issues under each field (the words quoted and marked, a button
// selecting them), the summary (a polite live region with the level, score and fields), and the
// alert shown when submitting is blocked. It owns the summary and alert boxes.
import { h } from '../shared/dom.js';
import { LEVEL_LABELS, LEVEL_SYMBOLS } from '../shared/facts.js';
import { canSelect, selectWords } from './fields.js';

const EXCERPT_CONTEXT = 24; // characters of context either side of the marked words
const INVITATION = 'Your listing is checked for counterfeit risk as you type.';

/** The messages of a form whose fields are `fields` (from bindFields); `undo` as there. */
export function createMessages(form, fields, undo) {
  const summary = summaryElement(form, undo);
  const ctx = { form, fields, summary, alertBox: alertElement(summary, form, undo) };
  return {
    /** Shows `issues` under `field`, whose text is `text`; `level` is the listing's. */
    field: (field, text, issues, level, blocking) => renderField(ctx, field, text, issues, level, blocking),
    /** Shows the result in the summary (null: nothing checked yet, or `failed` to check). */
    summary: (result, elsewhere, failed) => renderSummary(ctx, result, elsewhere, failed),
    /** Shows why submitting is blocked and, unless told not to, focuses the first field to fix. */
    block: (result, options) => block(ctx, result, options),
    /** Keeps a block message current, without re-announcing an unchanged one at every pause. */
    update(result, blocking) {
      if (!blocking) clearAlert(ctx.alertBox);
      else if (!ctx.alertBox.hidden && alertKey(result) !== ctx.alertBox.dataset.key) block(ctx, result, { focus: false });
    },
    clearAlert: () => clearAlert(ctx.alertBox),
  };
}

function renderField({ fields }, field, text, issues, level, blocking) {
  const box = field.messages;
  box.replaceChildren();
  box.hidden = issues.length === 0;
  box.dataset.level = issues.length ? level ?? '' : '';
  if (issues.length && blocking) field.control.setAttribute('aria-invalid', 'true');
  else field.control.removeAttribute('aria-invalid');
  field.control.classList.toggle('ko-flagged', issues.length > 0);
  if (!issues.length) return;
  const list = h('ul', { class: 'ko-issues' });
  for (const issue of issues) {
    const item = h('li', { class: 'ko-issue' }, h('span', { class: 'ko-issue-message' }, issue.message));
    // Currency issues shown under the price point into the currency's text, not the price's.
    const source = issue.field === field.name ? text : fields.valueOf(issue.field);
    const words = source === null ? '' : Array.from(source).slice(issue.start, issue.end).join('');
    if (words.trim() !== '') {
      item.append(' ', excerpt(source, issue.start, issue.end));
      const owner = issue.field === field.name ? field : fields.byName.get(issue.field);
      if (owner && canSelect(owner.control)) {
        const select = () => selectWords(owner, source, issue.start, issue.end);
        item.append(' ', h('button', { class: 'ko-select', type: 'button', onclick: select }, `Select “${words}” in ${owner.label}`));
      }
    }
    list.append(item);
  }
  box.append(list);
}

/** The words in their context (start and end count code points), the words themselves in a <mark>. */
function excerpt(text, start, end) {
  const chars = Array.from(text);
  const from = Math.max(0, start - EXCERPT_CONTEXT);
  const to = Math.min(chars.length, end + EXCERPT_CONTEXT);
  return h('q', { class: 'ko-excerpt' },
    (from > 0 ? '…' : '') + chars.slice(from, start).join(''),
    h('mark', {}, chars.slice(start, end).join('')),
    chars.slice(end, to).join('') + (to < chars.length ? '…' : ''));
}

function renderSummary({ fields, summary }, result, elsewhere = [], failed = false) {
  // The summary is a live region: only touch it when what it says changes.
  const key = result
    ? JSON.stringify([result.level, result.score, result.issues.map((i) => i.field), elsewhere.map((i) => i.message)])
    : `none:${Boolean(failed)}`;
  if (summary.dataset.key === key) return;
  summary.dataset.key = key;
  summary.replaceChildren();
  if (!result) {
    summary.dataset.level = '';
    summary.append(h('span', { class: 'ko-summary-note' }, failed
      ? 'Counterfeit-risk checks are unavailable right now; your listing will be checked after you submit it.'
      : INVITATION));
    return;
  }
  summary.dataset.level = result.level;
  const badge = h('span', { class: `ko-badge ko-badge-${result.level}` },
    h('span', { class: 'ko-badge-symbol', 'aria-hidden': 'true' }, LEVEL_SYMBOLS[result.level]), LEVEL_LABELS[result.level]);
  summary.append(badge, ' ', h('span', { class: 'ko-score' }, `score ${result.score} of 100`));
  if (result.issues.length) {
    const names = [...new Set(result.issues.map((i) => fields.labelOf(i.field)))];
    const count = result.issues.length === 1 ? '1 issue' : `${result.issues.length} issues`;
    summary.append(' ', h('span', { class: 'ko-count' }, `${count}: ${names.join(', ')}`));
  } else {
    summary.append(' ', h('span', { class: 'ko-count' }, 'no issues found'));
  }
  if (elsewhere.length) {
    summary.append(h('ul', { class: 'ko-issues ko-elsewhere' },
      elsewhere.map((issue) => h('li', { class: 'ko-issue' }, `${fields.labelOf(issue.field)}: ${issue.message}`))));
  }
}

function block({ form, fields, alertBox }, result, { focus = true } = {}) {
  const offending = offendingFields(fields, result);
  alertBox.replaceChildren();
  alertBox.hidden = false;
  alertBox.dataset.key = alertKey(result);
  const level = LEVEL_LABELS[result.level].toLowerCase();
  alertBox.append(
    h('p', { class: 'ko-alert-title' }, 'This listing can’t be published yet.'),
    h('p', {}, `${result.level === 'high' ? 'It reads' : 'Parts of it read'} like a listing for counterfeit goods (${level}, score ${result.score} of 100).`),
    h('p', {}, 'If your item is genuine, name the brand plainly, describe the item as it is and give its real price. Change these fields:'),
  );
  const list = h('ul', { class: 'ko-alert-fields' });
  for (const f of offending) {
    const message = result.issues.find((i) => fields.shownUnder(i) === f)?.message ?? '';
    const go = (event) => {
      event.preventDefault();
      f.control.focus();
    };
    list.append(h('li', {}, h('a', { href: `#${f.control.id}`, onclick: go }, `${f.label}: ${message}`)));
  }
  for (const issue of result.issues.filter((i) => !fields.shownUnder(i))) {
    list.append(h('li', {}, `${fields.labelOf(issue.field)}: ${issue.message}`));
  }
  alertBox.append(list);
  form.dispatchEvent(new CustomEvent('knockoff:blocked', { detail: result }));
  if (!focus) return;
  const first = offending[0];
  if (first) {
    first.control.focus();
    first.control.scrollIntoView?.({ block: 'center' });
  } else {
    alertBox.focus();
  }
}

function clearAlert(alertBox) {
  alertBox.hidden = true;
  alertBox.dataset.key = '';
  alertBox.replaceChildren();
}

/** Fields with issues, in document order. */
function offendingFields(fields, result) {
  return fields.list
    .filter((f) => result.issues.some((i) => fields.shownUnder(i) === f))
    .sort((a, b) => (a.control.compareDocumentPosition(b.control) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

function alertKey(result) {
  return JSON.stringify([result.level, result.issues.map((i) => [i.field, i.message])]);
}

/** The page's own element for `selector` (emptied on detach), or a new one `place` puts (removed on detach). */
function ownedBox(form, selector, place, undo) {
  let box = form.querySelector(selector);
  if (box) undo.restore.push(() => box.replaceChildren());
  else {
    box = document.createElement('div');
    place(box);
    undo.created.push(box);
  }
  return box;
}

function summaryElement(form, undo) {
  const box = ownedBox(form, '[data-knockoff-summary]', (b) => form.prepend(b), undo);
  box.classList.add('ko-summary');
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  box.setAttribute('aria-atomic', 'true');
  box.dataset.key = 'none:false';
  box.replaceChildren(h('span', { class: 'ko-summary-note' }, INVITATION));
  return box;
}

function alertElement(summary, form, undo) {
  const box = ownedBox(form, '[data-knockoff-alert]', (b) => summary.after(b), undo);
  box.classList.add('ko-alert');
  box.setAttribute('role', 'alert');
  box.tabIndex = -1;
  box.hidden = true;
  return box;
}
