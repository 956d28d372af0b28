import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import type { z } from "zod";
import type { ListProjectsQuery, ProjectPageDto } from "@/lib/schemas/investigate";
import { audited, custodianTargets } from "@/lib/server/audit/audited";
import { pageTokenCursor } from "@/lib/server/http/cursor";
import { toProjectSummary } from "./to-project-dto";

export type ListProjectsInput = z.output<typeof ListProjectsQuery>;
const cursor = pageTokenCursor("projects");

/** P1: the custodians' projects created in the window, oldest first. Audited `project.list`. */
export async function listProjects({
  client,
  audit,
  input,
}: OperationCall<ListProjectsInput>): Promise<ProjectPageDto> {
  const page = cursor.read(input.cursor);
  return audited(
    audit,
    {
      action: "project.list",
      targets: custodianTargets(input.user_ids),
      details: { from: input.from, to: input.to },
      after: (r) => ({ details: { count: r.items.length } }),
    },
    async () => {
      const res = await client.projects.list({
        userIds: input.user_ids,
        createdAt: { gte: input.from, lt: input.to },
        limit: input.limit,
        page,
      });
      return { items: res.data.map(toProjectSummary), nextCursor: cursor.next(res.next_page) };
    },
  );
}
