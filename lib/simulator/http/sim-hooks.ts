import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import type { SimClock } from "./clock";
import { DirectoryChangeBody } from "./directory-change";
import { ApiError, badRequest, bareNotFound } from "./errors";
import { asApiError, sendError, sendJson } from "./respond";
import type { SimEnv } from "./route";
import type { Stats } from "./stats";

/**
 * Test hooks under `/_sim/*`: no key needed (the simulator only ever binds to loopback), never faulted, never
 * counted in stats.
 */
export interface HookDeps {
  env: SimEnv;
  stats: Stats;
  clock: SimClock;
  /** Clears the rate-limit windows. */
  resetWindows(): void;
}

const MAX_BODY = 1024 * 1024;
const ClockBody = z.object({ advance_ms: z.number().int().nonnegative() });

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.byteLength;
    if (size > MAX_BODY) throw badRequest("Request body too large.");
    chunks.push(buf);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw badRequest("Request body must be JSON.");
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "Invalid body.";
}

async function route(req: IncomingMessage, res: ServerResponse, path: string, deps: HookDeps): Promise<void> {
  const method = req.method ?? "GET";
  if (method === "GET" && path === "/_sim/health") return sendJson(res, 200, { ok: true });
  if (method === "GET" && path === "/_sim/stats") return sendJson(res, 200, deps.stats.snapshot());
  if (method === "POST" && path === "/_sim/reset") {
    deps.stats.reset();
    deps.resetWindows();
    return sendJson(res, 200, { ok: true });
  }
  if (method === "POST" && path === "/_sim/directory") {
    const parsed = DirectoryChangeBody.safeParse(await readJson(req));
    if (!parsed.success) throw badRequest(firstIssue(parsed.error));
    try {
      return sendJson(res, 200, deps.env.store.changeDirectory(parsed.data));
    } catch (err) {
      throw badRequest(err instanceof Error ? err.message : "Directory change rejected.");
    }
  }
  if (method === "POST" && path === "/_sim/clock") {
    const parsed = ClockBody.safeParse(await readJson(req));
    if (!parsed.success) throw badRequest(firstIssue(parsed.error));
    deps.clock.advance(parsed.data.advance_ms);
    return sendJson(res, 200, { now: new Date(deps.clock.now()).toISOString() });
  }
  throw bareNotFound();
}

export async function handleHook(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  deps: HookDeps,
): Promise<void> {
  try {
    await route(req, res, path, deps);
  } catch (err) {
    const apiErr: ApiError = asApiError(err);
    if (!res.headersSent) sendError(res, apiErr);
  }
}
