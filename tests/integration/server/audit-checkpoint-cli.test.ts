import { execFile } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { recordAudit } from "@/lib/server/audit/append-audit";
import { createDb } from "@/lib/server/db/create-db";

// Issue 10, signed checkpoints (acceptance 3): `npm run audit:checkpoint` and `npm run audit:verify` as a shell user
// runs them, on a PGlite data folder; and the key file made once when several processes start together.

const ROOT = path.resolve(__dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
type Run = { code: number; stdout: string; stderr: string };

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ["--conditions=react-server", ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: "", CUSTODY_DEMO: "", ...env }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Three entries in a fresh data folder, written in-process (the CLIs then open the folder themselves). */
async function seedEntries(dataDir: string) {
  const handle = await createDb({ dataDir });
  try {
    for (let i = 0; i < 3; i++) {
      await recordAudit({ actor: { id: "cli:test", email: null, roles: [] }, action: "audit.view" }, { db: handle.db });
    }
  } finally {
    await handle.close();
  }
}

describe("audit:checkpoint and audit:verify CLIs", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "custody-cp-cli-"));
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  it("signs the head into <data dir>/audit-checkpoints, then exits 1 naming the checkpoint a truncation contradicts", async () => {
    await seedEntries(dataDir);
    const env = { CUSTODY_DATA_DIR: dataDir };
    const made = await run(["lib/cli/audit-checkpoint.ts"], env);
    expect(made).toMatchObject({ code: 0 });
    const file = path.join(dataDir, "audit-checkpoints", "seq-000000000003.json");
    expect(made.stdout).toContain(`Checkpoint written: seq 3`);
    expect(made.stdout).toContain(file);
    expect(statSync(path.join(dataDir, "keys", "signing-ed25519.pem")).mode & 0o777).toBe(0o600);

    const ok = await run(["lib/cli/audit-verify.ts"], env);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toMatch(/OK: 3 entries verified; 1 signed checkpoints agree, latest at seq 3/);

    const handle = await createDb({ dataDir });
    try {
      await handle.db.execute(sql.raw("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update_delete"));
      await handle.db.execute(sql.raw("DELETE FROM audit_entries WHERE seq = 3"));
    } finally {
      await handle.close();
    }
    const cut = await run(["lib/cli/audit-verify.ts"], env);
    expect(cut.code).toBe(1);
    expect(cut.stdout).toMatch(
      /CHECKPOINT TRUNCATED: truncated: the chain ends at seq 2, but checkpoint seq-000000000003\.json \(seq 3, signed \d{4}-\d\d-\d\dT[\d:.]+Z\)/,
    );
    expect(`${cut.stdout}${cut.stderr}`).not.toMatch(/PRIVATE KEY/);
  }, 180_000); // five PGlite opens with migrations, three of them in child processes

  it("makes one key when several processes start at once", async () => {
    const keysDir = path.join(dataDir, "race-keys");
    const script = `import { loadSigningKey } from "./lib/server/signing/signing-key.ts";
      console.log(loadSigningKey({ keysDir: ${JSON.stringify(keysDir)} }).keyId);`;
    const runs = await Promise.all(Array.from({ length: 4 }, () => run(["-e", script])));
    const ids = runs.map((r) => r.stdout.trim());
    expect(ids[0]).toMatch(/^ed25519:[0-9a-f]{16}$/);
    expect(new Set(ids)).toEqual(new Set([ids[0]]));
    expect(readdirSync(keysDir)).toEqual(["signing-ed25519.pem"]);
  });
});
