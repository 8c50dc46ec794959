import { memberSearch } from '@/lib/features/release/server';

export const GET = memberSearch.handle;
