import "server-only";
import { getComplianceClient, type ComplianceClient } from "@/lib/compliance";
import { directoryCacheFor, type DirectoryCache } from "@/lib/server/directory-cache/directory-cache";

/** What investigation routes reach upstream through; tests inject a client pointed at the simulator. */
export type InvestigateDeps = {
  client: () => ComplianceClient;
  directory: () => DirectoryCache;
};

export function investigateDeps(client: ComplianceClient): InvestigateDeps {
  return { client: () => client, directory: () => directoryCacheFor(client) };
}

/** The process-wide client from the validated env, resolved on first use (not at import, so builds need no env). */
export const defaultInvestigateDeps: InvestigateDeps = {
  client: () => getComplianceClient(),
  directory: () => directoryCacheFor(getComplianceClient()),
};
