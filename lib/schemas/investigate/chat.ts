import { z } from "zod";
import { CustodianWindowShape, fromBeforeTo, pageLimit, pageOf, UpstreamId, UserRefDto } from "./common";
import { MessagePageDto } from "./message";

export const ChatSummaryDto = z.object({
  id: z.string(),
  /** "" for a chat soft-deleted in claude.ai. */
  name: z.string(),
  /** null when the key is single-org and the creator has left. */
  custodian: UserRefDto.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Soft-deleted in claude.ai: the chat is still listed, but its messages are tombstones with no content. */
  deletedAt: z.string().nullable(),
  /** null for legacy chats. */
  model: z.string().nullable(),
  projectId: z.string().nullable(),
  /** The project's name (P2, cached); null without a project or when it could not be read (then show the id). */
  projectName: z.string().nullable(),
  organizationUuid: z.string().nullable(),
});
export type ChatSummaryDto = z.infer<typeof ChatSummaryDto>;

/**
 * `created_at`: oldest first, paged straight from the upstream (C1 with `user_ids[]` only orders by creation).
 * `updated_at`: most recently updated first across the WHOLE window, sorted here: the console reads every chat
 * created in the window up to `CHAT_SORT_SCAN_CAP` and sorts them; beyond the cap the page says `partial: true`
 * (the order then covers only the chats read). The window always filters on creation time.
 */
export const ChatSort = z.enum(["created_at", "updated_at"]);
export type ChatSort = z.infer<typeof ChatSort>;
export const CHAT_SORT_SCAN_CAP = 5000;

export const ListChatsQuery = z
  .object({ ...CustodianWindowShape, sort: ChatSort.default("created_at"), limit: pageLimit(500, 100) })
  .superRefine(fromBeforeTo);
export type ListChatsQuery = z.input<typeof ListChatsQuery>;

export const ChatPageDto = pageOf(ChatSummaryDto).extend({
  sort: ChatSort,
  /** `updated_at` only: the chats created in the window that were read to sort them. */
  scanned: z.number().int(),
  /** `updated_at` only: the window held more than CHAT_SORT_SCAN_CAP chats, so the order covers the first ones read. */
  partial: z.boolean(),
});
export type ChatPageDto = z.infer<typeof ChatPageDto>;

export const ChatParams = z.object({ chatId: UpstreamId });

export const TranscriptDto = MessagePageDto.extend({ chat: ChatSummaryDto });
export type TranscriptDto = z.infer<typeof TranscriptDto>;
