"use client";

import { useQuery } from "@tanstack/react-query";
import { downloadDigestQuery } from "@/lib/queries/downloads";
import { formatBytes } from "@/components/ui/format-time";
import { CopyButton } from "@/components/ui/copy-button";

type Props = {
  /** The id the download is audited under (file, generated file, artifact version, document, code artifact version). */
  digestId: string;
  /** What the Compliance API says before the download; null when it does not say. */
  sizeBytes: number | null;
  md5: string | null;
  /** Why the API gives no size or MD5 for this kind of object, when it never does. */
  notProvided?: string;
};

/**
 * "size · md5 · sha256" of one downloadable object, each hash copyable. Size and MD5 are the Compliance API's, shown
 * before the download; the SHA-256 (and, when the API gives none, the size and MD5) are what Custody measured of the
 * bytes of the last download that completed through it. Nothing is shown that neither of them said.
 */
export function IntegrityLine({ digestId, sizeBytes, md5, notProvided }: Props) {
  const digest = useQuery(downloadDigestQuery(digestId)).data ?? null;
  const size = sizeBytes ?? digest?.bytes ?? null;
  const shownMd5 = md5 ?? digest?.md5 ?? null;
  const measured = digest
    ? `measured by Custody at the download of ${digest.at.slice(0, 16).replace("T", " ")} UTC`
    : "";
  return (
    <span
      className="inline-flex flex-wrap items-center gap-x-1.5 gap-y-0.5 text-xs text-muted"
      data-testid="integrity"
      data-md5={shownMd5 ?? ""}
      data-sha256={digest?.sha256 ?? ""}
    >
      {size === null && shownMd5 === null && notProvided ? (
        <span>{notProvided}</span>
      ) : (
        <>
          <span title={sizeBytes === null && digest ? measured : undefined}>
            {size === null ? "size not provided by the API" : formatBytes(size)}
          </span>
          <span aria-hidden="true">·</span>
          {shownMd5 ? (
            <Hash label="md5" value={shownMd5} note={md5 ? "from the Compliance API" : measured} />
          ) : (
            <span>md5 not provided by the API</span>
          )}
        </>
      )}
      <span aria-hidden="true">·</span>
      {digest ? (
        <Hash label="sha256" value={digest.sha256} note={measured} short />
      ) : (
        <span title="Custody computes the SHA-256 of the bytes as it streams a download">sha256 after download</span>
      )}
    </span>
  );
}

function Hash({ label, value, note, short }: { label: string; value: string; note: string; short?: boolean }) {
  const shown = short ? `${value.slice(0, 12)}…${value.slice(-8)}` : value;
  return (
    <span className="inline-flex items-center gap-1" title={`${label} ${value}${note ? ` (${note})` : ""}`}>
      <span>{label}</span>
      <span className="font-mono break-all text-fg/80">{shown}</span>
      <CopyButton
        value={value}
        label="Copy"
        ariaLabel={`Copy ${label === "md5" ? "MD5" : "SHA-256"}`}
        className="px-1"
      />
    </span>
  );
}
