import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, desc, eq } from "drizzle-orm";
import { createDb } from "@/lib/server/db/create-db";
import { auditEntries, authSessions, signInThrottles } from "@/lib/server/db/schema";
import { sessionPolicy } from "@/lib/server/auth-sessions/session-policy";
import { startSession } from "@/lib/server/auth-sessions/start-session";
import { recordThrottleFailure, throttleKeys } from "@/lib/server/auth/sign-in-throttle";
import { verifyPassword } from "@/lib/server/auth/password";
import { findUserByEmail } from "@/lib/server/users/find-user";
import { testDatabaseTargets } from "./support/test-databases";

const ROOT = path.resolve(__dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

type Run = { code: number; stdout: string; stderr: string };

/** Runs a CLI exactly as `npm run users` / `npm run audit:verify` do, in a child process. */
function run(
  script: "users" | "audit-verify",
  args: string[],
  env: Record<string, string>,
  stdin?: string,
): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      TSX,
      ["--conditions=react-server", `lib/cli/${script}.ts`, ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: "", CUSTODY_DEMO: "", ...env }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? "");
  });
}

describe("users and audit:verify CLIs on a PGlite data folder", () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "custody-cli-"));
    env = { CUSTODY_DATA_DIR: dir };
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("adds, lists, re-roles and disables users, each audited as cli:<os user>", async () => {
    const add = await run(
      "users",
      ["add", "Kim@Example.com", "--name", "Kim K", "--role", "legal,analyst", "--password-stdin"],
      env,
      "a strong passphrase\n",
    );
    expect(add).toMatchObject({ code: 0 });
    expect(add.stdout).toMatch(/Created kim@example\.com \(usr_\S+\) with roles analyst, legal/);
    expect(add.stdout).not.toMatch(/Password/);

    const gen = await run("users", ["add", "lee@example.com", "--name", "Lee", "--role", "admin"], env);
    const generated = /Password \(shown once, not stored\): (\S+)/.exec(gen.stdout)?.[1];
    expect(generated).toMatch(/^[\w-]{20}$/);

    expect((await run("users", ["set-role", "kim@example.com", "auditor"], env)).stdout).toMatch(
      /kim@example\.com now has roles auditor/,
    );
    expect((await run("users", ["disable", "kim@example.com"], env)).code).toBe(0);
    const list = await run("users", ["list", "--json"], env);
    expect(JSON.parse(list.stdout)).toMatchObject([
      { email: "kim@example.com", roles: ["auditor"], disabled: true },
      { email: "lee@example.com", roles: ["admin"], disabled: false },
    ]);
    expect(list.stdout).not.toMatch(/scrypt/);

    const bad = await run("users", ["add", "x@example.com", "--name", "X", "--role", "superuser"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown role "superuser"/);
    expect((await run("users", ["frobnicate"], env)).code).toBe(2);
    expect((await run("users", ["disable", "lee@example.com"], env)).stderr).toMatch(/last active admin/);

    const handle = await createDb({ dataDir: dir });
    try {
      const lee = await findUserByEmail(handle.db, "lee@example.com");
      expect(await verifyPassword(generated ?? "", lee?.passwordHash ?? "")).toBe(true);
      const entries = await handle.db.select().from(auditEntries).orderBy(asc(auditEntries.seq));
      expect(entries.map((e) => e.action)).toEqual(["user.create", "user.create", "user.role_change", "user.disable"]);
      expect(new Set(entries.map((e) => e.actorId))).toEqual(new Set([`cli:${userInfo().username}`]));
      // While this process holds the folder, a CLI must refuse rather than corrupt it.
      const locked = await run("users", ["list"], env);
      expect(locked.code).toBe(1);
      expect(locked.stderr).toMatch(/in use by process \d+/);
    } finally {
      await handle.close();
    }
  });

  it("issue 10 §4: users clear-lock clears an account's sign-in delay from every address, audited", async () => {
    const lockDir = await mkdtemp(path.join(tmpdir(), "custody-cli-lock-"));
    const lockEnv = { CUSTODY_DATA_DIR: lockDir };
    try {
      const add = await run("users", ["add", "ned@example.com", "--name", "Ned", "--role", "analyst"], lockEnv);
      expect(add.code).toBe(0);
      const handle = await createDb({ dataDir: lockDir });
      try {
        for (let i = 0; i < 12; i++)
          await recordThrottleFailure(handle.db, throttleKeys("ned@example.com", null), new Date());
      } finally {
        await handle.close();
      }
      const cleared = await run("users", ["clear-lock", "ned@example.com"], lockEnv);
      expect(cleared).toMatchObject({ code: 0 });
      expect(cleared.stdout).toMatch(/Cleared the sign-in delay of ned@example\.com/);
      const after = await createDb({ dataDir: lockDir });
      try {
        expect(await after.db.select().from(signInThrottles)).toEqual([]);
        const [entry] = await after.db
          .select()
          .from(auditEntries)
          .where(eq(auditEntries.action, "user.sign_in_unlock"));
        expect(entry).toMatchObject({ actorId: `cli:${userInfo().username}`, details: { counters: 1 } });
      } finally {
        await after.close();
      }
    } finally {
      await rm(lockDir, { recursive: true, force: true });
    }
  });

  it("audit:verify passes an untouched chain and names the first tampered entry", async () => {
    expect(await run("audit-verify", [], env)).toMatchObject({
      code: 0,
      stdout: "OK: 4 entries verified; 0 signed checkpoints agree\n",
    });

    const handle = await createDb({ dataDir: dir });
    let tamperedId = "";
    try {
      const [third] = await handle.db.select().from(auditEntries).where(eq(auditEntries.seq, 3));
      tamperedId = third.id;
      const { sql } = await import("drizzle-orm");
      await handle.db.execute(sql`ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update_delete`);
      await handle.db.execute(
        sql`UPDATE audit_entries SET details = '{"email":"kim@example.com","from":["analyst","legal"],"to":["legal"]}' WHERE seq = 3`,
      );
    } finally {
      await handle.close();
    }
    const broken = await run("audit-verify", [], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe(
      `BROKEN at entry ${tamperedId} (seq 3): stored hash does not match the entry's contents (entry altered)\n`,
    );
  });
});

