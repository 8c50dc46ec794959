import { portalStatus } from '@/lib/features/license-manager/server';

export const GET = portalStatus.handle;
