import type { Role } from "./auth";

// Shared with the browser (the navigation and "not allowed" pages name capabilities, typed end to end); which role
// grants what is decided here and enforced only on the server (lib/server/auth/roles.ts, withRoute, page access).

/**
 * What each role may do. Routes ask for a capability, never a role, so the rules live in this one table
 * (and the README shows it verbatim via roleMatrixMarkdown()).
 */
export const CAPABILITIES = {
  "custodian:read": {
    roles: ["analyst", "legal"],
    label: "Search custodians; read transcripts, files, artifacts, projects, sessions",
  },
  "content:download": { roles: ["analyst", "legal"], label: "Download attachments and documents" },
  "activity:read": { roles: ["analyst", "legal"], label: "Read the activity feed" },
  "case:manage": { roles: ["legal"], label: "Create and update cases" },
  "export:create": { roles: ["legal"], label: "Create and download evidence exports" },
  "directory:read": { roles: ["admin"], label: "Review the organisation directory" },
  "users:manage": { roles: ["admin"], label: "Manage console users and their roles" },
  "settings:manage": { roles: ["admin"], label: "Configure SIEM forwarding and settings" },
  "deletion:request": { roles: ["admin"], label: "Request deletion of chats and files" },
  "audit:read": { roles: ["auditor"], label: "Read and export the audit trail (read-only)" },
} as const satisfies Record<string, { roles: readonly Role[]; label: string }>;

export type Capability = keyof typeof CAPABILITIES;
export const CAPABILITY_NAMES = Object.keys(CAPABILITIES) as Capability[];

export const isCapability = (value: string): value is Capability => Object.hasOwn(CAPABILITIES, value);
