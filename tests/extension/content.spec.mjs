// The content script's parts, as the extension's pages reach them: it answers only messages of a
// known type and shape, and a badge shows its level's symbol from the facts generated from Rust.
import { test, expect, badgesSettled, inspectBadges, tabIdOf } from './fixtures.mjs';

test('the content script answers known messages only, of the right shape', async ({ page, server, worker }) => {
  await page.goto(server.url('/search.html'));
  await badgesSettled(page, 60);
  const tabId = await tabIdOf(page, worker);
  const ask = (message) =>
    worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m).then((r) => r ?? null, () => null), [tabId, message]);

  const summary = await ask({ type: 'summary' });
  expect(summary.counts).toEqual({ low: 40, medium: 10, high: 10 });
  expect(await ask({ type: 'reveal', i: summary.high[0].i })).toEqual({ ok: true });

  // Unknown types, inherited names, a missing or wrongly typed field, not an object: no answer.
  for (const message of [{ type: 'nope' }, { type: 'toString' }, { type: 'reveal', i: '0' }, { type: 'reveal' }, 'summary', null]) {
    expect(await ask(message), JSON.stringify(message)).toBeNull();
  }
  // The slice log is for tests only: without the test hook, nothing is kept or given.
  expect(await ask({ type: 'slices' })).toBeNull();
});

test('a badge shows its level in words and the symbol every surface uses', async ({ page, server }) => {
  await page.goto(server.url('/search.html'));
  await badgesSettled(page, 60);
  const symbols = { low: '●', medium: '◆', high: '▲' };
  for (const b of await inspectBadges(page)) expect(b.text).toContain(symbols[b.level]);
});
