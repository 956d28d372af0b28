import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import { isComplianceError } from "@/lib/compliance";
import { AppError } from "../http/errors";
import { streamDownload } from "../files/stream-download";

export type CodeArtifactVersionRef = { artifactId: string; versionId: string };
/** `name`: the version's title as CA1 listed it (CA2 itself names no file). */
export type CodeArtifactDownloadInput = CodeArtifactVersionRef & { name: string | null };

/**
 * CA2, streamed and verified (Content-MD5 when sent; a cut transfer errors the body), saved as `<title>.<ext>` (the
 * extension of the type CA2 serves). Audited `artifact.download` against both ids. CA2's own failure modes get messages that say what happened and what to do (reference §5.18).
 */
export async function downloadCodeArtifactVersion(call: OperationCall<CodeArtifactDownloadInput>): Promise<Response> {
  const { artifactId, versionId, name } = call.input;
  try {
    return await streamDownload({
      ...call,
      input: {
        kind: "code_artifact_version",
        target: { artifactId, versionId },
        fallbackId: versionId,
        title: name,
        action: "artifact.download",
        targets: [
          { type: "artifact", id: artifactId },
          { type: "artifact", id: versionId },
        ],
      },
    });
  } catch (err) {
    throw explainCa2Failure(err);
  }
}

/** Seconds to suggest before retrying a version whose upload is in flight. */
const UPLOAD_RETRY_AFTER = 30;

function explainCa2Failure(err: unknown): unknown {
  // A bare "Not found" is an authentication failure (§7.2), left to the shared mapping.
  if (isComplianceError(err, "not_found") && !err.isUnauthenticated) {
    return new AppError(
      "not_found",
      "This version is no longer available: it has rotated out of the artifact's retained history (about " +
        "its 20 most recent versions) or the artifact was deleted. Reload the list to see the versions it " +
        "keeps now.",
    );
  }
  // The client has already retried with backoff; a 503 that persists means the upload is still in flight or was abandoned.
  if (isComplianceError(err, "unavailable") && err.status === 503) {
    return new AppError(
      "upstream_unavailable",
      "This version's content is not available yet (the Compliance API answered 503: its upload is still in progress, or was abandoned). Try again in a minute.",
      {
        retryAfter: UPLOAD_RETRY_AFTER,
      },
    );
  }
  return err;
}
