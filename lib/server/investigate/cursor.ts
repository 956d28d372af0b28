import "server-only";
import { z } from "zod";
import { AppError } from "../http/errors";

// Our continuation tokens: base64url JSON tagged with the list they belong to, so a cursor from one list (or a
// hand-edited one) is a 422 here instead of a confusing upstream 400.

export function encodeCursor(kind: string, value: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify({ k: kind, ...value }), "utf8").toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(kind: string, raw: string, schema: S): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    data = null;
  }
  const parsed = z.object({ k: z.literal(kind) }).and(schema).safeParse(data);
  if (!parsed.success) throw new AppError("invalid_input", "Invalid input: cursor", { fields: { cursor: ["Invalid or expired cursor; reload the list"] } });
  return parsed.data;
}
