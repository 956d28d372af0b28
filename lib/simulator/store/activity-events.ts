import { hashedId } from "../data/ids";
import { rngFor } from "../data/prng";
import { DAY, HOUR, MINUTE, SECOND } from "../data/time";
import { adminKeyActor, apiActor, scimActor, unauthenticatedActor, userActor } from "./actors";
import { uploadsOf } from "./attachments";
import type { Ctx } from "./context";
import type { UserRow } from "./directory";
import { docDesc, projectFileDesc } from "./projects";
import type { Json, Rec } from "./types";

/**
 * Every activity except the one-per-chat `claude_chat_created` (computed lazily from the chat index,
 * see activities.ts). Consistent with the data: uploads, projects, soft deletes, joins and group syncs.
 */

export interface EventDraft {
  ms: number;
  key: string;
  rec: Rec;
}

export const ORG_API_KEY_IDS = ["apikey_01westeroscompliance", "apikey_01essoscompliance"] as const;
export const ADMIN_KEY_ID = "apikey_01westerosadmin0001";

export function buildEvents(ctx: Ctx): EventDraft[] {
  const out: EventDraft[] = [];
  const { dir, world } = ctx;
  const orgFields = (org: number | null): Rec =>
    org === null
      ? { organization_id: null, organization_uuid: null }
      : { organization_id: dir.orgs[org].tagged, organization_uuid: dir.orgs[org].uuid };
  const add = (
    ms: number,
    key: string,
    type: string,
    org: number | null,
    actor: Rec,
    fields: Record<string, Json> = {},
  ) => out.push({ ms, key, rec: { type, ...orgFields(org), actor, ...fields } });
  const admin = (org: number) =>
    dir.users.find((u) => u.org === org && ["primary_owner", "owner", "admin"].includes(u.role)) ?? dir.users[0];

  for (const g of ctx.plan.contentChats()) {
    const meta = ctx.plan.meta(g);
    const chatId = ctx.codecs.chat.make(g);
    const project: Rec = meta.project === null ? {} : { claude_project_id: ctx.codecs.project.make(meta.project) };
    for (let j = 0; j < Math.min(meta.messageCount, 6); j++) {
      for (const f of uploadsOf(ctx, meta, j)) {
        add(f.createdMs, `upload:${f.id}`, "claude_file_uploaded", meta.org, userActor(dir.users[meta.user]), {
          claude_file_id: f.id,
          filename: f.filename,
          claude_chat_id: chatId,
          ...project,
        });
      }
    }
  }
  for (const g of ctx.plan.softDeleted()) {
    const meta = ctx.plan.meta(g);
    const project: Rec = meta.project === null ? {} : { claude_project_id: ctx.codecs.project.make(meta.project) };
    add(
      meta.deletedMs ?? meta.updatedMs,
      `softdel:${g}`,
      "claude_chat_deleted",
      meta.org,
      userActor(dir.users[meta.user]),
      {
        claude_chat_id: ctx.codecs.chat.make(g),
        ...project,
      },
    );
  }
  for (const m of ctx.projects) {
    const owner = userActor(dir.users[m.owner]);
    const projectId = ctx.codecs.project.make(m.p);
    add(m.createdMs, `project:${m.p}`, "claude_project_created", m.org, owner, { claude_project_id: projectId });
    for (let k = 0; k < m.fileCount; k++) {
      const f = projectFileDesc(ctx, m, k);
      add(f.createdMs, `pfile:${f.id}`, "claude_file_uploaded", m.org, owner, {
        claude_file_id: f.id,
        filename: f.filename,
        claude_project_id: projectId,
      });
    }
    for (let k = 0; k < m.docCount; k++) {
      const d = docDesc(ctx, m, k);
      add(d.createdMs, `doc:${d.id}`, "claude_project_document_uploaded", m.org, owner, {
        claude_project_id: projectId,
        claude_project_document_id: d.id,
        filename: d.filename,
      });
    }
    if (m.deletedMs !== null)
      add(m.deletedMs, `projdel:${m.p}`, "claude_project_deleted", m.org, owner, { claude_project_id: projectId });
  }
  const loginUsers = world.profile === "demo" ? dir.users : dir.users.slice(0, 300);
  for (const u of loginUsers) logins(ctx, u, add);
  for (const u of dir.users) {
    if (u.createdMs < world.startMs) continue; // joined during the window: invite, acceptance, SCIM provisioning
    const boss = admin(u.org);
    add(u.createdMs - 2 * DAY, `invite:${u.id}`, "org_user_invite_sent", u.org, userActor(boss), {
      invited_email: u.email,
      organization_role: u.role,
    });
    add(u.createdMs, `accept:${u.id}`, "org_user_invite_accepted", u.org, userActor(u), {
      user_id: u.id,
      invited_email: u.email,
    });
    add(
      u.createdMs + MINUTE,
      `scim:${u.id}`,
      "scim_user_created",
      u.org,
      scimActor(u.org, hashedId("event_", world.seed, `scim:${u.id}`)),
      { user_id: u.id },
    );
  }
  for (let i = 0; i < 6; i++) {
    const u = dir.users[(i * 7 + 3) % dir.users.length];
    const role = dir.roles.filter((r) => r.org === u.org)[i % 2];
    add(world.startMs + (5 + i * 13) * DAY, `role:${i}`, "rbac_role_assigned", u.org, userActor(admin(u.org)), {
      user_id: u.id,
      rbac_role_id: role?.id ?? null,
    });
    const synced = dir.users[(i * 11 + 5) % dir.users.length];
    add(
      world.startMs + (3 + i * 14) * DAY + HOUR,
      `scimupd:${i}`,
      "scim_user_updated",
      synced.org,
      scimActor(synced.org, hashedId("event_", world.seed, `scimupd:${i}`)),
      { user_id: synced.id },
    );
  }
  ORG_API_KEY_IDS.forEach((keyId, org) =>
    add(world.startMs + (1 + org) * DAY, `apikey:${org}`, "api_key_created", org, userActor(admin(org)), {
      api_key_id: keyId,
      name: "Compliance export",
    }),
  );
  add(world.startMs + 2 * DAY + HOUR, "adminkey", "admin_api_key_created", 0, adminKeyActor(ADMIN_KEY_ID), {
    admin_api_key_id: `${ADMIN_KEY_ID}b`,
    name: "Directory automation",
  });
  for (let i = 0; i < 5; i++) {
    add(
      world.startMs + (20 + i * 12) * DAY,
      `capi:${i}`,
      "compliance_api_accessed",
      null,
      apiActor(ORG_API_KEY_IDS[0]),
      {
        request_id: hashedId("req_", world.seed, `capi:${i}`),
        request_method: i === 4 ? "DELETE" : "GET",
        status_code: i === 3 ? 404 : 200,
        url:
          i === 4
            ? "https://api.anthropic.com/v1/compliance/apps/chats/claude_chat_0000"
            : "https://api.anthropic.com/v1/compliance/activities?limit=100",
      },
    );
  }
  // Unknowns the console must pass through: an undocumented actor type and an activity type not in the enum.
  const someone = dir.users[3 % dir.users.length];
  add(
    world.startMs + 33 * DAY,
    "unknown-actor",
    "claude_chat_viewed",
    someone.org,
    { type: "raven_courier_actor", courier_id: "raven_17", ip_address: null },
    { claude_chat_id: ctx.codecs.chat.make(0) },
  );
  add(world.startMs + 47 * DAY, "unknown-type", "raven_message_dispatched", someone.org, userActor(someone), {
    raven_count: 3,
    destination: "Castle Black",
  });
  add(
    world.startMs + 50 * DAY,
    "system",
    "org_data_export_completed",
    0,
    { type: "system_actor", service: "data-export" },
    {},
  );
  add(
    world.startMs + 51 * DAY,
    "anthropic",
    "org_user_viewed",
    0,
    { type: "anthropic_actor", email_address: null },
    { user_id: dir.users[0].id },
  );
  return out.filter((e) => e.ms >= world.startMs - 30 * DAY && e.ms <= world.nowMs);
}

function logins(
  ctx: Ctx,
  u: UserRow,
  add: (ms: number, key: string, type: string, org: number | null, actor: Rec, fields?: Record<string, Json>) => void,
): void {
  const r = rngFor(ctx.world.seed, "logins", u.index);
  const every = ctx.world.profile === "demo" ? 2 * DAY : 15 * DAY;
  for (
    let t = Math.max(ctx.world.startMs, u.createdMs) + r.int(every);
    t < ctx.world.nowMs - HOUR;
    t += every + r.int(2 * DAY)
  ) {
    add(t, `sso-init:${u.id}:${t}`, "sso_login_initiated", null, unauthenticatedActor(u));
    add(t + 4 * SECOND, `sso-ok:${u.id}:${t}`, "sso_login_succeeded", null, userActor(u));
    if (r.chance(0.3)) add(t + 8 * HOUR, `logout:${u.id}:${t}`, "user_logged_out", null, userActor(u));
  }
}

export const eventId = (seed: number, key: string) => hashedId("activity_", seed, key);
