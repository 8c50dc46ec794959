import type { ServerLicensesView, ServerView } from '@/lib/features/server-licenses/contract';
import { serverTimelineItems } from '@/lib/licensing/server-licenses';
import type { TimelineItem } from '@/lib/licensing/timeline';

/** Every readable server's dated authorizations, each labelled with its server. */
export function serverLicenseItems(view: ServerLicensesView | undefined): TimelineItem[] {
  return (view?.servers ?? []).flatMap((server) => (server.result.ok ? serverTimelineItems(server.name, server.result.authorizations) : []));
}

/** Servers whose licenses could not be read, so the page can say what is missing. */
export function unreadableServers(view: ServerLicensesView | undefined): (ServerView & { result: { ok: false; reason: string } })[] {
  return (view?.servers ?? []).filter((server): server is ServerView & { result: { ok: false; reason: string } } => !server.result.ok);
}
