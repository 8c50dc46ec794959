import { checkNow } from '@/lib/features/alerts/server';

export const POST = checkNow.handle;
