import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import { PREVIEW_MAX_BYTES, type ArtifactTextDto } from "@/lib/schemas/investigate";
import { audited } from "@/lib/server/audit/audited";
import { readCappedText } from "./read-capped-text";

/** AR2 text of one version for side-by-side display, capped at PREVIEW_MAX_BYTES. Audited `artifact.view`. */
export async function getArtifactText({
  client,
  audit,
  input,
}: OperationCall<{ versionId: string }>): Promise<ArtifactTextDto> {
  return audited(
    audit,
    {
      action: "artifact.view",
      targets: [{ type: "artifact", id: input.versionId }],
      details: { part: "text" },
      after: (t) => ({ details: { truncated: t.truncated } }),
    },
    async () => {
      const download = await client.download("artifact", input.versionId);
      const { text, truncated, bytesShown } = await readCappedText(download.stream, PREVIEW_MAX_BYTES);
      return { versionId: input.versionId, text, truncated, bytesShown, sizeBytes: download.sizeBytes };
    },
  );
}
