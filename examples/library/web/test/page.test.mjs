// Runs the library's web page in headless Chromium (Debian's, driven by playwright-core) against a running server
// and checks what the page shows after each action: the first page of books, paging, a created book, an edit under
// an update mask, the errors the server sends, a delete.
//   LIBRARY_URL   the server's root, such as http://127.0.0.1:50051 (run-against-server.sh --page sets it)
//   CHROMIUM      the browser, default /usr/bin/chromium
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const url = process.env.LIBRARY_URL;
assert.ok(url, 'set LIBRARY_URL to a running server that serves the page (run-against-server.sh --page does)');

let context;
let page;
let userDataDir;
const pageErrors = [];
const callContentTypes = new Set(); // of the page's calls to the services

before(async () => {
  userDataDir = await mkdtemp(path.join(os.tmpdir(), 'library-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/library.v1.')) {
      callContentTypes.add(request.headers()['content-type']);
    }
  });
  page.setDefaultTimeout(15_000);
});

after(async () => {
  await context?.close();
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

const status = () => page.locator('#status');
const titles = () => page.locator('#books tbody td.title').allTextContents();
const row = (id) => page.locator(`#books tbody tr[data-id="${id}"]`);

/** Waits (up to 15 s) for the status line to read `text`, then checks it is (or is not) shown as an error. */
async function expectStatus(text, { error = false } = {}) {
  await page.waitForFunction(
    ([expected]) => document.querySelector('#status')?.textContent === expected, [text]).catch(() => {});
  assert.equal(await status().textContent(), text);
  assert.equal(await status().getAttribute('class'), error ? 'error' : '');
}

/** Pages forward from the first page until the row of book `id` shows. */
async function pageTo(id) {
  while (!(await page.locator('#prev').isDisabled())) {
    await page.click('#prev');
    await page.waitForFunction(() => document.querySelector('#page-info')?.textContent === 'page 1');
  }
  for (;;) {
    if (await row(id).count() > 0) return;
    assert.ok(await page.locator('#next').isEnabled(), `book ${id} is on no page`);
    const before = await page.locator('#page-info').textContent();
    await page.click('#next');
    await page.waitForFunction((shown) => document.querySelector('#page-info')?.textContent !== shown, before);
  }
}

test('the first page lists two books, int64 values exact; Next and Previous page through the rest', async () => {
  await page.goto(url);
  await expectStatus('Ready');
  assert.deepEqual(await titles(), ['A Wizard of Earthsea', 'The Dispossessed']);
  assert.equal(await row(2).locator('td.copies').textContent(), '9007199254740993');
  assert.equal(await page.locator('#page-info').textContent(), 'page 1');
  assert.ok(await page.locator('#prev').isDisabled());

  await page.click('#next');
  await page.waitForFunction(() => document.querySelector('#page-info')?.textContent === 'page 2');
  const second = await titles();
  assert.ok(second.includes('Kindred'), `page 2 shows Kindred: ${second}`);
  assert.ok(!second.includes('A Wizard of Earthsea'));

  await page.click('#prev');
  await page.waitForFunction(() => document.querySelector('#page-info')?.textContent === 'page 1');
  assert.deepEqual(await titles(), ['A Wizard of Earthsea', 'The Dispossessed']);
});

let created;

test('creating a book shows it, edits send only the changed fields, and server errors show', async () => {
  await page.fill('#new-title', 'Always Coming Home');
  await page.fill('#new-price', '14.95');
  await page.fill('#new-author', '1');
  await page.click('#create');
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Created book '));
  const text = await status().textContent();
  const match = /^Created book (\d+): Always Coming Home$/.exec(text);
  assert.ok(match, text);
  created = match[1];

  await pageTo(created);
  assert.equal(await row(created).locator('td.title').textContent(), 'Always Coming Home');
  assert.equal(await row(created).locator('td.price').textContent(), '14.95');

  await row(created).getByRole('button', { name: 'Edit' }).click();
  await page.fill('#edit-title', 'Always Coming Home (1985)');
  await page.click('#save');
  await expectStatus(`Updated book ${created} (update_mask: title), now version 1`);
  assert.equal(await row(created).locator('td.title').textContent(), 'Always Coming Home (1985)');
  assert.equal(await row(created).locator('td.price').textContent(), '14.95', 'price was not in the mask');

  await page.fill('#edit-price', '12,50');
  await page.click('#save');
  await expectStatus('INVALID_ARGUMENT: field price: "12,50" is not a decimal number', { error: true });
  assert.equal(await row(created).locator('td.price').textContent(), '14.95', 'a refused update changes nothing');

  await page.fill('#new-title', 'Nobody wrote this');
  await page.fill('#new-price', '');
  await page.fill('#new-author', '404');
  await page.click('#create');
  await expectStatus('INVALID_ARGUMENT: Author 404 does not exist', { error: true });
});

test('deleting a book takes its row away; reading it again is NOT_FOUND', async () => {
  assert.ok(created, 'the previous test created a book');
  await row(created).getByRole('button', { name: 'Delete' }).click();
  await expectStatus(`Deleted book ${created}`);
  assert.equal(await row(created).count(), 0);

  // The same Edit form, on the deleted book still in it: the server answers NOT_FOUND and the page shows it.
  await page.fill('#edit-title', 'Gone');
  await page.click('#save');
  await expectStatus(`NOT_FOUND: book ${created} does not exist`, { error: true });
  assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
  assert.deepEqual([...callContentTypes], ['application/grpc-web+proto'], 'every call was binary gRPC-Web');
});
