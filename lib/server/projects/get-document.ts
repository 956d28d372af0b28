import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import { contentUrl, PREVIEW_MAX_BYTES, type DocumentDto } from "@/lib/schemas/investigate";
import { audited, namedTarget } from "@/lib/server/audit/audited";
import { capText } from "../files/read-capped-text";
import { toUserRef } from "@/lib/server/upstream/to-refs";

/** D1 (text) + D2 (md5, size, project) for the preview; text capped at PREVIEW_MAX_BYTES. Audited `document.view`. */
export async function getDocument({
  client,
  audit,
  input,
}: OperationCall<{ documentId: string }>): Promise<DocumentDto> {
  const id = input.documentId;
  return audited(
    audit,
    {
      action: "document.view",
      targets: [{ type: "document", id }],
      after: (d) => ({
        targets: [
          namedTarget("document", d.id, d.filename),
          ...(d.projectId ? [{ type: "project" as const, id: d.projectId }] : []),
        ],
        details: { truncated: d.truncated },
      }),
    },
    async () => {
      const [doc, meta] = await Promise.all([client.documents.get(id), client.documents.getMetadata(id)]);
      const { text, truncated } = capText(doc.content, PREVIEW_MAX_BYTES);
      return {
        id: doc.id,
        projectId: meta.claude_project_id ?? null,
        filename: doc.filename ?? meta.filename ?? null,
        createdAt: doc.created_at ?? meta.created_at ?? null,
        author: toUserRef(doc.user ?? meta.user),
        mimeType: meta.mime_type ?? "text/plain",
        md5: meta.md5 ?? null,
        sizeBytes: meta.size_bytes ?? null,
        text,
        truncated,
        downloadUrl: contentUrl.document(doc.id),
      };
    },
  );
}
