import type { FaultRule } from '../faults';
import * as body from './bodies';

// Named scenarios: each input of issue 11 as the fault rules (faults.ts) that make the demo portal
// answer that way. Switched on with POST /faults {"kind":"scenario","name"} or, for a whole run,
// EMULATOR_SCENARIOS=a,b. They only add rules: the plain fault API is unchanged.

const BASE_LICENSE = 'GET /portal/portaladmin/license$';
const KUBERNETES_LICENSE = 'GET /arcgis/admin/orgs/[^/]+/licenses?$';
const ANY_LICENSE = `(${BASE_LICENSE})|(${KUBERNETES_LICENSE})`;
const DRONE2MAP_LISTING = 'GET /(portal|arcgis)/sharing/rest/content/listings/0b0e0497ace34206a67413d051530ded/userEntitlements$';

interface Scenario {
  /** The issue 11 item it reproduces. */
  item: number;
  description: string;
  faults: FaultRule[];
}

export const SCENARIOS = {
  'k8s-11.0-license': {
    item: 1,
    description: "Kubernetes 11.0's documented organization license: no member counts, no version, capabilities.features",
    faults: [{ kind: 'answer', match: KUBERNETES_LICENSE, body: body.KUBERNETES_11_0_LICENSE }],
  },
  'drone2map-listing-error': {
    item: 2,
    description: "Drone2Map's listing answers 400 'not licensed by user'; ArcGIS Pro's stays fine",
    faults: [{ kind: 'answer', match: DRONE2MAP_LISTING, body: body.NOT_LICENSED_BY_USER }],
  },
  'release-failed': {
    item: 3,
    description: 'releaseLicense answers {"status":"failed"}',
    faults: [{ kind: 'answer', match: 'POST /(portal|arcgis)/.*/releaseLicense$', body: body.STATUS_FAILED }],
  },
  'license-manager-update-failed': {
    item: 3,
    description: 'updateLicenseManager answers the same {"status":"failed"} (and nothing restarts)',
    faults: [{ kind: 'answer', match: 'POST /(portal|arcgis)/.*/updateLicenseManager$', body: body.STATUS_FAILED }],
  },
  'portal-10.9.1-drone2map': {
    item: 4,
    description: 'a 10.9.1 portal whose license lists drone2map (switch it on before signing in: the version is read then)',
    faults: [
      { kind: 'answer', match: 'GET /portal/portaladmin/?$', body: body.PORTAL_10_9_1_ROOT },
      { kind: 'answer', match: BASE_LICENSE, body: body.PORTAL_10_9_1_LICENSE },
    ],
  },
  'capability-expired': {
    item: 5,
    description: "item 1's license, whose only dated entry (a capabilities feature) expired in 2023",
    faults: [{ kind: 'answer', match: KUBERNETES_LICENSE, body: body.KUBERNETES_11_0_LICENSE }],
  },
  'server-expiration-cest': {
    item: 6,
    description: 'a server that reports its expiry as "Wed Oct 21 00:00:00 CEST 2026" beside the epoch (Oct 20 22:00 UTC)',
    faults: [{ kind: 'answer', match: 'GET /(server1|arcgis)/admin/system/licenses$', body: body.SERVER_LICENSES_CEST }],
  },
  'seven-of-five': {
    item: 7,
    description: '7 members on 5 seats (Creator 7 of 5)',
    faults: [{ kind: 'answer', match: ANY_LICENSE, body: body.SEVEN_OF_FIVE }],
  },
  'web-adaptor-html': {
    item: 8,
    description: 'the web adaptor answers /portaladmin with HTTP 200 and its HTML page, as during a restart',
    faults: [{ kind: 'html', match: 'GET /portal/portaladmin', body: body.NO_PORTAL_MACHINES_HTML }],
  },
  'fresh-token-498': {
    item: 8,
    description: 'the license answers 498 "Invalid token." to a token issued moments ago',
    faults: [{ kind: 'answer', match: ANY_LICENSE, body: body.INVALID_TOKEN }],
  },
  'license-manager-change-me': {
    item: 9,
    description: 'the license reports the placeholder License Manager change.me:27000',
    faults: [{ kind: 'answer', match: BASE_LICENSE, body: body.CHANGE_ME_LICENSE }],
  },
  'future-creator-shortfall': {
    item: 10,
    description: 'getFutureLicense schedules Creator 30 → 20 seats while 25 members hold Creator',
    faults: [
      { kind: 'answer', match: BASE_LICENSE, body: body.CREATOR_30_HELD_BY_25 },
      { kind: 'answer', match: 'GET /portal/portaladmin/license/getFutureLicense$', body: body.CREATOR_30_TO_20 },
    ],
  },
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof SCENARIOS;

function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(SCENARIOS, name);
}

/** The fault rules of the named scenarios (comma-separated in EMULATOR_SCENARIOS); throws on an unknown name. */
export function scenarioFaults(names: readonly string[]): FaultRule[] {
  return names
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
    .flatMap((name) => {
      if (!isScenarioName(name)) throw new Error(`Unknown scenario "${name}". Scenarios: ${Object.keys(SCENARIOS).join(', ')}.`);
      return SCENARIOS[name].faults.map((rule) => ({ ...rule }));
    });
}
