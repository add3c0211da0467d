// End-to-end tests of the seller-form binding on the demo page (www/form/), in Chromium.
import { test, expect } from '@playwright/test';
import { seriousViolations } from '../axe.mjs';

/** The element holding a field's messages, found the way a screen reader does: aria-describedby. */
async function messagesOf(page, id) {
  const ids = (await page.locator(`#${id}`).getAttribute('aria-describedby')) ?? '';
  const described = ids.split(/\s+/).filter(Boolean);
  const own = [];
  for (const ref of described) {
    if (await page.locator(`#${ref}.ko-messages`).count()) own.push(ref);
  }
  expect(own, `#${id} is described by exactly one message box`).toHaveLength(1);
  return page.locator(`#${own[0]}`);
}

/** Types like a seller: key by key, into an emptied field. */
async function type(page, id, text) {
  const field = page.locator(`#${id}`);
  await field.fill('');
  await field.pressSequentially(text);
}

async function open(page, query = '') {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  page.on('console', (m) => m.type() === 'error' && errors.push(new Error(m.text())));
  await page.goto(`/form/${query}`);
  await expect(page.locator('.ko-summary')).toContainText('checked for counterfeit risk');
  return errors;
}

const badge = (page) => page.locator('.ko-summary .ko-badge');

test('a counterfeit-style listing gets messages under the right fields and cannot be submitted', async ({ page }) => {
  const errors = await open(page);
  await type(page, 'title', 'G U C C I belt, gold buckle');
  await page.selectOption('#category', 'Belts');
  await type(page, 'price', '25');
  await type(page, 'description', 'Brand new with box. Fast shipping.');
  await type(page, 'seller', 'Luxe Deals 88');

  await expect(badge(page)).toHaveText(/High risk/);
  // The score's exact value is the engine's business (its weights get tuned); high means ≥ 70.
  await expect(page.locator('.ko-summary .ko-score')).toHaveText(/^score \d+ of 100$/);
  const score = Number((await page.locator('.ko-summary .ko-score').textContent()).match(/\d+/)[0]);
  expect(score).toBeGreaterThanOrEqual(70);

  const title = await messagesOf(page, 'title');
  await expect(title).toBeVisible();
  await expect(title).toContainText('is Gucci written with its letters spaced or dotted apart');
  await expect(title.locator('mark')).toHaveText('G U C C I');
  await expect(title.locator('.ko-issue')).toHaveCount(1);

  const price = await messagesOf(page, 'price');
  await expect(price).toBeVisible();
  await expect(price).toContainText(/Gucci belts listed at 25\.00 USD, \d+% below the \d+ USD/);
  await expect(price.locator('mark')).toHaveText('25');

  for (const id of ['description', 'seller', 'brand', 'category']) {
    await expect(await messagesOf(page, id)).toBeHidden();
    await expect(page.locator(`#${id}`)).not.toHaveAttribute('aria-invalid', 'true');
  }
  await expect(page.locator('#title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#price')).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Publish listing' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('This listing can’t be published yet.');
  await expect(alert).toContainText(`counterfeit goods (high risk, score ${score} of 100)`);
  await expect(alert.getByRole('link')).toHaveText([/^Title: /, /^Price: Gucci belts listed/]);
  await expect(page.locator('#title')).toBeFocused(); // the first field to fix
  await expect(page.locator('#submitted')).toBeHidden();
  expect(errors).toEqual([]);
});

test('messages follow the words: a misspelt brand, then a dotted name in the description', async ({ page }) => {
  await open(page);
  await type(page, 'title', 'Leather belt, gold buckle');
  await type(page, 'price', '25');
  await type(page, 'brand', 'Guchi');
  const brand = await messagesOf(page, 'brand');
  await expect(brand.locator('mark')).toHaveText('Guchi');
  await expect(badge(page)).toHaveText(/High risk/);

  await type(page, 'brand', 'Unbranded');
  await type(page, 'description', 'Looks just like G.u.c.c.i, same gold buckle.');
  const description = await messagesOf(page, 'description');
  await expect(description.locator('mark')).toHaveText('G.u.c.c.i');
  await expect(brand).toBeHidden();
  await expect(await messagesOf(page, 'title')).toBeHidden();
  await expect(await messagesOf(page, 'price')).toContainText(/\d+% below the \d+ USD/);
  await page.getByRole('button', { name: 'Publish listing' }).click();
  await expect(page.locator('#price')).toBeFocused(); // price comes before the description
});

