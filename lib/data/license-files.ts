import 'server-only';
import { getConfig } from '../config';
import { ApiError } from '../http/api-error';
import { toLicenseFileContents } from '../licensing/license-file';
import { licenseContentProblem } from '../schemas/license-upload';
import type { PortalSession } from '../session';
import { checkProof, fileDigest, issueProof, sessionKey, type ProofSubject } from '../validation-proof';
import { loadAssignmentCounts, loadLicense } from './license';
import type { ImportResultView, ValidationView } from './license-file-views';
import { sessionLicenseAdmin } from './session-license-admin';

// The license file flow: validate (the portal reads the file; the dashboard issues a proof),
// import (only with that proof, for the same bytes, in the same session), populate.

/** The file's bytes, read once where the dashboard itself looks at them; the portal gets the File. */
async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

function refuseNonLicense(name: string, bytes: Uint8Array): void {
  const problem = licenseContentProblem(name, bytes);
  if (problem) throw new ApiError('invalid_input', problem, { field: 'file' });
}

function proofSubject(session: PortalSession, bytes: Uint8Array): ProofSubject {
  const { deployment } = session;
  return {
    digest: fileDigest(bytes),
    session: sessionKey(getConfig().sessionSecret, session.token, session.portalUrl),
    purpose: deployment.kind === 'kubernetes' ? `kubernetes:${deployment.orgId}` : 'portal',
  };
}

export async function validateLicenseFile(session: PortalSession, file: File): Promise<ValidationView> {
  const bytes = await bytesOf(file);
  refuseNonLicense(file.name, bytes);
  const admin = sessionLicenseAdmin(session);
  const validated = await admin.validateLicense(file);
  // Read after the portal accepted the file, so the preview compares with the license as it is now.
  const [current, counts] = await Promise.all([loadLicense(session), loadAssignmentCounts(session)]);
  const now = Date.now();
  return {
    kind: session.deployment.kind,
    asOf: now,
    fileName: file.name,
    file: toLicenseFileContents(validated),
    current,
    counts,
    validation: issueProof(getConfig().sessionSecret, proofSubject(session, bytes), now),
  };
}

export async function importLicenseFile(session: PortalSession, file: File, proof: string): Promise<ImportResultView> {
  const check = checkProof(getConfig().sessionSecret, proof, proofSubject(session, await bytesOf(file)), Date.now());
  if (!check.ok) {
    throw new ApiError('invalid_input', `This file cannot be imported: ${check.reason}. Validate it first, then import it from its preview.`, {
      field: 'validation',
    });
  }
  await sessionLicenseAdmin(session).importLicense(file);
  return { imported: true, fileName: file.name, asOf: Date.now() };
}

export async function populateLicense(session: PortalSession): Promise<{ populated: true }> {
  await sessionLicenseAdmin(session).populateLicense();
  return { populated: true };
}
