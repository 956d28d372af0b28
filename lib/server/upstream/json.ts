import "server-only";
import { JsonValue } from "@/lib/schemas/investigate";

/** Upstream JSON → our JsonValue without a cast (anything non-JSON, e.g. undefined, is dropped by the round trip). */
export function toJsonValue(value: unknown): JsonValue {
  const parsed = JsonValue.safeParse(JSON.parse(JSON.stringify(value ?? null)));
  return parsed.success ? parsed.data : null;
}

export const stringOrNull = (v: unknown): string | null => (typeof v === "string" ? v : null);
