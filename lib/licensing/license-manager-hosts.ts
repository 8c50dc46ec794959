// Host names portals ship as placeholders until an administrator sets a License Manager: the
// Kubernetes 10.9.x license resource reports "change.me" (DESIGN.md, Enterprise on Kubernetes).
const PLACEHOLDER_HOSTS = new Set(['change.me']);

/** Whether `host` is a placeholder that names no License Manager (compared case-insensitively, as DNS does). */
export function isPlaceholderHost(host: string): boolean {
  return PLACEHOLDER_HOSTS.has(host.trim().toLowerCase());
}
