import { withPublicRoute } from "@/lib/server/http/public-route";

// GET /api/health: liveness probe for process managers and Playwright's webServer; no auth, no upstream call.
export const dynamic = "force-dynamic";

export const GET = withPublicRoute(() => Response.json({ ok: true }));
