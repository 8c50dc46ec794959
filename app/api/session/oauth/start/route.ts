import { startOAuth } from '@/lib/features/session/oauth-flow';

export const GET = startOAuth;
