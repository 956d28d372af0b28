"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { MAX_CUSTODIANS_PER_QUERY, type CustodianDto } from "@/lib/schemas/investigate";
import { custodianSearchQuery } from "@/lib/queries/custodians";
import { CustodianChip, type KnownCustodian } from "./custodian-chip";
import { CustodianOptions } from "./custodian-options";
import {
  groupNotice,
  noMatchNotice,
  planAdd,
  sameIds,
  SINGLE_LIMIT_TEXT,
  singlePickNotice,
  type PickerNotice,
} from "@/lib/urls/custodian-limit";
import { GroupPicker } from "./group-picker";
import { useDebounced } from "@/components/ui/use-debounced";
import { useLatestIds } from "./use-latest-ids";

type Props = {
  value: string[];
  onChange: (ids: string[]) => void;
};

const SEARCH_LIMIT = 20;
/** The search trims what was typed (see custodianKeys), so "arya " and "arya" are one search. */
const same = (a: string, b: string) => a.trim() === b.trim();

/** A message, and the picked ids it describes: it shows once the chips do, never ahead of them. */
type Notice = PickerNotice & { after: string[]; isAboutText: boolean };

/**
 * Directory combobox (ARIA 1.2 pattern): type to search name or email across linked orgs, arrows move, Enter picks,
 * Backspace on an empty box removes the last chip. The API takes at most 10 custodians, so the 11th is refused
 * here with a visible reason instead of a failed request.
 * Enter acts on what was typed: the list on screen may still be the previous text's (the search waits for a pause),
 * so an Enter before the search for the typed text has answered waits for it and then picks its first match. A
 * click picks only from a list that answers the typed text: the previous text's list stays on screen while the new
 * search runs (no flicker), but its rows are shown as pending and a click on one picks no one.
 */
