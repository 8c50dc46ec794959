'use client';

import * as Popover from '@radix-ui/react-popover';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { endpointQuery, type OutputOf } from '@/lib/endpoint/client';
import { memberSearchEndpoint } from '@/lib/features/release/contract';
import { controlBorder, Field } from './field';
import { useDebouncedValue } from './use-debounced-value';

const SEARCH_DELAY_MS = 300;

type Member = OutputOf<typeof memberSearchEndpoint>['members'][number];

/**
 * A username input with suggestions from the portal's member search (the ARIA 1.2 combobox
 * pattern: the list opens as the admin types, Up/Down move through it, Enter picks, Escape
 * closes). Any text is accepted: a member the search does not find can still be typed in full.
 * The list is a Radix UI Popover anchored to the input: it places itself where it fits and closes
 * on a click or focus elsewhere; focus stays in the input (the active option is
 * aria-activedescendant and aria-selected, which Radix leaves to us: it has no combobox).
 */
export function MemberCombobox({
  label,
  name,
  value,
  onChange,
  onBlur,
  error,
  hint,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  hint?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const text = useDebouncedValue(value.trim(), SEARCH_DELAY_MS);
  const search = useQuery({
    ...endpointQuery(memberSearchEndpoint, { q: text }),
    staleTime: 30_000,
    enabled: open && text.length > 0,
    placeholderData: keepPreviousData,
  });
  const members: Member[] = open && text.length > 0 ? (search.data?.members ?? []) : [];
  const expanded = members.length > 0;

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // optionId only depends on the stable useId value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function choose(member: Member) {
    onChange(member.username);
    close();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else if (members.length > 0) setActive((index) => Math.min(index + 1, members.length - 1));
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (members.length > 0) setActive((index) => Math.max(index - 1, 0));
        return;
      case 'Enter': {
        const member = expanded && active >= 0 ? members[active] : undefined;
        if (member) {
          // Picking a suggestion; the next Enter submits the form.
          event.preventDefault();
          choose(member);
        }
        return;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        }
        return;
      default:
    }
  }

  // The search's answer for what is typed now (not the previous one kept while the next is fetched)
  // had nobody in it. It stays said after the input loses focus: a line that vanished on the way to
  // the submit button would move the button from under the pointer.
  const nobody =
    text.length > 0 && (search.data?.members.length ?? 0) === 0 && (search.isError || (search.data !== undefined && !search.isPlaceholderData));
  const status = nobody
    ? search.isError
      ? 'Member suggestions are not available; type the full username.'
      : `No member matches “${text}”; you can still type the full username.`
    : !open || text.length === 0
      ? ''
      : members.length > 0
        ? `${members.length} matching member${members.length === 1 ? '' : 's'}; use the Up and Down arrows to choose.`
        : 'Searching members…';

  return (
    <Field label={label} hint={hint} error={error} describedBy={[statusId]}>
      {(control) => (
        <>
          <Popover.Root
            open={expanded}
            onOpenChange={(next) => {
              if (!next) close();
            }}
          >
            <Popover.Anchor asChild>
              <input
                {...control}
                ref={input}
                name={name}
                type="text"
                role="combobox"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                aria-autocomplete="list"
                aria-expanded={expanded}
                aria-controls={expanded ? listId : undefined}
                aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
                value={value}
                onChange={(event) => {
                  onChange(event.target.value);
                  setOpen(true);
                  setActive(-1);
                }}
                onKeyDown={onKeyDown}
                onBlur={() => {
                  close();
                  onBlur?.();
                }}
                className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm dark:bg-slate-900 ${controlBorder(error)}`}
              />
            </Popover.Anchor>
            <Popover.Content
              asChild
              side="bottom"
              align="start"
              sideOffset={4}
              // Focus stays in the input: the list is browsed with aria-activedescendant.
              onOpenAutoFocus={(event) => event.preventDefault()}
              onCloseAutoFocus={(event) => event.preventDefault()}
              onInteractOutside={(event) => {
                if (event.target === input.current) event.preventDefault();
              }}
            >
              <ul
                id={listId}
                role="listbox"
                aria-label="Matching members"
                className="z-10 max-h-64 w-[var(--radix-popover-trigger-width)] overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
              >
                {members.map((member, index) => (
                  <li
                    key={member.username}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === active}
                    // Keeps focus in the input, so the list does not close before the click lands.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => choose(member)}
                    className={`cursor-pointer px-3 py-1.5 ${
                      index === active ? 'bg-blue-700 text-white dark:bg-blue-600' : 'hover:bg-slate-100 dark:hover:bg-slate-800'
                    }`}
                  >
                    <span className="font-medium">{member.username}</span>
                    {member.fullName ? (
                      <span className={index === active ? 'text-blue-100' : 'text-slate-600 dark:text-slate-400'}> · {member.fullName}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </Popover.Content>
          </Popover.Root>
          {/* The suggestions say "found" by appearing; that none or none can be had is said in words for everyone. */}
          <p id={statusId} aria-live="polite" className={nobody ? 'mt-1 text-xs text-slate-700 dark:text-slate-300' : 'sr-only'}>
            {status}
          </p>
        </>
      )}
    </Field>
  );
}
