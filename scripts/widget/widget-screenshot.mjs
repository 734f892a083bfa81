// Renders the vote widget as a portal would: a page on another origin frames
// /embed/voorstellen/{nummer} in an iframe, in a real headless Chromium (Debian's package).
// Checks what a reader sees, then saves a screenshot.
//
//   BASE=http://127.0.0.1:18060 node widget-screenshot.mjs
//
// BASE           the service (default http://127.0.0.1:8080)
// NUMMER         the voorstel to show (default 23161.001: AANVAARD 34/4)
// SCRIPT_NUMMER  optional: a voorstel whose titel contains <script>; it must show as text
// OUT            the PNG (default ../../target/widget-screenshot.png)
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const base = (process.env.BASE || 'http://127.0.0.1:8080').replace(/\/$/, '');
const nummer = process.env.NUMMER || '23161.001';
const scriptNummer = process.env.SCRIPT_NUMMER || '';
const out = path.resolve(here, process.env.OUT || '../../target/widget-screenshot.png');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const iframe = (n) =>
  `<iframe src="${base}/embed/voorstellen/${encodeURIComponent(n)}" width="480" height="230"` +
  ` title="Stemming ${n}" style="border:0"></iframe>`;

// The portal: another origin (its own host name and port), a plain page with the card(s).
const parent = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Portaal</title>
<style>body{font-family:sans-serif;margin:16px;background:#f4f4f4}h1{font-size:18px}</style></head>
<body><h1>Gemeenteportaal (andere origin)</h1>${iframe(nummer)}
${scriptNummer ? '<h1>Titel met &lt;script&gt;</h1>' + iframe(scriptNummer) : ''}</body></html>`);
});
await new Promise((resolve) => parent.listen(0, '127.0.0.1', resolve));
const parentUrl = `http://localhost:${parent.address().port}/`;
console.log(`portal ${parentUrl} frames ${base}/embed/voorstellen/${nummer}`);

const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
let exitCode = 1;
try {
  const page = await browser.newPage({ viewport: { width: 560, height: scriptNummer ? 620 : 330 } });
  const external = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !u.startsWith(parentUrl)) external.push(u);
  });
  await page.goto(parentUrl, { waitUntil: 'load' });
  check(new URL(parentUrl).origin !== new URL(base).origin, 'the portal is on another origin');

  const frameOf = (n) =>
    page.frames().find((f) => f.url().endsWith(`/embed/voorstellen/${encodeURIComponent(n)}`));
  const card = frameOf(nummer);
  check(card !== undefined, 'the card loaded inside the iframe (framing allowed)');
  if (card) {
    const text = await card.locator('body').innerText();
    console.log(text.replace(/\n+/g, ' | '));
    check(/\b34\b/.test(text), 'the card shows "34" (voor)');
    check(/\b4\b/.test(text), 'the card shows "4" (tegen)');
    check(/Aanvaard/i.test(text), 'the card shows the outcome');
    const label = await card.locator('[role="img"]').getAttribute('aria-label');
    check(label === '34 stemmen voor, 4 stemmen tegen', `the bar has a text alternative: ${label}`);
    check((await card.locator('script').count()) === 0, 'the card has no scripts');
  }
  if (scriptNummer) {
    const escaped = frameOf(scriptNummer);
    check(escaped !== undefined, 'the <script> card loaded');
    if (escaped) {
      const title = await escaped.locator('h1').innerText();
      check(title.includes('<script>'), `a <script> titel shows as text: ${title}`);
      check((await escaped.locator('script').count()) === 0, 'and no script element exists');
      check((await page.title()) === 'Portaal', 'and nothing ran in the page');
    }
  }
  check(external.length === 0, `nothing loaded from elsewhere ${external.join(' ')}`);

  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`screenshot ${out}`);
  exitCode = failures.length === 0 ? 0 : 1;
} finally {
  await browser.close();
  parent.close();
}
if (exitCode !== 0) console.error(`${failures.length} check(s) failed`);
process.exit(exitCode);
