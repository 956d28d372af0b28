import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { Role, signInDelayedError } from "@/lib/schemas/auth";
import type { ServerConfig } from "@/lib/env";
import type { Db } from "../db/types";
import { createId } from "../db/ids";
import { findUserByEmail, findUserById } from "../users/find-user";
import { signInWithPassword } from "./credentials-sign-in";
import { OIDC_PROVIDER_ID, oidcProvider } from "./oidc-provider";
import { OidcUser } from "./oidc-profile";
import { completeOidcSignIn } from "./oidc-sign-in";
import { knownRoles } from "./roles";
import { requestMeta, type RequestMeta } from "./request-meta";
import { authCookies, isHttpsConsole } from "./session-cookies";
import { startSession } from "../auth-sessions/start-session";
import { endSession } from "../auth-sessions/end-session";
import { appendAudit } from "../audit/append-audit";
import { configuredSessionPolicy, SESSION_MAX_AGE_SECONDS, type SessionPolicy } from "../auth-sessions/session-policy";

export { SESSION_MAX_AGE_SECONDS } from "../auth-sessions/session-policy";

export type AuthDeps = {
  config: ServerConfig;
  getDb: () => Promise<Db>;
  /** Request facts for callbacks that get no request object. */
  meta: () => Promise<RequestMeta>;
  /** Lifetime and clock of the sessions minted here (tests inject a clock); defaults to the configured one. */
  sessionPolicy?: () => SessionPolicy;
};

const TokenClaims = z.object({ uid: z.string(), sid: z.string(), roles: z.array(Role).default([]) });

export function buildAuthOptions(deps: AuthDeps): NextAuthOptions {
  const { config } = deps;
  const policy = deps.sessionPolicy ?? configuredSessionPolicy;
  const isHttps = isHttpsConsole(config.nextAuthUrl);
  return {
    secret: config.nextAuthSecret,
    // The JWT says who; the auth_sessions row says whether that sign-in is still open (ADR 0007).
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: isHttps,
    cookies: authCookies(isHttps),
    // Errors land on the sign-in page too (`?error=…`, see SIGN_IN_ERRORS), not next-auth's own page.
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: async (credentials, req) => {
          const result = await signInWithPassword({
            db: await deps.getDb(),
            credentials,
            meta: requestMeta(req?.headers, config.trustedProxies),
          });
          if (result.ok) return result.user;
          // next-auth hands a thrown message to the form as `error`: the delay, never whether the account exists.
          if (result.retryAfterSeconds) throw new Error(signInDelayedError(result.retryAfterSeconds));
          return null;
        },
      }),
      ...(config.oidc ? [oidcProvider(config.oidc)] : []),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== OIDC_PROVIDER_ID || !config.oidc) return true;
        const result = await completeOidcSignIn({
          db: await deps.getDb(),
          profile: OidcUser.parse(user),
          issuer: config.oidc.issuer,
          meta: await deps.meta(),
        });
        return result.ok ? true : `/sign-in?error=${result.error}`;
      },
      async jwt({ token, user, account }) {
        if (!user) return token;
        // Sign-in: pin the token to our user row and mint a session id for purpose-of-access records.
        const db = await deps.getDb();
        const row =
          account?.provider === OIDC_PROVIDER_ID
            ? await findUserByEmail(db, user.email ?? "")
            : await findUserById(db, user.id);
        if (!row) throw new Error("Signed-in user not found");
        // The server-side record that sign-out, an admin or a timeout can end (password and OIDC alike).
        const sid = createId("ses");
        await startSession(db, { sessionId: sid, userId: row.id, policy: policy() });
        return { ...token, sub: row.id, uid: row.id, sid, roles: knownRoles(row.roles) };
      },
      async session({ session, token }) {
        const claims = TokenClaims.safeParse(token);
        if (claims.success)
          session.custody = { userId: claims.data.uid, sessionId: claims.data.sid, roles: claims.data.roles };
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        const claims = TokenClaims.safeParse(token);
        if (!claims.success) return;
        const actor = {
          id: claims.data.uid,
          email: typeof token.email === "string" ? token.email : null,
          roles: claims.data.roles,
        };
        const meta = await deps.meta();
        // Ending the row is what makes the old cookie worthless: replayed, it now answers 401.
        await (
          await deps.getDb()
        ).transaction(async (tx) => {
          await endSession(tx, { sessionId: claims.data.sid, reason: "signed_out" });
          await appendAudit(tx, { actor, action: "auth.sign_out", ...meta });
        });
      },
    },
  };
}
