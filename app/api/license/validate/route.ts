import { validateLicense } from '@/lib/features/license-files/server';

export const POST = validateLicense.handle;