test('submitting before the pause in typing is over still checks and blocks', async ({ page }) => {
  await open(page, '?debounceMs=5000');
  await page.fill('#price', '25');
  await page.fill('#title', 'G U C C I belt, gold buckle');
  await page.locator('#title').press('Enter'); // implicit submission, long before the debounce
  await expect(page.getByRole('alert')).toContainText('can’t be published');
  await expect(page.locator('#title')).toBeFocused();
  await expect(page.locator('#submitted')).toBeHidden();
});

test('a submit while the engine is still loading waits for it: blocks a fake, lets an honest listing through', async ({ page }) => {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/pkg/check/knockoff_bg.wasm', async (route) => { await gate; await route.continue(); });
  await page.goto('/form/?debounceMs=5000');
  await page.fill('#title', 'G U C C I belt, gold buckle');
  await page.fill('#price', '25');
  await page.getByRole('button', { name: 'Publish listing' }).click();
  await page.waitForTimeout(200);
  await expect(page.locator('#submitted')).toBeHidden(); // held while the engine loads
  release();
  await expect(page.getByRole('alert')).toContainText('can’t be published');
  await expect(page.locator('#title')).toBeFocused();
  await expect(page.locator('#submitted')).toBeHidden();

  let release2;
  const gate2 = new Promise((r) => { release2 = r; });
  await page.unroute('**/pkg/check/knockoff_bg.wasm');
  await page.route('**/pkg/check/knockoff_bg.wasm', async (route) => { await gate2; await route.continue(); });
  await page.goto('/form/?debounceMs=5000');
  await page.fill('#title', 'Oak dining table, seats six');
  await page.fill('#price', '350');
  await page.getByRole('button', { name: 'Publish listing' }).click();
  await page.waitForTimeout(200);
  await expect(page.locator('#submitted')).toBeHidden();
  release2();
  await expect(page.locator('#submitted')).toContainText('submitted');
});

test('if the engine cannot load, the form says so and still submits', async ({ page }) => {
  await page.route('**/pkg/check/knockoff_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/form/');
  await type(page, 'title', 'G U C C I belt, gold buckle');
  await expect(page.locator('.ko-summary')).toContainText('checks are unavailable');
  await page.getByRole('button', { name: 'Publish listing' }).click();
  await expect(page.locator('#submitted')).toContainText('submitted');
});

test('the form downloads the check-only module, never the full one', async ({ page }) => {
  const wasm = [];
  page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(new URL(r.url()).pathname));
  await open(page);
  await type(page, 'title', 'G U C C I belt, gold buckle');
  await expect(badge(page)).toHaveText(/risk/);
  expect(wasm).toEqual(['/pkg/check/knockoff_bg.wasm']);
});

test('an honest listing submits', async ({ page }) => {
  const errors = await open(page);
  await type(page, 'title', 'Gucci GG Marmont small matelassé shoulder bag, black leather');
  await type(page, 'brand', 'Gucci');
  await page.selectOption('#category', 'Handbags');
  await type(page, 'price', '1890');
  await type(page, 'description', 'Bought at the Gucci boutique in 2024, worn twice. Receipt, dust bag and box included.');
  await type(page, 'seller', 'Anna’s closet');
  await expect(badge(page)).toHaveText(/Low risk/);
  await expect(page.locator('.ko-summary')).toContainText('no issues found');
  await expect(page.locator('.ko-messages:visible')).toHaveCount(0);

  await page.getByRole('button', { name: 'Publish listing' }).click();
  await expect(page.locator('#submitted')).toContainText('submitted');
  await expect(page.getByRole('alert')).toBeHidden();
  expect(errors).toEqual([]);
});

