'use client';

import { Button } from '@/components/ui/button';
import { noticeVariants } from '@/components/ui/notice';

// Failures the pages expect (portal down, bad answers) render their own message; this catches
// the rest, without showing internals.
export default function DashboardError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className={noticeVariants({ tone: 'error', size: 'panel' })}>
      <h2 className="text-lg font-semibold">This page could not be shown</h2>
      <p className="mt-2">Something went wrong on the dashboard&apos;s server. The details are in its log.</p>
      <div className="mt-4">
        <Button variant="secondary" onClick={reset}>
          Retry
        </Button>
      </div>
    </div>
  );
}
