import "server-only";

/** A time window on one field; values are RFC 3339 strings (already normalised by `args.ts`). */
export interface RangeQuery {
  gt?: string;
  gte?: string;
  lt?: string;
  lte?: string;
}

/**
 * Builds query strings the way the API wants them (§1.2): ranges in dot notation
 * (`created_at.gte`, bracket form is a 400), arrays as `name[]` repeated once per value
 * (never JSON, never comma-joined), and absent values left out entirely (unknown or empty
 * parameters are rejected, not ignored).
 */
export class QueryBuilder {
  readonly params = new URLSearchParams();

  set(name: string, value: string | number | undefined | null): this {
    if (value !== undefined && value !== null) this.params.set(name, String(value));
    return this;
  }

  list(name: string, values: readonly string[] | undefined): this {
    for (const value of values ?? []) this.params.append(`${name}[]`, value);
    return this;
  }

  range(name: string, range: RangeQuery | undefined): this {
    if (!range) return this;
    for (const op of ["gt", "gte", "lt", "lte"] as const) this.set(`${name}.${op}`, range[op]);
    return this;
  }
}

/** Encodes one path segment; ids are opaque, so never trust them to be URL-safe. */
export function seg(id: string): string {
  return encodeURIComponent(id);
}
