import 'server-only';
import { after } from 'next/server';
import { cache } from 'react';
import type { ServerReading } from '../../licensing/expiration-sources';
import type { OrgLicense } from '../../licensing/license-model';
import { portalRefOf } from '../../licensing/snapshot';
import type { AssignmentCounts } from '../../licensing/utilization';
import type { PortalSession } from '../../session';
import { appStore } from '../../store/app-store';
import { recordSnapshotOfReads, type PageReads } from './snapshot-record';

// As an admin opens the overview, its reads (license, app and bundle counts, servers) become a
// snapshot, at most one an hour per portal. The page's own reads are reused (no extra portal call):
// each read notes its promise in a registry that lives for one server render (React's cache), and
// once all three are noted the snapshot is written after the response is sent (Next's after()), so
// it never delays or fails the page. Outside a render (the JSON routes) React's cache keeps nothing,
// a registry never fills, and nothing is written. The expirations page reads the same three and
// records the same way.

interface Registry {
  reads: Partial<PageReads>;
  scheduled: boolean;
}

const registryOfThisRender = cache((): Registry => ({ reads: {}, scheduled: false }));

function isComplete(reads: Partial<PageReads>): reads is PageReads {
  return reads.license !== undefined && reads.counts !== undefined && reads.servers !== undefined;
}

function note(session: PortalSession, update: Partial<PageReads>): void {
  const registry = registryOfThisRender();
  Object.assign(registry.reads, update);
  const { reads } = registry;
  if (registry.scheduled || !isComplete(reads)) return;
  registry.scheduled = true;
  after(() =>
    recordSnapshotOfReads(portalRefOf(session.portalUrl, session.profile), reads, {
      store: () => appStore(),
      now: () => Date.now(),
      log: (line) => console.error(line),
    }),
  );
}

// A failed read is settled as undefined here (the page reports it its own way), so the registry's
// promises never reject unobserved.
const settled = <T, R>(read: Promise<T>, pick: (value: T) => R): Promise<R | undefined> => read.then(pick, () => undefined);

/** Notes the page's license read for the snapshot; returns the read unchanged. */
export function licenseForSnapshot<V extends { license: OrgLicense }>(session: PortalSession, read: Promise<V>): Promise<V> {
  note(session, { license: settled(read, (view) => view.license) });
  return read;
}

/** Notes the page's app and bundle counts for the snapshot; returns the read unchanged. */
export function countsForSnapshot<V extends { counts: AssignmentCounts }>(session: PortalSession, read: Promise<V>): Promise<V> {
  note(session, { counts: settled(read, (view) => view.counts) });
  return read;
}

/** Notes the page's server authorizations for the snapshot; returns the read unchanged. */
export function serversForSnapshot<V extends { servers: readonly ServerReading[] }>(session: PortalSession, read: Promise<V>): Promise<V> {
  note(session, { servers: settled(read, (view) => view.servers) });
  return read;
}
