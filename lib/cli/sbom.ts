// `npm run sbom [-- --out FILE]`: writes a CycloneDX SBOM of the production dependencies, from package-lock.json
// alone (offline), to sbom/custody.cdx.json, and prints where.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CycloneDxBom, PackageLock, productionBom, productionPackages } from "./sbom-filter";

const DEFAULT_OUT = "sbom/custody.cdx.json";

function main(argv: string[]): number {
  const at = argv.indexOf("--out");
  const out = path.resolve(at >= 0 && argv[at + 1] ? argv[at + 1] : DEFAULT_OUT);
  const pkg = z
    .object({ name: z.string(), dependencies: z.record(z.string(), z.string()) })
    .parse(JSON.parse(readFileSync("package.json", "utf8")));
  const lock = PackageLock.parse(JSON.parse(readFileSync("package-lock.json", "utf8")));
  const raw = execFileSync(
    "npm",
    ["sbom", "--sbom-format", "cyclonedx", "--package-lock-only", "--offline", "--loglevel", "error"],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const bom = productionBom(CycloneDxBom.parse(JSON.parse(raw)), productionPackages(lock), pkg.name);

  const names = new Set(bom.components.map((c) => c.name));
  const missing = Object.keys(pkg.dependencies).filter((name) => !names.has(name));
  if (missing.length > 0) {
    console.error(`SBOM is missing production dependencies: ${missing.join(", ")}`);
    return 1;
  }
  mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(bom, null, 2)}\n`);
  renameSync(tmp, out);
  console.log(
    `SBOM (CycloneDX ${bom.specVersion}, ${bom.components.length} production packages): ${path.relative(process.cwd(), out)}`,
  );
  return 0;
}

process.exit(main(process.argv.slice(2)));
