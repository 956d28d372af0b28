import { BIG_FILE_OWNER, PREFERRED_CUSTODIANS } from "../data/people";
import { DAY } from "../data/time";
import { uploadsOf } from "./attachments";
import { HEAVY_USERS } from "./large-plan";
import type { Ctx } from "./context";
import { demoLandmarkIndices } from "./demo-plan";

/** Named records tests, benches and the demo look for (see SimStore.landmarks). */
export function computeLandmarks(ctx: Ctx): Record<string, string | string[]> {
  const { codecs, plan, dir, world } = ctx;
  if (world.profile === "large") {
    return {
      demo_custodians: dir.users.slice(0, HEAVY_USERS).map((u) => u.id),
      sample_chat: codecs.chat.make(Math.floor(plan.size / 2)),
      project_with_chats: codecs.project.make(firstProjectWithChats(ctx)),
    };
  }
  const marks = demoLandmarkIndices(plan.size);
  const bigFile = uploadsOf(ctx, plan.meta(marks.bigFile), 0)[0];
  const hostileFiles = marks.hostile.flatMap((g) => uploadsOf(ctx, plan.meta(g), 0).map((f) => f.id));
  const hostileProject = ctx.projects.find((p) => p.hostile);
  // Custodians: users with chats and uploads in the last 30 days, never the big-file owner; preferred names first.
  const recentUploaders = new Set<number>();
  for (let g = 0; g < plan.size; g++) {
    const meta = plan.meta(g);
    if (meta.createdMs < world.nowMs - 30 * DAY || meta.deletedMs !== null) continue;
    if (uploadsOf(ctx, meta, 0).length > 0) recentUploaders.add(meta.user);
  }
  const local = (u: number) => dir.users[u].email.split("@")[0];
  const eligible = [...recentUploaders].filter((u) => local(u) !== BIG_FILE_OWNER);
  const rank = (u: number) => {
    const k = PREFERRED_CUSTODIANS.findIndex((name) => name === local(u));
    return k < 0 ? PREFERRED_CUSTODIANS.length + u : k;
  };
  eligible.sort((a, b) => rank(a) - rank(b));
  return {
    long_chat: codecs.chat.make(marks.long),
    big_file: bigFile.id,
    big_file_chat: codecs.chat.make(marks.bigFile),
    tool_chat: codecs.chat.make(marks.tool),
    soft_deleted_chat: codecs.chat.make(marks.softDeleted),
    hostile_chats: marks.hostile.map((g) => codecs.chat.make(g)),
    hostile_files: hostileFiles,
    huge_message_chat: codecs.chat.make(marks.hostile[2]),
    hostile_project: hostileProject ? codecs.project.make(hostileProject.p) : "",
    project_with_chats: codecs.project.make(firstProjectWithChats(ctx)),
    project_without_chats: codecs.project.make(ctx.projects.length - 1),
    demo_custodians: eligible.map((u) => dir.users[u].id),
  };
}

function firstProjectWithChats(ctx: Ctx): number {
  const p = ctx.projects.findIndex((m) => m.deletedMs === null && ctx.plan.ofProject(m.p).length > 0);
  return Math.max(0, p);
}
