import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { UserDto } from "@/lib/schemas/auth";
import { auditEntries, users } from "@/lib/server/db/schema";
import { createUser } from "@/lib/server/users/create-user";
import { disableUser } from "@/lib/server/users/disable-user";
import { listUsers } from "@/lib/server/users/list-users";
import { setUserRoles } from "@/lib/server/users/set-user-roles";
import { verifyPassword } from "@/lib/server/auth/password";
import { verifyAuditChain } from "@/lib/server/audit/verify-chain";
import { testOp } from "@/tests/support/operation";
import { TEST_ACTOR_CTX } from "./support/fixtures";
import { testDatabaseTargets, type TestDatabase } from "./support/test-databases";

const admin = {
  actor: { id: "usr_root", email: "root@example.com", roles: ["admin" as const] },
  requestId: "req_t",
  ip: "10.0.0.1",
  userAgent: "vitest",
};
const adminActor = { id: admin.actor.id, email: admin.actor.email, name: "Root", roles: admin.actor.roles };

describe.each(testDatabaseTargets())("console users on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await target.open();
  });
  afterAll(async () => t?.cleanup());
  const asAdmin = () => testOp({ db: t.db, actor: adminActor, auditContext: admin });
  const asCli = () => testOp({ db: t.db, auditContext: TEST_ACTOR_CTX });

  const auditFor = (userId: string) =>
    t.db
      .select()
      .from(auditEntries)
      .where(sql`${auditEntries.targets} @> ${JSON.stringify([{ type: "user", id: userId }])}::jsonb`)
      .orderBy(asc(auditEntries.seq));

  it("applies the migrations: tables and the append-only triggers exist", async () => {
    const names = async (query: ReturnType<typeof sql>) =>
      z
        .object({ rows: z.array(z.object({ name: z.string() })) })
        .parse(await t.db.execute(query))
        .rows.map((r) => r.name);
    expect(
      await names(
        sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
      ),
    ).toEqual(["access_purposes", "audit_entries", "audit_rollups", "auth_sessions", "sign_in_throttles", "users"]);
    expect(await names(sql`select tgname as name from pg_trigger where not tgisinternal order by 1`)).toEqual([
      "audit_entries_no_truncate",
      "audit_entries_no_update_delete",
    ]);
  });

  it("creates a user with a scrypt hash, lower-cased email, and a user.create entry", async () => {
    const { user, generatedPassword } = await createUser({
      ...asAdmin(),
      input: {
        email: "Dana@Example.COM",
        name: "Dana",
        roles: ["legal", "analyst", "legal"],
        password: "a long enough password",
      },
    });
    expect(generatedPassword).toBeNull();
    expect(user).toMatchObject({
      email: "dana@example.com",
      roles: ["analyst", "legal"],
      authSource: "local",
      disabled: false,
    });
    expect(Object.keys(UserDto.parse(user)).sort()).toEqual(Object.keys(user).sort());
    expect(JSON.stringify(user)).not.toMatch(/scrypt|password/i);

    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("a long enough password", row.passwordHash ?? "")).toBe(true);

    const [entry] = await auditFor(user.id);
    expect(entry).toMatchObject({
      action: "user.create",
      outcome: "success",
      actorId: "usr_root",
      actorEmail: "root@example.com",
      actorRoles: ["admin"],
      requestId: "req_t",
      ip: "10.0.0.1",
      userAgent: "vitest",
      details: { email: "dana@example.com", roles: ["analyst", "legal"], authSource: "local" },
    });
    expect(JSON.stringify(entry)).not.toContain("a long enough password");
  });

  it("generates a password when none is given, and refuses a duplicate email", async () => {
    const { user, generatedPassword } = await createUser({
      ...asAdmin(),
      input: { email: "erin@example.com", name: "Erin", roles: ["auditor"] },
    });
    expect(generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(generatedPassword ?? "", row.passwordHash ?? "")).toBe(true);
    await expect(
      createUser({ ...asAdmin(), input: { email: "ERIN@example.com", name: "Erin 2", roles: ["analyst"] } }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(createUser({ ...asAdmin(), input: { email: "x@example.com", name: "X", roles: [] } })).rejects.toThrow(
      /At least one role/,
    );
  });

  it("changes roles with a user.role_change entry recording both sets, and skips a no-op", async () => {
    const [dana] = (await listUsers({ ...testOp({ db: t.db }), input: undefined })).filter(
      (u) => u.email === "dana@example.com",
    );
    const updated = await setUserRoles({ ...asAdmin(), input: { userId: dana.id, roles: ["auditor"] } });
    expect(updated.roles).toEqual(["auditor"]);
    await setUserRoles({ ...asAdmin(), input: { userId: dana.id, roles: ["auditor"] } });
    const entries = await auditFor(dana.id);
    expect(entries.map((e) => e.action)).toEqual(["user.create", "user.role_change"]);
    expect(entries[1].details).toEqual({ email: "dana@example.com", from: ["analyst", "legal"], to: ["auditor"] });
    await expect(
      setUserRoles({ ...asAdmin(), input: { userId: "usr_missing", roles: ["analyst"] } }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("disables a user once, with a user.disable entry", async () => {
    const [dana] = (await listUsers({ ...testOp({ db: t.db }), input: undefined })).filter(
      (u) => u.email === "dana@example.com",
    );
    const disabled = await disableUser({ ...asAdmin(), input: { userId: dana.id } });
    expect(disabled.disabled).toBe(true);
    expect(disabled.disabledAt).not.toBeNull();
    await disableUser({ ...asAdmin(), input: { userId: dana.id } });
    expect((await auditFor(dana.id)).filter((e) => e.action === "user.disable")).toHaveLength(1);
  });

  it("never leaves the console without an active admin", async () => {
    const { user: a1 } = await createUser({
      ...asCli(),
      input: { email: "a1@example.com", name: "A1", roles: ["admin"] },
    });
    await expect(disableUser({ ...asAdmin(), input: { userId: a1.id } })).rejects.toMatchObject({ code: "conflict" });
    await expect(setUserRoles({ ...asAdmin(), input: { userId: a1.id, roles: ["legal"] } })).rejects.toMatchObject({
      code: "conflict",
    });
    const { user: a2 } = await createUser({
      ...asCli(),
      input: { email: "a2@example.com", name: "A2", roles: ["admin"] },
    });
    await setUserRoles({ ...asAdmin(), input: { userId: a1.id, roles: ["legal"] } });
    await expect(disableUser({ ...asAdmin(), input: { userId: a2.id } })).rejects.toMatchObject({ code: "conflict" });
  });

  it("lists users by email without hashes, and the chain of all these changes verifies", async () => {
    const list = await listUsers({ ...testOp({ db: t.db }), input: undefined });
    expect(list.map((u) => u.email)).toEqual([
      "a1@example.com",
      "a2@example.com",
      "dana@example.com",
      "erin@example.com",
    ]);
    expect(JSON.stringify(list)).not.toMatch(/scrypt/);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
