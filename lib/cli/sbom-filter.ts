import { z } from "zod";

/**
 * Keeps the production part of npm's CycloneDX SBOM. Not `npm sbom --omit dev`: npm 11 drops from it production
 * packages that a dev tool also depends on (zod, pg-types… are missing), so the full SBOM is filtered here by the
 * lockfile's own flags instead: a package is production unless it is marked `dev` or `devOptional`.
 */
const LockPackage = z.object({
  name: z.string().optional(),
  version: z.string().optional(),
  dev: z.boolean().optional(),
  devOptional: z.boolean().optional(),
});
export const PackageLock = z.object({
  lockfileVersion: z.number().min(2),
  packages: z.record(z.string(), LockPackage),
});

const Component = z.looseObject({ "bom-ref": z.string(), name: z.string(), version: z.string() });
export const CycloneDxBom = z.looseObject({
  bomFormat: z.literal("CycloneDX"),
  specVersion: z.string(),
  metadata: z.looseObject({ component: z.looseObject({ "bom-ref": z.string(), name: z.string() }) }),
  components: z.array(Component),
  dependencies: z.array(z.object({ ref: z.string(), dependsOn: z.array(z.string()).optional() })),
});
export type CycloneDxBom = z.infer<typeof CycloneDxBom>;

/** `name@version` of every production package in package-lock.json. */
export function productionPackages(lock: z.infer<typeof PackageLock>): Set<string> {
  const prod = new Set<string>();
  for (const [location, pkg] of Object.entries(lock.packages)) {
    if (location === "" || pkg.dev || pkg.devOptional || !pkg.version) continue;
    prod.add(`${pkg.name ?? location.split("node_modules/").at(-1)}@${pkg.version}`);
  }
  return prod;
}

export function productionBom(bom: CycloneDxBom, prod: Set<string>, rootName: string): CycloneDxBom {
  const components = bom.components.filter((c) => prod.has(`${c.name}@${c.version}`));
  const refs = new Set([bom.metadata.component["bom-ref"], ...components.map((c) => c["bom-ref"])]);
  const dependencies = bom.dependencies
    .filter((d) => refs.has(d.ref))
    .map((d) => ({ ref: d.ref, dependsOn: (d.dependsOn ?? []).filter((r) => refs.has(r)) }));
  // npm names the root component after the checkout's folder; the package's own name is what a reader expects.
  const metadata = { ...bom.metadata, component: { ...bom.metadata.component, name: rootName } };
  return { ...bom, metadata, components, dependencies };
}
