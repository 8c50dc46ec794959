import { saveRule } from '@/lib/features/alerts/server';

export const POST = saveRule.handle;