test('a case "compatible with Apple iPhone" at a normal price passes', async ({ page }) => {
  await open(page);
  await type(page, 'title', 'Clear shockproof case compatible with Apple iPhone 15 Pro');
  await type(page, 'brand', 'Generic');
  await page.selectOption('#category', 'Phone cases & accessories');
  await type(page, 'price', '12.99');
  await type(page, 'description', 'Slim TPU bumper case for Apple iPhone 15 Pro. Raised edges protect the camera.');
  await type(page, 'seller', 'CaseWorks');
  await expect(badge(page)).toHaveText(/Low risk/);
  await expect(page.locator('.ko-messages:visible')).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish listing' }).click();
  await expect(page.locator('#submitted')).toContainText('submitted');
});

test('messages are reachable by keyboard and carry screen-reader attributes', async ({ page }) => {
  await open(page);
  // Live regions and the field ↔ message links.
  const summary = page.locator('.ko-summary');
  await expect(summary).toHaveAttribute('role', 'status');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('.ko-alert')).toHaveAttribute('role', 'alert');
  // The page's own description of the title is kept, the messages are added to it.
  expect((await page.locator('#title').getAttribute('aria-describedby')).split(' ')).toContain('title-hint');

  await type(page, 'title', 'G U C C I belt, gold buckle');
  await type(page, 'price', '25');
  const title = await messagesOf(page, 'title');
  await expect(title).toContainText('G U C C I');
  // Tab from the title reaches the button under it; it selects the words in the title.
  await page.locator('#title').focus();
  await page.keyboard.press('Tab');
  const select = title.getByRole('button', { name: 'Select “G U C C I” in Title' });
  await expect(select).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#title')).toBeFocused();
  expect(await page.locator('#title').evaluate((el) => [el.selectionStart, el.selectionEnd])).toEqual([0, 9]);

  // After a blocked submit, the alert's links lead to the fields by keyboard too.
  await page.keyboard.press('Enter'); // implicit submit from the title
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await alert.getByRole('link', { name: /^Price: / }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#price')).toBeFocused();
  // The field announces its message: its accessible description includes it.
  const snapshot = await page.locator('#price').evaluate((el) =>
    el.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id).textContent).join(' '));
  expect(snapshot).toMatch(/\d+% below the \d+ USD that genuine ones sell for/);
});

