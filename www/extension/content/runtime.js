// What every part of the content script shares: messages to the background, the main thread's
// budget (short slices in idle time) and the test hook that logs those slices. The parts are
// classic scripts (browsers load content scripts no other way), listed in order in the
// manifests; each is a block that registers its narrow interface on `globalThis.knockoff`.
'use strict';
{
  const api = globalThis.browser ?? globalThis.chrome;
  /** The element badges are drawn in; the extraction skips it (src/extract/dom.rs), so must every part. */
  const BADGE = 'knockoff-badge';
  /** Milliseconds of main-thread work one slice may take. */
  const SLICE_MS = 6;

  /** Sends a message to the background; resolves to its answer. */
  const send = (message) => api.runtime.sendMessage(message);

  /** Runs `fn` when the page's main thread is idle (soon, at the latest). */
  const idle = (fn) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(fn, { timeout: 800 })
      : setTimeout(() => fn({ timeRemaining: () => SLICE_MS, didTimeout: true }), 1);

  /** Whether a slice that started at `t0` has used its time. */
  const sliceOver = (t0) => performance.now() - t0 > SLICE_MS;

  /**
   * The test hook. With `testHook` set in storage.local (which the extension's own contexts can
   * write and a page cannot), every slice of main-thread work is logged with its kind, duration
   * and how much it did, and the log goes to whoever asks ({type: 'slices'}). Off, nothing is kept.
   */
  const hook = { on: false, log: [] };

  /** Logs one slice that started at `t0` and did `units` of work (elements, nodes, listings, badges). */
  const note = (t0, kind, units, badges) => {
    if (hook.on) hook.log.push({ kind, ms: performance.now() - t0, units, ...(badges == null ? {} : { badges }) });
  };

  /** Turns the slice log on or off. */
  const logSlices = (on) => {
    hook.on = Boolean(on);
    if (!hook.on) hook.log = [];
  };

  /** The slices logged since the last call; null while the hook is off. */
  const takeSlices = () => (hook.on ? hook.log.splice(0) : null);

  (globalThis.knockoff ??= {}).runtime = Object.freeze({ api, BADGE, send, idle, sliceOver, note, logSlices, takeSlices });
}
