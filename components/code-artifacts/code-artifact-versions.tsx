"use client";

import type { CodeArtifactDto } from "@/lib/schemas/investigate";
import type { TimeZoneMode } from "@/lib/urls/investigate-url";
import { formatDateTime } from "@/components/ui/format-time";
import { Badge } from "@/components/ui/badge";
import { DownloadIcon } from "@/components/ui/icons";
import { DownloadLink } from "@/components/downloads/download-link";
import { IntegrityLine } from "@/components/downloads/integrity-line";

const DOWNLOAD =
  "inline-flex h-7 items-center gap-1.5 rounded-md border border-line-strong bg-surface px-2.5 text-xs font-medium text-fg hover:bg-surface-2";

/**
 * The versions the Compliance API still keeps for one artifact, each downloadable through our streamed route, which
 * saves it under the version's title with the extension of its type. Reading this list reads nothing upstream (the
 * versions came with the artifact); each download is audited by the route. CA1 gives no size or MD5: those, and the
 * SHA-256, are shown once Custody has measured a download of the version.
 */
export function CodeArtifactVersions({ artifact, tz }: { artifact: CodeArtifactDto; tz: TimeZoneMode }) {
  if (artifact.versions.length === 0) {
    return <p className="text-sm text-muted">The Compliance API keeps no version of this artifact any more.</p>;
  }
  return (
    <div className="space-y-2">
      <table className="w-full text-sm" aria-label={`Versions of ${artifact.title ?? artifact.id}`}>
        <thead className="text-left text-xs text-muted">
          <tr>
            <th scope="col" className="py-1.5 pr-4 font-medium">
              Version
            </th>
            <th scope="col" className="py-1.5 pr-4 font-medium">
              Created
            </th>
            <th scope="col" className="py-1.5 pr-4 font-medium">
              Size and hashes
            </th>
            <th scope="col" className="py-1.5 font-medium">
              <span className="sr-only">Download</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {artifact.versions.map((v) => (
            <tr key={v.id} className="border-t border-line" data-testid="code-artifact-version" data-version-id={v.id}>
              <td className="py-2 pr-4 text-fg">
                <span className="font-medium">{v.title ?? "Title not kept"}</span>{" "}
                {v.isPublished ? <Badge tone="success">published</Badge> : null}
                <span className="block font-mono text-xs text-subtle">{v.id}</span>
              </td>
              <td className="py-2 pr-4 whitespace-nowrap text-muted tabular-nums">
                {v.createdAt ? formatDateTime(v.createdAt, tz) : "not recorded"}
              </td>
              <td className="py-2 pr-4">
                <IntegrityLine
                  digestId={v.id}
                  sizeBytes={null}
                  md5={null}
                  notProvided="size and md5 not provided by the API before download"
                />
              </td>
              <td className="py-2 text-right">
                <DownloadLink
                  href={v.downloadUrl}
                  digestId={v.id}
                  className={DOWNLOAD}
                  label={`Download ${v.title ?? v.id} (${v.id})`}
                >
                  <DownloadIcon width={14} height={14} />
                  Download
                </DownloadLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-muted">
        The size is not known before the download starts. Custody checks the content against the MD5 the Compliance API
        sends, when it sends one, and a transfer that is cut off fails instead of saving a partial file; once a download
        has completed, its size, MD5 and SHA-256 as Custody measured them are shown here. Only about the 20 most recent
        versions are kept upstream.
      </p>
    </div>
  );
}
