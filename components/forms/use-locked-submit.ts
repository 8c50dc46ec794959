import { useRef, type FormEvent } from 'react';
import type { FieldValues, UseFormHandleSubmit } from 'react-hook-form';

/**
 * The submit handler of every form: react-hook-form checks the values against the form's zod
 * schema (messages beside the fields, then after each correction), and `onValid` gets the parsed
 * values. A synchronous guard keeps the form locked from the first submit until `onValid` has
 * settled, because isSubmitting reaches the button only after a re-render: a double click
 * submits once.
 */
export function useLockedSubmit<Input extends FieldValues, Output>(
  handleSubmit: UseFormHandleSubmit<Input, Output>,
  onValid: (values: Output) => Promise<void> | void,
): (event: FormEvent<HTMLFormElement>) => void {
  const locked = useRef(false);
  return (event) => {
    // Always: a locked form must not fall back to a native submit either.
    event.preventDefault();
    if (locked.current) return;
    locked.current = true;
    void handleSubmit(onValid)(event).finally(() => {
      locked.current = false;
    });
  };
}
