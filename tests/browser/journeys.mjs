// What people do with Braid, in headless Chromium, once with JavaScript off (as in Tor Browser's
// safest setting) and once with it on, each against a fresh server:
// - an editor invites someone, and sets up an authenticator app (TOTP);
// - the editor signs out and back in with the app's code;
// - the invited person accepts the invitation;
// - a reader browses the tree, and searches and opens a result;
// - two edits of the same lines conflict: the second editor gets both versions marked, keeps
//   theirs and saves;
// - the editor comments, uploads an image and shows it in the page;
// - the newcomer, with the keyboard only, signs in and edits a page; the edit waits for review,
//   readers keep the approved text, the editor approves it and readers see it;
// - the editor adds a section and moves it up the hub's order;
// - an administrator sees from the admin page that the hub's background work has caught up;
// - the editor translates a page into Persian through the paragraph-by-paragraph form, and a
//   Persian reader's tree leads to it;
// - a paragraph translated before is offered from the translation memory (and taken with one
//   press when JavaScript is on);
// - the newcomer starts a discussion thread that waits for a facilitator; the administrator
//   approves it from the queue; the editor replies quoting it; the newcomer marks the answer
//   and watches the category; adds a mail address, confirms it from the mail the hub sent, and
//   chooses to read that category on the web only;
// - the administrator switches the interface to Persian, and it follows them to another device.
// Every focus stop on the keyboard journey must show a focus ring.
//
//   BRAID_BIN=…/braid BRAID_NPM_DIR=… node tests/browser/journeys.mjs
//
// Prints a line per step; exits non-zero at the first step that fails.
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { PASSWORD, harnessSettings, launchChromium, startBraid, startSmtpSink } from './server.mjs';

const { npmDir, binary } = harnessSettings();

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64');

function check(condition, what) {
  if (!condition) throw new Error(what);
}

