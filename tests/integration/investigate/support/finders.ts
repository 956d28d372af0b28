import type { SimStore } from "@/lib/simulator";
import type { Rec } from "@/lib/simulator/store/types";
import { allRecords, landmarkIds } from "@/tests/support/simulator";

/** Walks the demo custodians' chats (in the store) for the first message list entry matching `pick`. */
export function findInCustodianMessages(
  store: SimStore,
  field: "files" | "generated_files" | "artifacts",
  pick: (item: Rec) => boolean = () => true,
): Rec & { chatId: string } {
  for (const userId of landmarkIds(store, "demo_custodians")) {
    for (const chat of allRecords(store.chatsOfUser(userId))) {
      const messages = store.messages(String(chat.id));
      for (let i = 0; messages && i < messages.size; i++) {
        const list = messages.at(i)[field];
        if (!Array.isArray(list)) continue;
        for (const item of list) {
          if (item && typeof item === "object" && !Array.isArray(item) && pick(item))
            return { ...item, chatId: String(chat.id) };
        }
      }
    }
  }
  throw new Error(`no ${field} entry found in the demo custodians' chats`);
}

/** `filename*=UTF-8''…` decoded, and the plain `filename="…"`, from a Content-Disposition header. */
export function parseDisposition(header: string): { ascii: string; utf8: string; rest: string } {
  const m = /^attachment; filename="([^"]*)"; filename\*=UTF-8''([^;\s]+)$/.exec(header);
  if (!m) throw new Error(`unexpected Content-Disposition: ${JSON.stringify(header)}`);
  return { ascii: m[1], utf8: decodeURIComponent(m[2]), rest: m[2] };
}
