import { createHash } from "node:crypto";
import type { ComplianceClient } from "@/lib/compliance/client";
import { planCustodianBatches } from "@/lib/compliance/batches";
import type { UpstreamChat, UpstreamChatMessage } from "@/lib/compliance/schemas";

export interface CustodianExport {
  chats: UpstreamChat[];
  messages: Record<string, UpstreamChatMessage[]>;
  /** `kind:id` → md5 + length of the downloaded bytes. */
  files: Record<string, { md5: string; bytes: number }>;
  integrityErrors: number;
  downloadRetries: number;
}

/** A sink that hashes what it receives; the digest is only trusted when the attempt completes. */
function hashingSink(target: { md5: string; bytes: number }) {
  return () => {
    const hash = createHash("md5");
    let bytes = 0;
    return new WritableStream<Uint8Array>({
      write(chunk) {
        hash.update(chunk);
        bytes += chunk.byteLength;
      },
      close() {
        target.md5 = hash.digest("hex");
        target.bytes = bytes;
      },
    });
  };
}

/**
 * What an eDiscovery export of custodians does: every chat (in batches of ≤10 users), every
 * message (paged, to exercise cursors), and every uploaded and generated file, downloaded
 * through the verified path with several requests in flight.
 */
export async function exportCustodians(
  client: ComplianceClient,
  custodians: string[],
  concurrency = 6,
): Promise<CustodianExport> {
  const out: CustodianExport = { chats: [], messages: {}, files: {}, integrityErrors: 0, downloadRetries: 0 };
  for (const batch of planCustodianBatches(custodians)) {
    for await (const page of client.chats.iterate({ userIds: batch, limit: 50 })) out.chats.push(...page.data);
  }
  const fileTargets = new Map<string, { kind: "file" | "generated_file"; id: string }>();
  await client.mapConcurrent(
    out.chats,
    async (chat) => {
      const messages = await client.chats.iterateMessages(chat.id, { limit: 40 }).toArray();
      out.messages[chat.id] = messages;
      for (const message of messages) {
        for (const f of message.files ?? []) fileTargets.set(`file:${f.id}`, { kind: "file", id: f.id });
        for (const f of message.generated_files ?? [])
          fileTargets.set(`generated_file:${f.id}`, { kind: "generated_file", id: f.id });
      }
    },
    { concurrency },
  );
  await client.mapConcurrent(
    [...fileTargets.entries()],
    async ([label, target]) => {
      const digest = { md5: "", bytes: -1 };
      const result = await client.downloadVerified(target.kind, target.id, hashingSink(digest), {
        attempts: 6,
        onRetry: () => void out.downloadRetries++,
      });
      out.integrityErrors += result.integrityErrors;
      out.files[label] = digest;
    },
    { concurrency },
  );
  return out;
}

/** Order-independent view for comparing two runs. */
export function canonical(exported: CustodianExport) {
  const chats = [...exported.chats].sort((a, b) => a.id.localeCompare(b.id));
  const messages = Object.fromEntries(Object.entries(exported.messages).sort(([a], [b]) => a.localeCompare(b)));
  const files = Object.fromEntries(Object.entries(exported.files).sort(([a], [b]) => a.localeCompare(b)));
  return { chats, messages, files };
}
