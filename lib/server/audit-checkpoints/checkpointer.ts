import "server-only";
import type { Db } from "../db/types";
import { redact } from "../http/redact";
import type { SigningKey } from "../signing/signing-key";
import { auditHeadSeq, createAuditCheckpoint, type CheckpointTarget } from "./create-checkpoint";
import { latestCheckpointSeq, type StoredCheckpoint } from "./checkpoint-store";

/**
 * When checkpoints are written: every `every` entries (scheduled by appendAudit, run after its commit) and on a timer
 * when the head moved. Installed for the process database only (lib/server/db), so a test's own database never
 * writes into the process's checkpoint folder. A failed checkpoint is logged and retried at the next trigger: it
 * never fails the audited action, whose transaction has already committed by then.
 */
export type CheckpointerSettings = { db: Db; every: number; dir: string; key: () => SigningKey };

type State = { settings?: CheckpointerSettings; pending: Set<Promise<unknown>>; timer?: NodeJS.Timeout };
const globalForCheckpoints = globalThis as typeof globalThis & { __custodyCheckpointer?: State };
const state: State = (globalForCheckpoints.__custodyCheckpointer ??= { pending: new Set() });

export function installAuditCheckpointer(settings: CheckpointerSettings): void {
  state.settings = settings;
}

export function uninstallAuditCheckpointer(): void {
  state.settings = undefined;
  if (state.timer) clearInterval(state.timer);
  state.timer = undefined;
}

const targetOf = (s: Omit<CheckpointerSettings, "every">): CheckpointTarget => ({ db: s.db, key: s.key(), dir: s.dir });

function track(what: string, work: () => Promise<unknown>): void {
  const run = new Promise<void>((resolve) => setImmediate(resolve))
    .then(work)
    .catch((err: unknown) => {
      // fs and database messages name paths and codes, not key material; redact() strips credentials anyway.
      const message = redact(err instanceof Error ? err.message : String(err));
      console.error(`[audit] checkpoint ${what} not written; retried at the next trigger: ${message}`);
    })
    .finally(() => state.pending.delete(run));
  state.pending.add(run);
}

/** Called by appendAudit inside its transaction: schedules, never waits, never throws. */
export function noteAuditAppended(seq: number): void {
  const settings = state.settings;
  if (!settings || seq % settings.every !== 0) return;
  track(`at seq ${seq}`, () => createAuditCheckpoint(targetOf(settings), { seq }));
}

/**
 * Signs the head when it is past the last checkpoint (the timer), or always (`force`, `npm run audit:checkpoint`).
 * A head BEHIND the last checkpoint means entries were cut: say so in the log, and leave the proof in place.
 */
export async function checkpointAuditHead(
  settings: Omit<CheckpointerSettings, "every">,
  options: { force?: boolean } = {},
): Promise<StoredCheckpoint | null> {
  const head = await auditHeadSeq(settings.db);
  const latest = latestCheckpointSeq(settings.dir);
  if (head < latest) {
    console.error(
      `[audit] the chain's head (seq ${head}) is behind checkpoint seq ${latest}: run npm run audit:verify`,
    );
    return null;
  }
  if (head === 0 || (head === latest && !options.force)) return null;
  return createAuditCheckpoint(targetOf(settings));
}

/** The hourly trigger; unref'd so it never keeps a process alive on its own. */
export function startAuditCheckpointTimer(intervalMs: number): void {
  if (state.timer) return;
  state.timer = setInterval(() => {
    const settings = state.settings;
    if (settings) track("of the head", () => checkpointAuditHead(settings));
  }, intervalMs);
  state.timer.unref();
}

/** Resolves once every scheduled checkpoint has been written or has failed (tests, CLIs before exiting). */
export async function auditCheckpointsSettled(): Promise<void> {
  while (state.pending.size > 0) await Promise.all([...state.pending]);
}
