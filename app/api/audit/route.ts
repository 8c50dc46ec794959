import { auditLog } from '@/lib/features/audit/server';

export const GET = auditLog.handle;
