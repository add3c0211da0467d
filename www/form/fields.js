// Field binding for knockoff-form: which controls hold which listing fields, their labels, their
// values as a listing, and selecting a field's words. It owns the controls' ids and
// aria-describedby links to their message boxes (undone by the binding's detach).

/** The listing fields a form can have, in the order their messages are read. */
export const FIELDS = ['title', 'brand', 'category', 'price', 'currency', 'description', 'seller'];

/**
 * Binds the form's listing fields: `spec` as attachToForm's `fields` option. `undo` collects what
 * to take back on detach ({ created: elements added, restore: functions }); `uid` prefixes ids.
 */
export function bindFields(form, spec, uid, undo) {
  const list = resolveFields(form, spec).map(({ name, control }) => {
    const messages = messageBox(form, name, control, uid, undo);
    return { name, control, messages, label: labelText(control, name) };
  });
  const byName = new Map(list.map((f) => [f.name, f]));
  const read = () => list.map((f) => f.control.value);
  return {
    list,
    byName,
    /** The controls' current values, in the order of `list`. */
    read,
    /** True when no text field has anything in it (a select's default is not writing). */
    blank: (values) => list.every((f, i) => f.control instanceof HTMLSelectElement || values[i].trim() === ''),
    /** The listing the values describe, as the engine reads one. */
    listingOf(values) {
      const listing = {};
      list.forEach((f, i) => {
        if (values[i].trim() !== '') listing[f.name] = values[i];
      });
      if (listing.title === undefined) listing.title = '';
      return listing;
    },
    /** A field's current text, or null when the form has no such field. */
    valueOf: (name) => byName.get(name)?.control.value ?? null,
    /** The name a field is shown with. */
    labelOf: (name) => byName.get(name)?.label ?? name[0].toUpperCase() + name.slice(1),
    /** The field an issue is shown under: its own, or the price for a currency without a field. */
    shownUnder: (issue) => byName.get(issue.field) ?? (issue.field === 'currency' ? byName.get('price') : undefined),
  };
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

/** The box a field's messages go in (the page's own, or one added after the control), linked to it. */
function messageBox(form, name, control, uid, undo) {
  if (!control.id) {
    control.id = `${uid}-${name}`;
    undo.restore.push(() => control.removeAttribute('id'));
  }
  let messages = form.querySelector(`[data-knockoff-messages="${name}"]`);
  if (!messages) {
    messages = document.createElement('div');
    // After the control, or after a <label> wrapping it (inside, it would join the label).
    (control.closest('label') ?? control).after(messages);
    undo.created.push(messages);
  }
  if (!messages.id) messages.id = `${uid}-${name}-messages`;
  messages.classList.add('ko-messages');
  messages.hidden = true;
  const before = control.getAttribute('aria-describedby');
  const ids = (before ?? '').split(/\s+/).filter(Boolean);
  if (!ids.includes(messages.id)) {
    control.setAttribute('aria-describedby', [...ids, messages.id].join(' '));
    undo.restore.push(() => (before === null ? control.removeAttribute('aria-describedby') : control.setAttribute('aria-describedby', before)));
  }
  undo.restore.push(() => {
    control.removeAttribute('aria-invalid');
    control.classList.remove('ko-flagged');
    messages.replaceChildren();
  });
  return messages;
}

function labelText(control, name) {
  const text = control.labels?.[0]?.textContent ?? control.getAttribute('aria-label') ?? '';
  const clean = text.replace(/\s+/g, ' ').replace(/[*:]+\s*$/, '').trim();
  return clean || name[0].toUpperCase() + name.slice(1);
}

/** Whether the control's text can be selected (not a number or date input, not a select). */
export function canSelect(control) {
  return control instanceof HTMLTextAreaElement
    || (control instanceof HTMLInputElement && /^(text|search|url|tel|password)$/.test(control.type));
}

/** Focuses the field and selects code points `start..end` of `text`, if it still holds that text. */
export function selectWords(field, text, start, end) {
  const control = field.control;
  control.focus();
  if (control.value !== text) return; // changed since: the offsets no longer fit
  try {
    control.setSelectionRange(utf16Offset(text, start), utf16Offset(text, end));
  } catch {
    // Controls such as <input type="number"> have no selection; focus is the best we can do.
  }
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
