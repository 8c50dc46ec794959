import { importLicense } from '@/lib/features/license-files/server';

export const POST = importLicense.handle;
