import { z } from 'zod';

export const SignInSchema = z.object({
  username: z.string().trim().min(1, { error: 'Enter your username.' }).max(256, { error: 'That username is too long.' }),
  password: z.string().min(1, { error: 'Enter your password.' }).max(1024, { error: 'That password is too long.' }),
});
