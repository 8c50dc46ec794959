// The dashboard's pages, in the order an admin visits them: the navigation, each page's title and
// the path it sends the admin back to after signing in all come from here.

export const PAGES = {
  overview: { path: '/', label: 'Overview', title: 'Overview' },
  expirations: { path: '/expirations', label: 'Expirations', title: 'Expirations' },
  history: { path: '/history', label: 'History', title: 'License history' },
  members: { path: '/members', label: 'Members', title: 'Members' },
  release: { path: '/release', label: 'Release', title: 'Release license' },
  'license-manager': { path: '/license-manager', label: 'License Manager', title: 'License Manager' },
  'license-files': { path: '/import', label: 'Import', title: 'Import license' },
  'server-licenses': { path: '/server-licenses', label: 'Server licenses', title: 'Server licenses' },
  audit: { path: '/audit', label: 'Audit log', title: 'Audit log' },
  alerts: { path: '/alerts', label: 'Alerts', title: 'Alerts' },
  portals: { path: '/portals', label: 'Portals', title: 'Portals' },
} as const;

export type PageName = keyof typeof PAGES;
