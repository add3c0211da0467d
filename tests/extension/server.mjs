// The fixture server: marketplace-like pages on 127.0.0.1 only, a JSON endpoint for infinite
// scroll, placeholder images, strict CSP headers on /strict-csp.html, and a log of every request
// it receives (GET /__log, DELETE /__log) so tests can prove what was and was not fetched.
//
//   node tests/extension/server.mjs [--port 8181]     (prints "listening on http://127.0.0.1:PORT")

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGES } from './fixtures/pages.mjs';
import { listings } from './fixtures/catalog.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const assets = path.join(here, 'fixtures', 'assets');
/** The extraction's own saved-shop fixtures, served as they are under /saved/. */
export const SAVED = path.resolve(here, '../fixtures/pages');

export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'";

const types = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8' };

function image(n) {
  const hue = (n * 47) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="160" viewBox="0 0 160 160"><rect width="160" height="160" fill="hsl(${hue},35%,88%)"/><path d="M40 60h80l-8 70H48z" fill="hsl(${hue},40%,45%)"/><path d="M60 60c0-25 40-25 40 0" stroke="hsl(${hue},40%,30%)" stroke-width="6" fill="none"/></svg>`;
}

export function createServer() {
  const log = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/__log') {
      if (req.method === 'DELETE') log.length = 0;
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(log));
    }
    log.push({ path: url.pathname + url.search, ua: req.headers['user-agent'] || '', referer: req.headers.referer || '' });
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    const page = PAGES[url.pathname === '/' ? '/search.html' : url.pathname];
    let m;
    if (page) {
      const headers = url.pathname === '/strict-csp.html' ? { 'content-security-policy': STRICT_CSP } : {};
      return send(200, types['.html'], page(url.searchParams), headers);
    }
    if (url.pathname === '/api/cards') {
      const offset = Number(url.searchParams.get('offset') || 0);
      const count = Math.min(Number(url.searchParams.get('count') || 20), 200);
      const filter = url.searchParams.get('filter') || '';
      const seed = filter === 'bags' ? 3000 : filter === 'page2' ? 5000 : 0;
      const items = listings(offset + count, { seed }).slice(offset);
      return send(200, 'application/json', JSON.stringify(items));
    }
    m = url.pathname.match(/^\/saved\/([\w-]+\.html)$/);
    if (m && fs.existsSync(path.join(SAVED, m[1]))) return send(200, types['.html'], fs.readFileSync(path.join(SAVED, m[1])));
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    m = url.pathname.match(/^\/img\/p(\d+)\.svg$/);
    if (m) return send(200, types['.svg'], image(Number(m[1])));
    m = url.pathname.match(/^\/assets\/([\w-]+\.(js|css))$/);
    if (m) {
      const file = path.join(assets, m[1]);
      if (fs.existsSync(file)) return send(200, types[path.extname(file)], fs.readFileSync(file));
    }
    send(404, 'text/plain', 'not found');
  });
  return { server, log };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 8181;
  const { server } = createServer();
  server.listen(port, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
}
