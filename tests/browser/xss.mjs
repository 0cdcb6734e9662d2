// SECURITY-PLAN T1–T3 and T5–T6 in a real browser: every vector of the shared XSS corpora is
// saved through the real edit form, and posted in the discussion, and opened in headless
// Chromium with JavaScript on; no
// vector may run script or trip the content security policy. Malicious uploads (SVG with
// script, HTML, a polyglot) are opened too. A positive control proves the harness sees
// execution when it happens.
//
//   BRAID_BIN=…/braid BRAID_NPM_DIR=… node tests/browser/xss.mjs
//
// Prints one summary line; exits non-zero on any execution or policy violation.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PASSWORD, harnessSettings, launchChromium, startBraid } from './server.mjs';
import zlib from 'node:zlib';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '..', '..');
const corpora = path.resolve(root, '..', 'shared', 'corpora');
const { npmDir, binary } = harnessSettings();

const { base, server, data } = await startBraid(binary, { handle: 'xss', role: 'editor' });

const vectors = [];
for (const [index, item] of JSON.parse(readFileSync(path.join(corpora, 'xss', 'dompurify-fixtures.json'))).entries()) {
  vectors.push([`DOMPurify #${index}`, item.payload]);
}
for (const item of JSON.parse(readFileSync(path.join(corpora, 'xss', 'h5sc.json')))) {
  vectors.push([`H5SC #${item.id}`, item.payload]);
}

const browser = await launchChromium(npmDir);
const context = await browser.newContext();
// Any of these running means script ran.
await context.addInitScript(() => {
  window.__ran = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...a) => { window.__ran.push(`${name}(${a.join(',')})`); };
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__ran.push(`csp:${event.violatedDirective}`);
  });
});
let dialogs = 0;
context.on('page', (p) => p.on('dialog', (dialog) => { dialogs += 1; dialog.dismiss().catch(() => {}); }));
const page = await context.newPage();
page.on('dialog', (dialog) => { dialogs += 1; dialog.dismiss().catch(() => {}); });
const offOrigin = [];
page.on('request', (request) => {
  const url = request.url();
  if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('about:')) offOrigin.push(url);
});

async function ran() {
  await page.waitForTimeout(50);
  return page.evaluate(() => window.__ran.splice(0));
}

// Positive control: the same harness on markup that does run script.
await page.setContent('<img src="nowhere" onerror="alert(1)">');
await page.waitForTimeout(200);
const control = await ran();
if (!control.some((call) => call.startsWith('alert'))) {
  console.error('positive control: the harness did not see alert() run');
  process.exit(1);
}

await page.goto(`${base}/sign-in`);
await page.fill('#handle', 'xss');
await page.fill('#password', PASSWORD);
await page.click('form[action="/sign-in"] button[type=submit]');

const failures = [];
const BATCH = 12;
for (let start = 0; start < vectors.length; start += BATCH) {
  const batch = vectors.slice(start, start + BATCH);
  await page.goto(`${base}/wiki/discover/new`);
  await page.fill('#title', `Vectors ${start}`);
  await page.fill('#body', batch.map(([, payload]) => payload).join('\n\n'));
  await page.click('button[name=intent][value=save]');
  await page.waitForLoadState('load');
  const calls = await ran();
  if (calls.length) failures.push(`${batch.map(([name]) => name).join(', ')}: ${calls.join(' ')}`);
  // Hover and focus everything in the content, for vectors that wait for an event.
  for (const element of await page.$$('.content *')) {
    await element.hover({ timeout: 200 }).catch(() => {});
  }
  const later = await ran();
  if (later.length) failures.push(`${batch.map(([name]) => name).join(', ')} (on hover): ${later.join(' ')}`);
}

