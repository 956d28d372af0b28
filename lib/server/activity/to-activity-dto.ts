import "server-only";
import type { UpstreamActivity, UpstreamActor } from "@/lib/compliance";
import { activityAreaLabel, activityAreaOf, type ActivityDto, type JsonRecord } from "@/lib/schemas/investigate";
import { stringOrNull as str, toJsonValue } from "@/lib/server/upstream/json";

/** The six fields every activity has (§6.1); everything else is type-specific and goes to `extra` untouched. */
const COMMON = new Set(["id", "created_at", "type", "organization_id", "organization_uuid", "actor"]);

function fieldsOf(record: Record<string, unknown>, skip: ReadonlySet<string>): JsonRecord {
  const out: JsonRecord = {};
  for (const [k, v] of Object.entries(record)) if (!skip.has(k)) out[k] = toJsonValue(v);
  return out;
}

/** A short human label per documented actor variant (§6.2); unknown variants show their type. */
export function actorLabel(actor: UpstreamActor): string {
  const f: Record<string, unknown> = actor;
  const pick = (...keys: string[]) => keys.map((k) => str(f[k])).find((v) => v !== null && v !== "") ?? null;
  switch (actor.type) {
    case "user_actor":
      return pick("email_address", "user_id") ?? "User";
    case "api_actor":
      return `API key ${pick("api_key_id") ?? "(unknown)"}`;
    case "admin_api_key_actor":
      return `Admin API key ${pick("admin_api_key_id") ?? "(unknown)"}`;
    case "unauthenticated_user_actor":
      return pick("unauthenticated_email_address") ?? "Unauthenticated user";
    case "anthropic_actor":
      return "Anthropic";
    case "system_actor":
      return pick("service") ? `System (${pick("service")})` : "System";
    case "scim_directory_sync_actor":
      return pick("idp_connection_type") ? `SCIM sync (${pick("idp_connection_type")})` : "SCIM sync";
    case "service_account_actor":
      return `Service account ${pick("service_account_id") ?? "(unknown)"}`;
    case "federated_identity_actor":
      return pick("subject", "issuer") ?? "Federated identity";
    case "federated_actor":
      return pick("subject") ?? "Federated identity";
    case "attested_device_actor":
      return `Device ${pick("external_client_id") ?? "(unknown)"}`;
    default:
      return actor.type;
  }
}

export function toActivityDto(a: UpstreamActivity): ActivityDto {
  const extra = fieldsOf(a, COMMON);
  const area = activityAreaOf(a.type);
  const actorFields: Record<string, unknown> = a.actor;
  return {
    id: a.id,
    createdAt: a.created_at,
    type: a.type,
    area,
    areaLabel: activityAreaLabel(area),
    actor: {
      type: a.actor.type,
      label: actorLabel(a.actor),
      userId: a.actor.type === "user_actor" ? str(actorFields.user_id) : null,
      fields: fieldsOf(a.actor, new Set(["type"])),
    },
    organizationUuid: a.organization_uuid ?? null,
    organizationId: a.organization_id ?? null,
    extra,
    links: {
      chatId: str(extra.claude_chat_id),
      fileId: str(extra.claude_file_id),
      projectId: str(extra.claude_project_id),
    },
  };
}
