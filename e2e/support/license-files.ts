import { readFileSync } from 'node:fs';
import { expect, type APIRequestContext } from '@playwright/test';

/** A sample license file (emulator/samples/) as a multipart file part. */
export function sampleFile(name: string) {
  return { name, mimeType: 'application/octet-stream', buffer: readFileSync(`emulator/samples/${name}`) };
}

export function samplePath(name: string): string {
  return `emulator/samples/${name}`;
}

/** Validates a sample through the dashboard's route and returns the proof to import it with. */
export async function validateThroughApi(request: APIRequestContext, baseURL: string, name: string): Promise<string> {
  const response = await request.post(`${baseURL}/api/license/validate`, { headers: { Origin: baseURL }, multipart: { file: sampleFile(name) } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { validation: { proof: string } }).validation.proof;
}

/** Validates then imports a sample, as the import page does. */
export async function importThroughApi(request: APIRequestContext, baseURL: string, name: string): Promise<void> {
  const proof = await validateThroughApi(request, baseURL, name);
  const response = await request.post(`${baseURL}/api/license/import`, {
    headers: { Origin: baseURL },
    multipart: { file: sampleFile(name), validation: proof },
  });
  expect(response.status(), await response.text()).toBe(200);
}
