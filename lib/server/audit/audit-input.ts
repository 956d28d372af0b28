import "server-only";
import { z } from "zod";
import { Role } from "@/lib/schemas/auth";
import { AuditAction, AuditDetails, AuditOutcome, AuditPurpose, AuditTarget } from "@/lib/schemas/audit";

const Clipped = (max: number) =>
  z
    .string()
    .nullable()
    .default(null)
    // Request headers are attacker-controlled: clip rather than fail the audited action on a long value.
    .transform((v) => (v === null ? null : v.slice(0, max)));

/** Who did it: a signed-in user (`usr_…`), the CLI (`cli:<os user>`), or `anonymous` (failed sign-in). */
export const AuditActor = z.object({
  id: z.string().min(1).max(200),
  email: z.string().max(254).nullable(),
  roles: z.array(Role),
});
export type AuditActor = z.infer<typeof AuditActor>;

/** Request facts stamped on every entry; route handlers get one from withRoute. */
export const AuditContext = z.object({
  actor: AuditActor,
  purpose: AuditPurpose.nullable().default(null),
  requestId: Clipped(100),
  ip: Clipped(100),
  /** Raw X-Forwarded-For, never believed (issue 10 §2); `ip` is what CUSTODY_TRUSTED_PROXIES establishes. */
  forwardedForUntrusted: Clipped(256),
  userAgent: Clipped(256),
});
export type AuditContext = z.input<typeof AuditContext>;

export const AuditInput = AuditContext.extend({
  action: AuditAction,
  outcome: AuditOutcome.default("success"),
  targets: z.array(AuditTarget).max(1000).default([]),
  details: AuditDetails.default({}),
});
export type AuditInput = z.input<typeof AuditInput>;
export type ParsedAuditInput = z.output<typeof AuditInput>;
