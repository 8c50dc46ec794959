import { formatCount } from '@/lib/view/dates';

/** How far a running sync has come, in words and as a bar (members read of the total the search counted). */
export function SyncProgress({ progress }: { progress: { membersRead: number; membersTotal: number; listingsRead: number; listingsTotal: number } }) {
  const { membersRead, membersTotal, listingsRead, listingsTotal } = progress;
  const members = membersTotal > 0 ? `${formatCount(membersRead)} of ${formatCount(membersTotal)} members read` : 'Counting the members…';
  const listings = `${formatCount(listingsRead)} of ${formatCount(listingsTotal)} app ${listingsTotal === 1 ? 'listing' : 'listings'} read`;
  return (
    <div className="space-y-1" data-testid="sync-progress">
      <p id="members-sync-progress" className="text-sm">
        {members}, {listings}
      </p>
      <progress
        className="h-2 w-full max-w-md overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-blue-600 dark:[&::-webkit-progress-bar]:bg-slate-700"
        max={Math.max(membersTotal, 1)}
        value={membersRead}
        aria-labelledby="members-sync-progress"
      />
    </div>
  );
}
