import { refreshAndReturn } from '@/lib/features/session/oauth-flow';

export const GET = refreshAndReturn;
