import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import type { TranscriptDto } from "@/lib/schemas/investigate";
import { audited, namedTarget } from "@/lib/server/audit/audited";
import { afterIdCursor } from "@/lib/server/http/cursor";
import { toChatSummary, withProjectNames } from "./to-chat-summary";
import { toChatMessageDto } from "./to-message-dto";

export type GetTranscriptInput = { chatId: string; cursor?: string; limit: number };

const cursor = afterIdCursor("chat.messages");

/**
 * One page of a chat's transcript (C2, oldest first, at most 1000 messages a page so a 5,000-message chat streams
 * in pages). Every page read is a `chat.view` entry naming the chat and its custodian.
 */
export async function getTranscript({
  client,
  audit,
  input,
}: OperationCall<GetTranscriptInput>): Promise<TranscriptDto> {
  const afterId = cursor.read(input.cursor);
  return audited(
    audit,
    {
      action: "chat.view",
      targets: [{ type: "chat", id: input.chatId }],
      details: { page: afterId ? "next" : "first" },
      after: (t) => ({
        targets: [
          namedTarget("chat", t.chat.id, t.chat.name),
          ...(t.chat.custodian ? [namedTarget("custodian", t.chat.custodian.id, t.chat.custodian.email)] : []),
        ],
        details: { messages: t.messages.length, deleted: t.chat.deletedAt !== null },
      }),
    },
    async () => {
      const page = await client.chats.getMessages(input.chatId, { limit: input.limit, afterId });
      return {
        chat: (await withProjectNames(client, [toChatSummary(page)]))[0],
        messages: page.chat_messages.map(toChatMessageDto),
        nextCursor: cursor.next(page),
      };
    },
  );
}
