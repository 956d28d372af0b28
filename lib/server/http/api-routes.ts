import "server-only";

/**
 * Which methods each app/api route file exports, by its folder path. proxy.ts reads it to answer a wrong method
 * (405 with `Allow`) or an unknown /api/ path (404) with our JSON envelope: Next's own answers are an empty 405 and
 * an HTML 404 page. A unit test (tests/unit/app/api-routes.test.ts) reads the route files and keeps this in step.
 */
export const API_ROUTES: Record<string, readonly string[]> = {
  "/api/activity": ["GET"],
  "/api/activity/histogram": ["GET"],
  "/api/activity/types": ["GET"],
  "/api/artifacts/[versionId]": ["GET"],
  "/api/artifacts/[versionId]/content": ["GET"],
  "/api/artifacts/[versionId]/text": ["GET"],
  "/api/audit": ["GET"],
  "/api/audit/export": ["GET"],
  "/api/audit/verify": ["GET"],
  "/api/auth/[...nextauth]": ["GET", "POST"],
  "/api/chats": ["GET"],
  "/api/chats/[chatId]/messages": ["GET"],
  "/api/code-artifacts": ["GET"],
  "/api/code-artifacts/[artifactId]/versions/[versionId]/content": ["GET"],
  "/api/custodians": ["GET"],
  "/api/documents/[documentId]": ["GET"],
  "/api/documents/[documentId]/content": ["GET"],
  "/api/downloads/digests": ["GET"],
  "/api/files/[fileId]": ["GET"],
  "/api/files/[fileId]/content": ["GET"],
  "/api/generated-files/[generatedFileId]": ["GET"],
  "/api/generated-files/[generatedFileId]/content": ["GET"],
  "/api/groups": ["GET"],
  "/api/groups/[groupId]/members": ["GET"],
  "/api/health": ["GET"],
  "/api/projects": ["GET"],
  "/api/projects/[projectId]": ["GET"],
  "/api/projects/[projectId]/chats": ["GET"],
  "/api/purpose": ["GET", "POST"],
  "/api/sessions": ["GET"],
  "/api/sessions/[kind]/[sessionId]/messages": ["GET"],
  "/api/signing-key": ["GET"],
  "/api/users": ["GET", "POST"],
  "/api/users/[userId]": ["PATCH"],
  "/api/users/[userId]/sessions": ["DELETE"],
  "/api/users/[userId]/sign-in-lock": ["DELETE", "GET"],
};

type CompiledRoute = { pattern: string; segments: string[]; methods: readonly string[]; staticCount: number };

const COMPILED: CompiledRoute[] = Object.entries(API_ROUTES).map(([pattern, methods]) => {
  const segments = pattern.split("/").filter(Boolean);
  return { pattern, segments, methods, staticCount: segments.filter((s) => !s.startsWith("[")).length };
});

function matches(route: CompiledRoute, actual: string[]): boolean {
  for (let i = 0; i < route.segments.length; i++) {
    const seg = route.segments[i];
    if (seg.startsWith("[...")) return actual.length > i;
    if (actual[i] === undefined) return false;
    if (!seg.startsWith("[") && seg !== actual[i]) return false;
  }
  return actual.length === route.segments.length;
}

/** The route file a pathname lands on (static segments win, as in Next's router), or null. */
export function matchApiRoute(pathname: string): { pattern: string; methods: readonly string[] } | null {
  const actual = pathname.split("/").filter(Boolean);
  const found = COMPILED.filter((r) => matches(r, actual)).sort((a, b) => b.staticCount - a.staticCount)[0];
  return found ? { pattern: found.pattern, methods: found.methods } : null;
}

/** What Next answers by itself for every route: HEAD wherever GET is, OPTIONS everywhere. */
export function allowedMethods(methods: readonly string[]): string[] {
  return [...new Set([...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"])].sort();
}

export type ApiRefusal = {
  status: 404 | 405;
  code: "not_found" | "method_not_allowed";
  message: string;
  allow?: string;
};

/** Why proxy.ts should answer an /api/ request itself, or null to let the route handle it. */
export function refuseApiRequest(method: string, pathname: string): ApiRefusal | null {
  const route = matchApiRoute(pathname);
  if (!route) return { status: 404, code: "not_found", message: "No such API route" };
  const allow = allowedMethods(route.methods);
  if (allow.includes(method.toUpperCase())) return null;
  return { status: 405, code: "method_not_allowed", message: `Use ${allow.join(", ")}`, allow: allow.join(", ") };
}
