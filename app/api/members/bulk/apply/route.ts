import { bulkApply } from '@/lib/features/members/bulk-server';

export const POST = bulkApply.handle;
