import { release } from '@/lib/features/release/server';

export const POST = release.handle;
