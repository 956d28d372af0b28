import { z } from "zod";

/** Shared pieces of the test schemas (see schemas.ts): timestamps, ids, page envelopes, tool blocks. */

/** RFC 3339; a few directory examples omit the offset (§1.3), which means UTC. */
export function toMs(s: string): number {
  return Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`);
}
export const Timestamp = z.string().refine((s) => !Number.isNaN(toMs(s)), "not an RFC 3339 timestamp");
export const StrictTimestamp = z
  .string()
  .refine((s) => /([zZ]|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s)), "no offset");
export const prefixed = (prefix: string) => z.string().startsWith(prefix);
export const UserRef = z.object({ id: prefixed("user_"), email_address: z.string() });
export const Uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);

// ---- pagination envelopes (§3) ----
export const cursorPage = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    has_more: z.boolean(),
    first_id: z.string().nullable(),
    last_id: z.string().nullable(),
  });
export const tokenPage = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), has_more: z.boolean(), next_page: z.string().nullable() });
/** Sessions: `next_page` only (§3, §5.16); `has_more` is checked to be absent separately. */
export const sessionPage = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), next_page: z.string().nullable() });

export const ToolUse = z.object({
  type: z.literal("tool_use"),
  id: z.string().nullable(),
  name: z.string(),
  input: z.string(),
  truncated: z.boolean(),
  integration_name: z.string().optional(),
  mcp_server_url: z.string().optional(),
});
export const ToolResult = z.object({
  type: z.literal("tool_result"),
  tool_use_id: z.string().nullable(),
  name: z.string(),
  is_error: z.boolean(),
  content: z.array(z.object({ type: z.literal("text"), text: z.string() })),
  truncated: z.boolean(),
  integration_name: z.string().optional(),
  mcp_server_url: z.string().optional(),
});
export const Deleted = (type: string) => z.object({ id: z.string(), type: z.literal(type) });
