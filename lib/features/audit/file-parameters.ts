import { createHash } from 'node:crypto';

/**
 * A file as the audit log describes it: its name, size (bytes) and SHA-256 (hex, node:crypto), never
 * its bytes, so an entry says exactly which file was sent without keeping a license in the store.
 */
export async function fileParameters(file: File): Promise<{ fileName: string; fileSize: number; fileSha256: string }> {
  const sha256 = createHash('sha256')
    .update(new Uint8Array(await file.arrayBuffer()))
    .digest('hex');
  return { fileName: file.name, fileSize: file.size, fileSha256: sha256 };
}
