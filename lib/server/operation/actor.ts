import "server-only";
import type { Role } from "@/lib/schemas/auth";
import type { AuditActor } from "../audit/audit-input";
import type { Actor } from "../users/actor";

/**
 * A background job acting for the user who started it: audited as `job:<id>` with the starter's email and roles, so
 * the trail shows both that no person clicked and on whose authority the job ran. A job started by the system (a
 * schedule) has no starter and no roles.
 */
export type JobActor = {
  kind: "job";
  id: `job:${string}`;
  jobId: string;
  startedBy: { id: string; email: string; roles: Role[] } | null;
};

/** The console itself: a shell command (`cli:<os user>`) or start-up work (`system:demo-seed`). No roles. */
export type SystemActor = { kind: "system"; id: `cli:${string}` | `system:${string}` };

/** Whoever an operation runs for: a signed-in user (routes, pages), a background job, or the console itself. */
export type OperationActor = Actor | JobActor | SystemActor;

export function jobActor(jobId: string, startedBy: JobActor["startedBy"] = null): JobActor {
  return { kind: "job", id: `job:${jobId}`, jobId, startedBy };
}

export const isJobActor = (actor: OperationActor): actor is JobActor => actor.kind === "job";

/** The roles an operation may act with: a job holds its starter's, checked again when it runs. */
export function rolesOf(actor: OperationActor): Role[] {
  if (actor.kind === "job") return actor.startedBy?.roles ?? [];
  if (actor.kind === "system") return [];
  return actor.roles;
}

export function auditActorOf(actor: OperationActor): AuditActor {
  if (actor.kind === "job") return { id: actor.id, email: actor.startedBy?.email ?? null, roles: rolesOf(actor) };
  if (actor.kind === "system") return { id: actor.id, email: null, roles: [] };
  return { id: actor.id, email: actor.email, roles: actor.roles };
}
