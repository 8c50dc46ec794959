import type { NextConfig } from 'next';
import { NOTHING_LOADS_POLICY, STATIC_SECURITY_HEADERS } from './lib/http/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: '/:path*', headers: [...STATIC_SECURITY_HEADERS] },
      // What the proxy does not see (it runs for pages only) still gets a policy: JSON routes and
      // static files load nothing. Keeping the proxy off the API path keeps it off the hot path.
      { source: '/(api/.*|_next/static/.*|icon.svg)', headers: [{ key: 'Content-Security-Policy', value: NOTHING_LOADS_POLICY }] },
    ];
  },
};

export default nextConfig;
