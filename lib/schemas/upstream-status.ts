import { z } from "zod";

/** What the home page shows about the Compliance API the console is pointed at. */
export const KeyProbeDto = z.object({
  /** Which configured key this row describes. */
  key: z.enum(["compliance_access_key", "admin"]),
  configured: z.boolean(),
  /** Result of the probe calls made with this key. */
  ok: z.boolean(),
  /** Scopes known to be granted (from successful calls or a 403's `Got: [...]`). */
  scopes: z.array(z.string()),
  /** Endpoint groups this key could read, e.g. "activities", "directory", "user data". */
  reachable: z.array(z.string()),
  /** Upstream error type/message (never contains the key) if the probe failed. */
  error: z.string().nullable(),
});
export type KeyProbeDto = z.infer<typeof KeyProbeDto>;

export const RateLimitSnapshotDto = z.object({
  limit: z.number().nullable(),
  remaining: z.number().nullable(),
  resetAt: z.string().nullable(),
  observedAt: z.string(),
});
export type RateLimitSnapshotDto = z.infer<typeof RateLimitSnapshotDto>;

export const UpstreamStatusDto = z.object({
  /** Base URL with any credentials stripped. */
  baseUrl: z.string(),
  /** true when the base URL is the bundled simulator (demo / tests). */
  isSimulator: z.boolean(),
  reachable: z.boolean(),
  latencyMs: z.number().nullable(),
  checkedAt: z.string(),
  keys: z.array(KeyProbeDto),
  rateLimit: RateLimitSnapshotDto.nullable(),
  /** Organizations visible to the access key, if it may list them. */
  organizations: z.array(z.object({ uuid: z.string(), name: z.string() })),
  error: z.string().nullable(),
});
export type UpstreamStatusDto = z.infer<typeof UpstreamStatusDto>;
