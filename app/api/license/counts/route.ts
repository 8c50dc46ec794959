import { counts } from '@/lib/features/overview/server';

export const GET = counts.handle;
