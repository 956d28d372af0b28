import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import type { ComplianceClient } from "@/lib/compliance";
import { contentUrl, type FileMetaDto } from "@/lib/schemas/investigate";
import { audited, namedTarget } from "@/lib/server/audit/audited";
import { toFileRef } from "@/lib/server/upstream/to-refs";

export type FileMetaInput = { kind: FileMetaDto["kind"]; id: string };

/**
 * F1 (an uploaded chat or project file) or GF1 (a file Claude generated): size, type and MD5, shown before the
 * download. Both are audited `file.view` against the file, with the kind in the details.
 */
export async function getFileMeta({ client, audit, input }: OperationCall<FileMetaInput>): Promise<FileMetaDto> {
  return audited(
    audit,
    {
      action: "file.view",
      targets: [{ type: "file", id: input.id }],
      details: { kind: input.kind },
      after: (m) => ({ targets: [namedTarget("file", input.id, m.filename)] }),
    },
    () => read(client, input),
  );
}

async function read(client: ComplianceClient, { kind, id }: FileMetaInput): Promise<FileMetaDto> {
  if (kind === "file") {
    const m = await client.files.get(id);
    return {
      kind,
      ...toFileRef(m),
      chatIds: m.claude_chat_ids ?? [],
      messageIds: m.message_ids ?? [],
      downloadUrl: contentUrl.file(m.id),
    };
  }
  // GF1 names the one chat the file came from and no message.
  const m = await client.generatedFiles.get(id);
  return {
    kind,
    ...toFileRef(m),
    chatIds: m.claude_chat_id ? [m.claude_chat_id] : [],
    messageIds: [],
    downloadUrl: contentUrl.generatedFile(m.id),
  };
}
