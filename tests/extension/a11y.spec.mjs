// The badge for keyboard and assistive-technology users, and axe-core scans of everything the
// extension shows: a badged page (one badge's reasons open), the popup and the options page.
import { test, expect, badgesSettled, badgeSeen, focusSeen, showBadgesToAxe, searchPopup, clickBadge } from './fixtures.mjs';
import { seriousViolations } from '../axe.mjs';

test('keyboard: Tab from the title link to its badge, Enter and Space open and pin, the report, Escape', async ({ page, server, worker }) => {
  await page.goto(server.url('/search.html'));
  await badgesSettled(page, 60);
  const url = page.url();
  const seen = () => badgeSeen(page, 1); // card 2: high risk
  const title = page.locator('[data-index="2"] h2 a');

  // The badge is no part of the title link: it follows it.
  expect(await page.locator('a knockoff-badge, button knockoff-badge').count()).toBe(0);
  expect(await title.evaluate((a) => a.nextElementSibling?.localName)).toBe('knockoff-badge');

  // Tab from the title lands on its badge: the reasons show, a focus ring is drawn.
  await title.focus();
  await page.keyboard.press('Tab');
  let focus = await focusSeen(page);
  expect(focus).toMatchObject({ badge: true, index: 1, tag: 'button', ring: true });
  expect(focus.name).toMatch(/^knockoff: High risk, score \d+ of 100\. Show why\.$/);
  await expect.poll(seen).toMatchObject({ expanded: true, shown: true });
  expect((await seen()).text).toMatch(/Gucci handbags listed at 89\.00 USD/);

  // Shift+Tab goes back to the title, and the reasons close.
  await page.keyboard.press('Shift+Tab');
  expect(await focusSeen(page)).toMatchObject({ badge: false, tag: 'a' });
  expect(await title.evaluate((a) => a === document.activeElement)).toBe(true);
  await expect.poll(seen).toMatchObject({ expanded: false, shown: false });

  // Enter pins the reasons; Enter again closes them; Space opens and pins them again.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(seen).toMatchObject({ expanded: true, shown: true });
  await page.keyboard.press('Enter');
  await expect.poll(seen).toMatchObject({ expanded: false, shown: false });
  await page.keyboard.press('Space');
  await expect.poll(seen).toMatchObject({ expanded: true, shown: true });
  // Pinned: the mouse passing over the badge and away does not close it.
  const box = await page.locator('knockoff-badge').nth(1).boundingBox();
  await page.mouse.move(box.x + 20, box.y - 9);
  await page.mouse.move(5, 5);
  await page.waitForTimeout(600);
  expect(await seen()).toMatchObject({ expanded: true, shown: true });

  // Tab reaches "This badge is wrong" inside the open reasons.
  await page.keyboard.press('Tab');
  focus = await focusSeen(page);
  expect(focus).toMatchObject({ badge: true, index: 1, tag: 'button', name: 'This badge is wrong', ring: true });
  expect(await seen()).toMatchObject({ expanded: true, shown: true });

  // Escape closes the reasons and gives the focus back to the badge, closed.
  await page.keyboard.press('Escape');
  await expect.poll(seen).toMatchObject({ expanded: false, shown: false });
  focus = await focusSeen(page);
  expect(focus).toMatchObject({ badge: true, index: 1, ring: true });
  expect(focus.name).toMatch(/^knockoff: High risk/);
  await page.waitForTimeout(300);
  expect(await seen()).toMatchObject({ expanded: false, shown: false });

  // Open again, Tab to the report, Enter files it: the thanks is shown and keeps the focus.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await seen()).text).toContain('Reported, thank you');
  expect(await focusSeen(page)).toMatchObject({ badge: true, index: 1, name: 'Reported, thank you (kept on this device)' });
  await expect.poll(() => worker.evaluate(async () => (await chrome.storage.local.get('reports')).reports?.length ?? 0)).toBe(1);
  // A second Enter files nothing more.
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  expect(await worker.evaluate(async () => (await chrome.storage.local.get('reports')).reports.length)).toBe(1);

  // Tab reaches "Copy evidence"; Tab on leaves the badge for the card's next link, and the
  // reasons close behind it.
  await page.keyboard.press('Tab');
  expect(await focusSeen(page)).toMatchObject({ badge: true, index: 1, name: 'Copy evidence' });
  await page.keyboard.press('Tab');
  expect(await focusSeen(page)).toMatchObject({ badge: false, tag: 'a' });
  expect(await page.evaluate(() => document.activeElement.closest('[data-index]')?.dataset.index)).toBe('2');
  await expect.poll(seen).toMatchObject({ expanded: false, shown: false });
  expect(page.url()).toBe(url);
});

test('axe: a badged page with one badge\'s reasons open has no serious or critical violation', async ({ page, server }) => {
  await page.goto(server.url('/search.html'));
  await badgesSettled(page, 60);
  await clickBadge(page, page.locator('knockoff-badge').nth(1));
  await expect.poll(() => badgeSeen(page, 1)).toMatchObject({ shown: true });
  await showBadgesToAxe(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: a product page, its badge in the heading, has no serious or critical violation', async ({ page, server }) => {
  await page.goto(server.url('/product-plain.html'));
  await badgesSettled(page, 6);
  await showBadgesToAxe(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: the popup and the options page have no serious or critical violation', async ({ browserContext, page, server, worker, extensionId }) => {
  const popup = await searchPopup({ browserContext, page, server, worker, extensionId });
  await expect(popup.locator('#high-list li')).toHaveCount(10);
  expect(await seriousViolations(popup)).toEqual([]);
  await popup.close();

  const options = await browserContext.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('#packs tr')).not.toHaveCount(0);
  expect(await seriousViolations(options)).toEqual([]);
  await options.close();
});
