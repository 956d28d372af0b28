import { createHash } from "node:crypto";
import type { SimKey } from "./store/types";

/**
 * Demo keys the simulator accepts out of the box (they are printed in the README). They are fixed strings shaped
 * like real ones so prefix checks and redaction in the console are exercised; they unlock nothing outside the
 * simulator.
 */
export const COMPLIANCE_SCOPES = [
  "read:compliance_activities",
  "read:compliance_user_data",
  "read:compliance_org_data",
  "delete:compliance_user_data",
] as const;

export const DEMO_KEYS: SimKey[] = [
  {
    key: "sk-ant-api01-custody-demo-full-eXJtcwpD8svwC8w28a4LrX_SIRRR1Ild-001foLTygsd5mGR-2ugWmePNaWHUn9U-wZOaPAAA",
    type: "compliance_access_key",
    scopes: [...COMPLIANCE_SCOPES],
    name: "Custody demo (full access)",
  },
  {
    key: "sk-ant-admin01-custody-demo-admin-9vYfxQTrAcg1vpH_oKswJ6mWuuswHwhOmxSfxPgI6v0WzQgyw4N8giHj84vjda2F-wbeFwwAA",
    type: "admin",
    scopes: ["read:compliance_activities"],
    name: "Custody demo admin key",
  },
  {
    key: "sk-ant-api01-custody-demo-readonly-9QdqvuWXlwv69XX7v5uFkhYMEqUIBDrHO6MnLBByiyBR6iIIzsVilA8S_J7LOoDU-dFlongAA",
    type: "compliance_access_key",
    scopes: ["read:compliance_activities", "read:compliance_user_data", "read:compliance_org_data"],
    name: "Custody demo (read only)",
  },
  {
    key: "sk-ant-api01-custody-demo-revoked-8XJ_gQ9vG2bJ-PDaNamTzDJNb6P_9aMYrM10Jv2krv6bsrQ4MptpT5p3Sf0H1jXw-_glxdgAA",
    type: "compliance_access_key",
    scopes: [...COMPLIANCE_SCOPES],
    status: "deactivated",
    name: "Custody demo (deactivated)",
  },
  {
    key: "sk-ant-admin01-custody-demo-expired-nmQiU8QeNhX-SHt_Mm88HbEDBc-QNYP8bH4iez5-RmA0SKadwUAS3aM0opmOBFpp-2tNjbAAA",
    type: "admin",
    scopes: ["read:compliance_activities"],
    status: "expired",
    name: "Custody demo admin key (expired)",
  },
];

/** Prefixes the Compliance API recognises (reference §2.1); anything else is answered as if unauthenticated. */
export const COMPLIANCE_KEY_PREFIXES = ["sk-ant-api01-", "sk-ant-admin01-"] as const;

/**
 * A stable, non-reversible id for a key, as `api_actor.api_key_id` in the activity feed. The key itself must
 * never appear in any record.
 */
export function apiKeyId(key: string): string {
  return `apikey_01${createHash("sha256").update(key).digest("hex").slice(0, 22)}`;
}
