import { membersList } from '@/lib/features/members/server';

export const GET = membersList.handle;
