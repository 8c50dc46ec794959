import { serverLicenses } from '@/lib/features/server-licenses/server';

export const GET = serverLicenses.handle;
