import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as activity from "@/lib/server/activity/routes";
import * as chats from "@/lib/server/chats/routes";
import * as codeArtifacts from "@/lib/server/code-artifacts/routes";
import * as custodians from "@/lib/server/custodians/routes";
import * as files from "@/lib/server/files/routes";
import * as projects from "@/lib/server/projects/routes";
import * as sessions from "@/lib/server/sessions/routes";
import { INVESTIGATE_ROUTES } from "@/tests/support/route-matrix/investigate";
import type { RouteDef } from "@/lib/server/http/route-def";
import type { MatrixRole } from "@/tests/support/route-matrix/types";
import { startInvestigation, type Investigation } from "./support/harness";

const DEFS = { ...activity, ...chats, ...codeArtifacts, ...custodians, ...files, ...projects, ...sessions };
type AnyDef = (typeof DEFS)[keyof typeof DEFS];
const ROLES: MatrixRole[] = ["analyst", "legal", "admin", "auditor"];
const OWNED = [
  "custodians",
  "groups",
  "chats",
  "files",
  "generated-files",
  "artifacts",
  "documents",
  "downloads",
  "code-artifacts",
  "projects",
  "sessions",
  "activity",
];

/** The definition a route file mounts, read from its one `withRoute(<definition>)` line. */
function defOf(file: string): { name: string; def: AnyDef } {
  const name = /withRoute\((\w+)\)/.exec(readFileSync(file, "utf8"))?.[1] ?? "";
  const entry = Object.entries(DEFS).find(([key]) => key === name);
  if (!entry) throw new Error(`${file} does not mount a known route definition (${name || "none"})`);
  return { name, def: entry[1] };
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? routeFiles(path) : entry === "route.ts" ? [path] : [];
  });
}

/** `[chatId]` segments of the file matched against the concrete path. */
function paramsOf(file: string, path: string): Record<string, string> {
  const pattern = file
    .replace(/^app/, "")
    .replace(/\/route\.ts$/, "")
    .split("/");
  const actual = new URL(path, "http://x").pathname.split("/");
  return Object.fromEntries(
    pattern.flatMap((seg, i) => (/^\[(\w+)\]$/.test(seg) ? [[seg.slice(1, -1), decodeURIComponent(actual[i])]] : [])),
  );
}

describe("investigation route matrix", () => {
  let t: Investigation;
  beforeAll(async () => {
    t = await startInvestigation();
  });
  afterAll(async () => t?.close());

  it("covers every route file of issue #5 exactly", () => {
    const files = OWNED.flatMap((d) => routeFiles(join("app/api", d))).sort();
    expect([...new Set(INVESTIGATE_ROUTES.map((r) => r.file))].sort()).toEqual(files);
  });

  it.each(INVESTIGATE_ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    "%s: roles and purpose as declared",
    async (_label, route) => {
      const { def } = defOf(route.file);
      // INVESTIGATE_ROUTES uses placeholder ids, so every path here is a plain string.
      if (typeof route.path !== "string") throw new Error(`${route.file}: expected a literal path`);
      const path = route.path;
      // The union of every route's definition has no common generic instance; the call itself is untyped here anyway.
      const call = () => t.call(def as RouteDef<never, never, never>, path, paramsOf(route.file, path));
      expect(def.options.requiresPurpose === true).toBe(route.needsPurpose);
      for (const role of ROLES) {
        t.as[role]();
        const res = await call();
        await res.arrayBuffer().catch(() => undefined);
        if (route.allowed.includes(role))
          expect([401, 403, 428], `${role} should pass the checks`).not.toContain(res.status);
        else expect(res.status, `${role} should be refused`).toBe(403);
      }
      if (route.needsPurpose) {
        t.as.analystWithoutPurpose();
        expect((await call()).status).toBe(428);
      }
      t.as.analyst();
    },
  );
});
