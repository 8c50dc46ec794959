import { Section } from '@/components/ui/section';
import { displayName } from '@/lib/licensing/display-names';
import { countMarks, DIFF_MARK_LABELS, type DiffMark, type DiffRow } from '@/lib/licensing/license-diff';
import { hasSteps, scheduleKey } from '@/lib/licensing/entitlement-schedule';
import type { ImportWarning } from '@/lib/licensing/import-warnings';
import { ENTITLEMENT_CATEGORIES, type EntitlementCategory } from '@/lib/licensing/license-model';
import { memberLimitChange, memberLimitText } from '@/lib/licensing/member-limit';
import type { ValidationView } from '@/lib/features/license-files/contract';
import { DiffMarkBadge } from './diff-mark-badge';
import { DiffTable } from './diff-table';
import { ImportWarningsNotice } from './import-warnings-notice';
import { ScheduleSection } from './schedule-section';

const SECTION_TITLES: Record<EntitlementCategory, string> = {
  userType: 'User types',
  app: 'Apps',
  appBundle: 'App bundles',
  extension: 'User type extensions',
  capability: 'Portal capabilities',
};

const SUMMARY_ORDER: DiffMark[] = ['removed', 'fewer', 'shorter', 'added', 'more', 'renewed', 'unchanged'];

/**
 * Step 2: what the file would change, entitlement by entitlement, and where it would hurt.
 * Nothing has been imported yet; the page says so.
 */
export function LicensePreview({ view, rows, warnings }: { view: ValidationView; rows: readonly DiffRow[]; warnings: readonly ImportWarning[] }) {
  const counts = countMarks(rows);
  const members = memberLimitChange(view.current.license, view.file, view.asOf);
  // Rows where members lose something are highlighted; file-wide warnings (an early end) are not.
  const warned = new Set(warnings.filter((w) => w.kind === 'over-use' || w.kind === 'removed-in-use').flatMap((w) => w.keys));
  const names = new Map(rows.map((row) => [row.key, row.name]));
  const nameOf = (category: EntitlementCategory, id: string) => names.get(scheduleKey(category, id)) ?? displayName(category, id);
  const used = new Map(rows.map((row) => [row.key, row.used]));
  const usedOf = (category: EntitlementCategory, id: string) => used.get(scheduleKey(category, id));

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h2 className="text-xl font-semibold">Preview of {view.fileName}</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The portal validated this file{view.file.version ? ` (a license for version ${view.file.version})` : ''}. Nothing has changed yet: below is
          the organization&apos;s license now beside the file&apos;s, dates in UTC.
        </p>
        {members ? (
          <p className="text-sm font-medium tabular-nums" data-testid="member-limit">
            {memberLimitText(members)}
          </p>
        ) : null}
        <ul aria-label="Changes by kind" className="flex flex-wrap gap-2">
          {SUMMARY_ORDER.filter((mark) => counts[mark] > 0).map((mark) => (
            <li key={mark} className="flex items-center gap-1 text-sm" data-testid={`mark-count-${mark}`}>
              <DiffMarkBadge mark={mark} />
              <span className="tabular-nums">{counts[mark]}</span>
              <span className="sr-only">{DIFF_MARK_LABELS[mark]}</span>
            </li>
          ))}
        </ul>
      </div>

      <ImportWarningsNotice warnings={warnings} />
      {hasSteps(view.file.schedules) ? (
        <p className="text-sm">
          This file lists seats by date, in steps:{' '}
          <a href="#schedule-heading" className="font-medium text-blue-700 underline dark:text-blue-400">
            see each entitlement&apos;s steps
          </a>{' '}
          below the tables.
        </p>
      ) : null}

      {ENTITLEMENT_CATEGORIES.map((category) => {
        const categoryRows = rows.filter((row) => row.category === category);
        if (categoryRows.length === 0) return null;
        return (
          <Section key={category} id={`diff-${category}`} title={SECTION_TITLES[category]}>
            <DiffTable
              caption={`${SECTION_TITLES[category]}: now and in the file`}
              rows={categoryRows}
              asOf={view.asOf}
              warned={warned}
              showSeats={category !== 'capability'}
            />
          </Section>
        );
      })}

      {hasSteps(view.file.schedules) ? <ScheduleSection schedules={view.file.schedules} nameOf={nameOf} usedOf={usedOf} asOf={view.asOf} /> : null}
    </div>
  );
}
