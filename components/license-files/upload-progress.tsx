import type { UploadProgress as Progress } from '@/lib/endpoint/client';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * How far a file has gone up to the dashboard, then that the portal is reading it. The words carry
 * the state; the bar repeats it.
 */
export function UploadProgress({ progress, action }: { progress: Progress | undefined; action: string }) {
  const done = progress ? progress.loaded >= progress.total : false;
  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  return (
    <div className="space-y-1" data-testid="upload-progress">
      <p className="text-sm" aria-live="polite">
        {!progress
          ? 'Sending the file…'
          : done
            ? `File sent (${megabytes(progress.total)}). ${action}`
            : `Sending the file: ${megabytes(progress.loaded)} of ${megabytes(progress.total)} (${percent}%)`}
      </p>
      <progress
        className="h-2 w-full max-w-md overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-blue-600 dark:[&::-webkit-progress-bar]:bg-slate-700"
        max={100}
        value={percent}
        aria-label="Upload progress"
      />
    </div>
  );
}
