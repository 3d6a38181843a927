// The hub's dashboard in a real browser (Debian's Chromium, driven by
// playwright-core), run by crates/passage-hub/tests/browser.rs against a hub
// it started and filled by syncing two laptops. Signs in with JavaScript
// off (the dashboard must read without it), visits every page, saves a
// screenshot of each, downloads the CSV export, and runs axe-core on each
// page. Prints one JSON line per page; exits 1 on a failed check or a
// serious or critical accessibility violation.
//
// Environment: HUB_URL, HUB_EMAIL, HUB_PASSWORD, OUT_DIR, WORKSHOP (a
// workshop id), CHROMIUM (default /usr/bin/chromium).

import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const url = env('HUB_URL');
const out = env('OUT_DIR');
mkdirSync(out, { recursive: true });

const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--font-render-hinting=none'],
});
try {
  // Reading without JavaScript.
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    locale: 'en-GB',
  });
  const page = await plain.newPage();
  await page.goto(`${url}/dashboard`);
  check(page.url().endsWith('/dashboard/login'), `not sent to sign in: ${page.url()}`);
  await page.screenshot({ path: join(out, 'login.png'), fullPage: true });
  await page.fill('#email', env('HUB_EMAIL'));
  await page.fill('#password', env('HUB_PASSWORD'));
  await page.click('button[type=submit]');
  check(page.url().endsWith('/dashboard'), `sign-in did not land on the overview: ${page.url()}`);

  const pages = [
    ['overview', '/dashboard', 'What the workshops achieved'],
    ['groups', '/dashboard/groups', 'By sex'],
    ['workshops', '/dashboard/workshops', 'Maria Santos'],
    ['workshop', `/dashboard/workshops/${encodeURIComponent(env('WORKSHOP'))}`, 'Who took part'],
    ['trainers', '/dashboard/trainers', 'Jun Reyes'],
    ['questions', '/dashboard/questions', 'most often wrong first'],
    ['devices', '/dashboard/devices', 'Laptop Luzon'],
    ['export', '/dashboard/export', 'Download CSV'],
    ['audit', '/dashboard/audit', 'view-participants'],
    ['overview-th', '/dashboard?lang=th', null],
    ['groups-km', '/dashboard/groups?lang=km', null],
    ['questions-my', '/dashboard/questions?lang=my', null],
    ['workshops-lo', '/dashboard/workshops?lang=lo', null],
    ['overview-en', '/dashboard?lang=en', 'What the workshops achieved'],
  ];
  for (const [name, path, expect] of pages) {
    const response = await page.goto(`${url}${path}`);
    check(response.status() === 200, `${name}: status ${response.status()}`);
    const text = await page.textContent('body');
    if (expect) check(text.includes(expect), `${name}: no “${expect}”`);
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  }

  // The CSV export downloads, with its stable header.
  await page.goto(`${url}/dashboard/export`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('a[href="/dashboard/export.csv"]'),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  check(csv.startsWith('dimension,group,registered'), `CSV starts: ${csv.slice(0, 40)}`);
  check(download.suggestedFilename().endsWith('.csv'), `CSV name: ${download.suggestedFilename()}`);

  // Accessibility: axe-core on every page, signed in with the same cookies.
  const state = await plain.storageState();
  const checked = await browser.newContext({ storageState: state, bypassCSP: true });
  const a11y = await checked.newPage();
  for (const [name, path] of [['login', '/dashboard/login'], ...pages]) {
    const target = name === 'login' ? await browser.newContext({ bypassCSP: true }) : null;
    const p = target ? await target.newPage() : a11y;
    await p.goto(`${url}${path}`);
    await p.evaluate(axeSource);
    const result = await p.evaluate(() =>
      // eslint-disable-next-line no-undef
      axe.run(document, { resultTypes: ['violations'] }),
    );
    const violations = result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      example: v.nodes[0]?.target?.join(' '),
    }));
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    check(serious.length === 0, `${name}: ${JSON.stringify(serious)}`);
    console.log(JSON.stringify({ page: name, violations }));
    if (target) await target.close();
  }
} finally {
  await browser.close();
}
if (failures.length > 0) {
  for (const f of failures) console.error(`FAILED: ${f}`);
  process.exit(1);
}
console.log(JSON.stringify({ ok: true }));
