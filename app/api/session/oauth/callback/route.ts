import { finishOAuth } from '@/lib/features/session/oauth-flow';

export const GET = finishOAuth;
