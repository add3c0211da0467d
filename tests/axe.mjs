// axe-core scans for every Playwright suite: the npm package's own copy of axe (installed by
// `npm ci`, nothing fetched at run time), evaluated into the page through the browser's protocol,
// so a page's Content-Security-Policy cannot refuse it.
import { createRequire } from 'node:module';

const axe = createRequire(import.meta.url)('axe-core');

/**
 * The serious and critical violations axe finds on `page` (all of its rules, WCAG 2.2 AA and
 * best practice), one line each: rule, impact, and the elements with axe's summary of what fails.
 */
export async function seriousViolations(page) {
  await page.evaluate(axe.source);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join(' | ')}`);
}
