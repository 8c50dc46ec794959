import type { ReactNode } from 'react';

/** The least a Next.js app needs around its pages. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
