import { signIn, signOut } from '@/lib/features/session/server';

export const POST = signIn.handle;
export const DELETE = signOut.handle;
