import { z } from 'zod';
import { defineEndpoint } from '../../endpoint/contract';
import { AssignmentCountsSchema, DeploymentKindSchema, OrgLicenseSchema } from '../domain-schemas';

// The overview's reads: the organization license and how many members hold each app and bundle.

export const LicenseViewSchema = z.object({
  kind: DeploymentKindSchema,
  /** When the portal was asked (epoch ms): "expires in N days" is counted from here on both sides. */
  asOf: z.number(),
  license: OrgLicenseSchema,
});
export type LicenseView = z.output<typeof LicenseViewSchema>;

export const CountsViewSchema = z.object({ asOf: z.number(), counts: AssignmentCountsSchema });
export type CountsView = z.output<typeof CountsViewSchema>;

/** GET the license resource (portaladmin/license or the Kubernetes org license), as the one model. */
export const licenseEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/license',
  key: ['license'],
  input: undefined,
  output: LicenseViewSchema,
});

/** Members per app and bundle (portals/self/users/counts, or the listings' totals where it is missing). */
export const countsEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/license/counts',
  key: ['license', 'counts'],
  input: undefined,
  output: CountsViewSchema,
});

const PortalSetupViewSchema = z.object({
  asOf: z.number(),
  /** What a base portal waits for before its licensing is complete, one sentence each; empty when nothing. */
  waitingFor: z.array(z.string()),
});

/** The /portaladmin root's licensing flags in words (base portal; Enterprise on Kubernetes has no such root). */
export const portalSetupEndpoint = defineEndpoint({
  method: 'GET',
  path: '/api/portal/setup',
  key: ['license', 'portal-setup'],
  input: undefined,
  output: PortalSetupViewSchema,
});
