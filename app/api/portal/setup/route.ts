import { portalSetup } from '@/lib/features/overview/server';

export const GET = portalSetup.handle;
