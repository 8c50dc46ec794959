import { z } from 'zod';
import { RELEASE_APP_IDS } from '../licensing/releasable-apps';

// Releasing a checked-out license, from a table row or typed by hand. The username is not checked
// against the member list: the portal is the judge, and its answer is shown in its own words.

const USERNAME_MESSAGE = 'Enter the username of the member whose license to release.';
/** The longest username the form takes (characters); the portal judges the rest. */
export const USERNAME_MAX_LENGTH = 256;

export const ReleaseLicenseSchema = z.object({
  username: z
    .string({ error: USERNAME_MESSAGE })
    .trim()
    .min(1, { error: USERNAME_MESSAGE })
    .max(USERNAME_MAX_LENGTH, { error: `A username has at most ${USERNAME_MAX_LENGTH} characters.` }),
  appId: z.enum(RELEASE_APP_IDS, { error: 'Choose the application whose license to release.' }),
});

export type ReleaseLicenseInput = z.infer<typeof ReleaseLicenseSchema>;
