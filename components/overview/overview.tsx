'use client';

import { useQuery } from '@tanstack/react-query';
import { UtilizationChart, type UtilizationDatum } from '@/components/charts/utilization-chart';
import { Freshness } from '@/components/ui/freshness';
import { RefreshProblem } from '@/components/ui/refresh-problem';
import { Section } from '@/components/ui/section';
import { coverageSentence, expirationSources } from '@/lib/licensing/expiration-sources';
import { entitlementsOf } from '@/lib/licensing/license-model';
import { overviewSummary } from '@/lib/licensing/overview';
import { usageRows, type UsageRow } from '@/lib/licensing/utilization';
import { endpointQuery } from '@/lib/endpoint/client';
import { trendEndpoint } from '@/lib/features/history/contract';
import { countsEndpoint, licenseEndpoint } from '@/lib/features/overview/contract';
import { serverLicensesEndpoint } from '@/lib/features/server-licenses/contract';
import { EntitlementTable } from './entitlement-table';
import { ExtraFields } from './extra-fields';
import { HeadlineFigures } from './headline-figures';
import { PortalSetupNotice } from './portal-setup-notice';
import { UnreadableFieldsNotice } from './unreadable-fields-notice';
import type { TrendState } from './trend-cell';
import { UtilizationTable } from './utilization-table';
import { memberQueryString, type MemberQueryInput } from '@/lib/licensing/member-filter';
import { PAGES } from '@/lib/pages';

/** The drill-down: /members filtered to an entitlement's holders. */
function membersHref(filter: MemberQueryInput): string {
  return `${PAGES.members.path}?${memberQueryString(filter)}`;
}

function chartData(rows: readonly UsageRow[]): UtilizationDatum[] {
  return rows.flatMap(({ entitlement, name, utilization }) =>
    utilization.used !== undefined && utilization.purchased !== undefined
      ? [{ key: entitlement.id, name, used: utilization.used, purchased: utilization.purchased, level: utilization.level }]
      : [],
  );
}

/** The overview, fed by react-query from the data the server rendered with. */
export function Overview() {
  const license = useQuery(endpointQuery(licenseEndpoint));
  const counts = useQuery(endpointQuery(countsEndpoint));
  // The servers' authorizations count in the headline as on Expirations; their read may fail alone.
  const servers = useQuery(endpointQuery(serverLicensesEndpoint));
  // From the dashboard's store, not the portal: its failure only empties the trend column.
  const trends = useQuery({ ...endpointQuery(trendEndpoint), retry: false });
  if (!license.data) return <RefreshProblem error={license.error} />;

  const { license: org, asOf } = license.data;
  const sources = expirationSources(org, servers.data?.servers);
  const summary = overviewSummary(org, asOf, sources.items);
  const coverage = servers.isPending
    ? 'Includes the organization license; the ArcGIS Server licenses are still being read.'
    : coverageSentence(sources);
  const userTypes = usageRows(org, 'userType');
  const apps = usageRows(org, 'app', counts.data?.counts);
  const bundles = usageRows(org, 'appBundle', counts.data?.counts);
  const trend: TrendState = trends.data ?? (trends.error ? { state: 'failed', reason: trends.error.message } : { state: 'pending' });
  const others = [...entitlementsOf(org, 'extension'), ...entitlementsOf(org, 'capability')];

  return (
    <div className="space-y-6">
      <RefreshProblem error={license.error ?? counts.error} />
      <PortalSetupNotice />
      <UnreadableFieldsNotice license={org} />
      <Freshness asOf={asOf} />
      <HeadlineFigures summary={summary} asOf={asOf} coverage={coverage} />

      <Section
        id="user-types"
        title="User types"
        description="Members assigned each user type against the seats purchased, most used first. Bars turn amber at 90% and red when full."
      >
        <UtilizationChart
          data={chartData(userTypes)}
          scale="seats"
          description="Bar chart of seats in use against seats purchased for each user type. The table below lists the same figures."
        />
        <UtilizationTable
          caption="User types: seats in use and purchased"
          rows={userTypes}
          usedLabel="In use"
          asOf={asOf}
          trend={trend}
          membersHref={(entitlement) => membersHref({ userType: entitlement.id })}
        />
      </Section>

      <Section
        id="apps"
        title="Apps and app bundles"
        description="Members assigned each app and bundle, as a share of the seats purchased (from the portal's member counts)."
      >
        <UtilizationChart
          data={chartData([...apps, ...bundles])}
          scale="percent"
          description="Bar chart of the share of purchased seats assigned for each app and app bundle. The tables below list the same figures."
        />
        <div className="space-y-6">
          <UtilizationTable
            caption="Apps: members assigned and seats purchased"
            rows={apps}
            usedLabel="Assigned"
            asOf={asOf}
            membersHref={(entitlement) => (entitlement.itemId ? membersHref({ app: entitlement.itemId }) : undefined)}
          />
          <UtilizationTable caption="App bundles: members assigned and seats purchased" rows={bundles} usedLabel="Assigned" asOf={asOf} />
        </div>
      </Section>

      <Section id="extensions" title="User type extensions and portal capabilities">
        <EntitlementTable caption="Extensions and capabilities with their expirations" entitlements={others} asOf={asOf} />
      </Section>

      <ExtraFields license={org} />
    </div>
  );
}
