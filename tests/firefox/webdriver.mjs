// A minimal W3C WebDriver client over HTTP (fetch), for geckodriver: just the commands the Firefox
// smoke suite uses. No npm WebDriver package, since those fetch driver binaries when installed.
import { spawn } from 'node:child_process';
import net from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free loopback port: geckodriver takes its port on the command line. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts geckodriver and waits until it answers /status. */
export async function startDriver(binary, args = []) {
  const port = await freePort();
  const proc = spawn(binary, ['--port', String(port), '--host', '127.0.0.1', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((r) => proc.once('exit', r));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (proc.exitCode !== null) throw new Error(`geckodriver exited: ${stderr}`);
    try {
      if ((await fetch(`${base}/status`)).ok) break;
    } catch {
      if (i > 100) throw new Error(`geckodriver did not answer on ${base}: ${stderr}`);
      await sleep(100);
    }
  }
  return {
    base,
    async stop() {
      proc.kill();
      await exited;
    },
  };
}

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
  return json.value;
}

/** A WebDriver session. */
export class Session {
  static async create(base, capabilities) {
    const value = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, value.sessionId, value.capabilities);
  }

  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Installs an add-on (a directory or .xpi) as a temporary add-on; returns its id. */
  installAddon(path) {
    return this.cmd('POST', '/moz/addon/install', { path, temporary: true });
  }

  go(url) {
    return this.cmd('POST', '/url', { url });
  }

  /** Runs `fn` (a function) in the current page with `args`, returning its (awaited) result. */
  run(fn, ...args) {
    return this.cmd('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve((${fn}).apply(null, Array.from(arguments).slice(0, -1)))
          .then((v) => done({ ok: v }), (e) => done({ err: String(e) + (e && e.stack ? ' at ' + e.stack : '') }));`,
      args,
    }).then((r) => {
      if (r && 'err' in r) throw new Error(`in page: ${r.err}`);
      return r.ok;
    });
  }

  /** Polls `fn` in the page until `test(value)` holds; returns the value, or throws the last one. */
  async waitFor(fn, test, { timeout = 30_000, what = 'condition', args = [] } = {}) {
    const until = Date.now() + timeout;
    let value;
    for (;;) {
      value = await this.run(fn, ...args).catch((e) => ({ error: e.message }));
      if (test(value)) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
      await sleep(200);
    }
  }

  /** Types `text` into the element `css` finds, as keystrokes. */
  async type(css, text) {
    const el = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return this.cmd('POST', `/element/${el[ELEMENT]}/value`, { text });
  }

  async click(css) {
    const el = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return this.cmd('POST', `/element/${el[ELEMENT]}/click`, {});
  }

  /** Opens a new top-level window and switches to it; returns its handle. */
  async newWindow() {
    const { handle } = await this.cmd('POST', '/window/new', { type: 'window' });
    await this.switchTo(handle);
    return handle;
  }

  switchTo(handle) {
    return this.cmd('POST', '/window', { handle });
  }

  handle() {
    return this.cmd('GET', '/window');
  }

  closeWindow() {
    return this.cmd('DELETE', '/window');
  }

  quit() {
    return call(this.base, 'DELETE', `/session/${this.id}`);
  }
}
