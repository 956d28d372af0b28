import "server-only";
import { z } from "zod";
import { nextPageOnlyPage, UpstreamContentBlock, UpstreamTimestamp, UpstreamUserRef } from "./common";

/** `product_surface` values documented in §5.16; new ones appear, so the field is a plain string. */
export const KNOWN_PRODUCT_SURFACES = [
  "cowork",
  "claude_code",
  "claude_science",
  "office_agents",
  "office_agents/excel",
  "office_agents/powerpoint",
  "office_agents/word",
  "office_agents/outlook",
  "claude_in_chrome",
  "cowork_remote",
] as const;

export const UpstreamLocalSession = z.looseObject({
  type: z.string().optional(),
  id: z.string(),
  organization_uuid: z.string().nullish(),
  user: UpstreamUserRef,
  product_surface: z.string().nullish(),
  workspace_id: z.string().nullish(),
  created_at: UpstreamTimestamp,
  updated_at: UpstreamTimestamp.nullish(),
  truncated: z.boolean().optional(),
});
export type UpstreamLocalSession = z.infer<typeof UpstreamLocalSession>;
export const UpstreamLocalSessionPage = nextPageOnlyPage(UpstreamLocalSession);

const Provenance = z.looseObject({ type: z.string() }).nullish();

export const UpstreamLocalSessionMessage = z.looseObject({
  type: z.string().optional(),
  id: z.string(),
  role: z.string(),
  created_at: UpstreamTimestamp,
  model: z.string().nullish(),
  provenance: Provenance,
  content: z.array(UpstreamContentBlock),
});
export type UpstreamLocalSessionMessage = z.infer<typeof UpstreamLocalSessionMessage>;
/** LS3: the session plus one page of messages. */
export const UpstreamLocalSessionMessagePage = nextPageOnlyPage(UpstreamLocalSessionMessage).extend({
  session: UpstreamLocalSession,
});
export type UpstreamLocalSessionMessagePage = z.infer<typeof UpstreamLocalSessionMessagePage>;

export const UpstreamRemoteSession = z.looseObject({
  id: z.string(),
  organization_uuid: z.string().nullish(),
  /** pending | active | paused | archived | failed documented; open set. */
  status: z.string(),
  user: UpstreamUserRef.nullish(),
  agent_id: z.string().nullish(),
  started_by_user: UpstreamUserRef.nullish(),
  product_surface: z.string().nullish(),
  claude_project_id: z.string().nullish(),
  created_at: UpstreamTimestamp,
  updated_at: UpstreamTimestamp.nullish(),
});
export type UpstreamRemoteSession = z.infer<typeof UpstreamRemoteSession>;
export const UpstreamRemoteSessionPage = nextPageOnlyPage(UpstreamRemoteSession);

export const UpstreamRemoteSessionMessage = z.looseObject({
  id: z.string(),
  role: z.string(),
  created_at: UpstreamTimestamp,
  content: z.array(UpstreamContentBlock),
  sent_by_user_id: z.string().nullish(),
  content_unavailable: z.boolean().optional(),
});
export type UpstreamRemoteSessionMessage = z.infer<typeof UpstreamRemoteSessionMessage>;
export const UpstreamRemoteSessionMessagePage = nextPageOnlyPage(UpstreamRemoteSessionMessage).extend({
  session: UpstreamRemoteSession,
});
export type UpstreamRemoteSessionMessagePage = z.infer<typeof UpstreamRemoteSessionMessagePage>;
