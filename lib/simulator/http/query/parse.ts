import { badRequest } from "../errors";
import { parseDateTime, type ParsedTime } from "./datetime";
import type { ParamSpec, QuerySpec } from "./spec";

type Parsed =
  | { kind: "int"; value: number }
  | { kind: "str"; value: string }
  | { kind: "list"; value: string[] }
  | { kind: "time"; value: ParsedTime };

/** A query string that passed its endpoint's spec. Accessors return undefined for absent parameters. */
export class ParsedQuery {
  constructor(private readonly values: ReadonlyMap<string, Parsed>) {}

  has(name: string): boolean {
    return this.values.has(name);
  }
  names(): string[] {
    return [...this.values.keys()];
  }
  int(name: string): number | undefined {
    const v = this.values.get(name);
    return v?.kind === "int" ? v.value : undefined;
  }
  str(name: string): string | undefined {
    const v = this.values.get(name);
    return v?.kind === "str" ? v.value : undefined;
  }
  list(name: string): string[] {
    const v = this.values.get(name);
    return v?.kind === "list" ? v.value : [];
  }
  time(name: string): ParsedTime | undefined {
    const v = this.values.get(name);
    return v?.kind === "time" ? v.value : undefined;
  }
  /** Canonical text of every parameter except the listed ones: binds page tokens to "the same request". */
  fingerprint(exclude: readonly string[]): string {
    const parts = [...this.values.entries()]
      .filter(([k]) => !exclude.includes(k))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}=${JSON.stringify(v.value)}`);
    return parts.join("&");
  }
}

/** `Unknown query parameter: 'x'`, with the upstream's hint when a documented spelling is one step away. */
export function unknownParamMessage(name: string, spec: QuerySpec): string {
  const base = `Unknown query parameter: '${name}'`;
  const bracket = /^(.+)\[([^\]]+)\]$/.exec(name);
  if (bracket && spec[`${bracket[1]}.${bracket[2]}`]) return `${base}. Did you mean '${bracket[1]}.${bracket[2]}'?`;
  if (spec[`${name}[]`]) return `${base}. Did you mean '${name}[]'?`;
  if (name.endsWith("[]") && spec[name.slice(0, -2)]) return `${base}. Did you mean '${name.slice(0, -2)}'?`;
  return base;
}

function literalList(values: readonly string[]): string {
  const quoted = values.map((v) => `'${v}'`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

function parseOne(name: string, spec: ParamSpec, raws: string[]): Parsed {
  const raw = raws[raws.length - 1]; // scalar parameters given twice: the last wins, as upstream's framework does
  switch (spec.kind) {
    case "int": {
      if (!/^[+-]?\d+$/.test(raw.trim())) throw badRequest(`${name}: Input should be a valid integer`);
      const n = Number(raw.trim());
      if (n < spec.min) throw badRequest(`${name}: Input should be greater than or equal to ${spec.min}`);
      if (n > spec.max) throw badRequest(`${name}: Input should be less than or equal to ${spec.max}`);
      return { kind: "int", value: n };
    }
    case "cap": {
      if (!/^[+-]?\d+$/.test(raw.trim())) throw badRequest(`${name}: Input should be a valid integer`);
      const n = Number(raw.trim());
      if (n < -1) throw badRequest(`${name}: Input should be greater than or equal to -1`);
      if (n === 0 && !spec.allowZero)
        throw badRequest(`${name}: 0 is not allowed. Pass a positive limit, or -1 for the server maximum.`);
      return { kind: "int", value: n };
    }
    case "enum":
      if (!spec.values.includes(raw)) throw badRequest(`${name}: Input should be ${literalList(spec.values)}`);
      return { kind: "str", value: raw };
    case "string":
      return { kind: "str", value: raw };
    case "datetime": {
      const t = parseDateTime(raw);
      if ("error" in t) throw badRequest(`${name}: Input should be a valid datetime or date, ${t.error}`);
      if (spec.requireTz && !t.hasTz) throw badRequest(`${name}: Input should have timezone info`);
      return { kind: "time", value: t };
    }
    case "list": {
      if (spec.maxItems !== undefined && raws.length > spec.maxItems)
        throw badRequest(
          `${name}: List should have at most ${spec.maxItems} items after validation, not ${raws.length}`,
        );
      if (spec.allowed) {
        const bad = raws.findIndex((v) => !spec.allowed?.has(v));
        if (bad >= 0) throw badRequest(`${name}.${bad}: Input is not one of the permitted values.`);
      }
      return { kind: "list", value: raws };
    }
  }
}

/** Validates a raw query string (without `?`) against a spec; throws a 400 ApiError on the first problem. */
export function parseQuery(search: string, spec: QuerySpec): ParsedQuery {
  const raw = new Map<string, string[]>();
  for (const [k, v] of new URLSearchParams(search)) {
    const list = raw.get(k);
    if (list) list.push(v);
    else raw.set(k, [v]);
  }
  for (const name of raw.keys()) if (!spec[name]) throw badRequest(unknownParamMessage(name, spec));
  const values = new Map<string, Parsed>();
  for (const [name, paramSpec] of Object.entries(spec)) {
    const raws = raw.get(name);
    if (raws) values.set(name, parseOne(name, paramSpec, raws));
  }
  return new ParsedQuery(values);
}
