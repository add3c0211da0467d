// knockoff-form: live counterfeit-risk validation for a plain HTML listing form.
//
//   import { attachToForm } from './knockoff-form.js';
//   const binding = attachToForm(document.querySelector('form'), { blockAt: 'high' });
//
// As the seller types, the listing is checked (debounced) with knockoff's WebAssembly engine.
// Under each field whose words caused a problem it shows why, quotes those words with the
// words marked, and offers a button that selects them in the field. A summary shows the risk
// level (text, symbol and colour) and the score. Submitting a listing at or above `blockAt` is
// stopped with a message the seller can act on, and the first field to fix gets the focus.
//
// Accessibility: each field's messages are linked with aria-describedby (read when the field
// gets focus) and the field gets aria-invalid while it blocks submission; the summary is a
// polite live region (role="status"); the block message is an alert (role="alert") whose links
// lead to each field. Listing text is only ever inserted with textContent, never as HTML.
//
// No framework and no build step. The engine is loaded on first use from ../pkg/knockoff.js
// next to this file (override with `moduleUrl`), or pass your own `validate(fields)`.

const LEVELS = ['low', 'medium', 'high'];
const FIELDS = ['title', 'brand', 'category', 'price', 'currency', 'description', 'seller'];
const LEVEL_TEXT = { low: 'Low risk', medium: 'Medium risk', high: 'High risk' };
// Shapes as well as colours, so the level never rests on colour alone.
const LEVEL_SYMBOL = { low: '✓', medium: '!', high: '✕' };
const EXCERPT_CONTEXT = 24; // characters of context either side of the marked words

let instances = 0;
const engines = new Map(); // moduleUrl → Promise<validateListing>

/**
 * Attaches live counterfeit-risk validation to a form.
 *
 * @param {HTMLFormElement} form
 * @param {object} [options]
 * @param {string[]|Object<string, string|Element>} [options.fields] Which listing fields the form
 *   has. An array of names (`['title', 'price']`) finds controls by `name`; an object maps a
 *   listing field to a control's name, a CSS selector or the element itself
 *   (`{ title: 'product_name', seller: '#store' }`). Default: every control named like a
 *   listing field (title, brand, category, price, currency, description, seller).
 * @param {'low'|'medium'|'high'|null} [options.blockAt='high'] Level from which submitting is
 *   blocked; `null` (or 'never') never blocks.
 * @param {number} [options.debounceMs=250] Pause in typing before the listing is checked.
 * @param {(fields: object) => object|Promise<object>} [options.validate] Checks the fields and
 *   returns `{ level, score, brand, issues }`. Default: the engine's `validateListing`.
 * @param {number} [options.sensitivity] Passed to the engine (1 is the default).
 * @param {string[]} [options.disabledPacks] Ids of rule packs to leave out.
 * @param {string|URL} [options.moduleUrl] Where the engine's `knockoff.js` is.
 * @returns {{ check(): Promise<object|null>, readonly result: object|null, detach(): void }}
 */
