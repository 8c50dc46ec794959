import { test as base, expect } from '@playwright/test';
import { emulator } from './emulator';

// Every browser test runs under this guard: each response the browser receives (headers and body)
// is kept, and at the end none may contain any token the portal ever issued. Across the whole e2e
// run that covers every page, route and flow the tests exercise.

export const test = base.extend<{ tokenGuard: void }>({
  tokenGuard: [
    async ({ context }, use, testInfo) => {
      const reads: Promise<string>[] = [];
      context.on('response', (response) => {
        reads.push(
          response.allHeaders().then(
            (headers) => JSON.stringify(headers),
            () => '',
          ),
        );
        reads.push(
          response.body().then(
            (body) => body.toString('utf8'),
            () => '',
          ),
        );
      });
      await use();
      const seen = await Promise.all(reads);
      const tokens = await emulator.everyTokenIssued();
      const leaked = tokens.filter((token) => seen.some((text) => text.includes(token)));
      expect(leaked, `a portal token reached the browser in ${testInfo.title}`).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
