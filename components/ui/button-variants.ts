import { cva, type VariantProps } from 'class-variance-authority';

// Apart from Button (a client component) so that server components can style links with it too.

/**
 * The one look of an action, for buttons and for links that lead to the next step alike
 * (`<Link className={buttonVariants()}>`), so the two never drift apart.
 */
export const buttonVariants = cva(
  'inline-flex items-center justify-center gap-2 rounded-md px-3 py-2 text-sm font-semibold disabled:cursor-not-allowed',
  {
    variants: {
      variant: {
        primary: 'bg-blue-700 text-white hover:bg-blue-800 disabled:bg-blue-400 dark:bg-blue-600 dark:hover:bg-blue-500',
        secondary:
          'bg-white text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:text-slate-400 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-600 dark:hover:bg-slate-700',
        danger: 'bg-red-700 text-white hover:bg-red-800 disabled:bg-red-400',
        ghost: 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800',
      },
    },
    defaultVariants: { variant: 'primary' },
  },
);

export type ButtonVariant = NonNullable<VariantProps<typeof buttonVariants>['variant']>;
