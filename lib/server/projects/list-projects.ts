import "server-only";
import type { z } from "zod";
import type { OperationCall } from "@/lib/server/operation/context";
import type { ListProjectsQuery, ProjectListDto } from "@/lib/schemas/investigate";
import { audited, custodianTargets } from "@/lib/server/audit/audited";
import { directoryCacheFor } from "../directory-cache/directory-cache";
import { findCustodianProjects } from "./find-custodian-projects";

export type ListProjectsInput = z.output<typeof ListProjectsQuery>;

/**
 * The projects the custodians own, collaborate on or have chats in during the window, each with why it is listed
 * (find-custodian-projects.ts), and how far the bounded reads looked. Audited `project.list`.
 */
export async function listProjects({
  client,
  audit,
  input,
}: OperationCall<ListProjectsInput>): Promise<ProjectListDto> {
  const directory = directoryCacheFor(client);
  return audited(
    audit,
    {
      action: "project.list",
      targets: custodianTargets(input.user_ids),
      details: { from: input.from, to: input.to },
      after: (r) => ({ details: { count: r.items.length, ...r.coverage } }),
    },
    () => findCustodianProjects(client, directory, input),
  );
}
