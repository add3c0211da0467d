// The submit guard of knockoff-form: stops submitting a listing at or above the blocking level,
// checking first when the values on screen were not checked yet, and submits again (with the
// button the seller pressed) once a late answer allows it. It owns only its re-submit flag.

/**
 * Guards `form`'s submit event. `binding` gives: `settle()` to drop a check still waiting for
 * the seller to pause, `read()` the values now, `checked(values)` the
 * result shown for exactly those values (or undefined), `check(values)` a result or a promise of
 * one, `blocks(result)` and `block(result)`. Returns a function that removes the guard.
 */
export function guardSubmit(form, binding) {
  let resubmitting = false;
  const decide = (event, result) => {
    if (!result || !binding.blocks(result)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    binding.block(result);
  };
  /** Submits again: straight through if nothing changed since `values` were checked. */
  const resubmit = (values, submitter) => {
    // requestSubmit fires the submit event synchronously (or not at all, when the browser's own
    // constraint validation stops it), so the flag never outlives this call.
    resubmitting = sameValues(binding.read(), values);
    try {
      if (submitter && submitter.form === form) form.requestSubmit(submitter);
      else form.requestSubmit();
    } finally {
      resubmitting = false;
    }
  };
  const onSubmit = (event) => {
    if (resubmitting) return; // our own requestSubmit, for values already checked
    binding.settle();
    const values = binding.read();
    const checked = binding.checked(values);
    if (checked !== undefined) return decide(event, checked);
    // Not checked yet in this state: check now, synchronously when the engine is loaded.
    const answer = binding.check(values);
    if (!(answer instanceof Promise)) return decide(event, answer);
    event.preventDefault();
    event.stopImmediatePropagation();
    const submitter = event.submitter;
    answer.then((result) => {
      if (result && binding.blocks(result)) binding.block(result);
      // In a task of its own: an answer that was already there arrives while this submit event
      // is still being dispatched, and the browser ignores requestSubmit() until it is over.
      else setTimeout(() => resubmit(values, submitter));
    });
  };
  form.addEventListener('submit', onSubmit, { capture: true });
  return () => form.removeEventListener('submit', onSubmit, { capture: true });
}

/** Whether two lists of field values are the same. */
export function sameValues(a, b) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
