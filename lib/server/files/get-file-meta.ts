import "server-only";
import type { ComplianceClient } from "@/lib/compliance";
import { contentUrl, type FileMetaDto } from "@/lib/schemas/investigate";
import { audited, type VerbAudit } from "../investigate/audited";

/** F1: size, type and MD5 of an uploaded (chat or project) file, shown before the download. Audited `file.view`. */
export async function getFileMeta({ client, audit, input }: { client: ComplianceClient; audit: VerbAudit; input: { fileId: string } }): Promise<FileMetaDto> {
  return audited(audit, { action: "file.view", targets: [{ type: "file", id: input.fileId }], details: { kind: "file" } }, async () => {
    const m = await client.files.get(input.fileId);
    return {
      kind: "file",
      id: m.id,
      filename: m.filename ?? null,
      mimeType: m.mime_type ?? null,
      sizeBytes: m.size_bytes ?? null,
      md5: m.md5 ?? null,
      createdAt: m.created_at ?? null,
      chatIds: m.claude_chat_ids ?? [],
      messageIds: m.message_ids ?? [],
      downloadUrl: contentUrl.file(m.id),
    };
  });
}
