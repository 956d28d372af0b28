import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import type { GroupListDto } from "@/lib/schemas/investigate";

/** G1: every group across the hierarchy, by name (organisation data: not custodian content, so not audited). */
export async function listGroups({ client }: OperationCall<undefined>): Promise<GroupListDto> {
  const groups = await client.groups.iterate({ limit: 1000 }).toArray();
  const items = groups.map((g) => ({
    id: g.id,
    name: g.name,
    description: g.description ?? null,
    sourceType: g.source_type ?? null,
  }));
  items.sort((a, b) => a.name.localeCompare(b.name));
  return { items };
}
