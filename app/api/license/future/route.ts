import { futureLicense } from '@/lib/features/expirations/server';

export const GET = futureLicense.handle;
