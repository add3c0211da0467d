// The page's two engines and their shared configuration: a Checker on the main thread for the
// live single-listing check and the rule editor (each call takes well under a millisecond), and
// one in a worker for pages and files of listings. Both always hold the same packs and options.
import init, { Checker } from '../pkg/knockoff.js';

export class Engine extends EventTarget {
  constructor() {
    super();
    this.options = { sensitivity: 1, disabledPacks: [] };
    /** Packs edited and applied on this page, by id: { toml, file }. */
    this.custom = new Map();
    this.checker = null;
    this.worker = null;
    this.job = 0;
    this.handlers = new Map();
  }

  /**
   * Compiles the module once, streaming, and hands it to the worker, which builds its checker
   * while this thread builds its own; ready when this thread's is. Each step is a performance measure, which
   * `benches/startup.mjs` reads: `knockoff:compile` and `knockoff:worker` (its checker built)
   * from the start, `knockoff:checker` this thread's checker alone.
   */
  async start() {
    const start = performance.mark('knockoff:start').name;
    const url = new URL('../pkg/knockoff_bg.wasm', import.meta.url);
    this.module = await WebAssembly.compileStreaming(fetch(url));
    performance.measure('knockoff:compile', start);
    this.startWorker();
    // Not awaited: the page checks single listings with its own checker, and a run sent before
    // the worker's checker is built waits in the worker's queue.
    this.configureWorker().then(() => performance.measure('knockoff:worker', start));
    await init({ module_or_path: this.module });
    const instantiated = performance.mark('knockoff:instantiated').name;
    this.checker = new Checker(this.options);
    performance.measure('knockoff:checker', instantiated);
  }

  startWorker() {
    this.worker = new Worker(new URL('../worker.js', import.meta.url), { type: 'module' });
    this.worker.postMessage({ type: 'init', module: this.module });
    this.worker.onmessage = ({ data }) => {
      this.handlers.get(data.job)?.(data);
      if (data.fatal) this.replaceWorker(data.message);
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.replaceWorker(event.message || 'the checking worker stopped');
    };
  }

  /** A worker whose engine trapped (the panic message is in the console) is replaced, not left dead. */
  replaceWorker(reason) {
    this.dispatchEvent(new CustomEvent('worker-error', { detail: reason }));
    this.worker.terminate();
    this.startWorker();
    this.configureWorker();
  }

  /** Sends a message to the worker; `onMessage` gets every reply for it until it returns true. */
  post(message, onMessage) {
    const job = ++this.job;
    return new Promise((resolve) => {
      this.handlers.set(job, (data) => {
        const finished = onMessage(data);
        if (finished) {
          this.handlers.delete(job);
          resolve(data);
        }
      });
      this.worker.postMessage({ ...message, job });
    });
  }

  configureWorker() {
    const packs = [...this.custom.values()];
    return this.post({ type: 'configure', options: this.options, packs }, (d) => d.type === 'configured' || d.type === 'error');
  }

  /** Changes sensitivity or disabled packs everywhere; nothing is recompiled. */
  setOptions(options) {
    this.options = { ...this.options, ...options };
    this.checker.setOptions(this.options);
    this.dispatchEvent(new Event('change'));
    return this.configureWorker();
  }

  /** Adds or replaces a pack everywhere. Throws the engine's RuleError if it does not compile. */
  applyPack(toml, file) {
    const info = this.checker.addPack(toml, file);
    this.custom.set(info.id, { toml, file });
    this.dispatchEvent(new Event('change'));
    return this.configureWorker().then(() => info);
  }

  /** The verdict for one listing. After an engine trap the main-thread checker is rebuilt. */
  check(listing) {
    try {
      return this.checker.check(listing);
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) {
        this.checker = new Checker(this.options);
        for (const { toml, file } of this.custom.values()) this.checker.addPack(toml, file);
      }
      throw e;
    }
  }

  packs() {
    return this.checker.packs();
  }

  /**
   * Runs a page, a file of listings or already-read listings through the worker. `onStart` gets
   * what was found, `onRows(rows, done, total)` each checked chunk. Resolves with the last message
   * (`done`, or `error` with a message). A newer run makes the worker drop this one.
   */
  run(message, { onStart, onRows }) {
    return this.post(message, (d) => {
      if (d.type === 'start') onStart?.(d);
      else if (d.type === 'rows') onRows(d.rows, d.done, d.total);
      return d.type === 'done' || d.type === 'error';
    });
  }
}

/** A scratch checker for the rule editor: compiling a draft must not touch the live engines. */
export function scratchChecker(options) {
  return new Checker(options);
}
