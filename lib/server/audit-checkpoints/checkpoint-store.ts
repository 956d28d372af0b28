import "server-only";
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { AuditCheckpoint } from "./checkpoint-format";

/**
 * Checkpoints are files, one per checkpointed seq (`seq-000000001000.json`), in a folder the database cannot reach.
 * Append-only by construction: a file is written whole under a temporary name and hard-linked to its final name,
 * which never replaces an existing one; two processes checkpointing the same seq keep the first.
 */
const NAME = /^seq-(\d{12})\.json$/;

export const checkpointFileName = (seq: number) => `seq-${String(seq).padStart(12, "0")}.json`;

export type StoredCheckpoint = { file: string; checkpoint: AuditCheckpoint; created: boolean };

export function writeCheckpointFile(dir: string, checkpoint: AuditCheckpoint): StoredCheckpoint {
  mkdirSync(dir, { recursive: true });
  const file = checkpointFileName(checkpoint.seq);
  const tmp = path.join(dir, `.tmp-${process.pid}-${randomBytes(6).toString("hex")}`);
  const fd = openSync(tmp, "wx", 0o644);
  try {
    writeSync(fd, `${JSON.stringify(checkpoint)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, path.join(dir, file));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    const existing = readCheckpointFile(dir, file);
    if (!existing.checkpoint) throw new Error(`checkpoint file ${file} exists but is unreadable`);
    return { file, checkpoint: existing.checkpoint, created: false };
  } finally {
    unlinkSync(tmp);
  }
  syncDir(dir);
  return { file, checkpoint, created: true };
}

/** The new name must survive a crash too, not only the file's bytes. */
function syncDir(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } catch {
    // Some filesystems refuse fsync on a directory; the file itself is already on disk.
  } finally {
    closeSync(fd);
  }
}

export type CheckpointFile = { file: string; checkpoint?: AuditCheckpoint; error?: string };

function readCheckpointFile(dir: string, file: string): CheckpointFile {
  try {
    const parsed = AuditCheckpoint.safeParse(JSON.parse(readFileSync(path.join(dir, file), "utf8")));
    if (parsed.success) return { file, checkpoint: parsed.data };
    return { file, error: "not a checkpoint (fields missing or malformed)" };
  } catch {
    return { file, error: "not readable as JSON" };
  }
}

/** Every checkpoint file's name, in seq order; an absent folder is an empty list. */
export function listCheckpointFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => NAME.test(name))
      .sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
}

export function readCheckpointFiles(dir: string): CheckpointFile[] {
  return listCheckpointFiles(dir).map((file) => readCheckpointFile(dir, file));
}

/** The highest checkpointed seq, from the file names alone (cheap enough for an hourly check). */
export function latestCheckpointSeq(dir: string): number {
  const last = listCheckpointFiles(dir).at(-1);
  return last ? Number(NAME.exec(last)?.[1] ?? 0) : 0;
}
