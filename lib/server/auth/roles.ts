import "server-only";
import { ROLES, Role } from "@/lib/schemas/auth";
import { CAPABILITIES, CAPABILITY_NAMES, type Capability } from "@/lib/schemas/capabilities";
import type { AuditAction } from "@/lib/schemas/audit";

export { CAPABILITIES, CAPABILITY_NAMES, type Capability } from "@/lib/schemas/capabilities";

export function can(roles: readonly Role[], capability: Capability): boolean {
  const allowed: readonly Role[] = CAPABILITIES[capability].roles;
  return roles.some((role) => allowed.includes(role));
}

export function capabilitiesOf(roles: readonly Role[]): Capability[] {
  return CAPABILITY_NAMES.filter((c) => can(roles, c));
}

/**
 * Refusals of these are written to the audit trail: someone probing for custodian content or the trail
 * itself is what an investigation of the console wants to see. The action names what was attempted.
 */
export const AUDITED_DENIALS: Partial<Record<Capability, AuditAction>> = {
  "custodian:read": "custodian.search",
  "content:download": "file.download",
  "activity:read": "activity.search",
  "export:create": "export.create",
  "directory:read": "directory.view",
  "audit:read": "audit.view",
  "deletion:request": "deletion.request",
};

/** The matrix as a Markdown table (capability rows × role columns) for the README. */
export function roleMatrixMarkdown(): string {
  const header = `| Capability | What it allows | ${ROLES.join(" | ")} |`;
  const rule = `| --- | --- | ${ROLES.map(() => ":---:").join(" | ")} |`;
  const rows = CAPABILITY_NAMES.map((c) => {
    const cells = ROLES.map((role) => (can([role], c) ? "✓" : ""));
    return `| \`${c}\` | ${CAPABILITIES[c].label} | ${cells.join(" | ")} |`;
  });
  return [header, rule, ...rows].join("\n");
}

/** Roles stored as text[] → the ones this build knows; a stale or hand-edited value grants nothing. */
export function knownRoles(values: readonly string[]): Role[] {
  return values.flatMap((v) => {
    const parsed = Role.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}