export function attachToForm(form, options = {}) {
  if (!(form instanceof HTMLFormElement)) throw new TypeError('attachToForm needs a <form> element');
  const {
    fields: fieldSpec,
    blockAt = 'high',
    debounceMs = 250,
    validate,
    sensitivity,
    disabledPacks,
    moduleUrl = new URL('../pkg/knockoff.js', import.meta.url),
  } = options;
  const blockIndex = blockAt == null || blockAt === 'never' || blockAt === false ? Infinity : LEVELS.indexOf(blockAt);
  if (blockIndex < 0) throw new TypeError(`blockAt must be "low", "medium", "high" or null, not ${JSON.stringify(blockAt)}`);

  const uid = `ko${++instances}`;
  const engineOptions = {};
  if (sensitivity !== undefined) engineOptions.sensitivity = sensitivity;
  if (disabledPacks !== undefined) engineOptions.disabledPacks = disabledPacks;
  const check = validate ?? engineValidator(String(moduleUrl), engineOptions);

  const created = []; // elements this binding added, removed on detach
  const restore = []; // attribute changes, undone on detach
  const fields = resolveFields(form, fieldSpec).map((f) => setUpField(f));
  const byName = new Map(fields.map((f) => [f.name, f]));
  const summary = summaryElement();
  const alertBox = alertElement();

  let timer = 0;
  let sequence = 0; // the newest check started; older answers are dropped
  let shown = null; // { values, result } on screen
  let failed = null; // why the engine could not run, if it could not
  let resubmitting = false;

  const onInput = (event) => {
    if (!fields.some((f) => f.control === event.target)) return;
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };
  const onSubmit = (event) => {
    if (resubmitting) return; // our own requestSubmit below, for values already checked
    if (blockIndex === Infinity) return;
    clearTimeout(timer);
    const values = readValues();
    if (shown && sameValues(values, shown.values)) {
      decide(event, shown.result);
      return;
    }
    // Not checked yet in this state: check now, synchronously when the engine is loaded.
    const answer = runWith(values);
    if (!(answer instanceof Promise)) {
      decide(event, answer);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    const submitter = event.submitter;
    answer.then((result) => {
      if (result && blocks(result)) {
        block(result);
        return;
      }
      // Submit again: straight through if nothing changed meanwhile, else via a fresh check. In a
      // task of its own: an answer that was already there arrives while this submit event is
      // still being dispatched, and the browser ignores requestSubmit() until it is over.
      setTimeout(() => {
        // requestSubmit fires the submit event synchronously (or not at all, when the browser's
        // own constraint validation stops it), so the flag never outlives this call.
        resubmitting = sameValues(readValues(), values);
        try {
          if (submitter && submitter.form === form) form.requestSubmit(submitter);
          else form.requestSubmit();
        } finally {
          resubmitting = false;
        }
      });
    });
  };
  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  form.addEventListener('submit', onSubmit, { capture: true });

  if (!blank(readValues())) run(); // values the browser restored, or the page filled in

  return {
    /** Checks the form now (skipping the debounce); resolves to the result shown. */
    check() {
      clearTimeout(timer);
      return Promise.resolve(runWith(readValues()));
    },
    /** The last result shown, or null. */
    get result() {
      return shown ? shown.result : null;
    },
    /** Removes everything this binding added and stops validating. */
    detach() {
      clearTimeout(timer);
      sequence++;
      form.removeEventListener('input', onInput);
      form.removeEventListener('change', onInput);
      form.removeEventListener('submit', onSubmit, { capture: true });
      for (const el of created) el.remove();
      for (const undo of restore.reverse()) undo();
    },
  };

  // ---- checking -------------------------------------------------------------------------

  function run() {
    runWith(readValues());
  }

  /** Checks `values` and shows the result: returns it directly when the check was synchronous. */
  function runWith(values) {
    const mine = ++sequence;
    if (blank(values)) {
      // Nothing written yet (a select's default is not writing): nothing to judge or show.
      shown = null;
      fields.forEach((f, i) => renderField(f, values[i], [], false));
      renderSummary(null);
      clearAlert();
      return null;
    }
    let answer;
    try {
      answer = check(listingOf(values));
    } catch (error) {
      return failedWith(error);
    }
    if (answer && typeof answer.then === 'function') {
      return Promise.resolve(answer).then(
        // A newer check supersedes this one on screen, but whoever waits still gets its answer.
        (result) => (mine === sequence ? show(values, result) : result),
        (error) => (mine === sequence ? failedWith(error) : null),
      );
    }
    return show(values, answer);
  }

  function failedWith(error) {
    // A client-side pre-check that cannot run must not stop a seller: the marketplace's server
    // checks again. Say so, and let the form submit.
    failed = error;
    console.error('knockoff-form: validation unavailable', error);
    shown = null;
    renderSummary(null);
    return null;
  }

  /** True when no text field has anything in it. */
  function blank(values) {
    return fields.every((f, i) => f.control instanceof HTMLSelectElement || values[i].trim() === '');
  }

  function readValues() {
    return fields.map((f) => f.control.value);
  }

  function listingOf(values) {
    const listing = {};
    fields.forEach((f, i) => {
      if (values[i].trim() !== '') listing[f.name] = values[i];
    });
    if (listing.title === undefined) listing.title = '';
    return listing;
  }

  function blocks(result) {
    return LEVELS.indexOf(result.level) >= blockIndex;
  }

  function decide(event, result) {
    if (!result || !blocks(result)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    block(result);
  }

  // ---- showing --------------------------------------------------------------------------

  function show(values, result) {
    failed = null;
    shown = { values, result };
    const blocking = blocks(result);
    const perField = new Map(fields.map((f) => [f.name, []]));
    const elsewhere = [];
    for (const issue of result.issues) {
      const owner = shownUnder(issue);
      (owner ? perField.get(owner.name) : elsewhere).push(issue);
    }
    fields.forEach((f, i) => renderField(f, values[i], perField.get(f.name), blocking));
    renderSummary(result, elsewhere);
    // Keep a block message current, without re-announcing an unchanged one at every pause.
    if (!blocking) clearAlert();
    else if (!alertBox.hidden && alertKey(result) !== alertBox.dataset.key) block(result, { focus: false });
    form.dispatchEvent(new CustomEvent('knockoff:validated', { detail: result }));
    return result;
  }

  function renderField(field, text, issues, blocking) {
    const box = field.messages;
    box.replaceChildren();
    box.hidden = issues.length === 0;
    box.dataset.level = issues.length ? shown?.result.level ?? '' : '';
    if (issues.length && blocking) field.control.setAttribute('aria-invalid', 'true');
    else field.control.removeAttribute('aria-invalid');
    field.control.classList.toggle('ko-flagged', issues.length > 0);
    if (!issues.length) return;
    const list = el('ul', 'ko-issues');
    for (const issue of issues) {
      const item = el('li', 'ko-issue');
      item.append(el('span', 'ko-issue-message', issue.message));
      // Currency issues shown under the price point into the currency's text, not the price's.
      const source = issue.field === field.name ? text : valueOf(issue.field);
      const words = source === null ? '' : slice(source, issue.start, issue.end);
      if (words.trim() !== '') {
        item.append(' ', excerpt(source, issue.start, issue.end));
        const owner = issue.field === field.name ? field : byName.get(issue.field);
        if (owner && canSelect(owner.control)) {
          const button = el('button', 'ko-select', `Select “${words}” in ${owner.label}`);
          button.type = 'button';
          button.addEventListener('click', () => selectWords(owner, source, issue.start, issue.end));
          item.append(' ', button);
        }
      }
      list.append(item);
    }
    box.append(list);
  }

  function valueOf(name) {
    const f = byName.get(name);
    return f ? f.control.value : null;
  }

  /** The words in their context, the words themselves in a <mark>. */
  function excerpt(text, start, end) {
    const chars = Array.from(text);
    const from = Math.max(0, start - EXCERPT_CONTEXT);
    const to = Math.min(chars.length, end + EXCERPT_CONTEXT);
    const quote = el('q', 'ko-excerpt');
    quote.append(
      (from > 0 ? '…' : '') + chars.slice(from, start).join(''),
      el('mark', null, chars.slice(start, end).join('')),
      chars.slice(end, to).join('') + (to < chars.length ? '…' : ''),
    );
    return quote;
  }

  function selectWords(field, text, start, end) {
    const control = field.control;
    control.focus();
    if (control.value !== text) return; // changed since: the offsets no longer fit
    try {
      control.setSelectionRange(utf16Offset(text, start), utf16Offset(text, end));
    } catch {
      // Controls such as <input type="number"> have no selection; focus is the best we can do.
    }
  }

  function renderSummary(result, elsewhere = []) {
    // The summary is a live region: only touch it when what it says changes.
    const key = result
      ? JSON.stringify([result.level, result.score, result.issues.map((i) => i.field), elsewhere.map((i) => i.message)])
      : `none:${Boolean(failed)}`;
    if (summary.dataset.key === key) return;
    summary.dataset.key = key;
    summary.replaceChildren();
    if (!result) {
      summary.dataset.level = '';
      summary.append(el('span', 'ko-summary-note', failed
        ? 'Counterfeit-risk checks are unavailable right now; your listing will be checked after you submit it.'
        : 'Your listing is checked for counterfeit risk as you type.'));
      return;
    }
    summary.dataset.level = result.level;
    const badge = el('span', `ko-badge ko-badge-${result.level}`);
    badge.append(el('span', 'ko-badge-symbol', LEVEL_SYMBOL[result.level]), LEVEL_TEXT[result.level]);
    badge.firstChild.setAttribute('aria-hidden', 'true');
    summary.append(badge, ' ', el('span', 'ko-score', `score ${result.score} of 100`));
    if (result.issues.length) {
      const names = [...new Set(result.issues.map((i) => labelOf(i.field)))];
      const count = result.issues.length === 1 ? '1 issue' : `${result.issues.length} issues`;
      summary.append(' ', el('span', 'ko-count', `${count}: ${names.join(', ')}`));
    } else {
      summary.append(' ', el('span', 'ko-count', 'no issues found'));
    }
    if (elsewhere.length) {
      const list = el('ul', 'ko-issues ko-elsewhere');
      for (const issue of elsewhere) list.append(el('li', 'ko-issue', `${labelOf(issue.field)}: ${issue.message}`));
      summary.append(list);
    }
  }

  /** Shows why submitting is blocked and, unless told not to, focuses the first field to fix. */
  function block(result, { focus = true } = {}) {
    const offending = offendingFields(result);
    alertBox.replaceChildren();
    alertBox.hidden = false;
    alertBox.dataset.key = alertKey(result);
    const strong = result.level === 'high';
    alertBox.append(el('p', 'ko-alert-title', 'This listing can’t be published yet.'));
    alertBox.append(el('p', null, strong
      ? `It reads like a listing for counterfeit goods (${LEVEL_TEXT[result.level].toLowerCase()}, score ${result.score} of 100).`
      : `Parts of it read like a listing for counterfeit goods (${LEVEL_TEXT[result.level].toLowerCase()}, score ${result.score} of 100).`));
    alertBox.append(el('p', null, 'If your item is genuine, name the brand plainly, describe the item as it is and give its real price. Change these fields:'));
    const list = el('ul', 'ko-alert-fields');
    for (const f of offending) {
      const link = el('a', null, `${f.label}: ${result.issues.find((i) => shownUnder(i) === f)?.message ?? ''}`);
      link.href = `#${f.control.id}`;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        f.control.focus();
      });
      const item = el('li');
      item.append(link);
      list.append(item);
    }
    for (const issue of result.issues.filter((i) => !shownUnder(i))) {
      list.append(el('li', null, `${labelOf(issue.field)}: ${issue.message}`));
    }
    alertBox.append(list);
    form.dispatchEvent(new CustomEvent('knockoff:blocked', { detail: result }));
    if (focus) {
      const first = offending[0];
      if (first) {
        first.control.focus();
        first.control.scrollIntoView?.({ block: 'center' });
      } else {
        alertBox.focus();
      }
    }
  }

  function clearAlert() {
    alertBox.hidden = true;
    alertBox.dataset.key = '';
    alertBox.replaceChildren();
  }

  /** The field an issue is shown under: its own, or the price for a currency without a field. */
  function shownUnder(issue) {
    return byName.get(issue.field) ?? (issue.field === 'currency' ? byName.get('price') : undefined);
  }

  /** Fields with issues, in document order. */
  function offendingFields(result) {
    return fields
      .filter((f) => result.issues.some((i) => shownUnder(i) === f))
      .sort((a, b) => (a.control.compareDocumentPosition(b.control) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  function alertKey(result) {
    return JSON.stringify([result.level, result.issues.map((i) => [i.field, i.message])]);
  }

  // ---- setting up -----------------------------------------------------------------------

  function setUpField({ name, control }) {
    if (!control.id) {
      control.id = `${uid}-${name}`;
      restore.push(() => control.removeAttribute('id'));
    }
    let messages = form.querySelector(`[data-knockoff-messages="${name}"]`);
    if (!messages) {
      messages = document.createElement('div');
      // After the control, or after a <label> wrapping it (inside, it would join the label).
      (control.closest('label') ?? control).after(messages);
      created.push(messages);
    }
    if (!messages.id) messages.id = `${uid}-${name}-messages`;
    messages.classList.add('ko-messages');
    messages.hidden = true;
    const before = control.getAttribute('aria-describedby');
    const ids = (before ?? '').split(/\s+/).filter(Boolean);
    if (!ids.includes(messages.id)) {
      control.setAttribute('aria-describedby', [...ids, messages.id].join(' '));
      restore.push(() => (before === null ? control.removeAttribute('aria-describedby') : control.setAttribute('aria-describedby', before)));
    }
    restore.push(() => {
      control.removeAttribute('aria-invalid');
      control.classList.remove('ko-flagged');
      messages.replaceChildren();
    });
    return { name, control, messages, label: labelText(control, name) };
  }

  function summaryElement() {
    let box = form.querySelector('[data-knockoff-summary]');
    if (box) restore.push(() => box.replaceChildren());
    else {
      box = document.createElement('div');
      form.prepend(box);
      created.push(box);
    }
    box.classList.add('ko-summary');
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    box.setAttribute('aria-atomic', 'true');
    renderSummaryPlaceholder(box);
    return box;
  }

  function renderSummaryPlaceholder(box) {
    box.dataset.key = 'none:false';
    box.replaceChildren(el('span', 'ko-summary-note', 'Your listing is checked for counterfeit risk as you type.'));
  }

  function alertElement() {
    let box = form.querySelector('[data-knockoff-alert]');
    if (box) restore.push(() => box.replaceChildren());
    else {
      box = document.createElement('div');
      summary.after(box);
      created.push(box);
    }
    box.classList.add('ko-alert');
    box.setAttribute('role', 'alert');
    box.tabIndex = -1;
    box.hidden = true;
    return box;
  }

  function labelOf(name) {
    return byName.get(name)?.label ?? name[0].toUpperCase() + name.slice(1);
  }
}

/** The engine's validator, loaded once per module URL. Synchronous once loaded. */
function engineValidator(moduleUrl, engineOptions) {
  let validateListing = null;
  let loading = engines.get(moduleUrl);
  if (!loading) {
    loading = import(moduleUrl).then(async (module) => {
      await module.default();
      // The first call builds the checker and has the engine's code compiled (tens of ms);
      // do it now, while the seller is still reading the form, not on their first pause.
      try {
        module.validateListing({ title: '' }, engineOptions);
      } catch {
        // Bad options: the real calls will throw and say so.
      }
      return module.validateListing;
    });
    engines.set(moduleUrl, loading);
  }
  loading.then((fn) => (validateListing = fn), () => {});
  return (fields) => (validateListing ? validateListing(fields, engineOptions) : loading.then((fn) => fn(fields, engineOptions)));
}

function resolveFields(form, spec) {
  const entries = spec === undefined
    ? FIELDS.map((name) => [name, name])
    : Array.isArray(spec)
      ? spec.map((name) => [name, name])
      : Object.entries(spec);
  const found = [];
  for (const [name, where] of entries) {
    let control = where;
    if (typeof where === 'string') {
      control = form.elements.namedItem(where);
      if (!(control instanceof Element)) control = form.querySelector(where.match(/^[\w-]+$/) ? `#${where}` : where);
    }
    if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement) {
      found.push({ name, control });
    } else if (spec !== undefined) {
      throw new TypeError(`attachToForm: no input, textarea or select for field "${name}" (${String(where)})`);
    }
  }
  if (!found.length) throw new TypeError('attachToForm: the form has no listing fields (name them title, price, …)');
  return found;
}

function labelText(control, name) {
  const text = control.labels?.[0]?.textContent ?? control.getAttribute('aria-label') ?? '';
  const clean = text.replace(/\s+/g, ' ').replace(/[*:]+\s*$/, '').trim();
  return clean || name[0].toUpperCase() + name.slice(1);
}

function canSelect(control) {
  return control instanceof HTMLTextAreaElement
    || (control instanceof HTMLInputElement && /^(text|search|url|tel|password)$/.test(control.type));
}

/** `start..end` counted in code points, as the engine counts. */
function slice(text, start, end) {
  return Array.from(text).slice(start, end).join('');
}

/** A code-point offset as a UTF-16 offset, as the DOM counts. */
function utf16Offset(text, codePoints) {
  let units = 0;
  let seen = 0;
  for (const ch of text) {
    if (seen++ === codePoints) break;
    units += ch.length;
  }
  return units;
}

function sameValues(a, b) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
