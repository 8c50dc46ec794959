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

export interface Upload {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export async function uploadOf(file: File): Promise<Upload> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function asUploadFile(upload: Upload) {
  return { name: upload.name, data: new Blob([upload.bytes]) };
}

function refuseNonLicense(upload: Upload): void {
  const problem = licenseContentProblem(upload.name, upload.bytes);
  if (problem) throw new ApiError('invalid_input', problem, { field: 'file' });
}

function proofSubject(session: PortalSession, upload: Upload): ProofSubject {
  const { deployment } = session;
  return {
    digest: fileDigest(upload.bytes),
    session: sessionKey(getConfig().sessionSecret, session.token, session.portalUrl),
    purpose: deployment.kind === 'kubernetes' ? `kubernetes:${deployment.orgId}` : 'portal',
  };
}

export async function validateLicenseFile(session: PortalSession, upload: Upload): Promise<ValidationView> {
  refuseNonLicense(upload);
  const admin = sessionLicenseAdmin(session);
  const validated = await admin.validateLicense(asUploadFile(upload));
  // Read after the portal accepted the file, so the preview compares with the license as it is now.
  const [current, counts] = await Promise.all([loadLicense(session), loadAssignmentCounts(session)]);
  const now = Date.now();
  return {
    kind: session.deployment.kind,
    asOf: now,
    fileName: upload.name,
    file: toLicenseFileContents(validated),
    current,
    counts,
    validation: issueProof(getConfig().sessionSecret, proofSubject(session, upload), now),
  };
}

export async function importLicenseFile(session: PortalSession, upload: Upload, proof: string): Promise<ImportResultView> {
  const check = checkProof(getConfig().sessionSecret, proof, proofSubject(session, upload), Date.now());
  if (!check.ok) {
    throw new ApiError('invalid_input', `This file cannot be imported: ${check.reason}. Validate it first, then import it from its preview.`, {
      field: 'validation',
    });
  }
  await sessionLicenseAdmin(session).importLicense(asUploadFile(upload));
  return { imported: true, fileName: upload.name, asOf: Date.now() };
}

export async function populateLicense(session: PortalSession): Promise<{ populated: true }> {
  await sessionLicenseAdmin(session).populateLicense();
  return { populated: true };
}
