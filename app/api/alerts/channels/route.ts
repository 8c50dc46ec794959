import { addChannelRoute, deleteChannel } from '@/lib/features/alerts/server';

export const POST = addChannelRoute.handle;
export const DELETE = deleteChannel.handle;
