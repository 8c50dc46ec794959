import { license } from '@/lib/features/overview/server';

export const GET = license.handle;