// The same vectors as discussion posts, each batch's first one as the thread's title too.
let threads = 0;
for (let start = 0; start < vectors.length; start += BATCH) {
  const batch = vectors.slice(start, start + BATCH);
  await page.goto(`${base}/discussion/ask-the-community`);
  await page.fill('#title', batch[0][1].slice(0, 190).trim() || `Vectors ${start}`);
  await page.fill('#body', batch.map(([, payload]) => payload).join('\n\n'));
  await page.click('#new-thread button[type=submit]');
  await page.waitForLoadState('load');
  if (/\/discussion\/ask-the-community\/\d+/.test(page.url())) threads += 1;
  const calls = await ran();
  if (calls.length) failures.push(`post: ${batch.map(([name]) => name).join(', ')}: ${calls.join(' ')}`);
  for (const element of await page.$$('.content *')) {
    await element.hover({ timeout: 200 }).catch(() => {});
  }
  const later = await ran();
  if (later.length) failures.push(`post: ${batch.map(([name]) => name).join(', ')} (on hover): ${later.join(' ')}`);
}

// Malicious uploads, opened directly.
const uploads = [
  ['map.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'],
  ['page.html', 'text/html', '<html><body><script>alert(3)</script><img src=x onerror=alert(4)></body></html>'],
  ['polyglot.jpg', 'image/jpeg', '\xff\xd8\xff\xe0<script>alert(5)</script><svg onload=alert(6)>'],
  ['gif.gif', 'image/gif', 'GIF89a/*<svg onload=alert(7)>*/=alert(8)//'],
];
// A PNG that declares 10,000 × 10,000 pixels: 100 MB when decoded, about 100 KB on the wire.
function chunk(type, body) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type), body])) >>> 0);
  return Buffer.concat([length, Buffer.from(type), body, crc]);
}
const side = 10000;
const header = Buffer.alloc(13);
header.writeUInt32BE(side, 0);
header.writeUInt32BE(side, 4);
header[8] = 8; // bit depth; colour type 0 (grey), compression, filter, interlace all 0
const bomb = Buffer.concat([
  Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
  chunk('IHDR', header),
  chunk('tEXt', Buffer.from('Comment\0<script>alert(9)</script>', 'latin1')),
  chunk('IDAT', zlib.deflateSync(Buffer.alloc((side + 1) * side), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const exifScript = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x06]), Buffer.from('JFIF'),
  Buffer.from([0xff, 0xe1, 0x00, 0x2a]), Buffer.from('Exif\0\0<script>alert(10)</script><svg/onload=x>', 'latin1').subarray(0, 40),
  Buffer.from([0xff, 0xda, 0x00, 0x02, 0x11, 0x22, 0xff, 0xd9]),
]);
uploads.push(['bomb.png', 'image/png', bomb], ['exif.jpg', 'image/jpeg', exifScript]);

await page.goto(`${base}/wiki/discover/first-conversations`);
for (const [name, mimeType, content] of uploads) {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content, 'latin1');
  await page.setInputFiles('#file', { name, mimeType, buffer });
  await page.click('form[action$="/attachments"] button[type=submit]');
  await page.waitForLoadState('load');
}
const hrefs = await page.$$eval('.attachments a[href^="/attachments/"]', (links) => links.map((a) => a.getAttribute('href')));
for (const href of hrefs) {
  const response = await page.goto(`${base}${href}`).catch(() => null);
  const calls = await ran().catch(() => []);
  if (calls.length) failures.push(`upload ${href}: ${calls.join(' ')}`);
  if (response && response.headers()['content-type'].includes('html')) failures.push(`upload ${href} served as HTML`);
}

if (threads !== Math.ceil(vectors.length / BATCH)) failures.push(`only ${threads} threads were posted`);
const health = await fetch(`${base}/healthz`).then((r) => r.status).catch(() => 0);
if (health !== 200) failures.push(`the server did not survive the uploads (healthz ${health})`);
await browser.close();
server.kill();
rmSync(data, { recursive: true, force: true });
if (dialogs) failures.push(`${dialogs} dialog(s) opened`);
if (offOrigin.length) failures.push(`requests left the origin: ${offOrigin.slice(0, 5).join(' ')}`);
console.log(`browser XSS: ${vectors.length} vectors in ${Math.ceil(vectors.length / BATCH)} pages and ${threads} threads, ${uploads.length} hostile uploads (${hrefs.length} accepted, opened); positive control caught ${control[0]}; ${failures.length} failure(s)`);
for (const failure of failures) console.error(failure);
process.exit(failures.length ? 1 : 0);
