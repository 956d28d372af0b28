// GET /api/health: liveness probe for process managers and Playwright's webServer; no auth, no upstream call.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
