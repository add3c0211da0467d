// Debian's Chromium, headless, with the unpacked Chrome build of the extension loaded and every
// host name but the loopback address unresolvable, so nothing can leave the machine. Shared by
// the Playwright fixtures and tests/extension/measure-saved.mjs.
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The unpacked Chrome build; KNOCKOFF_EXTENSION=DIR loads another (the benchmark compares builds). */
export const EXTENSION = path.resolve(process.env.KNOCKOFF_EXTENSION || path.resolve(here, '../../dist/extension-chrome'));

/** A persistent context (extensions need one) in `userDataDir`, with the extension (or `extension`) loaded. */
export function launchWithExtension(userDataDir, extension = EXTENSION) {
  if (!fs.existsSync(path.join(extension, 'manifest.json'))) {
    throw new Error(`no extension build at ${extension}: run bash scripts/build-extension.sh first`);
  }
  return chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: CHROMIUM,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      ...CHROMIUM_ARGS,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}
