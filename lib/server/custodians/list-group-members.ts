import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import type { GroupMemberDto, GroupMembersDto } from "@/lib/schemas/investigate";
import { audited } from "@/lib/server/audit/audited";
import { directoryCacheFor } from "../directory-cache/directory-cache";

/**
 * G3 joined with the directory (members carry no name upstream). Audited as `custodian.search` because it reveals
 * who is in the group, with the group id in the details.
 */
export async function listGroupMembers({
  client,
  audit,
  input,
}: OperationCall<{ groupId: string }>): Promise<GroupMembersDto> {
  const directory = directoryCacheFor(client);
  return audited(
    audit,
    {
      action: "custodian.search",
      targets: [],
      details: { groupId: input.groupId },
      after: (r) => ({ details: { matches: r.items.length } }),
    },
    async () => {
      const [members, snap] = await Promise.all([
        client.groups.iterateMembers(input.groupId, { limit: 1000 }).toArray(),
        directory.get(),
      ]);
      const items = members.map((m): GroupMemberDto => {
        const known = snap.byId.get(m.user_id);
        return {
          id: m.user_id,
          email: m.email ?? known?.email ?? null,
          name: known?.name ?? null,
          organizationUuid: known?.organizationUuid ?? null,
          organizationName: known?.organizationName ?? null,
          role: known?.role ?? null,
          inDirectory: known !== undefined,
        };
      });
      return { groupId: input.groupId, items };
    },
  );
}
