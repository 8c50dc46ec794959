import { fileURLToPath } from 'node:url';

// The repository root. The floor app has no node_modules of its own: it resolves next, react and
// recharts from the dashboard's, so the bench compares the same framework versions. Both roots
// point there so that Turbopack and output tracing may read those files.
const root = fileURLToPath(new URL('../../..', import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default nextConfig;
