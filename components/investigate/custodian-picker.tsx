"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { MAX_CUSTODIANS_PER_QUERY, type CustodianDto } from "@/lib/schemas/investigate";
import { custodianSearchQuery } from "@/lib/queries/custodians";
import { CustodianChip, type KnownCustodian } from "./custodian-chip";
import { GroupPicker } from "./group-picker";
import { useDebounced } from "./use-debounced";

type Props = {
  value: string[];
  onChange: (ids: string[]) => void;
};

/**
 * Directory combobox (ARIA 1.2 pattern): type to search name or email across linked orgs, arrows move, Enter picks,
 * Backspace on an empty box removes the last chip. The API takes at most 10 custodians, so the 11th is refused
 * here with a visible reason instead of a failed request.
 */
export function CustodianPicker({ value, onChange }: Props) {
  const [text, setText] = useState("");
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [limitHit, setLimitHit] = useState(false);
  const [known, setKnown] = useState<Record<string, KnownCustodian>>({});
  const inputRef = useRef<HTMLInputElement>(null);
  // The URL (and so `value`) updates after a navigation; quick successive picks build on the latest list instead.
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  const listId = useId();
  const q = useDebounced(text, 200);
  const search = useQuery({ ...custodianSearchQuery(q, 20), enabled: isOpen });
  const options = (search.data?.items ?? []).filter((c) => !value.includes(c.id));
  const isFull = value.length >= MAX_CUSTODIANS_PER_QUERY;

  function add(people: Array<Pick<CustodianDto, "id"> & Partial<KnownCustodian>>) {
    const current = latest.current;
    const fresh = people.filter((p) => !current.includes(p.id));
    const room = MAX_CUSTODIANS_PER_QUERY - current.length;
    setLimitHit(fresh.length > room);
    if (room <= 0 || fresh.length === 0) return;
    const taken = fresh.slice(0, room);
    setKnown((k) => ({ ...k, ...Object.fromEntries(taken.map((p) => [p.id, { id: p.id, name: p.name ?? null, email: p.email ?? null }])) }));
    latest.current = [...current, ...taken.map((p) => p.id)];
    onChange(latest.current);
    setText("");
    setActive(0);
  }

  function remove(id: string) {
    setLimitHit(false);
    latest.current = latest.current.filter((v) => v !== id);
    onChange(latest.current);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setIsOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(options.length - 1, 0)));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter") {
      e.preventDefault();
      const pick = options.filter((c) => !latest.current.includes(c.id))[active] ?? options.find((c) => !latest.current.includes(c.id));
      if (pick) add([pick]);
    } else if (e.key === "Escape") {
      setIsOpen(false);
    } else if (e.key === "Backspace" && text === "" && latest.current.length) {
      remove(latest.current[latest.current.length - 1]);
    }
  }

  const activeId = isOpen && options[active] ? `${listId}-${options[active].id}` : undefined;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label htmlFor={`${listId}-input`} className="text-xs font-semibold tracking-wide text-muted uppercase">
          Custodians <span className="font-normal normal-case tabular-nums">({value.length}/{MAX_CUSTODIANS_PER_QUERY})</span>
        </label>
        <GroupPicker onAddMembers={(members) => add(members)} isDisabled={isFull} />
      </div>
      <div
        className="flex min-h-10 flex-wrap items-center gap-1.5 rounded-lg border border-line-strong bg-surface px-2 py-1.5 focus-within:outline-2 focus-within:outline-ring"
        onClick={() => inputRef.current?.focus()}
      >
        <ul className="contents" aria-label="Picked custodians">
          {value.map((id) => (
            <CustodianChip key={id} id={id} known={known[id]} onRemove={() => remove(id)} />
          ))}
        </ul>
        <div className="relative min-w-48 flex-1">
          <input
            ref={inputRef}
            id={`${listId}-input`}
            role="combobox"
            aria-expanded={isOpen && options.length > 0}
            aria-controls={`${listId}-list`}
            aria-activedescendant={activeId}
            aria-autocomplete="list"
            autoComplete="off"
            value={text}
            placeholder={value.length ? "Add another…" : "Search by name or email"}
            onChange={(e) => {
              setText(e.target.value);
              setIsOpen(true);
              setActive(0);
            }}
            onFocus={() => setIsOpen(true)}
            onBlur={() => setTimeout(() => setIsOpen(false), 150)}
            onKeyDown={onKeyDown}
            className="h-7 w-full bg-transparent text-sm text-fg outline-none placeholder:text-subtle"
          />
          {isOpen ? (
            <ul
              id={`${listId}-list`}
              role="listbox"
              aria-label="Matching people"
              className="absolute top-full left-0 z-30 mt-2 max-h-72 w-[min(28rem,80vw)] overflow-auto rounded-lg border border-line bg-surface p-1 shadow-card"
            >
              {search.isPending ? <li className="px-3 py-2 text-sm text-muted">Searching the directory…</li> : null}
              {search.isError ? <li className="px-3 py-2 text-sm text-danger">Directory search failed: {search.error.message}</li> : null}
              {search.isSuccess && options.length === 0 ? <li className="px-3 py-2 text-sm text-muted">No one else matches “{q}”.</li> : null}
              {options.map((c, i) => (
                <li
                  key={c.id}
                  id={`${listId}-${c.id}`}
                  role="option"
                  aria-selected={i === active}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => add([c])}
                  onMouseEnter={() => setActive(i)}
                  className="flex cursor-pointer items-baseline justify-between gap-3 rounded-md px-3 py-1.5 text-sm aria-selected:bg-accent-soft"
                >
                  <span className="min-w-0 truncate">
                    <span className="font-medium text-fg">{c.name}</span> <span className="text-muted">{c.email}</span>
                  </span>
                  <span className="shrink-0 text-xs text-subtle">{c.organizationName}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      {limitHit || (isFull && text) ? (
        <p data-testid="custodian-limit" role="status" className="text-sm text-warning">
          At most {MAX_CUSTODIANS_PER_QUERY} custodians per query: the Compliance API refuses more. Remove someone to add another.
        </p>
      ) : null}
    </div>
  );
}
