import { alerts } from '@/lib/features/alerts/server';

export const GET = alerts.handle;
