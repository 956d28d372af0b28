import "server-only";
import { z } from "zod";
import { cursorPage, UpstreamTimestamp } from "./common";

/** Actor variants documented in §6.2; any other `type` passes through untouched. */
export const KNOWN_ACTOR_TYPES = [
  "user_actor",
  "api_actor",
  "admin_api_key_actor",
  "unauthenticated_user_actor",
  "anthropic_actor",
  "system_actor",
  "scim_directory_sync_actor",
  "service_account_actor",
  "federated_identity_actor",
  "federated_actor",
  "attested_device_actor",
] as const;

export const UpstreamActor = z.looseObject({ type: z.string() });
export type UpstreamActor = z.infer<typeof UpstreamActor>;

/** Six common fields; everything type-specific (≈483 types, §6.4) stays as extra keys. */
export const UpstreamActivity = z.looseObject({
  id: z.string(),
  created_at: UpstreamTimestamp,
  /** Open set: new activity types appear without notice. */
  type: z.string(),
  organization_id: z.string().nullish(),
  organization_uuid: z.string().nullish(),
  actor: UpstreamActor,
});
export type UpstreamActivity = z.infer<typeof UpstreamActivity>;

export const UpstreamActivityPage = cursorPage(UpstreamActivity);
export type UpstreamActivityPage = z.infer<typeof UpstreamActivityPage>;
