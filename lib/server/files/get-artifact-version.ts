import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import { contentUrl, type ArtifactVersionDto } from "@/lib/schemas/investigate";
import { audited, namedTarget } from "@/lib/server/audit/audited";
import { toArtifactRef } from "@/lib/server/upstream/to-refs";

/** AR1: one artifact version's metadata (pass the version id, not the artifact id). Audited `artifact.view`. */
export async function getArtifactVersion({
  client,
  audit,
  input,
}: OperationCall<{ versionId: string }>): Promise<ArtifactVersionDto> {
  return audited(
    audit,
    {
      action: "artifact.view",
      targets: [{ type: "artifact", id: input.versionId }],
      details: { part: "metadata" },
      after: (a) => ({
        targets: [
          namedTarget("artifact", input.versionId, a.title),
          ...(a.chatId ? [{ type: "chat" as const, id: a.chatId }] : []),
        ],
      }),
    },
    async () => {
      const m = await client.artifacts.getVersion(input.versionId);
      return {
        ...toArtifactRef(m),
        chatId: m.claude_chat_id ?? null,
        createdAt: m.created_at ?? null,
        md5: m.md5 ?? null,
        sizeBytes: m.size_bytes ?? null,
        downloadUrl: contentUrl.artifact(m.version_id),
      };
    },
  );
}
