import { artifactOf, generatedOf, uploadsOf } from "./attachments";
import type { Ctx } from "./context";
import { docDesc, projectFileDesc } from "./projects";

/** Counts the views already know (they own the per-profile sizes and their own deletions). */
interface ViewCounts {
  activities: number;
  codeArtifacts: number;
  localSessions: number;
  remoteSessions: number;
}

/** Live record counts (after hard deletions), for tests and benches. */
export function countTotals(ctx: Ctx, extra: ViewCounts): Record<string, number> {
  const { plan, deleted, projects, dir } = ctx;
  let messages = plan.totalMessages;
  for (const g of deleted.chats) messages -= plan.meta(g).messageCount;
  let files = 0;
  let generated = 0;
  let artifactVersions = 0;
  for (const g of plan.contentChats()) {
    if (deleted.chats.has(g)) continue;
    const meta = plan.meta(g);
    for (let j = 0; j < Math.min(meta.messageCount, 8); j++) {
      files += uploadsOf(ctx, meta, j).filter((f) => !deleted.files.has(f.id)).length;
      generated += generatedOf(ctx, meta, j).length;
      if (artifactOf(ctx, meta, j)) artifactVersions++;
    }
  }
  let documents = 0;
  let liveProjects = 0;
  for (const m of projects) {
    if (deleted.projects.has(m.p)) continue;
    liveProjects++;
    for (let k = 0; k < m.fileCount; k++) if (!deleted.files.has(projectFileDesc(ctx, m, k).id)) files++;
    for (let k = 0; k < m.docCount; k++) if (!deleted.docs.has(docDesc(ctx, m, k).id)) documents++;
  }
  return {
    organizations: dir.orgs.length,
    users: dir.users.filter((u) => !u.removed).length,
    roles: dir.roles.length,
    groups: dir.groups.length,
    chats: plan.size - deleted.chats.size,
    messages,
    files,
    generated_files: generated,
    artifact_versions: artifactVersions,
    projects: liveProjects,
    documents,
    local_sessions: extra.localSessions,
    remote_sessions: extra.remoteSessions,
    code_artifacts: extra.codeArtifacts,
    activities: extra.activities,
  };
}
