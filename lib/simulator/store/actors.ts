import type { UserRow } from "./directory";
import type { Rec } from "./types";

/** Actor variants (reference §6.2). */

const AGENTS = [
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0 Safari/537.36",
  "Claude/1.9.2 (Macintosh; Darwin 24.6.0)",
  "claude-cli/2.1.4 (external, cli)",
];

export const ipOf = (u: UserRow) => `10.${u.org}.${(u.index >> 8) & 255}.${u.index & 255}`;
export const agentOf = (u: UserRow) => AGENTS[u.index % AGENTS.length];

export function userActor(u: UserRow): Rec {
  return { type: "user_actor", user_id: u.id, email_address: u.email, ip_address: ipOf(u), user_agent: agentOf(u) };
}

export function unauthenticatedActor(u: UserRow): Rec {
  return {
    type: "unauthenticated_user_actor",
    unauthenticated_email_address: u.email,
    ip_address: ipOf(u),
    user_agent: agentOf(u),
  };
}

export function scimActor(org: number, eventId: string): Rec {
  return {
    type: "scim_directory_sync_actor",
    workos_event_id: eventId,
    directory_id: org === 0 ? "directory_01westerosokta" : "directory_01essosazure",
    idp_connection_type: org === 0 ? "OktaSCIMV2" : "AzureSCIMV2",
  };
}

export const apiActor = (apiKeyId: string): Rec => ({
  type: "api_actor",
  api_key_id: apiKeyId,
  ip_address: "203.0.113.10",
  user_agent: "custody/0.1 node",
});
export const adminKeyActor = (keyId: string): Rec => ({
  type: "admin_api_key_actor",
  admin_api_key_id: keyId,
  ip_address: "203.0.113.11",
  user_agent: "curl/8.9.1",
});
