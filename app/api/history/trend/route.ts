import { trend } from '@/lib/features/history/server';

export const GET = trend.handle;
