import { history } from '@/lib/features/history/server';

export const GET = history.handle;
