import { bulkOptions } from '@/lib/features/members/bulk-server';

export const GET = bulkOptions.handle;
