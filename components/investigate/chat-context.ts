import { z } from "zod";

// The list a chat was opened from, so `[` / `]` in the reader step through it. Kept in sessionStorage: per tab,
// gone when the tab closes, never sent anywhere.

const KEY = "custody:chat-list-context";
const ChatListContext = z.object({ ids: z.array(z.string()).max(20_000), backHref: z.string().startsWith("/") });
export type ChatListContext = z.infer<typeof ChatListContext>;

export function saveChatListContext(ctx: ChatListContext): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(ctx));
  } catch {
    // Storage full or disabled: the reader simply has no previous/next.
  }
}

export function readChatListContext(): ChatListContext | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = ChatListContext.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The neighbour of `chatId` in the list, or null at either end / when the chat isn't in it. */
export function neighbourChat(ctx: ChatListContext | null, chatId: string, step: -1 | 1): string | null {
  if (!ctx) return null;
  const i = ctx.ids.indexOf(chatId);
  if (i < 0) return null;
  return ctx.ids[i + step] ?? null;
}

let cachedRaw: string | null = null;
let cachedValue: ChatListContext | null = null;

/** Stable snapshot for useSyncExternalStore: re-parsed only when the stored string changes. */
export function chatListContextSnapshot(): ChatListContext | null {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(KEY);
  } catch {
    raw = null;
  }
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedValue = readChatListContext();
  }
  return cachedValue;
}
