import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { signatureOf } from './license-files';

// `npx tsx emulator/sign-sample.ts <file>…`: (re)writes the checksum of demo license files after
// editing them, so the emulator accepts them as intact. Without it an edited file is "corrupt".

for (const path of process.argv.slice(2)) {
  const content = z.record(z.string(), z.unknown()).parse(JSON.parse(readFileSync(path, 'utf8')));
  const signed = { ...content, signature: signatureOf(content) };
  writeFileSync(path, `${JSON.stringify(signed, null, 2)}\n`);
  console.log(`${path}: ${signed.signature}`);
}
