import "server-only";
import { z } from "zod";
import { pageTokenPage, UpstreamTimestamp, UpstreamUserRef } from "./common";

export const UpstreamCodeArtifact = z.looseObject({
  id: z.string(),
  organization_uuid: z.string().nullish(),
  owner_user_id: z.string().nullish(),
  user: UpstreamUserRef.nullish(),
  /** org | owner | public | users documented; open set. */
  read_mode: z.string().nullish(),
  published_version_id: z.string().nullish(),
  updated_at: UpstreamTimestamp.nullish(),
  versions: z.array(
    z.looseObject({ id: z.string(), name: z.string().nullish(), created_at: UpstreamTimestamp.nullish() }),
  ),
});
export type UpstreamCodeArtifact = z.infer<typeof UpstreamCodeArtifact>;
export const UpstreamCodeArtifactPage = pageTokenPage(UpstreamCodeArtifact);
export type UpstreamCodeArtifactPage = z.infer<typeof UpstreamCodeArtifactPage>;
