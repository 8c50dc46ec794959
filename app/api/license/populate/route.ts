import { populateLicense } from '@/lib/features/license-files/server';

export const POST = populateLicense.handle;
