import { checkouts } from '@/lib/features/release/server';

export const GET = checkouts.handle;
