import { z } from "zod";
import type { SimStore } from "@/lib/simulator/store/types";
import { landmarkIds } from "../../../support/simulator";

/**
 * Finds ids of downloadable objects in the seeded messages of the demo custodians' chats (the console finds them the
 * same way: files, generated files and artifacts are only reachable from messages, §4).
 */

const Ref = z.object({ id: z.string(), filename: z.string().optional(), size_bytes: z.number().nullable().optional() });
const MessageRefs = z.object({
  files: z.array(Ref).nullable().optional(),
  generated_files: z.array(Ref).nullable().optional(),
  artifacts: z
    .array(z.object({ id: z.string(), version_id: z.string() }))
    .nullable()
    .optional(),
});
type MessageRefs = z.infer<typeof MessageRefs>;

function* messagesOfCustodians(store: SimStore): Generator<{ chatId: string; refs: MessageRefs }> {
  for (const user of landmarkIds(store, "demo_custodians")) {
    const chats = store.chatsOfUser(user);
    for (let i = 0; i < chats.size; i++) {
      const chatId = String(chats.at(i).id);
      const messages = store.messages(chatId);
      if (!messages) continue;
      for (let j = 0; j < messages.size; j++) yield { chatId, refs: MessageRefs.parse(messages.at(j)) };
    }
  }
}

const SMALL = 5 * 1024 * 1024;

/** Up to `n` distinct uploaded files (≤ 5 MB) of the custodians, with the chat that holds each. */
export function smallFiles(store: SimStore, n: number): { chatId: string; fileId: string }[] {
  const out = new Map<string, string>();
  for (const { chatId, refs } of messagesOfCustodians(store)) {
    for (const f of refs.files ?? []) if ((f.size_bytes ?? 0) <= SMALL && !out.has(f.id)) out.set(f.id, chatId);
    if (out.size >= n) break;
  }
  return [...out].slice(0, n).map(([fileId, chatId]) => ({ fileId, chatId }));
}

export function generatedFileIds(store: SimStore, n: number): string[] {
  const out = new Set<string>();
  for (const { refs } of messagesOfCustodians(store)) {
    for (const f of refs.generated_files ?? []) out.add(f.id);
    if (out.size >= n) break;
  }
  return [...out].slice(0, n);
}

/** Artifact id → its version ids in message order, for the custodians' chats. */
export function artifactVersions(store: SimStore): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { refs } of messagesOfCustodians(store))
    for (const a of refs.artifacts ?? []) {
      const versions = out.get(a.id) ?? [];
      if (!versions.includes(a.version_id)) versions.push(a.version_id);
      out.set(a.id, versions);
    }
  return out;
}

/** A chat of the custodians that is not in a project, not soft-deleted and has uploaded files, with all of them. */
export function plainChatWithFiles(
  store: SimStore,
  skip: ReadonlySet<string> = new Set(),
): { chatId: string; fileIds: string[] } {
  for (const user of landmarkIds(store, "demo_custodians")) {
    const chats = store.chatsOfUser(user);
    for (let i = 0; i < chats.size; i++) {
      const chat = chats.at(i);
      const chatId = String(chat.id);
      const messages = store.messages(chatId);
      // Hard-deleted chats may still sit in the generated collection; the getter is the truth.
      if (skip.has(chatId) || !store.chat(chatId) || chat.project_id !== null || chat.deleted_at !== null || !messages)
        continue;
      const fileIds = new Set<string>();
      for (let j = 0; j < messages.size; j++)
        for (const f of MessageRefs.parse(messages.at(j)).files ?? []) fileIds.add(f.id);
      if (fileIds.size > 0) return { chatId, fileIds: [...fileIds] };
    }
  }
  throw new Error("no plain chat with files among the custodians");
}
