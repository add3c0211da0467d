// The brand-staff page as a person uses it: type a listing, drop a saved page and files of
// listings, sort, filter and export, edit a pack and see errors at their line. Every test also
// asserts the page asked for nothing but its own files.
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { seriousViolations } from '../axe.mjs';
import { COLUMNS } from '../../www/app/export.js';

const fixture = (name) => new URL(`fixtures/${name}`, import.meta.url).pathname;

/** A page that records every request and, after the test, asserts all stayed on its own origin. */
const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const foreign = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(`${baseURL}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    // Compiling the module and the rule set takes longer when the machine is busy; this bounds
    // the wait, it measures nothing.
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    await use(page);
    expect(foreign, 'requests outside the page origin').toEqual([]);
    expect(errors, 'uncaught page errors').toEqual([]);
  },
});

/** Drops a file on the drop zone the way a browser does: a drop event carrying a File. */
async function dropFile(page, path, name, type) {
  const text = readFileSync(path, 'utf8');
  const dataTransfer = await page.evaluateHandle(({ text, name, type }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type }));
    return dt;
  }, { text, name, type });
  await page.dispatchEvent('#drop', 'dragover', { dataTransfer });
  await page.dispatchEvent('#drop', 'drop', { dataTransfer });
}

test('typing a listing shows the verdict, its reasons and the matched words in the fields', async ({ page }) => {
  await page.getByLabel('Title').fill('Gucci Dionysus small bag 1:1 mirror quality AAA');
  await page.getByLabel('Price').fill('$89');
  const verdict = page.locator('#listing-verdict');
  await expect(verdict.locator('.badge')).toHaveText(/High risk/);
  await expect(page.locator('#listing-score strong')).toHaveText(/^\d+$/);
  await expect(verdict.locator('.reasons li').first()).toBeVisible();
  await expect(verdict).toContainText('Brand: Gucci');
  // The marks in the highlight layers line up with the evidence the reasons cite.
  const cited = await verdict.locator('.evidence mark').allTextContents();
  const marked = await page.locator('.hl-back mark').allTextContents();
  expect(marked.length).toBeGreaterThan(0);
  for (const text of marked) expect(cited).toContain(text);

  // Live: clearing the title goes back to the prompt, an honest title reads low.
  await page.getByLabel('Price').fill('');
  await page.getByLabel('Title').fill('Plain cotton t-shirt, white');
  await expect(verdict.locator('.badge')).toHaveText(/Low risk/);
  await expect(page.locator('.hl-back mark')).toHaveCount(0);
});

test('a dropped saved search page fills the table with its listings', async ({ page }) => {
  await page.getByRole('tab', { name: 'Check a page' }).click();
  await dropFile(page, fixture('search-results.html'), 'search-results.html', 'text/html');
  await expect(page.locator('#run-status')).toContainText('from search-results.html');
  const rows = page.locator('#results tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(page.locator('#results')).toContainText('Gucci Dionysus small bag 1:1 mirror quality AAA');
  await expect(page.locator('#results')).toContainText('Canvas tote bag');
  // Sorted by score, most worrying first: the first row is not low when any row is not.
  await expect(rows.first().locator('.badge')).not.toHaveText(/Low risk/);
});

test('a file of listings is checked in the worker; the table sorts, filters and exports', async ({ page }) => {
  await page.getByRole('tab', { name: 'Check a page' }).click();
  await page.locator('#file').setInputFiles(fixture('listings.jsonl'));
  await expect(page.locator('#run-status')).toContainText('Checked 8 listings from listings.jsonl');
  await expect(page.locator('#results-summary')).toContainText('8 listings');
  await expect(page.locator('#run-notes')).toContainText('line 5');
  await expect(page.locator('#run-notes')).toContainText('Columns not used: stars');

  const levels = async () => page.locator('#results tbody tr .badge').allTextContents();
  // Filter: only high.
  await page.getByRole('checkbox', { name: 'Low risk', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: 'Medium risk', exact: true }).uncheck();
  for (const l of await levels()) expect(l).toMatch(/High risk/);
  await page.getByRole('checkbox', { name: 'Low risk', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Medium risk', exact: true }).check();

  // Sort by listing title, ascending, then descending.
  const header = page.getByRole('button', { name: 'Listing', exact: true });
  await header.click();
  await expect(page.locator('th').nth(1)).toHaveAttribute('aria-sort', 'ascending');
  const titles = await page.locator('#results tbody .title').allTextContents();
  const lower = titles.map((t) => t.toLowerCase());
  expect(lower).toEqual([...lower].sort());
  await header.click();
  await expect(page.locator('th').nth(1)).toHaveAttribute('aria-sort', 'descending');

  // Search.
  await page.getByLabel('Search').fill('belt');
  await expect(page.locator('#results tbody tr')).toHaveCount(1);
  await page.getByLabel('Search').fill('');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
  expect(csv.suggestedFilename()).toBe('knockoff-results.csv');
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.startsWith('\uFEFF')).toBe(true);
  const csvLines = csvText.slice(1).trim().split(/\r\n/);
  expect(csvLines[0]).toBe(COLUMNS.map((c) => `"${c}"`).join(','));
  expect(csvLines).toHaveLength(9);
  expect(csvText).toContain('"Belt, leather ""classic"", G U C C I buckle"');

  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
  const exported = JSON.parse(readFileSync(await json.path(), 'utf8'));
  expect(exported).toHaveLength(8);
  for (const row of exported) {
    expect(typeof row.title).toBe('string');
    expect(['low', 'medium', 'high']).toContain(row.level);
    expect(row.score).toBe(row.reasons.reduce((s, r) => s + r.points, 0));
    for (const r of row.reasons) expect(r.pack_version).toMatch(/^\d/);
  }
});

/** A saved search page: relative listing links, an injected formula, and where it came from. */
const SAVED = (head) => `<!doctype html><html><head><title>Saved</title>${head}</head><body><ul>
<li class="result-card"><a href="/p/1"><h2 class="title">=HYPERLINK("http://evil.example") Gucci Dionysus bag 1:1 mirror replica</h2></a><span class="price">US $29.00</span><span class="seller">dealz</span></li>
<li class="result-card"><a href="/p/2"><h2 class="title">Canvas tote bag, plain, natural colour</h2></a><span class="price">US $12.50</span><span class="seller">EcoBags</span></li>
<li class="result-card"><a href="/p/3"><h2 class="title">Linen tea towel, striped</h2></a><span class="price">US $9.00</span><span class="seller">EcoBags</span></li>
</ul></body></html>`;

test('listing links of a saved page are made absolute: read from its canonical link, or typed in', async ({ page }) => {
  await page.getByRole('tab', { name: 'Check a page' }).click();
  await page.getByLabel('Or paste HTML').fill(SAVED('<link rel="canonical" href="https://shop.example/s?q=gucci">'));
  await page.getByRole('button', { name: 'Check pasted text' }).click();
  await expect(page.locator('#results tbody tr')).toHaveCount(3);
  await expect(page.locator('#page-url')).toHaveAttribute('placeholder', 'https://shop.example/s?q=gucci');
  const link = page.getByRole('link', { name: /Gucci Dionysus/ });
  await expect(link).toHaveAttribute('href', 'https://shop.example/p/1');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
  const text = readFileSync(await csv.path(), 'utf8');
  // Every field quoted; a title that starts like a formula is text.
  for (const line of text.slice(1).trim().split(/\r\n/)) expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
  expect(text).toContain('"\'=HYPERLINK(""http://evil.example"") Gucci Dionysus bag 1:1 mirror replica"');
  expect(text).toContain('"https://shop.example/p/1"');
  expect(text).toContain('"https://shop.example/s?q=gucci"');
  expect(text).toMatch(/"[^"]*replica[^"]*"/);

  // A URL typed in wins over the file's own.
  await page.getByLabel('Original URL of a saved page').fill('https://other.example/list');
  await page.getByLabel('Original URL of a saved page').press('Enter');
  await expect(link).toHaveAttribute('href', 'https://other.example/p/1');
  expect(await seriousViolations(page)).toEqual([]);
});

test('CSV files of listings are read too', async ({ page }) => {
  await page.getByRole('tab', { name: 'Check a page' }).click();
  await dropFile(page, fixture('listings.csv'), 'listings.csv', 'text/csv');
  await expect(page.locator('#results tbody tr')).toHaveCount(4);
  await expect(page.locator('#results')).toContainText('Replica Gucci wallet');
});

test('editing a pack shows a compile error at its line, then runs examples and applies the pack', async ({ page }) => {
  await page.getByRole('tab', { name: 'Rules' }).click();
  const editor = page.locator('#toml');
  await expect(editor).toHaveValue(/\[pack\]/);
  await expect(page.locator('#compile-status')).toContainText('Compiles');
  const good = await editor.inputValue();

  // Make the pack's `kind = "brand"` a number.
  const lines = good.split('\n');
  const kind = lines.indexOf('kind = "brand"');
  expect(kind).toBeGreaterThan(0);
  lines[kind] = 'kind = 3';
  await editor.fill(lines.join('\n'));
  await expect(page.locator('#compile-status')).toContainText(`Line ${kind + 1}, column 8`);
  await expect(page.locator('#gutter [data-error]')).toHaveText(String(kind + 1));
  await expect(page.locator('#compile-report')).toContainText('kind = 3');
  await expect(page.locator('#apply-pack')).toBeDisabled();

  // The error follows the text as it changes: now an example's expectation is wrong.
  const other = good.split('\n');
  const at = other.findIndex((l) => l === 'expect = "high"');
  other[at] = 'expect = "very high"';
  await editor.fill(other.join('\n'));
  await expect(page.locator('#compile-status')).toContainText(`Line ${at + 1},`);
  await expect(page.locator('#gutter [data-error]')).toHaveText(String(at + 1));

  await editor.fill(good);
  await expect(page.locator('#compile-status')).toContainText('Compiles');
  await expect(page.locator('#gutter [data-error]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Run examples' }).click();
  const examples = good.split('\n').filter((l) => /^expect = "/.test(l)).length;
  await expect(page.locator('#examples h3')).toContainText(new RegExp(`Examples: ${examples} of ${examples} pass`));
  await expect(page.locator('#examples tbody tr')).toHaveCount(examples);

  // Apply a pack that calls a made-up brand counterfeit-prone, and see a listing change.
  await page.getByRole('button', { name: 'New pack' }).click();
  await expect(page.locator('#compile-status')).toContainText('pack “acme”');
  await page.getByRole('button', { name: 'Apply to results' }).click();
  await expect(page.locator('#compile-status')).toContainText('Applied pack “acme”');
  await expect(page.locator('#packs')).toContainText('edited here');
});

test('the tabs work from the keyboard', async ({ page }) => {
  await page.getByRole('tab', { name: 'Check a listing' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Check a page' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#view-page')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#view-rules')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(page.locator('#view-listing')).toBeVisible();
});

test('axe: every view, with results and errors shown, has no serious or critical violation', async ({ page }) => {
  // A verdict with its reasons and marked words.
  await page.getByLabel('Title').fill('Gucci Dionysus small bag 1:1 mirror quality AAA');
  await page.getByLabel('Price').fill('$89');
  await expect(page.locator('#listing-verdict .badge')).toHaveText(/High risk/);
  expect(await seriousViolations(page)).toEqual([]);
  // The results table, with notes about the file.
  await page.getByRole('tab', { name: 'Check a page' }).click();
  await page.locator('#file').setInputFiles(fixture('listings.jsonl'));
  await expect(page.locator('#results-summary')).toContainText('8 listings');
  expect(await seriousViolations(page)).toEqual([]);
  // The rule editor showing a compile error at its line.
  await page.getByRole('tab', { name: 'Rules' }).click();
  const editor = page.locator('#toml');
  await expect(page.locator('#compile-status')).toContainText('Compiles');
  await editor.fill((await editor.inputValue()).replace('kind = "brand"', 'kind = 3'));
  await expect(page.locator('#gutter [data-error]')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
});
