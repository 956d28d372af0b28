"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { artifactTextQuery, artifactVersionQuery, contentUrl } from "@/lib/queries/content";
import type { ArtifactRefDto, FileRefDto } from "@/lib/schemas/investigate";
import { Badge } from "@/components/ui/badge";
import { formatBytes } from "@/components/ui/format-time";
import { Marked } from "./find-marks";
import type { SegmentMarks } from "./find-text";
import { isMarkdown, TextPreview } from "./text-preview";
import { DownloadLink } from "@/components/downloads/download-link";
import { IntegrityLine } from "@/components/downloads/integrity-line";

const BUTTON =
  "inline-flex h-7 items-center rounded-md border border-line-strong bg-surface px-2.5 text-xs font-medium text-fg hover:bg-surface-2";

/**
 * Downloads go through our streamed routes, which set a safe Content-Disposition name; the bare `download`
 * attribute lets that header win over anything built from the (attacker-controlled) filename here.
 */
export function FileCard({
  file,
  kind,
  marks,
}: {
  file: FileRefDto;
  kind: "file" | "generated";
  marks?: SegmentMarks;
}) {
  const href = kind === "file" ? contentUrl.file(file.id) : contentUrl.generatedFile(file.id);
  return (
    <div
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line bg-surface px-3 py-2"
      data-testid={kind === "file" ? "uploaded-file" : "generated-file"}
    >
      <div className="min-w-0">
        <p className="flex items-center gap-2 text-sm">
          <Badge tone={kind === "file" ? "neutral" : "accent"}>{kind === "file" ? "Uploaded" : "Generated"}</Badge>
          <span className="truncate font-medium text-fg" dir="ltr">
            <Marked text={file.filename ?? file.id} marks={marks} />
          </span>
        </p>
        <p className="mt-0.5 text-xs text-muted">
          {file.mimeType ?? "unknown type"} ·{" "}
          <IntegrityLine digestId={file.id} sizeBytes={file.sizeBytes} md5={file.md5} />
        </p>
      </div>
      <DownloadLink href={href} digestId={file.id} className={BUTTON} testId="download-link">
        Download
      </DownloadLink>
    </div>
  );
}

export function ArtifactCard({
  artifact,
  versionNumber,
  marks,
}: {
  artifact: ArtifactRefDto;
  versionNumber: number;
  marks?: SegmentMarks;
}) {
  const [isOpen, setIsOpen] = useState(false);
  // Messages name artifacts without size or MD5: AR1 has them (versions never change, so it is read once).
  const meta = useQuery({ ...artifactVersionQuery(artifact.versionId), staleTime: Infinity });
  return (
    <div className="rounded-lg border border-line bg-surface" data-testid="artifact">
      <div className="flex flex-wrap items-center justify-between gap-3 px-3 py-2">
        <p className="flex min-w-0 items-center gap-2 text-sm">
          <Badge tone="warning">Artifact</Badge>
          <span className="truncate font-medium text-fg">
            <Marked text={artifact.title ?? artifact.id} marks={marks} />
          </span>
          <span className="text-xs text-muted">
            v{versionNumber} · {artifact.type ?? "unknown type"}
          </span>
        </p>
        <span className="flex gap-2">
          <button type="button" onClick={() => setIsOpen((o) => !o)} aria-expanded={isOpen} className={BUTTON}>
            {isOpen ? "Hide" : "View"}
          </button>
          <DownloadLink href={contentUrl.artifact(artifact.versionId)} digestId={artifact.versionId} className={BUTTON}>
            Download
          </DownloadLink>
        </span>
      </div>
      <p className="px-3 pb-2">
        {meta.isPending ? (
          <span className="text-xs text-muted">Reading size and md5…</span>
        ) : (
          <IntegrityLine
            digestId={artifact.versionId}
            sizeBytes={meta.data?.sizeBytes ?? null}
            md5={meta.data?.md5 ?? null}
            notProvided={meta.isError ? "size and md5 could not be read from the Compliance API" : undefined}
          />
        )}
      </p>
      {isOpen ? (
        <div className="border-t border-line p-3">
          <ArtifactText versionId={artifact.versionId} type={artifact.type} />
        </div>
      ) : null}
    </div>
  );
}

/**
 * An artifact version's text, as text (never rendered HTML, even for text/html artifacts); Markdown artifacts are
 * rendered inertly, with their source a click away. Without a type (comparing versions), always the source.
 */
export function ArtifactText({ versionId, type }: { versionId: string; type?: string | null }) {
  const text = useQuery(artifactTextQuery(versionId));
  if (text.isPending) return <p className="text-sm text-muted">Loading…</p>;
  if (text.isError) return <p className="text-sm text-danger">Could not load this version: {text.error.message}</p>;
  return (
    <div className="space-y-1">
      <TextPreview text={text.data.text} markdown={isMarkdown(type)} maxHeight="28rem" />
      {text.data.truncated ? (
        <p className="text-xs text-warning">
          Preview cut at {formatBytes(text.data.bytesShown)}; download for the whole version.
        </p>
      ) : null}
    </div>
  );
}
