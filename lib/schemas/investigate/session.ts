import { z } from "zod";
import { CustodianWindowShape, fromBeforeTo, pageLimit, pageOf, UpstreamId, UserRefDto } from "./common";
import { MessagePageDto, TranscriptQuery } from "./message";

export const SessionKind = z.enum(["local", "remote"]);
export type SessionKind = z.infer<typeof SessionKind>;

export const SessionSummaryDto = z.object({
  kind: SessionKind,
  id: z.string(),
  organizationUuid: z.string().nullable(),
  /** The owning user; null for agent-owned remote sessions. */
  custodian: UserRefDto.nullable(),
  /** cowork | claude_code | claude_science | office_agents/… | claude_in_chrome | cowork_remote | … (open set). */
  productSurface: z.string().nullable(),
  /** Remote: pending | active | paused | archived | failed (open set); null for local sessions. */
  status: z.string().nullable(),
  /** Remote, agent-owned (`cagt_…`). */
  agentId: z.string().nullable(),
  /** Remote agent runs: the human behind it. */
  startedBy: UserRefDto.nullable(),
  projectId: z.string().nullable(),
  /** Local: `wrkspc_…`. */
  workspaceId: z.string().nullable(),
  /** Local: earliest retained call (moves later as retention expires). */
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  /** Local: more than 100,000 inference calls; the transcript stops early. */
  truncated: z.boolean(),
});
export type SessionSummaryDto = z.infer<typeof SessionSummaryDto>;

export const ListSessionsQuery = z
  .object({ ...CustodianWindowShape, kind: SessionKind.default("remote"), limit: pageLimit(500, 100) })
  .superRefine(fromBeforeTo);
export type ListSessionsQuery = z.input<typeof ListSessionsQuery>;

/**
 * Remote sessions are filtered by user upstream. Local sessions (LS1) have NO user filter: the console walks the
 * window newest first and keeps the custodians' sessions, reading at most LOCAL_SESSION_SCAN_PAGES upstream pages
 * per request. `scanned` counts the sessions read; `partial: true` means it stopped at that bound with more of the
 * window left, so `nextCursor` continues the scan (a page can then hold fewer items than `limit`, even none).
 */
export const SessionPageDto = pageOf(SessionSummaryDto).extend({
  kind: SessionKind,
  scanned: z.number().int(),
  partial: z.boolean(),
});
export type SessionPageDto = z.infer<typeof SessionPageDto>;
export const LOCAL_SESSION_SCAN_PAGES = 5;

export const SessionParams = z.object({ kind: SessionKind, sessionId: UpstreamId });
/** The chat transcript query with a smaller default page. */
export const SessionTranscriptQuery = TranscriptQuery.extend({ limit: pageLimit(1000, 200) });
export type SessionTranscriptQuery = z.input<typeof SessionTranscriptQuery>;

export const SessionTranscriptDto = MessagePageDto.extend({ session: SessionSummaryDto });
export type SessionTranscriptDto = z.infer<typeof SessionTranscriptDto>;
