import documented from '../emulator/seed/documented/portaladmin-license-11.4.json' with { type: 'json' };
import { expectNoSeriousA11yViolations } from './support/axe';
import { emulator } from './support/emulator';
import { expect, test } from './support/fixtures';
import { signInThroughForm } from './support/session';

// Issue 11, item 10: a scheduled change that leaves fewer seats than members hold today is
// flagged in words, on its row and above the table, for user types and for apps alike.

const LICENSE = '^GET /portal/portaladmin/license$';
const FUTURE = '^GET /portal/portaladmin/license/getFutureLicense$';
const DAY = 86_400_000;

/** Midnight UTC `days` from today, and that date as the dashboard writes it. */
function dayFromToday(days: number): { at: number; text: string } {
  const now = new Date();
  const at = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * DAY;
  return { at, text: new Date(at).toLocaleDateString('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' }) };
}

test.beforeEach(async () => {
  await emulator.reset();
});

test.afterEach(async () => {
  await emulator.clearFaults();
});

test('Creator 30 → 20 while 25 members hold it: 5 must be moved first, in words beside the colour', async ({ page }) => {
  const later = dayFromToday(45);
  await emulator.fault({
    kind: 'answer',
    match: LICENSE,
    body: {
      ...documented,
      userTypes: documented.userTypes.map((t) => (t.id === 'creatorUT' ? { ...t, maximumRegisteredMembers: 30, currentRegisteredMembers: 25 } : t)),
    },
  });
  await emulator.fault({
    kind: 'answer',
    match: FUTURE,
    body: {
      userTypes: [
        { id: 'creatorUT', maximumRegisteredMembers: 20, startDate: later.at },
        { id: 'editorUT', maximumRegisteredMembers: 250, startDate: later.at },
      ],
    },
  });
  await signInThroughForm(page, undefined, '/sign-in?next=/expirations');
  const scheduled = page.getByRole('region', { name: 'Scheduled changes' });
  await expect(scheduled.getByRole('status').filter({ hasText: '1 scheduled change leaves fewer seats than members hold today' })).toBeVisible();
  await expect(scheduled.getByTestId('scheduled-shortfall-userType:creatorUT')).toHaveText(
    `20 seats from ${later.text} — 25 members hold Creator today: 5 must be moved first`,
  );
  const creator = scheduled.getByTestId('scheduled-userType:creatorUT');
  await expect(creator).toContainText('30 → 20');
  await expect(creator).toContainText('25 hold it: 5 over');
  // More seats than members: listed plainly.
  const editor = scheduled.getByTestId('scheduled-userType:editorUT');
  await expect(editor).toContainText('200 → 250');
  await expect(editor).not.toContainText('over');
  await expect(scheduled.getByTestId('scheduled-shortfall-userType:editorUT')).toHaveCount(0);

  // The operation's API name only inside the closed disclosure.
  await expect(scheduled.getByText('getFutureLicense', { exact: true })).toBeHidden();
  await scheduled.getByText('Technical details').click();
  await expect(scheduled.getByText('getFutureLicense', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('an app is checked against the members assigned it (the counts the overview reads)', async ({ page }) => {
  const later = dayFromToday(20);
  await emulator.fault({
    kind: 'answer',
    match: FUTURE,
    body: { apps: [{ id: 'Insights', itemId: 'f761dd0f298944dcab22d1e888c60293', maximumRegisteredMembers: 5, startDate: later.at }] },
  });
  await signInThroughForm(page, undefined, '/sign-in?next=/expirations');
  const scheduled = page.getByRole('region', { name: 'Scheduled changes' });
  await expect(scheduled.getByTestId('scheduled-shortfall-app:Insights')).toHaveText(
    `5 seats from ${later.text} — 12 members hold ArcGIS Insights today: 7 must be moved first`,
  );
  await expect(scheduled.getByTestId('scheduled-app:Insights')).toContainText('12 hold it: 7 over');
});
