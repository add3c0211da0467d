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
// No framework and no build step. This file checks and shows; `fields.js` binds the controls,
// `messages.js` writes what the seller reads, `guard.js` stops the submit; level names and
// symbols come from `../shared/facts.js` (generated from the engine's Rust). The engine is
// loaded on first use from ../pkg/check/knockoff.js next to this file, the check-only module (npm
// `knockoff-check`: no page extraction, half the download; override with `moduleUrl`), or pass
// your own `validate(fields)`.
import { LEVELS } from '../shared/facts.js';
import { bindFields } from './fields.js';
import { guardSubmit, sameValues } from './guard.js';
import { createMessages } from './messages.js';

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
  const { fields: fieldSpec, blockAt = 'high', debounceMs = 250, validate, sensitivity, disabledPacks } = options;
  const moduleUrl = options.moduleUrl ?? new URL('../pkg/check/knockoff.js', import.meta.url);
  const blockIndex = blockAt == null || blockAt === 'never' || blockAt === false ? Infinity : LEVELS.indexOf(blockAt);
  if (blockIndex < 0) throw new TypeError(`blockAt must be "low", "medium", "high" or null, not ${JSON.stringify(blockAt)}`);

  const engineOptions = {};
  if (sensitivity !== undefined) engineOptions.sensitivity = sensitivity;
  if (disabledPacks !== undefined) engineOptions.disabledPacks = disabledPacks;
  const undo = { created: [], restore: [] }; // elements added and attribute changes, undone on detach
  const fields = bindFields(form, fieldSpec, `ko${++instances}`, undo);
  const checker = createChecker({
    form, fields, messages: createMessages(form, fields, undo),
    check: validate ?? engineValidator(String(moduleUrl), engineOptions),
    blocks: (result) => LEVELS.indexOf(result.level) >= blockIndex,
  });

  let timer = 0;
  const settle = () => clearTimeout(timer);
  const onInput = (event) => {
    if (!fields.list.some((f) => f.control === event.target)) return;
    settle();
    timer = setTimeout(() => checker.run(fields.read()), debounceMs);
  };
  form.addEventListener('input', onInput);
  form.addEventListener('change', onInput);
  const unguard = blockIndex === Infinity ? () => {} : guardSubmit(form, { settle, read: fields.read, ...checker });

  if (!fields.blank(fields.read())) checker.run(fields.read()); // values the browser restored, or the page filled in

  return {
    /** Checks the form now (skipping the debounce); resolves to the result shown. */
    check() {
      settle();
      return Promise.resolve(checker.run(fields.read()));
    },
    /** The last result shown, or null. */
    get result() {
      return checker.result();
    },
    /** Removes everything this binding added and stops validating. */
    detach() {
      settle();
      checker.drop();
      form.removeEventListener('input', onInput);
      form.removeEventListener('change', onInput);
      unguard();
      for (const el of undo.created) el.remove();
      for (const restore of undo.restore.reverse()) restore();
    },
  };
}

/**
 * Checks values and shows the answers: the newest check wins the screen. Owns what is on screen
 * ({ values, result }) and why the engine could not run, if it could not.
 */
function createChecker({ form, fields, messages, check, blocks }) {
  let sequence = 0; // the newest check started; older answers are dropped
  let shown = null;
  let failed = false;
  const show = (values, result) => {
    failed = false;
    shown = { values, result };
    const blocking = blocks(result);
    const perField = new Map(fields.list.map((f) => [f.name, []]));
    const elsewhere = [];
    for (const issue of result.issues) {
      const owner = fields.shownUnder(issue);
      (owner ? perField.get(owner.name) : elsewhere).push(issue);
    }
    fields.list.forEach((f, i) => messages.field(f, values[i], perField.get(f.name), result.level, blocking));
    messages.summary(result, elsewhere);
    messages.update(result, blocking);
    form.dispatchEvent(new CustomEvent('knockoff:validated', { detail: result }));
    return result;
  };
  const failedWith = (error) => {
    // A client-side pre-check that cannot run must not stop a seller: the marketplace's server
    // checks again. Say so, and let the form submit.
    console.error('knockoff-form: validation unavailable', error);
    failed = true;
    shown = null;
    messages.summary(null, [], failed);
    return null;
  };
  /** Checks `values` and shows the result: returns it directly when the check was synchronous. */
  const run = (values) => {
    const mine = ++sequence;
    if (fields.blank(values)) {
      // Nothing written yet (a select's default is not writing): nothing to judge or show.
      shown = null;
      fields.list.forEach((f, i) => messages.field(f, values[i], [], null, false));
      messages.summary(null, [], failed);
      messages.clearAlert();
      return null;
    }
    let answer;
    try {
      answer = check(fields.listingOf(values));
    } catch (error) {
      return failedWith(error);
    }
    if (!answer || typeof answer.then !== 'function') return show(values, answer);
    return Promise.resolve(answer).then(
      // A newer check supersedes this one on screen, but whoever waits still gets its answer.
      (result) => (mine === sequence ? show(values, result) : result),
      (error) => (mine === sequence ? failedWith(error) : null),
    );
  };
  return {
    run,
    check: run,
    blocks,
    block: (result) => messages.block(result),
    /** The result on screen if it is for exactly `values`. */
    checked: (values) => (shown && sameValues(values, shown.values) ? shown.result : undefined),
    result: () => (shown ? shown.result : null),
    /** Drops every answer still to come. */
    drop: () => sequence++,
  };
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
