import "server-only";
import { probeUpstream } from "@/lib/compliance";
import { UpstreamStatusDto } from "@/lib/schemas/upstream-status";

/**
 * The upstream status shown on the home page. The probe never throws for upstream trouble; parsing
 * its result here keeps the page honest if the client's DTO ever drifts from the shared schema.
 */
export async function getUpstreamStatus(): Promise<UpstreamStatusDto> {
  return UpstreamStatusDto.parse(await probeUpstream());
}
