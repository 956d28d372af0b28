import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { DownloadDigestDto, DownloadDigestsDto } from "@/lib/schemas/investigate";
import type { AuditAction } from "@/lib/schemas/audit";
import type { Db } from "../db/types";
import { auditEntries } from "../db/schema";

const DOWNLOAD_ACTIONS: AuditAction[] = ["file.download", "artifact.download", "document.download"];
/** The part of a `completed` download entry this reads (written by streamDownload); anything else is skipped. */
const CompletedDetails = z.object({
  stage: z.literal("completed"),
  bytes: z.number().int().min(0),
  md5: z.string().regex(/^[0-9a-f]{32}$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * The SHA-256 (with MD5 and length) Custody computed the last time a download of each object completed, read from
 * the audit trail where streamDownload records it. Only the digest and its time are returned, never who downloaded or
 * why: the entries themselves stay for auditors. Objects never downloaded through Custody are simply absent.
 */
export async function getDownloadDigests({ db, input }: OperationCall<{ ids: string[] }>): Promise<DownloadDigestsDto> {
  const found = await Promise.all(input.ids.map((id) => latestDigest(db, id)));
  return { items: found.filter((d): d is DownloadDigestDto => d !== null) };
}

async function latestDigest(db: Db, id: string): Promise<DownloadDigestDto | null> {
  const rows = await db
    .select({ details: auditEntries.details, at: auditEntries.at })
    .from(auditEntries)
    .where(
      and(
        inArray(auditEntries.action, DOWNLOAD_ACTIONS),
        eq(auditEntries.outcome, "success"),
        // jsonb containment on both columns: the GIN index finds the target, the stage narrows it.
        sql`${auditEntries.targets} @> ${JSON.stringify([{ id }])}::jsonb`,
        sql`${auditEntries.details} @> ${JSON.stringify({ stage: "completed" })}::jsonb`,
      ),
    )
    .orderBy(desc(auditEntries.seq))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const details = CompletedDetails.safeParse(row.details);
  if (!details.success) return null;
  const { bytes, md5, sha256 } = details.data;
  return { id, bytes, md5, sha256, at: row.at.toISOString() };
}
