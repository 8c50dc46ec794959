import { forgetRestartRoute } from '@/lib/features/license-manager/server';

export const DELETE = forgetRestartRoute.handle;
