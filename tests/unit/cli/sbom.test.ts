import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { productionBom, productionPackages, type CycloneDxBom } from "@/lib/cli/sbom-filter";

// Issue 10, "Also build: an SBOM": `npm run sbom` writes a CycloneDX SBOM of the production dependencies.

const ROOT = path.resolve(__dirname, "../../..");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const Bom = z.object({
  bomFormat: z.literal("CycloneDX"),
  specVersion: z.string().regex(/^1\.\d$/),
  serialNumber: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/),
  version: z.number().int().positive(),
  metadata: z.object({
    timestamp: z.iso.datetime(),
    component: z.object({ "bom-ref": z.string(), name: z.literal("custody"), type: z.string() }),
  }),
  components: z.array(
    z.object({
      "bom-ref": z.string(),
      type: z.literal("library"),
      name: z.string(),
      version: z.string(),
      purl: z.string().startsWith("pkg:npm/"),
    }),
  ),
  dependencies: z.array(z.object({ ref: z.string(), dependsOn: z.array(z.string()) })),
});

describe("npm run sbom", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "custody-sbom-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes valid CycloneDX with every production dependency and none of the dev tools", async () => {
    const out = path.join(dir, "custody.cdx.json");
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        path.join(ROOT, "node_modules/.bin/tsx"),
        ["lib/cli/sbom.ts", "--out", out],
        { cwd: ROOT, timeout: 60_000 },
        (err, text) => (err ? reject(err) : resolve(text)),
      ),
    );
    expect(stdout).toMatch(/^SBOM \(CycloneDX 1\.\d, \d+ production packages\): /);
    expect(stdout).toContain(path.relative(ROOT, out));
    const bom = Bom.parse(JSON.parse(readFileSync(out, "utf8")));

    const names = new Set(bom.components.map((c) => c.name));
    for (const name of Object.keys(pkg.dependencies)) expect(names, name).toContain(name);
    // zod and pg-types are what `npm sbom --omit dev` loses: a dev tool depends on them as well.
    expect(names).toContain("pg-types");
    for (const name of ["vitest", "eslint", "typescript", "tsx", "@playwright/test", "drizzle-kit", "prettier"]) {
      expect(Object.keys(pkg.devDependencies)).toContain(name);
      expect(names, name).not.toContain(name);
    }
    const refs = new Set([bom.metadata.component["bom-ref"], ...bom.components.map((c) => c["bom-ref"])]);
    expect(refs.size).toBe(bom.components.length + 1);
    for (const dep of bom.dependencies) for (const ref of [dep.ref, ...dep.dependsOn]) expect(refs).toContain(ref);
  }, 60_000); // a child npm process on a shared two-core machine

  it("keeps a package a dev tool shares with production, drops dev and devOptional ones", () => {
    const prod = productionPackages({
      lockfileVersion: 3,
      packages: {
        "": { name: "custody", version: "0.1.0" },
        "node_modules/zod": { version: "4.0.0" },
        "node_modules/vitest": { version: "4.0.0", dev: true },
        "node_modules/@types/pg": { version: "8.0.0", devOptional: true },
        "node_modules/a/node_modules/zod": { version: "3.0.0", dev: true },
      },
    });
    expect([...prod].sort()).toEqual(["zod@4.0.0"]);
    const component = (name: string, version: string) => ({ "bom-ref": `${name}@${version}`, name, version });
    const full: CycloneDxBom = {
      bomFormat: "CycloneDX",
      specVersion: "1.5",
      metadata: { component: { "bom-ref": "custody@0.1.0", name: "checkout-folder" } },
      components: [component("zod", "4.0.0"), component("vitest", "4.0.0"), component("zod", "3.0.0")],
      dependencies: [
        { ref: "custody@0.1.0", dependsOn: ["zod@4.0.0", "vitest@4.0.0"] },
        { ref: "vitest@4.0.0", dependsOn: ["zod@3.0.0"] },
      ],
    };
    const bom = productionBom(full, prod, "custody");
    expect(bom.components.map((c) => c["bom-ref"])).toEqual(["zod@4.0.0"]);
    expect(bom.dependencies).toEqual([{ ref: "custody@0.1.0", dependsOn: ["zod@4.0.0"] }]);
    expect(bom.metadata.component.name).toBe("custody");
  });
});
