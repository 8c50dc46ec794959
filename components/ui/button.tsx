'use client';

import type { ComponentPropsWithRef } from 'react';
import { buttonVariants, type ButtonVariant } from './button-variants';
import { useHydrated } from './use-hydrated';

/** A button that stays disabled until the page is hydrated, so an early click is never lost or sent natively. */
export function Button({ variant, className, type = 'button', disabled, ...props }: ComponentPropsWithRef<'button'> & { variant?: ButtonVariant }) {
  const hydrated = useHydrated();
  return <button type={type} disabled={disabled || !hydrated} className={buttonVariants({ variant, className })} {...props} />;
}
