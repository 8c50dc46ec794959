import { importServerLicenses } from '@/lib/features/server-licenses/server';

export const POST = importServerLicenses.handle;
