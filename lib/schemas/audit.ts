import { z } from "zod";
import { BoundedDate } from "./date-bounds";
import { PlainText } from "./plain-text";
import { Role } from "./auth";

/**
 * Every auditable action, `entity.verb`. Stored as text; adding a value needs no migration,
 * but renaming one would orphan old entries, so values are never renamed.
 */
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  /** A session refused for idleness or past its absolute lifetime (issue 10 §1); written once per session. */
  "auth.session_expired",
  "purpose.declare",
  "user.create",
  "user.disable",
  "user.role_change",
  /** An admin ended every open session of a user (`details.count`). */
  "user.sessions_ended",
  /** An admin cleared the password sign-in delay of an account (issue 10 §4). */
  "user.sign_in_unlock",
  /** Per-user route limit refusals (429), one aggregate entry per user and window with the count (issue 10 §8). */
  "route.rate_limited",
  "custodian.search",
  "chat.list",
  "chat.view",
  "file.view",
  "file.download",
  /** An image shown inline in the console (a project attachment's preview): the bytes were displayed, not saved. */
  "file.preview",
  "artifact.view",
  "artifact.download",
  "project.list",
  "project.view",
  "document.view",
  "document.download",
  "session.list",
  "session.view",
  "code_artifact.list",
  "activity.search",
  "directory.view",
  "audit.view",
  "audit.export",
  "case.create",
  "case.update",
  "export.create",
  "export.download",
  "deletion.request",
  "deletion.execute",
  "settings.update",
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditOutcome = z.enum(["success", "denied", "failure"]);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

export const AUDIT_TARGET_TYPES = [
  "user",
  "custodian",
  "organization",
  "chat",
  "file",
  "artifact",
  "project",
  "document",
  "session",
  "activity",
  "case",
  "export",
  "deletion",
  "setting",
  "audit_entry",
] as const;
export const AuditTargetType = z.enum(AUDIT_TARGET_TYPES);

export const AUDIT_TARGET_LABEL_MAX = 200;

/**
 * A target's human name (chat name, file name, project name, user or custodian email), recorded by the verb that
 * had it at hand when it wrote the entry. Names come from custodians, so they are clipped and stripped of control
 * characters and lone surrogates (jsonb refuses NUL and unpaired surrogates) rather than failing the audited read.
 */
export const AuditTargetLabel = z.string().transform((v) =>
  Array.from(v.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").replace(/\p{Cs}/gu, "\ufffd"))
    .slice(0, AUDIT_TARGET_LABEL_MAX)
    .join("")
    .trim(),
);

/**
 * One thing an action touched. Stored as a jsonb array so `targets @> [{"id": …}]` finds entries by id. `label` is
 * optional: entries written before names were recorded (and targets known only by id) have none.
 */
export const AuditTarget = z.object({
  type: AuditTargetType,
  id: z.string().min(1).max(200),
  label: AuditTargetLabel.optional(),
});
export type AuditTarget = z.infer<typeof AuditTarget>;

export const AuditPurpose = z.object({ id: z.string(), reference: z.string(), reason: z.string() });
export type AuditPurpose = z.infer<typeof AuditPurpose>;

/** JSON values only: jsonb round-trips them exactly, which the hash chain depends on. */
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export const JsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number().finite(),
    z.boolean(),
    z.null(),
    z.array(JsonValue),
    z.record(z.string(), JsonValue),
  ]),
);
export const AuditDetails = z.record(z.string(), JsonValue);
export type AuditDetails = z.infer<typeof AuditDetails>;

/** An audit entry as the auditor page and exports show it. */
export const AuditEntryDto = z.object({
  seq: z.number().int(),
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorEmail: z.string().nullable(),
  actorRoles: z.array(Role),
  action: AuditAction,
  targets: z.array(AuditTarget),
  purpose: AuditPurpose.nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  /** Raw X-Forwarded-For, as the client and proxies wrote it: not evidence of the address. */
  forwardedForUntrusted: z.string().nullable().optional(),
  userAgent: z.string().nullable(),
  outcome: AuditOutcome,
  details: AuditDetails,
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntryDto = z.infer<typeof AuditEntryDto>;

const OneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]));

/** Auditor page filters (query string). */
export const AuditQuery = z
  .object({
    /** User id or email, exact match. */
    actor: PlainText.trim().min(1).max(254).optional(),
    action: OneOrMany(AuditAction).optional(),
    /** Any target id (custodian, chat, file, …), exact match. */
    target: PlainText.trim().min(1).max(200).optional(),
    outcome: AuditOutcome.optional(),
    from: BoundedDate.optional(),
    to: BoundedDate.optional(),
    /** Opaque: the `nextCursor` of the previous page. */
    cursor: z
      .string()
      .regex(/^\d{1,18}$/, "Invalid cursor")
      .optional(),
    /**
     * Entries per page, at least: a page that would end inside a group of repeated reads (see audit-group.ts) runs
     * on to the group's end, up to AUDIT_GROUP_EXTENSION_MAX more entries, so the cursor never splits a group.
     */
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "Must not be after `to`", path: ["from"] });
export type AuditQuery = z.input<typeof AuditQuery>;
export type AuditFilter = z.output<typeof AuditQuery>;

/** How far a page may run past `limit` to finish a group. */
export const AUDIT_GROUP_EXTENSION_MAX = 1000;

export const AuditPageDto = z.object({
  entries: z.array(AuditEntryDto),
  nextCursor: z.string().nullable(),
  /** True only when a group was longer than AUDIT_GROUP_EXTENSION_MAX allows: it carries on past `nextCursor`. */
  lastGroupContinues: z.boolean(),
});
export type AuditPageDto = z.infer<typeof AuditPageDto>;
