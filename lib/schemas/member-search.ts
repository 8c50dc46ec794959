import { z } from 'zod';

// Member suggestions for the release form: the dashboard's query and the portal's users/search answer.

export const MemberSearchQuerySchema = z.object({
  q: z
    .string({ error: 'Give q: part of a username, name or email.' })
    .trim()
    .min(1, { error: 'Give q: part of a username, name or email.' })
    .max(100, { error: 'q is at most 100 characters.' }),
});

export const MemberSearchResponseSchema = z.looseObject({
  results: z
    .array(
      z.looseObject({
        username: z.string(),
        fullName: z.string().optional(),
        email: z.string().optional(),
      }),
    )
    .default([]),
  total: z.number().optional(),
});
