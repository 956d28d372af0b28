import { createStore } from "@/lib/simulator/store/create-store";
import type { Rec, SimStore, SortedCollection } from "@/lib/simulator/store/types";

export const NOW = new Date("2026-11-01T12:00:00.000Z");

export const demoStore = (seed = 42): SimStore => createStore({ profile: "demo", seed, now: NOW });

export function all(coll: SortedCollection | undefined): Rec[] {
  if (!coll) throw new Error("collection is undefined");
  return Array.from({ length: coll.size }, (_, i) => coll.at(i));
}

export function str(rec: Rec, field: string): string {
  const v = rec[field];
  if (typeof v !== "string") throw new Error(`${field} is not a string in ${JSON.stringify(rec).slice(0, 200)}`);
  return v;
}

export function obj(rec: Rec, field: string): Rec {
  const v = rec[field];
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error(`${field} is not an object`);
  return v;
}

export function list(rec: Rec, field: string): Rec[] {
  const v = rec[field];
  if (!Array.isArray(v)) throw new Error(`${field} is not an array`);
  return v.filter((x): x is Rec => typeof x === "object" && x !== null && !Array.isArray(x));
}

export function landmark(store: SimStore, name: string): string {
  const v = store.landmarks()[name];
  if (typeof v !== "string") throw new Error(`landmark ${name} is not a string`);
  return v;
}

export function landmarks(store: SimStore, name: string): string[] {
  const v = store.landmarks()[name];
  if (!Array.isArray(v)) throw new Error(`landmark ${name} is not a list`);
  return v;
}

export async function readAll(
  stream: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<{ bytes: Buffer; maxChunk: number }> {
  const parts: Buffer[] = [];
  let maxChunk = 0;
  for await (const c of stream) {
    parts.push(Buffer.from(c));
    maxChunk = Math.max(maxChunk, c.byteLength);
  }
  return { bytes: Buffer.concat(parts), maxChunk };
}

export function strings(rec: Rec, field: string): string[] {
  const v = rec[field];
  if (!Array.isArray(v)) throw new Error(`${field} is not an array`);
  return v.filter((x): x is string => typeof x === "string");
}

/** Like list(), but a documented null (soft-deleted or legacy messages) reads as empty. */
export function listOrNone(rec: Rec, field: string): Rec[] {
  return rec[field] === null ? [] : list(rec, field);
}
