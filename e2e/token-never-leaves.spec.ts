import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { emulator } from './support/emulator';
import { signInThroughForm } from './support/session';

test('the portal token appears in no response, header or script-readable cookie the browser gets', async ({ page }) => {
  await emulator.reset();
  const reads: Promise<string>[] = [];
  page.on('response', (response) => {
    reads.push(response.allHeaders().then((headers) => JSON.stringify(headers)));
    reads.push(
      response
        .body()
        .then((body) => body.toString('utf8'))
        .catch(() => ''),
    );
  });

  await signInThroughForm(page);
  await expect(page.getByTestId('members-figure')).toBeVisible();
  await page.getByRole('link', { name: 'Expirations' }).click();
  await expect(page.getByRole('heading', { name: 'Expirations', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText(/Read from the portal at/)).toBeVisible();
  // A license file's validation (whose proof goes to the browser) and the federated servers' tokens.
  await page.getByRole('banner').getByRole('link', { name: 'Import', exact: true }).click();
  await page.getByLabel('License file', { exact: true }).setInputFiles('emulator/samples/portal-renewal.json');
  await page.getByRole('button', { name: 'Validate' }).click();
  await expect(page.getByRole('heading', { name: 'Preview of portal-renewal.json' })).toBeVisible();
  await page.getByRole('link', { name: 'Server licenses' }).click();
  await expect(page.getByRole('region', { name: 'gis.example.com:6443', exact: true })).toBeVisible();
  const documentCookie = await page.evaluate(() => document.cookie);

  const seen = await Promise.all(reads);
  const tokens = await emulator.issuedTokens();
  expect(tokens.length).toBeGreaterThan(0);
  expect(seen.length).toBeGreaterThan(5);
  for (const token of tokens) {
    expect(documentCookie).not.toContain(token);
    for (const text of seen) expect(text.includes(token), 'token found in a response').toBe(false);
  }
});

test('every browser spec runs under the token guard of support/fixtures', () => {
  const specs = readdirSync(join(process.cwd(), 'e2e')).filter((name) => name.endsWith('.spec.ts'));
  const unguarded = specs.filter(
    (name) => !/import \{[^}]*\btest\b[^}]*\} from '\.\/support\/fixtures'/.test(readFileSync(join(process.cwd(), 'e2e', name), 'utf8')),
  );
  expect(unguarded).toEqual([]);
});
