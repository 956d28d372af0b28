import "server-only";
import type { ComplianceClient } from "@/lib/compliance";
import type { CustodianDto } from "@/lib/schemas/investigate";

export type DirectorySnapshot = {
  /** One entry per user id (a user in several linked orgs is listed under the first org O1 returns), sorted by name. */
  entries: CustodianDto[];
  byId: Map<string, CustodianDto>;
  /** org uuid → name, for labels (project collaborators of type organization). */
  organizations: Map<string, string>;
  loadedAt: number;
};

/** O1 then O2 for every linked org (orgs read concurrently within the client's limit). */
export async function loadDirectory(
  client: ComplianceClient,
  now: () => number = Date.now,
): Promise<DirectorySnapshot> {
  const orgs = await client.organizations.iterate({ limit: 1000 }).toArray();
  const perOrg = await client.mapConcurrent(orgs, async (org) => {
    const users = await client.organizations.iterateUsers(org.uuid, { limit: 1000 }).toArray();
    return users.map((u): CustodianDto => ({
      id: u.id,
      name: u.full_name?.trim() || u.email,
      email: u.email,
      organizationUuid: org.uuid,
      organizationName: org.name,
      role: u.organization_role ?? null,
    }));
  });
  const byId = new Map<string, CustodianDto>();
  for (const entry of perOrg.flat()) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  const entries = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
  return { entries, byId, organizations: new Map(orgs.map((o) => [o.uuid, o.name])), loadedAt: now() };
}
