'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { Freshness } from '@/components/ui/freshness';
import { Notice } from '@/components/ui/notice';
import { RefreshProblem } from '@/components/ui/refresh-problem';
import { Section } from '@/components/ui/section';
import { TechnicalDetails } from '@/components/ui/technical-details';
import { endpointQuery } from '@/lib/endpoint/client';
import { serverLicensesEndpoint, type ServerView } from '@/lib/features/server-licenses/contract';
import { KUBERNETES_ONE_LICENSE_FILE } from '@/lib/licensing/portal-profile';
import { PAGES } from '@/lib/pages';
import { AuthorizationsTable } from './authorizations-table';
import { ServerLicenseImportForm } from './server-license-import-form';

const IMPORT_OPERATIONS = [
  { name: 'importServerLicenses', does: 'applies the authorization file to the server (Esri marks it deprecated from 11.0).' },
  { name: 'system/licenses', does: 'the server’s authorizations, read just before and just after the import to tell what changed.' },
];

const ROLES: Record<string, string> = {
  HOSTING_SERVER: 'Hosting server',
  FEDERATED_SERVER: 'Federated server',
};

function ServerSection({ server, asOf }: { server: ServerView; asOf: number }) {
  const role = server.role ? (ROLES[server.role] ?? server.role) : undefined;
  const about = [role, server.serverFunction ? `functions: ${server.serverFunction.split(',').join(', ')}` : undefined].filter(Boolean).join(' · ');
  return (
    <Section
      id={`server-${server.id}`}
      title={server.name}
      description={
        <>
          {about ? <span className="block">{about}</span> : null}
          <span className="font-mono text-xs">{server.url}</span>
        </>
      }
    >
      {server.result.ok ? (
        <AuthorizationsTable caption={`Authorizations of ${server.name}`} authorizations={server.result.authorizations} asOf={asOf} />
      ) : (
        <Notice kind="error" title={`The licenses of ${server.name} could not be read.`}>
          <p>{server.result.reason}</p>
        </Notice>
      )}
    </Section>
  );
}

/** ArcGIS Server authorizations: the Kubernetes deployment's own server with its import form, or each federated server. */
export function ServerLicenses() {
  const query = useQuery(endpointQuery(serverLicensesEndpoint));
  if (!query.data) return <RefreshProblem error={query.error} />;
  const { servers, asOf, canImport, kind } = query.data;
  const own = servers[0];

  return (
    <div className="space-y-6">
      <RefreshProblem error={query.error} />
      <Freshness asOf={asOf} />
      {kind === 'portal' ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {servers.length === 0
            ? 'No ArcGIS Server is federated with this portal.'
            : `${servers.length} ${servers.length === 1 ? 'server is' : 'servers are'} federated with this portal. Each is read with a server token the portal issues for it; a server that cannot be reached says why.`}
        </p>
      ) : null}
      {servers.map((server) => (
        <ServerSection key={server.id} server={server} asOf={asOf} />
      ))}
      {canImport && own?.result.ok ? (
        <Section
          id="import-server-license"
          title="Import a server license file"
          description="Applies an ArcGIS Server authorization file to this deployment's server, then shows what it added, removed or changed."
        >
          <div className="space-y-4">
            <ServerLicenseImportForm current={own.result.authorizations} />
            <TechnicalDetails operations={IMPORT_OPERATIONS}>
              <p>
                The file travels as the multipart form field <code className="font-mono text-xs">licenseFile</code>, with{' '}
                <code className="font-mono text-xs">overwrite</code> false to append or true to replace. The import counts as done only when the
                server answers <code className="font-mono text-xs">{'{"status":"success"}'}</code>.
              </p>
            </TechnicalDetails>
          </div>
        </Section>
      ) : null}
      {kind === 'kubernetes' && !canImport ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="server-import-consolidated">
          From ArcGIS Enterprise on Kubernetes {KUBERNETES_ONE_LICENSE_FILE}, the deployment&apos;s servers are licensed through the
          organization&apos;s one license file; the separate server license import is deprecated. To change these authorizations,{' '}
          <Link href={PAGES['license-files'].path} className="underline">
            import the new license file
          </Link>
          .
        </p>
      ) : null}
      {kind === 'portal' && servers.length > 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          To change a federated server&apos;s authorizations, authorize it on its own machine (ArcGIS Server Manager or the authorization tools); the
          portal cannot import server licenses.
        </p>
      ) : null}
    </div>
  );
}
