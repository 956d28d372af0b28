/**
 * Declarative query-string specs, one per endpoint. The upstream rejects unknown parameters and malformed values
 * with 400s that name the parameter and the rule (reference §1.2, §7.2); clients must cope with exactly that.
 */
export type ParamSpec =
  | { kind: "int"; min: number; max: number }
  | { kind: "enum"; values: readonly string[] }
  | { kind: "datetime"; requireTz?: boolean }
  | { kind: "string" }
  /** Repeated `name[]=v` parameters. */
  | { kind: "list"; maxItems?: number; allowed?: ReadonlySet<string> }
  /** `tool_*_max_bytes` / `tool_*_max_chars`: -1 = server maximum; 0 allowed only where `allowZero`. */
  | { kind: "cap"; allowZero: boolean };

export type QuerySpec = Readonly<Record<string, ParamSpec>>;

export const limitParam = (max: number): ParamSpec => ({ kind: "int", min: 1, max });
export const timeRange = (field: string, ops: readonly string[] = ["gt", "gte", "lt", "lte"], requireTz = false) =>
  Object.fromEntries(ops.map((op) => [`${field}.${op}`, { kind: "datetime", requireTz } satisfies ParamSpec]));
