// The printed report: the button calls the browser's print, and the result page printed
// to an A4 PDF (print media, headless Chromium) fits in three pages for every persona, and
// its first page is the board's page: the step ("not yet on step 1" in words), why, the
// ambition, the first three actions and the code to come back with; the name typed for the
// printout heads it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { test, expect, PERSONAS, openResultOf } from './fixtures.mjs';

const EXAMPLE = fs.readFileSync(new URL('../fixtures/config.example.json', import.meta.url), 'utf8');

for (const persona of PERSONAS) {
  const { id } = persona;
  const withContacts = id === 'haulier-regional';
  test(`the ${id}'s report prints to at most three A4 pages, the board's page first`, async ({ page, server }, testInfo) => {
    if (withContacts) {
      await page.route(server.url('/config.json'), (route) => route.fulfill({ status: 200, contentType: 'application/json', body: EXAMPLE }));
    }
    await openResultOf(page, server, persona, '/?lang=da');
    await page.getByTestId('report-name').fill('Eksempel ApS');
    const firstAction = await page.getByTestId('first-action').first().textContent();
    const code = await page.getByTestId('share-code').textContent();

    await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
    await page.getByTestId('print').click();
    expect(await page.evaluate(() => window.printed)).toBe(1);

    const pdf = testInfo.outputPath(`report-${id}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
    testInfo.annotations.push({ type: 'pages', description: String(pages) });
    expect(pages).toBeLessThanOrEqual(3);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const board = (await page.getByTestId('board').textContent()).replace(/\s+/g, ' ');
    for (const part of ['board-why', 'board-ambition', 'first-action']) {
      for (const line of await page.getByTestId(part).allTextContents()) {
        expect(first, `${part} on the first page`).toContain(line.replace(/\s+/g, ' ').trim().slice(0, 40));
      }
    }
    expect(board).toContain(code.trim());
    expect(first, 'the code on the first page').toContain(code.trim());
    if (persona.expect.step === 0) {
      // Not yet on step 1 is its own result on paper too, never "step 1".
      expect(text).toContain('Ikke på trin 1 endnu');
      expect(text).not.toMatch(/Trin \d af 5/);
    } else {
      expect(first).toContain(`Trin ${persona.expect.step} af 5`);
    }
    expect(text).toContain(firstAction.trim());
    expect(text).toContain('Digitrappen: jeres resultat · Eksempel ApS');
    expect(text).toContain(code.trim());
    expect(text).not.toContain('Udskriv / gem som PDF');
    expect(text).not.toContain('Kopiér linket');
    if (withContacts) expect(text).toContain('Anne Eksempel');
  });
}
