// Signed packs and feeds for the extension's end-to-end tests (Chromium: trust.spec.mjs; Firefox:
// tests/firefox/smoke.mjs). Keys and signatures are made with Node's own Ed25519 (node:crypto),
// an implementation independent of the engine's ed25519-dalek, written in knockoff's text formats
// (README, "Signed packs and feeds"); the feed index is laid out as `knockoff rules publish`
// writes it.
import crypto from 'node:crypto';
import http from 'node:http';

/** An Ed25519 key pair in knockoff's text formats. */
export function keyPair() {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  const hex = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url').toString('hex');
  const id = crypto.createHash('sha256').update(Buffer.from(hex, 'hex')).digest('hex').slice(0, 16);
  return {
    hex,
    id,
    pub: `# knockoff public key ${id}\n${hex}\n`,
    sign: (bytes) => `# knockoff signature by key ${id}\n${crypto.sign(null, Buffer.from(bytes), privateKey).toString('hex')}\n`,
  };
}

export function packText(id, name, version) {
  return ['[pack]', `id = "${id}"`, `name = "${name}"`, 'kind = "brand"', `version = "${version}"`, 'description = "A test pack."', '', '[brand]', `name = "${name}"`, ''].join('\n');
}

/** A feed on its own loopback server: files in memory, replaced as the brand publishes. */
export function feedServer() {
  const files = new Map();
  const log = [];
  const server = http.createServer((req, res) => {
    log.push({ path: req.url, cookie: req.headers.cookie ?? null, referer: req.headers.referer ?? null });
    const body = files.get(req.url);
    res.writeHead(body == null ? 404 : 200, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
    res.end(body ?? 'not found');
  });
  return { server, files, log };
}

/** Publishes a feed (index, its signature, packs and theirs) as `knockoff rules publish` lays it out. */
export function publish(files, root, brand, sequence, packs, { alter } = {}) {
  const index = {
    feed: 'test alliance',
    sequence,
    signers: [{ key: brand.hex, packs: packs.map((p) => p.id) }],
    packs: packs.map((p) => ({
      id: p.id,
      version: p.version,
      file: `${p.id}.toml`,
      sha256: crypto.createHash('sha256').update(p.text).digest('hex'),
      signer: brand.id,
    })),
  };
  const indexText = JSON.stringify(index, null, 2);
  files.set('/feed/index.json', indexText);
  files.set('/feed/index.json.sig', root.sign(indexText));
  for (const p of packs) {
    files.set(`/feed/${p.id}.toml`, alter ? alter(p.text) : p.text);
    files.set(`/feed/${p.id}.toml.sig`, brand.sign(p.text));
  }
  return { index: indexText, signature: root.sign(indexText) };
}
