import { exportMembers } from '@/lib/features/members/server';

export const GET = exportMembers;