describe("users end-sessions (issue 10 §1)", () => {
  it("signs a user out everywhere from a shell, audited as cli:<os user>", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "custody-cli-sessions-"));
    const env = { CUSTODY_DATA_DIR: dir };
    try {
      await run("users", ["add", "mo@example.com", "--name", "Mo", "--role", "analyst"], env);
      let handle = await createDb({ dataDir: dir });
      try {
        const mo = await findUserByEmail(handle.db, "mo@example.com");
        const policy = sessionPolicy(30);
        for (const sessionId of ["ses_cli_a", "ses_cli_b"])
          await startSession(handle.db, { sessionId, userId: mo?.id ?? "", policy });
      } finally {
        await handle.close();
      }
      expect(await run("users", ["end-sessions", "mo@example.com"], env)).toMatchObject({
        code: 0,
        stdout: "Ended 2 sessions of mo@example.com\n",
      });
      expect((await run("users", ["end-sessions", "nobody@example.com"], env)).code).toBe(2);
      handle = await createDb({ dataDir: dir });
      try {
        const rows = await handle.db.select().from(authSessions);
        expect(rows.map((r) => r.endReason)).toEqual(["ended_by_admin", "ended_by_admin"]);
        const [last] = await handle.db.select().from(auditEntries).orderBy(desc(auditEntries.seq)).limit(1);
        expect(last).toMatchObject({ action: "user.sessions_ended", actorId: `cli:${userInfo().username}` });
      } finally {
        await handle.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("demo accounts at start", () => {
  it("are seeded by the process database only when CUSTODY_DEMO=1", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "custody-demo-"));
    try {
      expect((await run("users", ["list"], { CUSTODY_DATA_DIR: dir })).stdout).toMatch(/No users yet/);
      const demo = await run("users", ["list"], { CUSTODY_DATA_DIR: dir, CUSTODY_DEMO: "1" });
      expect(
        demo.stdout
          .trim()
          .split("\n")
          .map((l) => l.split("\t").slice(0, 2)),
      ).toEqual([
        ["admin@westeros.inc", "admin"],
        ["analyst@westeros.inc", "analyst"],
        ["auditor@westeros.inc", "auditor"],
        ["legal@westeros.inc", "legal"],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

const postgres = testDatabaseTargets().find((t) => t.name === "postgres");

describe.skipIf(!postgres)("CLIs against PostgreSQL (DATABASE_URL)", () => {
  it("adds a user and verifies the chain in the same database", async () => {
    const t = await postgres!.open();
    // Its own folder for the signing key and checkpoints, not the checkout's ./.data.
    const dataDir = await mkdtemp(path.join(tmpdir(), "custody-pg-cli-"));
    try {
      const env = { DATABASE_URL: t.url ?? "", CUSTODY_DATA_DIR: dataDir };
      expect((await run("users", ["add", "pg@example.com", "--name", "Pg", "--role", "analyst"], env)).code).toBe(0);
      expect(await run("audit-verify", [], env)).toMatchObject({
        code: 0,
        stdout: "OK: 1 entries verified; 0 signed checkpoints agree\n",
      });
      expect((await findUserByEmail(t.db, "pg@example.com"))?.roles).toEqual(["analyst"]);
    } finally {
      await t.cleanup();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
