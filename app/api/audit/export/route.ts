import { exportAudit } from '@/lib/features/audit/server';

export const GET = exportAudit;
