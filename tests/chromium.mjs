// Debian's Chromium as every Playwright suite here launches it: never a downloaded browser
// (CHROMIUM=… to use another binary), and no background traffic of its own.
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
