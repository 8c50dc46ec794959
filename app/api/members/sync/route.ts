import { startSync, syncState } from '@/lib/features/members/sync-server';

export const GET = syncState.handle;
export const POST = startSync.handle;
