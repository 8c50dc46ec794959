import { testChannel } from '@/lib/features/alerts/server';

export const POST = testChannel.handle;
