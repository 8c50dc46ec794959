'use client';

import * as RadioGroup from '@radix-ui/react-radio-group';
import { useId } from 'react';

/** One choice of a RadioGroupField: its value, its label, and a line that says what it does. */
export interface RadioChoice<Value extends string> {
  value: Value;
  label: string;
  hint: string;
}

/**
 * A labelled group of radio buttons on Radix UI's RadioGroup (arrow keys move and choose, Tab
 * enters and leaves the group as one stop), each choice with its hint tied through
 * aria-describedby, and the group's error beside it.
 */
export function RadioGroupField<Value extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
  error,
  disabled,
}: {
  legend: string;
  name: string;
  choices: readonly RadioChoice<Value>[];
  value: Value;
  onChange: (value: Value) => void;
  error?: string;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div>
      <p id={`${id}-legend`} className="text-sm font-medium">
        {legend}
      </p>
      <RadioGroup.Root
        name={name}
        value={value}
        onValueChange={(next) => {
          const choice = choices.find((option) => option.value === next);
          if (choice) onChange(choice.value);
        }}
        disabled={disabled}
        aria-labelledby={`${id}-legend`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="mt-1 space-y-2"
      >
        {choices.map((choice) => (
          <div key={choice.value} className="flex items-start gap-2 text-sm">
            <RadioGroup.Item
              id={`${id}-${choice.value}`}
              value={choice.value}
              aria-describedby={`${id}-${choice.value}-hint`}
              className="mt-0.5 flex size-4 shrink-0 items-center justify-center rounded-full border border-slate-500 bg-white data-[state=checked]:border-blue-700 disabled:opacity-50 dark:border-slate-400 dark:bg-slate-900 dark:data-[state=checked]:border-blue-400"
            >
              <RadioGroup.Indicator className="size-2 rounded-full bg-blue-700 dark:bg-blue-400" />
            </RadioGroup.Item>
            <div>
              <label htmlFor={`${id}-${choice.value}`} className="font-medium">
                {choice.label}
              </label>
              <span id={`${id}-${choice.value}-hint`} className="block text-xs text-slate-600 dark:text-slate-400">
                {choice.hint}
              </span>
            </div>
          </div>
        ))}
      </RadioGroup.Root>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
