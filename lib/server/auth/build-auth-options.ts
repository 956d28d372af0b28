import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { Role, signInDelayedError } from "@/lib/schemas/auth";
import type { ServerConfig } from "@/lib/env";
import type { Db } from "../db/types";
import { createId } from "../db/ids";
import { recordAudit } from "../audit/append-audit";
import { findUserByEmail, findUserById } from "../users/find-user";
import { signInWithPassword } from "./credentials-sign-in";
import { OIDC_PROVIDER_ID, oidcProvider } from "./oidc-provider";
import { OidcUser } from "./oidc-profile";
import { completeOidcSignIn } from "./oidc-sign-in";
import { knownRoles } from "./roles";
import { requestMeta, type RequestMeta } from "./request-meta";

/** A working day: a sensitive console should not stay signed in for next-auth's default 30 days. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export type AuthDeps = {
  config: ServerConfig;
  getDb: () => Promise<Db>;
  /** Request facts for callbacks that get no request object. */
  meta: () => Promise<RequestMeta>;
};

const TokenClaims = z.object({ uid: z.string(), sid: z.string(), roles: z.array(Role).default([]) });

export function buildAuthOptions(deps: AuthDeps): NextAuthOptions {
  const { config } = deps;
  return {
    secret: config.nextAuthSecret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
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
        return { ...token, sub: row.id, uid: row.id, sid: createId("ses"), roles: knownRoles(row.roles) };
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
        await recordAudit({ actor, action: "auth.sign_out", ...(await deps.meta()) }, { db: await deps.getDb() });
      },
    },
  };
}
