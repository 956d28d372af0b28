import { z } from "zod";

/** `GET /_sim/stats` (the simulator's own counters over every /v1/compliance request that arrived). */
export const SimStats = z.object({
  requests_total: z.number(),
  by_endpoint: z.record(z.string(), z.number()),
  by_status: z.record(z.string(), z.number()),
  max_requests_in_any_60s_window: z.number(),
});
export type SimStats = z.infer<typeof SimStats>;

export async function fetchSimStats(baseUrl: string): Promise<SimStats> {
  const response = await fetch(`${baseUrl}/_sim/stats`);
  if (!response.ok) throw new Error(`/_sim/stats answered ${response.status}`);
  return SimStats.parse(await response.json());
}
