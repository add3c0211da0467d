// The page's two engines and their shared configuration: a Checker on the main thread for the
// live single-listing check and the rule editor (each call takes well under a millisecond), and
// one in a worker for pages and files of listings. Both always hold the same packs and options.
// Both run the main module; packs edited here are compiled by the authoring module, loaded on the
// first edit, and reach both checkers compiled.
import init, { Checker } from '../pkg/knockoff.js';
import { loadAuthoring } from '../shared/authoring.js';

export class Engine extends EventTarget {
  constructor() {
    super();
    this.options = { sensitivity: 1, disabledPacks: [] };
    /** Packs edited and applied on this page, by id: { toml, file, bytes (compiled) }. */
    this.custom = new Map();
    this.checker = null;
    this.worker = null;
    this.job = 0;
    this.handlers = new Map();
  }

  /**
   * Compiles the module once, streaming, builds this thread's checker, then hands the module to
   * the worker, which builds its own; ready when this thread's checker is. The worker starts
   * after it, not beside it: on a machine of two cores its start-up (a thread, the module
   * instantiated again, a checker) took CPU from this thread's. Each step is a performance
   * measure, which `benches/startup.mjs` reads: `knockoff:compile`, `knockoff:instantiate` and
   * `knockoff:worker` (its checker built) from the start, `knockoff:checker` this thread's
   * checker alone.
   */
  async start() {
    const start = performance.mark('knockoff:start').name;
    const url = new URL('../pkg/knockoff_bg.wasm', import.meta.url);
    this.module = await WebAssembly.compileStreaming(fetch(url));
    performance.measure('knockoff:compile', start);
    await init({ module_or_path: this.module });
    performance.measure('knockoff:instantiate', start);
    const instantiated = performance.mark('knockoff:instantiated').name;
    this.checker = new Checker(this.options);
    performance.measure('knockoff:checker', instantiated);
    this.startWorker();
    // Not awaited: the page checks single listings with its own checker, and a run sent before
    // the worker's checker is built waits in the worker's queue.
    this.configureWorker().then(() => performance.measure('knockoff:worker', start));
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
    const packs = [...this.custom.values()].map((p) => p.bytes);
    return this.post({ type: 'configure', options: this.options, packs }, (d) => d.type === 'configured' || d.type === 'error');
  }

  /** Changes sensitivity or disabled packs everywhere; nothing is recompiled. */
  setOptions(options) {
    this.options = { ...this.options, ...options };
    this.checker.setOptions(this.options);
    this.dispatchEvent(new Event('change'));
    return this.configureWorker();
  }

  /** Adds or replaces a pack everywhere. Rejects with the engine's RuleError if it does not compile. */
  async applyPack(toml, file) {
    const compiler = await scratchChecker();
    let bytes;
    try {
      bytes = compiler.compiledPack(compiler.addPack(toml, file).id);
    } finally {
      compiler.free();
    }
    const [info] = this.checker.addCompiledPack(bytes);
    this.custom.set(info.id, { toml, file, bytes });
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
        for (const { bytes } of this.custom.values()) this.checker.addCompiledPack(bytes);
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

/**
 * A scratch checker from the authoring module, for the rule editor and to compile an applied pack:
 * compiling a draft must not touch the live engines.
 */
export async function scratchChecker(options) {
  const authoring = await loadAuthoring();
  return new authoring.Checker(options);
}
