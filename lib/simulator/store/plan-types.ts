/**
 * The shape of the generated world before records are built: which chat belongs to whom, when it
 * happened, how many messages it holds and what is attached. Records are computed from these.
 */

export type ChatKind = "normal" | "long" | "tool" | "hostile" | "big_file";

export interface ChatMeta {
  g: number;
  user: number;
  org: number;
  createdMs: number;
  /** Time of the last message; the chat's updated_at unless it was soft-deleted later. */
  lastMessageMs: number;
  updatedMs: number;
  /** Soft-deleted in claude.ai: still listed, name "", message content blanked. */
  deletedMs: number | null;
  project: number | null;
  messageCount: number;
  kind: ChatKind;
  /** Which hostile chat (0..2) for kind "hostile". */
  variant: number;
  topic: number;
  model: string | null;
  hasUploads: boolean;
  hasArtifact: boolean;
  hasGenerated: boolean;
}

export interface ProjectMeta {
  p: number;
  owner: number;
  org: number;
  createdMs: number;
  deletedMs: number | null;
  isPrivate: boolean;
  topic: number;
  fileCount: number;
  docCount: number;
  hostile: boolean;
}

/** Index-addressed view of an ordering (a per-user chat list, the updated_at order, ...). */
export interface IndexList {
  readonly size: number;
  at(k: number): number;
}

export interface ChatPlan {
  readonly size: number;
  meta(g: number): ChatMeta;
  /** Chat indices ordered by (updated_at, id). */
  byUpdated: IndexList;
  ofUser(user: number): IndexList;
  ofProject(p: number): number[];
  /** Every chat that may carry uploads, generated files or artifacts (small even in the large profile). */
  contentChats(): number[];
  softDeleted(): number[];
  totalMessages: number;
  /** Size of the `big_file` landmark upload (demo only; the large profile has no big_file chat). */
  bigFileBytes?: number;
}

export const arrayList = (items: readonly number[]): IndexList => ({ size: items.length, at: (k) => items[k] });
