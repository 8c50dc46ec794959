import { stopCollectorRoute } from '@/lib/features/collector/server';

export const POST = stopCollectorRoute.handle;