test('fixing the listing lifts the block', async ({ page }) => {
  await open(page);
  await type(page, 'title', 'G U C C I belt, gold buckle');
  await type(page, 'price', '25');
  await page.getByRole('button', { name: 'Publish listing' }).click();
  await expect(page.getByRole('alert')).toBeVisible();

  await type(page, 'title', 'Gucci belt, gold buckle, with receipt');
  await type(page, 'price', '450');
  await expect(badge(page)).toHaveText(/Low risk/);
  await expect(page.getByRole('alert')).toBeHidden();
  await expect(page.locator('#title')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#price')).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Publish listing' }).click();
  await expect(page.locator('#submitted')).toContainText('submitted');
});

test('blockAt decides which level blocks; below it messages are warnings', async ({ page }) => {
  // A disguised name alone is medium risk.
  await open(page);
  await type(page, 'title', 'G U C C I strap');
  await expect(badge(page)).toHaveText(/Medium risk/);
  const title = await messagesOf(page, 'title');
  await expect(title).toContainText('spaced or dotted apart');
  await expect(page.locator('#title')).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Publish listing' }).click();
  await expect(page.locator('#submitted')).toContainText('submitted');

  await open(page, '?blockAt=medium');
  await type(page, 'title', 'G U C C I strap');
  await expect(badge(page)).toHaveText(/Medium risk/);
  await expect(page.locator('#title')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Publish listing' }).click();
  await expect(page.getByRole('alert')).toContainText('medium risk');
  await expect(page.locator('#submitted')).toBeHidden();
});

test('offsets are code points: decorative letters outside the BMP are marked and selected whole', async ({ page }) => {
  await open(page);
  await type(page, 'title', 'New 𝐆𝐔𝐂𝐂𝐈 bag');
  await type(page, 'price', '40');
  const title = await messagesOf(page, 'title');
  await expect(title.locator('mark')).toHaveText('𝐆𝐔𝐂𝐂𝐈');
  await title.getByRole('button', { name: /^Select “𝐆𝐔𝐂𝐂𝐈” in Title$/ }).click();
  // Five letters of two UTF-16 units each, after "New ".
  expect(await page.locator('#title').evaluate((el) => [el.selectionStart, el.selectionEnd])).toEqual([4, 14]);
});

test('listing text is shown as text, never as HTML', async ({ page }) => {
  const errors = await open(page);
  await page.evaluate(() => { window.pwned = false; });
  await page.fill('#title', '<img src=x onerror="window.pwned=true"> G U C C I <b>belt</b>');
  await page.fill('#price', '25');
  await page.locator('#title').dispatchEvent('input');
  const title = await messagesOf(page, 'title');
  await expect(title.locator('mark')).toHaveText('G U C C I');
  await expect(title).toContainText('window.pwned=true"> G U C C I <b>belt</b>');
  await expect(page.locator('.ko-messages img, .ko-messages b, .ko-summary img')).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBe(false);
  expect(errors).toEqual([]);
});

test('the example buttons fill the form and it is checked', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Counterfeit-style belt' }).click();
  await expect(badge(page)).toHaveText(/High risk/);
  await page.getByRole('button', { name: 'Phone case' }).click();
  await expect(badge(page)).toHaveText(/Low risk/);
  await page.getByRole('button', { name: 'Honest handbag' }).click();
  await expect(badge(page)).toHaveText(/Low risk/);
});

test('validateListing checks fields directly and refuses misspelt ones', async ({ page }) => {
  await open(page);
  const out = await page.evaluate(async () => {
    const { default: init, validateListing } = await import('/pkg/check/knockoff.js');
    await init();
    const fake = validateListing({ title: 'G U C C I belt, gold buckle', price: '25', description: '' });
    const lenient = validateListing({ title: 'G U C C I belt, gold buckle', price: 25 }, { sensitivity: 0.5 });
    const off = validateListing({ title: 'G U C C I belt, gold buckle', price: '25' }, { disabledPacks: ['gucci'] });
    let error = null;
    try { validateListing({ titel: 'x' }); } catch (e) { error = `${e.name}: ${e.message}`; }
    return { fake, lenient: lenient.level, off: off.level, error };
  });
  expect(out.fake.level).toBe('high');
  expect(out.fake.score).toBeGreaterThanOrEqual(70);
  expect(out.fake.issues.reduce((sum, i) => sum + i.points, 0)).toBe(out.fake.score);
  expect(out.fake.brand).toBe('Gucci');
  expect(out.fake.issues.map((i) => [i.field, i.rule, i.start, i.end])).toEqual([
    ['price', 'price-below-floor', 0, 2],
    ['title', 'disguised-name', 0, 9],
  ]);
  expect(out.lenient).toBe('medium');
  expect(out.off).toBe('low');
  expect(out.error).toMatch(/^TypeError: invalid fields: unknown field `titel`/);
});

test('cue words in the description are flagged under the description', async ({ page }) => {
  await open(page);
  await type(page, 'title', 'Gucci Dionysus small bag');
  await page.selectOption('#category', 'Handbags');
  await type(page, 'price', '89');
  await type(page, 'description', 'Top quality 1:1 mirror copy, AAA grade.');
  await expect(badge(page)).toHaveText(/High risk/);
  const description = await messagesOf(page, 'description');
  await expect(description).toBeVisible();
  const marked = await description.locator('mark').allTextContents();
  expect(marked).toContain('mirror copy');
  expect(marked).toContain('1:1');
  await expect(await messagesOf(page, 'price')).toContainText('below');
  await expect(await messagesOf(page, 'title')).toBeHidden();
  await page.getByRole('button', { name: 'Publish listing' }).click();
  await expect(page.getByRole('alert')).toContainText('can’t be published');
  await expect(page.locator('#price')).toBeFocused(); // price comes before the description
  await expect(page.locator('#submitted')).toBeHidden();
});

test('an "official store" claim by an unlisted seller is flagged under the seller name', async ({ page }) => {
  await open(page, '?blockAt=medium');
  await type(page, 'title', 'Gucci belt, gold buckle');
  await page.selectOption('#category', 'Belts');
  await type(page, 'price', '180');
  await type(page, 'seller', 'Gucci Official Store');
  await expect(badge(page)).toHaveText(/Medium risk/);
  const seller = await messagesOf(page, 'seller');
  await expect(seller.locator('mark').first()).toHaveText(/Official Store|Gucci/);
  await expect(await messagesOf(page, 'title')).toBeHidden();
  await page.getByRole('button', { name: 'Publish listing' }).click();
  await expect(page.locator('#seller')).toBeFocused();
  await expect(page.locator('#submitted')).toBeHidden();
});

test('off-platform contact and copy wording without a brand: warned, not blocked at the default', async ({ page }) => {
  await open(page);
  await type(page, 'title', 'Leather shoulder bag');
  await type(page, 'price', '89');
  await type(page, 'description', 'Top quality mirror copy. WhatsApp +86 138 0013 8000');
  await expect(badge(page)).toHaveText(/Medium risk/);
  const marked = await (await messagesOf(page, 'description')).locator('mark').allTextContents();
  expect(marked).toContain('WhatsApp +86 138 0013 8000');
  await page.getByRole('button', { name: 'Publish listing' }).click();
  await expect(page.locator('#submitted')).toContainText('submitted');
});

test('attachToForm maps fields, takes a custom validator, and detach() undoes everything', async ({ page }) => {
  await open(page);
  const out = await page.evaluate(async () => {
    const { attachToForm } = await import('/form/knockoff-form.js');
    const form = document.createElement('form');
    form.innerHTML = '<label>Product name <input name="product_name"></label>'
      + '<input id="store" name="store" aria-describedby="store-hint"><p id="store-hint">Your shop</p>';
    document.body.append(form);
    const seen = [];
    const binding = attachToForm(form, {
      fields: { title: 'product_name', seller: '#store' },
      blockAt: 'medium',
      debounceMs: 0,
      validate: async (fields) => {
        seen.push(fields);
        return {
          level: 'medium', score: 50, brand: null,
          issues: [{ field: 'title', message: 'Custom rule', start: 0, end: 4, rule: 'x', pack: 'p', points: 50 }],
        };
      },
    });
    form.querySelector('[name=product_name]').value = 'Fake watch';
    const result = await binding.check();
    const label = form.querySelector('label');
    const title = form.querySelector('[name=product_name]');
    const during = {
      level: result.level,
      fields: seen.at(-1),
      afterLabel: label.nextElementSibling.classList.contains('ko-messages'),
      titleDescribed: document.getElementById(title.getAttribute('aria-describedby'))?.textContent,
      storeDescribedBy: document.getElementById('store').getAttribute('aria-describedby'),
      invalid: title.getAttribute('aria-invalid'),
    };
    binding.detach();
    const after = {
      messages: form.querySelectorAll('.ko-messages, .ko-summary, .ko-alert').length,
      storeDescribedBy: document.getElementById('store').getAttribute('aria-describedby'),
      titleDescribedBy: title.getAttribute('aria-describedby'),
      invalid: title.getAttribute('aria-invalid'),
    };
    form.remove();
    return { during, after };
  });
  expect(out.during.level).toBe('medium');
  expect(out.during.fields).toEqual({ title: 'Fake watch' });
  expect(out.during.afterLabel).toBe(true);
  expect(out.during.titleDescribed).toContain('Custom rule');
  expect(out.during.titleDescribed).toContain('Fake');
  expect(out.during.storeDescribedBy).toMatch(/^store-hint ko\d+-seller-messages$/);
  expect(out.during.invalid).toBe('true');
  expect(out.after).toEqual({ messages: 0, storeDescribedBy: 'store-hint', titleDescribedBy: null, invalid: null });
});

test('axe: the form, with messages under its fields and a blocked submit, has no serious or critical violation', async ({ page }) => {
  await open(page);
  expect(await seriousViolations(page)).toEqual([]);
  await type(page, 'title', 'G U C C I belt, gold buckle');
  await type(page, 'price', '25');
  await expect(await messagesOf(page, 'title')).toContainText('G U C C I');
  await page.getByRole('button', { name: 'Publish listing' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
