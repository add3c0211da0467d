// Brand staff on a live page: the popup opens the page's results table, filtered to high risk and
// exported as evidence (CSV and JSON); a badge copies one listing's evidence to the clipboard; a
// brand focus badges and counts one brand only. Also takes the README's table screenshot.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, clickBadge, tabIdOf } from './fixtures.mjs';
import { seriousViolations } from '../axe.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const shots = process.env.KNOCKOFF_SCREENSHOTS
  ? path.resolve(here, '../../docs/screenshots')
  : path.resolve(here, '../../test-results/extension/screenshots');
fs.mkdirSync(shots, { recursive: true });

const FORMULA_TITLE = '=HYPERLINK("http://evil.example","Gucci") Gucci Dionysus bag 1:1 mirror replica';
/** One CSV record with every field quoted. */
const QUOTED = /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/;

/** The evidence page, badged; returns its tab id. */
async function evidencePage(page, server, worker) {
  await page.goto(server.url('/evidence.html'));
  await expect(page.locator('[data-index="1"] knockoff-badge')).toHaveCount(1, { timeout: 30_000 });
  await expect(page.locator('[data-index="2"] knockoff-badge')).toHaveCount(1);
  return tabIdOf(page, worker);
}

test('popup → results table → high risk only → CSV and JSON evidence', async ({ browserContext, page, server, worker, extensionId }) => {
  const tabId = await evidencePage(page, server, worker);
  const badged = await page.locator('knockoff-badge').count();
  const popup = await browserContext.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('#n-high')).toHaveText('2');
  const [table] = await Promise.all([browserContext.waitForEvent('page'), popup.getByRole('button', { name: 'Open results table' }).click()]);
  await popup.close();
  await expect(table.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(table.locator('#results tbody tr')).toHaveCount(badged);
  await expect(table.locator('#page-line')).toHaveText(server.url('/evidence.html'));

  // Keyboard only: medium and low off, leaving the two high-risk listings.
  for (const level of ['medium', 'low']) {
    await table.locator(`input[name=level][value=${level}]`).focus();
    await table.keyboard.press('Space');
  }
  await expect(table.locator('#results tbody tr')).toHaveCount(2);
  await expect(table.getByRole('link', { name: /Chanel classic flap/ })).toHaveAttribute('href', server.url('/dp/KO2'));
  expect(await seriousViolations(table)).toEqual([]);
  await table.setViewportSize({ width: 1280, height: 560 });
  await table.screenshot({ path: path.join(shots, 'extension-table.png') });

  await table.locator('#export-csv').focus();
  const [csv] = await Promise.all([table.waitForEvent('download'), table.keyboard.press('Enter')]);
  const text = fs.readFileSync(await csv.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(3);
  for (const line of lines) expect(line).toMatch(QUOTED);
  expect(lines[0]).toContain('"listing_url","title","price_printed"');
  // The injected formula is text; links are absolute; the words that made it risky are there.
  expect(text).toContain(`"'${FORMULA_TITLE.replace(/"/g, '""')}"`);
  expect(text).not.toMatch(/(^|,)"=/m);
  expect(text).toContain(`"${server.url('/dp/KO1')}"`);
  expect(text).toContain(`"${server.url('/evidence.html')}"`);
  expect(text).toMatch(/"[^"]*replica[^"]*"/);

  const [json] = await Promise.all([table.waitForEvent('download'), table.locator('#export-json').click()]);
  const rows = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  expect(rows.map((r) => r.level)).toEqual(['high', 'high']);
  for (const row of rows) {
    expect(row.page_url).toBe(server.url('/evidence.html'));
    expect(row.listing_url).toMatch(new RegExp(`^${server.origin}/dp/KO[12]$`));
    expect(row.image_url).toMatch(new RegExp(`^${server.origin}/img/p[12]\\.svg$`));
    expect(Number.isNaN(Date.parse(row.checked_at))).toBe(false);
    expect(row.price_read).toBeGreaterThan(0);
    expect(row.currency_read).toBe('USD');
    expect(row.reasons.length).toBeGreaterThan(0);
    for (const r of row.reasons) expect(r).toMatchObject({ rule: expect.any(String), pack: expect.any(String), pack_version: expect.stringMatching(/^\d/) });
    expect(row.reasons.some((r) => r.matched)).toBe(true);
  }
  await table.close();
});

test('a badge copies its listing\'s evidence for a takedown form', async ({ browserContext, page, server, worker }) => {
  await browserContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await evidencePage(page, server, worker);
  await clickBadge(page, page.locator('[data-index="1"] knockoff-badge'));
  // From the badge: the report, then "Copy evidence".
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Listing URL:');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain(`Listing: ${FORMULA_TITLE}`);
  expect(text).toContain(`Listing URL: ${server.url('/dp/KO1')}`);
  expect(text).toContain(`Found on: ${server.url('/evidence.html')}`);
  expect(text).toMatch(/Counterfeit risk: high, score \d+\/100, claimed brand Gucci/);
  expect(text).toMatch(/^- .+\[[\w-]+@\d[^\]]* › [\w-]+\]/m);
  expect(text).toContain('«');
  await browserContext.clearPermissions();
});

test('brand focus: only that brand\'s listings are badged and counted', async ({ browserContext, page, server, worker, extensionId }) => {
  const tabId = await evidencePage(page, server, worker);
  const options = await browserContext.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('#focus-brands option[value="Chanel"]')).toHaveCount(1);
  await options.getByLabel('Brand', { exact: true }).fill('Chanel');
  await options.getByLabel('Brand', { exact: true }).press('Enter');
  await expect(options.locator('#focus-status')).toHaveText('Only Chanel listings are badged.');
  await options.close();

  await page.bringToFront();
  await expect(page.locator('knockoff-badge')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.locator('[data-index="2"] knockoff-badge')).toHaveCount(1);
  const popup = await browserContext.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('#n-high')).toHaveText('1');
  await expect(popup.locator('#n-low')).toHaveText('0');
  await expect(popup.locator('#high-list li')).toHaveText([/Chanel classic flap/]);
  await popup.close();

  await worker.evaluate(() => chrome.storage.local.set({ brandFocus: '' }));
  await page.bringToFront();
  await expect(page.locator('[data-index="1"] knockoff-badge')).toHaveCount(1, { timeout: 20_000 });
});
