import { lendCollectorRoute } from '@/lib/features/collector/server';

export const POST = lendCollectorRoute.handle;