export function CustodianPicker({ value, onChange }: Props) {
  const client = useQueryClient();
  const [text, setText] = useState("");
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  // The text an Enter is waiting on: it is searched at once rather than after the pause.
  const [waitingFor, setWaitingFor] = useState<string | null>(null);
  const [known, setKnown] = useState<Record<string, KnownCustodian>>({});
  const inputRef = useRef<HTMLInputElement>(null);
  const { latest, request } = useLatestIds(value, onChange);
  // Counts edits of the box: a waiting Enter picks only if nothing was typed (or picked) since it was pressed.
  const edits = useRef(0);
  useEffect(() => () => void (edits.current += 1), []);
  const listId = useId();
  const debounced = useDebounced(text, 200);
  const q = waitingFor ?? debounced;
  const search = useQuery({
    ...custodianSearchQuery(q, SEARCH_LIMIT),
    enabled: isOpen || waitingFor !== null,
    placeholderData: keepPreviousData,
  });
  // The list on screen answers the text in the box (else it is the previous text's, or still loading): while the
  // debounce waits, `q` is the previous text; while the search runs, the data is the previous search's placeholder.
  const isCurrent = search.isSuccess && !search.isPlaceholderData && same(q, text);
  const options = (search.data?.items ?? []).filter((c) => !value.includes(c.id));
  const isFull = value.length >= MAX_CUSTODIANS_PER_QUERY;

  function say(message: PickerNotice | null, after: string[], isAboutText = false) {
    setNotice(message && { ...message, after, isAboutText });
  }

  function edit(next: string) {
    edits.current += 1;
    setText(next);
    setWaitingFor(null);
    setActive(0);
    setNotice((n) => (n?.isAboutText ? null : n));
  }

  function add(people: Array<Pick<CustodianDto, "id"> & Partial<KnownCustodian>>, group?: string) {
    const plan = planAdd(latest.current, people);
    if (plan.taken.length) {
      setKnown((k) => ({
        ...k,
        ...Object.fromEntries(
          plan.taken.map((p) => [p.id, { id: p.id, name: p.name ?? null, email: p.email ?? null }]),
        ),
      }));
      request(plan.next);
    }
    say(group === undefined ? singlePickNotice(plan) : groupNotice(group, plan), plan.next);
    if (group === undefined && plan.taken.length) edit("");
  }

  function remove(id: string) {
    setNotice(null);
    request(latest.current.filter((v) => v !== id));
  }

  /** Enter before the typed text's search has answered: search it now, then pick its first match if still wanted. */
  async function pickWhenFound(typed: string) {
    const at = edits.current;
    setWaitingFor(typed);
    try {
      const found = await client.fetchQuery(custodianSearchQuery(typed, SEARCH_LIMIT));
      if (edits.current !== at) return; // typed on, picked or left since: this Enter was for another text
      const first = found.items.find((c) => !latest.current.includes(c.id));
      if (first) add([first]);
      else say(noMatchNotice(typed, found.items.length), latest.current, true);
    } catch (err) {
      if (edits.current === at)
        say(
          { text: `Directory search failed: ${err instanceof Error ? err.message : "try again"}`, tone: "warning" },
          latest.current,
          true,
        );
    } finally {
      if (edits.current === at) setWaitingFor(null);
    }
  }

  function onEnter(typed: string) {
    if (typed.trim() === "" && !isOpen) return; // nothing typed and no list: nothing to act on
    if (latest.current.length >= MAX_CUSTODIANS_PER_QUERY)
      return say({ text: SINGLE_LIMIT_TEXT, tone: "warning" }, latest.current);
    if (search.isSuccess && !search.isPlaceholderData && same(q, typed)) {
      const left = options.filter((c) => !latest.current.includes(c.id));
      const pick = left[active] ?? left[0];
      return pick ? add([pick]) : say(noMatchNotice(typed, search.data.items.length), latest.current, true);
    }
    // An empty box has nothing typed to act on: only a list on screen for it can be picked from.
    if (typed.trim() !== "") void pickWhenFound(typed);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setIsOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(options.length - 1, 0)));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && !e.nativeEvent.isComposing) {
      e.preventDefault();
      onEnter(e.currentTarget.value);
    } else if (e.key === "Escape") {
      edits.current += 1; // Escape also takes back an Enter still waiting for its search
      setWaitingFor(null);
      setIsOpen(false);
    } else if (e.key === "Backspace" && text === "" && latest.current.length) {
      remove(latest.current[latest.current.length - 1]);
    }
  }

  // A message shows with the chips it describes (the URL, and so `value`, catches up after a navigation). Typing
  // while full says why nothing can be added before Enter is even pressed.
  const shown: Pick<Notice, "text" | "tone" | "isAboutText"> | null =
    notice && sameIds(notice.after, value)
      ? notice
      : isFull && text
        ? { text: SINGLE_LIMIT_TEXT, tone: "warning", isAboutText: false }
        : null;
  const activeId = isOpen && options[active] ? `${listId}-${options[active].id}` : undefined;

  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <label htmlFor={`${listId}-input`} className="text-xs font-semibold tracking-wide text-muted uppercase">
          Custodians{" "}
          <span className="font-normal normal-case tabular-nums">
            ({value.length}/{MAX_CUSTODIANS_PER_QUERY})
          </span>
        </label>
        <GroupPicker onAddMembers={(group, members) => add(members, group)} isDisabled={isFull} />
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
              edit(e.target.value);
              setIsOpen(true);
            }}
            onFocus={() => setIsOpen(true)}
            onBlur={() => setTimeout(() => setIsOpen(false), 150)}
            onKeyDown={onKeyDown}
            className="h-7 w-full bg-transparent text-sm text-fg outline-none placeholder:text-subtle"
          />
          {isOpen ? (
            <CustodianOptions
              id={`${listId}-list`}
              q={q}
              typed={text}
              isCurrent={isCurrent}
              state={
                search.isSuccess
                  ? { status: "success", matches: search.data.items.length }
                  : search.isError
                    ? { status: "error", message: search.error.message }
                    : { status: "pending" }
              }
              options={options}
              active={active}
              optionId={(c) => `${listId}-${c.id}`}
              // A row of another text's list is not what the box asks for (custodian-options shows it pending).
              onPick={(c) => (isCurrent ? add([c]) : undefined)}
              onHover={setActive}
            />
          ) : null}
        </div>
      </div>
      {/* Always in the page, so that screen readers hear what appears in it (politely: typing goes on). */}
      <div role="status" data-testid="custodian-status">
        {shown ? (
          <p
            data-testid={shown.tone === "warning" ? "custodian-limit" : "custodian-note"}
            // A note about the typed text repeats what the open list already shows: heard, not shown twice.
            className={
              shown.isAboutText && isOpen
                ? "sr-only"
                : `mt-2 text-sm ${shown.tone === "warning" ? "text-warning" : "text-muted"}`
            }
          >
            {shown.text}
          </p>
        ) : null}
      </div>
    </div>
  );
}