// RFC 6238 with the defaults authenticator apps use: SHA-1, 30 s, 6 digits.
function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text.replace(/[\s=]/g, '').toUpperCase()) {
    const value = alphabet.indexOf(char);
    check(value >= 0, `not base32: ${text}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}
function totp(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
const currentStep = () => Math.floor(Date.now() / 30_000);

// Keeps "yours" from each conflict in text marked <<<<<<< … ======= … >>>>>>>.
function keepMine(text) {
  const kept = [];
  let state = 'outside';
  for (const line of text.split('\n')) {
    if (line.startsWith('<<<<<<<')) state = 'mine';
    else if (line.startsWith('=======') && state === 'mine') state = 'theirs';
    else if (line.startsWith('>>>>>>>') && state === 'theirs') state = 'outside';
    else if (state !== 'theirs') kept.push(line);
  }
  return kept.join('\n');
}

// Presses Tab until the element matching `selector` has the focus, checking that each stop on
// the way is visibly focused; fails after `limit` presses.
async function tabTo(page, selector, limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((wanted) => {
      const active = document.activeElement;
      if (!active || active === document.body) return { body: true };
      const style = getComputedStyle(active);
      return {
        found: active.matches(wanted),
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        what: active.outerHTML.slice(0, 80),
      };
    }, selector);
    if (stop.body) continue;
    check(stop.ring, `no visible focus on ${stop.what}`);
    if (stop.found) return;
  }
  throw new Error(`${selector} not reached with ${limit} presses of Tab`);
}

const browser = await launchChromium(npmDir);
let failed = false;

// Positive control: a control whose focus is invisible must fail the keyboard check.
{
  const control = await browser.newContext();
  const page = await control.newPage();
  await page.setContent('<style>button:focus { outline: none }</style><button id="b">Go</button>');
  const caught = await tabTo(page, '#b', 3).then(() => null, (error) => error.message);
  check(caught && caught.startsWith('no visible focus'), `positive control: an invisible focus passed (${caught})`);
  await control.close();
}

for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';
  const sink = await startSmtpSink();
  const { base, server, data } = await startBraid(binary, { handle: 'ed', role: 'editor', smtpUrl: sink.url });
  const contexts = [];
  const newContext = async () => {
    const made = await browser.newContext({ javaScriptEnabled });
    contexts.push(made);
    return made;
  };
  const problems = [];
  let step = '';
  const begin = (name) => {
    step = name;
  };
  const done = () => console.log(`${mode}: ${step}: ok`);
  try {
    // Console errors and failed requests of our own pages fail the journey.
    const watch = (page) => {
      page.on('console', (message) => {
        // The conflicting save answers 409 on purpose; Chromium reports any such status.
        const expected = message.text().includes('status of 409');
        if (message.type() === 'error' && !expected) problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    };
    const signIn = async (page, handle) => {
      await page.goto(`${base}/sign-in`);
      await page.fill('#handle', handle);
      await page.fill('#password', PASSWORD);
      await page.click('form[action="/sign-in"] button[type=submit]');
    };

    begin('the editor signs in and invites someone');
    const editorContext = await newContext();
    const editor = await editorContext.newPage();
    watch(editor);
    await signIn(editor, 'ed');
    check(await editor.locator('form[action="/sign-out"]').count() === 1, 'signed in: no sign-out button');
    await editor.goto(`${base}/invitations/new`);
    await editor.fill('#note', 'Met at the regional training');
    await editor.click('form[action="/invitations"] button[type=submit]');
    const invitation = await editor.inputValue('#link');
    check(invitation.includes('/join/'), `no invitation link: ${invitation}`);
    done();

    begin('the editor sets up an authenticator app');
    await editor.goto(`${base}/account/two-factor`);
    await editor.fill('form[action="/account/two-factor/start"] #current_password', PASSWORD);
    await editor.click('form[action="/account/two-factor/start"] button[type=submit]');
    const secret = (await editor.textContent('code.secret')).trim();
    const enrolStep = currentStep();
    await editor.fill('#code', totp(secret, enrolStep));
    await editor.click('form[action="/account/two-factor/confirm"] button[type=submit]');
    check(!(await editor.content()).includes('role="alert"'), 'the first code was refused');
    done();

    begin('the editor signs out and back in with the code');
    await editor.click('form[action="/sign-out"] button[type=submit]');
    check(await editor.locator('form[action="/sign-out"]').count() === 0, 'still signed in');
    await signIn(editor, 'ed');
    check(await editor.locator('#code').count() === 1, 'no code asked');
    // The code just used is spent (SECURITY-PLAN: TOTP replay); the next step's is accepted.
    await editor.fill('#code', totp(secret, Math.max(enrolStep, currentStep()) + 1));
    await editor.click('form[action="/sign-in/code"]:not([data-passkey]) button[type=submit]');
    check(await editor.locator('form[action="/sign-out"]').count() === 1, `not signed in with the code: ${editor.url()}`);
    done();

    begin('the invited person accepts the invitation');
    const newcomerContext = await newContext();
    const joining = await newcomerContext.newPage();
    watch(joining);
    await joining.goto(invitation);
    await joining.fill('#handle', 'noor');
    await joining.fill('#password', PASSWORD);
    await joining.check('#accept');
    await joining.click(`form[action^="/join/"] button[type=submit]`);
    check(joining.url().endsWith('/welcome'), `not welcomed: ${joining.url()}`);
    check(await joining.locator('form[action="/sign-out"]').count() === 1, 'the new member is not signed in');
    await newcomerContext.close();
    done();

    begin('a reader browses the tree');
    const readerContext = await newContext();
    const reader = await readerContext.newPage();
    watch(reader);
    await reader.goto(base);
    await reader.click('a[href="/wiki/strategise"]');
    check(reader.url().endsWith('/wiki/strategise'), `not in the section: ${reader.url()}`);
    await reader.click('.tree a[href="/wiki/strategise/risk-assessment"]');
    check((await reader.textContent('h1')).trim() === 'Risk assessment', 'not on the page');
    check(await reader.locator('.tree a[aria-current="page"]').count() === 1, 'the tree does not mark the page');
    done();

    begin('a reader searches and opens a result');
    await reader.fill('#site-search', 'threats');
    await reader.press('#site-search', 'Enter');
    await reader.waitForURL(/\/search\?/);
    const result = reader.locator('main ol a, main .results a').first();
    const title = (await result.textContent()).trim();
    check(title.length > 0, 'no result');
    await result.click();
    check((await reader.textContent('h1')).trim() === title, `the result led elsewhere: ${title}`);
    done();

    begin('two edits of the same lines conflict and the second editor keeps theirs');
    const pagePath = '/wiki/discover/first-conversations';
    const first = await editorContext.newPage();
    watch(first);
    await editor.goto(`${base}${pagePath}/edit`);
    await first.goto(`${base}${pagePath}/edit`);
    const original = await editor.inputValue('#body');
    const lines = original.split('\n');
    const target = lines.findIndex((line) => line.length > 30 && !line.startsWith('#'));
    check(target >= 0, 'no line to edit');
    await first.fill('#body', lines.map((line, i) => (i === target ? 'Meet in a place they choose.' : line)).join('\n'));
    await first.fill('#summary', 'Their wording');
    await Promise.all([first.waitForURL((url) => url.pathname === pagePath), first.click('button[name=intent][value=save]')]);
    await first.close();
    await editor.fill('#body', lines.map((line, i) => (i === target ? 'Meet where they feel safe.' : line)).join('\n'));
    await editor.fill('#summary', 'My wording');
    await editor.click('button[name=intent][value=save]');
    const marked = await editor.inputValue('#body');
    check(marked.includes('<<<<<<<') && marked.includes('Meet in a place they choose.'), 'no conflict shown');
    check(await editor.inputValue('#summary') === 'My wording', 'the summary was lost');
    await editor.fill('#body', keepMine(marked));
    await editor.click('button[name=intent][value=save]');
    check(editor.url().endsWith(pagePath), `not saved: ${editor.url()}`);
    const saved = await editor.textContent('article');
    check(saved.includes('Meet where they feel safe.') && !saved.includes('Meet in a place they choose.'), 'the kept version is not shown');
    done();

    begin('the editor comments on the page');
    await editor.fill('#comment-body', 'Should we add a note on **consent**?');
    await editor.click('#new-comment button[type=submit]');
    check(await editor.locator('.comment strong', { hasText: 'consent' }).count() === 1, 'the comment is not shown');
    done();

    begin('the editor uploads an image and shows it in the page');
    await editor.setInputFiles('#file', { name: 'map.png', mimeType: 'image/png', buffer: PNG });
    await editor.click('form[action$="/attachments"] button[type=submit]');
    const markdown = (await editor.inputValue('.attachments .snippet input')).trim();
    check(/^!\[map\.png\]\(\/attachments\//.test(markdown), `no image to embed: ${markdown}`);
    await editor.goto(`${base}${pagePath}/edit`);
    await editor.fill('#body', `${await editor.inputValue('#body')}\n\n${markdown}\n`);
    await editor.click('button[name=intent][value=save]');
    const image = editor.locator('article img[src^="/attachments/"]');
    check(await image.count() === 1, 'the image is not in the page');
    check(await image.evaluate((img) => img.complete && img.naturalWidth === 1), 'the image does not load');
    done();

    begin('the newcomer signs in and edits with the keyboard only');
    const keyboardContext = await newContext();
    const keys = await keyboardContext.newPage();
    watch(keys);
    await keys.goto(`${base}/sign-in`);
    await tabTo(keys, '#handle');
    await keys.keyboard.type('noor');
    await tabTo(keys, '#password');
    await keys.keyboard.type(PASSWORD);
    await Promise.all([keys.waitForNavigation(), keys.keyboard.press('Enter')]);
    check(await keys.locator('form[action="/sign-out"]').count() === 1, `not signed in by keyboard: ${keys.url()} ${(await keys.textContent('main')).replace(/\s+/g, ' ').slice(0, 300)}`);
    await keys.goto(`${base}/wiki/well-being/collective-care`);
    await tabTo(keys, 'a[href$="/collective-care/edit"]');
    await keys.keyboard.press('Enter');
    await keys.waitForURL(/\/edit$/);
    await tabTo(keys, '#body');
    await keys.keyboard.press('Control+End');
    await keys.keyboard.type('\n\nTake a day off after every hard week.');
    await tabTo(keys, '#summary');
    await keys.keyboard.type('A rest day');
    await tabTo(keys, 'button[name=intent][value=save]');
    await keys.keyboard.press('Enter');
    await keys.waitForURL(/\/collective-care$/);
    check((await keys.textContent('main')).includes('waits for review'), 'the edit does not say it waits for review');
    done();

    begin('readers keep the approved text until the editor approves');
    await reader.goto(`${base}/wiki/well-being/collective-care`);
    check(!(await reader.textContent('article')).includes('Take a day off'), 'readers see an unreviewed edit');
    await editor.goto(`${base}/review`);
    const approve = editor.locator('form[action="/review"]:has(input[name=decision][value=approve])').first();
    await approve.locator('button[type=submit]').click();
    await reader.reload();
    check((await reader.textContent('article')).includes('Take a day off after every hard week.'), 'readers do not see the approved edit');
    done();

    begin('the editor adds a section from the footer and moves it up');
    await editor.goto(`${base}/`);
    await editor.click('footer a[href="/sections"]');
    await editor.fill('#title', 'Digital safety clinics');
    await editor.fill('#summary', 'Walk-in help with phones and accounts.');
    await editor.selectOption('#group', 'practice');
    await editor.click('form[action="/sections"] button[type=submit]');
    check(editor.url().endsWith('/wiki/digital-safety-clinics'), `not in the new section: ${editor.url()}`);
    check((await editor.textContent('h1')).trim() === 'Digital safety clinics', 'the new section has another title');
    await editor.goto(`${base}/sections`);
    await editor.click('#section-digital-safety-clinics button[name=intent][value=up]');
    await editor.goto(`${base}/`);
    const listed = (await editor.locator('section[aria-labelledby="group-practice"] h3').allTextContents()).map((t) => t.trim());
    check(listed.at(-2) === 'Digital safety clinics' && listed.length >= 3, `not moved up among the practices: ${listed}`);
    done();

    begin('an administrator sees that the background work has caught up');
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('BRAID_')));
    Object.assign(env, { BRAID_DATA_DIR: data, BRAID_LOG: 'warn' });
    const madeAdmin = spawnSync(binary, ['admin', 'create-user', 'ada', '--role', 'admin', '--password-stdin'], { input: PASSWORD + '\n', env });
    check(madeAdmin.status === 0, `create-user failed: ${madeAdmin.stderr}`);
    const admin = await (await newContext()).newPage();
    watch(admin);
    await signIn(admin, 'ada');
    await admin.goto(`${base}/admin/members`);
    await admin.click('a[href="/admin/status"]');
    check((await admin.textContent('h1')).trim() === "The hub's background work", 'not on the status page');
    // Followers run twice a second: within a few looks every one has caught up.
    let waiting = [];
    for (let look = 0; look < 20; look++) {
      waiting = await admin.locator('tbody tr td:nth-child(3)').allTextContents();
      if (waiting.length >= 2 && waiting.every((cell) => cell.trim() === '0')) break;
      await admin.waitForTimeout(250);
      await admin.reload();
    }
    check(waiting.length >= 2 && waiting.every((cell) => cell.trim() === '0'), `followers behind: ${waiting}`);
    check((await admin.textContent('main')).includes('No job has failed.'), 'failed jobs listed');
    done();

    begin('the newcomer starts a discussion thread, which waits for a facilitator');
    await keys.goto(`${base}/`);
    await keys.click('.site-nav a[href="/discussion"]');
    await keys.click('a[href="/discussion/ask-the-community"]');
    await keys.fill('#title', 'Tor at the border');
    await keys.fill('#body', 'Has anyone crossed a border with **Tor Browser** on their phone?');
    await keys.click('#new-thread button[type=submit]');
    check(/\/discussion\/ask-the-community\/\d+$/.test(new URL(keys.url()).pathname), `not on the thread: ${keys.url()}`);
    const threadUrl = keys.url().split('#')[0];
    check((await keys.textContent('main')).includes('waiting for a facilitator'), 'the first post does not say it waits');
    await editor.goto(`${base}/discussion/ask-the-community`);
    check(!(await editor.textContent('main')).includes('Tor at the border'), 'others see a thread that waits');
    done();

    begin('the administrator approves it from the queue, and the editor replies quoting it');
    await admin.goto(`${base}/discussion`);
    await admin.click('a[href="/moderation"]');
    check((await admin.textContent('main')).includes('Tor Browser'), 'the post is not in the queue');
    await admin.click('form[action$="/moderate"] button[name=decision][value=approve]');
    check((await admin.textContent('main')).includes('Nothing is waiting.'), 'the queue did not empty');
    await editor.goto(threadUrl);
    check(await editor.locator('article.post strong', { hasText: 'Tor Browser' }).count() === 1, 'the approved post is not shown');
    await editor.click('article.post a:text("Quote and reply")');
    const quote = await editor.inputValue('#body');
    check(quote.startsWith('> Has anyone crossed'), `the reply does not start from the quote: ${quote}`);
    await editor.fill('#body', `${quote}Yes, with a bridge; keep the app hidden.`);
    await editor.click('form[action$="/reply"] button[type=submit]');
    const reply = editor.locator('article.post').last();
    check((await reply.textContent()).includes('with a bridge') && (await reply.textContent()).includes('In reply to'), 'the reply is not shown under its quote');
    done();

    begin('the newcomer marks the answer and watches the category');
    await keys.goto(threadUrl);
    await keys.locator('article.post').last().locator('form[action$="/solved"] button').click();
    check(await keys.locator('article.post.solution').count() === 1, 'no answer marked');
    await keys.click('a[href="/discussion/ask-the-community"]');
    await keys.click('form[action$="/watch"] button[type=submit]');
    check((await keys.textContent('form[action$="/watch"] button')).trim() === 'Stop watching', 'not watching');
    check((await keys.textContent('main')).includes('solved'), 'the list does not show the thread solved');
    done();

    begin('the newcomer adds a mail address, confirms it from the mail, then reads on the web only');
    await keys.goto(`${base}/account`);
    await keys.click('a[href="/account/email"]');
    await keys.fill('#email', 'noor@example.org');
    await keys.fill('#current_password', PASSWORD);
    await keys.click('form[action="/account/email"] button[type=submit]');
    check((await keys.textContent('main')).includes('We sent a link to noor@example.org'), 'no link sent');
    let confirmation;
    for (let look = 0; look < 40 && !confirmation; look++) {
      confirmation = sink.messages.find((message) => message.to === 'noor@example.org');
      if (!confirmation) await keys.waitForTimeout(250);
    }
    check(confirmation, 'no mail reached the address');
    const unfolded = confirmation.text.replace(/=\r\n/g, '');
    const link = unfolded.match(/http:\/\/[^\s]+\/account\/email\/confirm\/[a-z0-9_]+/)[0];
    await keys.goto(link);
    await keys.click('form[action^="/account/email/confirm/"] button[type=submit]');
    check((await keys.textContent('main')).includes('mail now goes to noor@example.org'), 'not confirmed');
    await keys.goto(`${base}/discussion/ask-the-community`);
    check((await keys.inputValue('#delivery-mode')) === 'every', 'a new address does not get every post');
    await keys.selectOption('#delivery-mode', 'web');
    await keys.click('form[action$="/delivery"] button[type=submit]');
    check((await keys.inputValue('#delivery-mode')) === 'web', 'the choice was not kept');
    done();

    begin('the editor translates a page into Persian, and a Persian reader finds it');
    await editor.goto(`${base}/wiki/discover/first-conversations`);
    await editor.click('.page-actions a[href$="/translate"]');
    await editor.click('a[href="/wiki/discover/first-conversations/translate/fa"]');
    const rows = await editor.locator('textarea[name=p]').count();
    check(rows >= 3, `only ${rows} paragraphs to translate`);
    await editor.fill('#title', 'گفت‌وگوهای نخست');
    await editor.fill('#p-1', 'پیش از هر پیشنهادی، به سازمان گوش دهید.');
    await editor.click('form.translation-form button[type=submit]');
    check(editor.url().endsWith('/wiki/discover/first-conversations-fa'), `not on the translation: ${editor.url()}`);
    check((await editor.textContent('h1')).trim() === 'گفت‌وگوهای نخست', 'the translation has another title');
    check(await editor.locator('.translation-notice .state-draft').count() === 1, 'a partial translation is not a draft');
    const persianReader = await browser.newContext({ javaScriptEnabled, locale: 'fa-IR' });
    const persian = await persianReader.newPage();
    await persian.goto(`${base}/wiki/discover`);
    check(await persian.locator('a[href="/wiki/discover/first-conversations-fa"]').count() === 1, 'the Persian tree does not lead to the translation');
    await persianReader.close();
    done();

    begin('a paragraph translated before is offered again, and taken with one press with JavaScript');
    await editor.goto(`${base}/wiki/discover/new`);
    await editor.fill('#title', 'Listening first');
    await editor.fill('#body', 'Before any assessment, listen. The first conversations with an organisation decide whether it will trust you with what worries it.\n\nA paragraph of its own.');
    await editor.selectOption('#language', 'en');
    await editor.click('form.editor button[name=intent][value=save]');
    await editor.goto(`${base}/wiki/discover/listening-first/translate/es`);
    const offered = (await editor.textContent('.suggestions')) || '';
    check(offered.includes('Antes de cualquier evaluación, escucha.'), `the Spanish demo paragraph is not offered: ${offered}`);
    const use = editor.locator('button[data-fill="p-1"]');
    if (javaScriptEnabled) {
      await use.click();
      const filled = await editor.inputValue('#p-1');
      check(filled.startsWith('Antes de cualquier evaluación'), `the box was not filled: ${filled}`);
    } else {
      check(!(await use.isVisible()), 'without JavaScript the button shows and does nothing');
    }
    done();

    begin('the administrator reads the hub in Persian, on every device');
    await admin.goto(`${base}/admin/status`);
    await admin.selectOption('#site-language', 'fa');
    await admin.click('form.language button[type=submit]');
    check(admin.url().endsWith('/admin/status'), `not back on the page: ${admin.url()}`);
    const [lang, dir] = await admin.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    check(lang === 'fa' && dir === 'rtl', `lang=${lang} dir=${dir}`);
    check((await admin.textContent('h1')).trim() === 'کارهای پس‌زمینهٔ مرکز', 'the status page is not in Persian');
    // The counts are written in Persian digits.
    const counts = await admin.locator('tbody tr td:nth-child(3)').allTextContents();
    check(counts.length >= 2 && counts.every((cell) => /^[۰-۹]+$/.test(cell.trim())), `counts: ${counts}`);
    const phone = await (await browser.newContext({ javaScriptEnabled, locale: 'en-GB' })).newPage();
    await signIn(phone, 'ada');
    check(await phone.evaluate(() => document.documentElement.lang) === 'fa', 'another device does not follow the choice');
    await phone.context().close();
    done();

    check(problems.length === 0, problems.join('\n'));
  } catch (error) {
    failed = true;
    console.error(`${mode}: ${step}: FAILED: ${error.message}`);
    for (const problem of problems) console.error(`  ${problem}`);
  } finally {
    for (const made of contexts) await made.close().catch(() => {});
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    sink.close();
    rmSync(data, { recursive: true, force: true });
  }
}

await browser.close();
if (failed) process.exit(1);
console.log('journeys: all steps passed, with JavaScript off and on');
