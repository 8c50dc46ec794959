import { bulkPreview } from '@/lib/features/members/bulk-server';

export const POST = bulkPreview.handle;
