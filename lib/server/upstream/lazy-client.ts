import "server-only";
import { getComplianceClient, type ComplianceClient } from "@/lib/compliance";

/**
 * The process-wide client, resolved on first use: an operation context can be built by code that never reads
 * upstream (the users CLI, the demo seed, the admin pages) without parsing the upstream settings, so a bad
 * COMPLIANCE_* value surfaces where it matters, on the first upstream read.
 */
// One proxy per process: caches keyed by client (the directory cache's WeakMap) must see the same object each time.
let shared: ComplianceClient | undefined;

export function lazyClient(): ComplianceClient {
  shared ??= new Proxy({} as ComplianceClient, {
    get: (_target, prop) => Reflect.get(getComplianceClient(), prop),
    has: (_target, prop) => Reflect.has(getComplianceClient(), prop),
  });
  return shared;
}
