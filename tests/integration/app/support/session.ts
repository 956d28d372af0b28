/**
 * The test seam for the real `app/api` route modules: their `withRoute` asks next-auth's
 * getServerSession, which the test files replace (vi.mock) with `currentSession()`. Nothing in the app
 * reads this module, so production has no way to turn it on.
 */
let session: { custody: { userId: string; sessionId: string; roles: string[] } } | null = null;

export function currentSession() {
  return session;
}

export function signInAs(userId: string, sessionId: string): void {
  session = { custody: { userId, sessionId, roles: [] } };
}

export function signOut(): void {
  session = null;
}
