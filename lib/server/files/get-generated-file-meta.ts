import "server-only";
import type { ComplianceClient } from "@/lib/compliance";
import { contentUrl, type FileMetaDto } from "@/lib/schemas/investigate";
import { audited, type VerbAudit } from "../investigate/audited";

/** GF1: metadata of a file Claude generated (a tool output). Audited `file.view`. */
export async function getGeneratedFileMeta({ client, audit, input }: { client: ComplianceClient; audit: VerbAudit; input: { generatedFileId: string } }): Promise<FileMetaDto> {
  const id = input.generatedFileId;
  return audited(audit, { action: "file.view", targets: [{ type: "file", id }], details: { kind: "generated_file" } }, async () => {
    const m = await client.generatedFiles.get(id);
    return {
      kind: "generated_file",
      id: m.id,
      filename: m.filename ?? null,
      mimeType: m.mime_type ?? null,
      sizeBytes: m.size_bytes ?? null,
      md5: m.md5 ?? null,
      createdAt: m.created_at ?? null,
      chatIds: m.claude_chat_id ? [m.claude_chat_id] : [],
      messageIds: [],
      downloadUrl: contentUrl.generatedFile(m.id),
    };
  });
}
