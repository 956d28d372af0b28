import "server-only";
import { AppError } from "./errors";

/** 1 MiB: request bodies here are small JSON commands; anything bigger is a mistake or an attack. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Query string → object; a repeated key (`?action=a&action=b`) becomes an array. */
export function readQuery(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length > 1 ? values : values[0];
  }
  return query;
}

/** JSON body or undefined when empty. Malformed JSON or a non-JSON content type is a 400, not a 422. */
export async function readJsonBody(req: Request): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new AppError("bad_request", "Request body too large");
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new AppError("bad_request", "Request body too large");
  if (text.trim() === "") return undefined;
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type))
    throw new AppError("bad_request", "Expected a JSON body (Content-Type: application/json)");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "Malformed JSON body");
  }
}
