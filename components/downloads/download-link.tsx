"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { awaitDigest } from "@/lib/queries/downloads";

/**
 * A link to one of our streamed download routes. The bare `download` attribute lets the route's safe
 * Content-Disposition name the file; on click, the object's IntegrityLine starts looking for the SHA-256 that the
 * finished download records.
 */
export function DownloadLink({
  href,
  digestId,
  className,
  label,
  testId,
  children,
}: {
  href: string;
  digestId: string;
  className: string;
  /** Accessible name when the visible text alone is ambiguous. */
  label?: string;
  testId?: string;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  return (
    <a
      href={href}
      download
      className={className}
      aria-label={label}
      data-testid={testId}
      onClick={() => awaitDigest(queryClient, digestId)}
    >
      {children}
    </a>
  );
}
