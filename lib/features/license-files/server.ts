import 'server-only';
import { getConfig } from '../../config';
import { serve } from '../../endpoint/server';
import { ApiError } from '../../http/api-error';
import { toLicenseFileContents } from '../../licensing/license-file';
import { licenseAdminOf, type PortalSession } from '../../session';
import { checkProof, issueProof, sessionKey, type ProofSubject } from '../../validation-proof';
import { audited } from '../audit/audited';
import { fileParameters } from '../audit/file-parameters';
import { readCounts, readLicense } from '../overview/server';
import { importLicenseEndpoint, populateLicenseEndpoint, validateLicenseEndpoint } from './contract';
import { checkedDigest } from './upload';

function proofSubject(session: PortalSession, digest: string): ProofSubject {
  const { profile } = session;
  return {
    digest,
    session: sessionKey(getConfig().sessionSecret, session.token, session.portalUrl),
    purpose: profile.kind === 'kubernetes' ? `kubernetes:${profile.orgId}` : 'portal',
  };
}

export const validateLicense = serve(validateLicenseEndpoint, async ({ session, input: { file } }) => {
  const digest = await checkedDigest(file, 'file');
  const validated = await audited(session, { action: 'validate-license', target: file.name, parameters: await fileParameters(file) }, () =>
    licenseAdminOf(session).validateLicense(file),
  );
  // Read after the portal accepted the file, so the preview compares with the license as it is now.
  const [current, counts] = await Promise.all([readLicense(session), readCounts(session)]);
  const now = Date.now();
  return {
    kind: session.profile.kind,
    asOf: now,
    fileName: file.name,
    file: toLicenseFileContents(validated),
    current,
    counts,
    validation: issueProof(getConfig().sessionSecret, proofSubject(session, digest), now),
  };
});

export const importLicense = serve(importLicenseEndpoint, async ({ session, input: { file, validation } }) => {
  const check = checkProof(getConfig().sessionSecret, validation, proofSubject(session, await checkedDigest(file, 'file')), Date.now());
  if (!check.ok) {
    throw new ApiError('invalid_input', `This file cannot be imported: ${check.reason}. Validate it first, then import it from its preview.`, {
      field: 'validation',
    });
  }
  await audited(session, { action: 'import-license', target: file.name, parameters: await fileParameters(file) }, () =>
    licenseAdminOf(session).importLicense(file),
  );
  return { imported: true as const, fileName: file.name, asOf: Date.now() };
});

export const populateLicense = serve(populateLicenseEndpoint, async ({ session }) => {
  if (!session.profile.capabilities.populateLicense) {
    throw new ApiError(
      'not_supported',
      'ArcGIS Enterprise on Kubernetes has no Populate License operation: importing a license file applies it at once.',
    );
  }
  await audited(session, { action: 'populate-license', target: session.portalUrl, parameters: {} }, () => licenseAdminOf(session).populateLicense());
  return { populated: true as const };
});
