// A real OpenID Connect provider (panva's oidc-provider) on a loopback port, for integration and e2e
// tests of the OIDC sign-in. Its development login form accepts any password: the "login" is the
// account id (e.g. `sso-analyst`). Consent is granted automatically for the configured client.
import { generateKeyPairSync } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

export type OidcTestAccount = {
  /** The IdP subject, also what to type in the login form. */
  sub: string;
  email: string;
  name: string;
  emailVerified?: boolean;
  /** Value of the role claim: array or space-separated string, as IdPs differ. Omit for none. */
  roles?: string[] | string;
};

export type OidcServerOptions = {
  host?: string;
  /** 0 = chosen by the OS. */
  port?: number;
  clientId?: string;
  clientSecret?: string;
  /** e.g. `http://127.0.0.1:3100/api/auth/callback/oidc`. */
  redirectUris: string[];
  roleClaim?: string;
  accounts?: OidcTestAccount[];
};

export type OidcServer = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  roleClaim: string;
  /** Adds or replaces an account (e.g. to change roles between two sign-ins). */
  setAccount: (account: OidcTestAccount) => void;
  close: () => Promise<void>;
};

export const DEFAULT_OIDC_ACCOUNTS: OidcTestAccount[] = [
  { sub: "sso-analyst", email: "sso-analyst@westeros.inc", name: "Sansa SSO Analyst", roles: ["analyst"] },
  { sub: "sso-legal", email: "sso-legal@westeros.inc", name: "Lord SSO Legal", roles: "legal analyst" },
  { sub: "sso-admin", email: "sso-admin@westeros.inc", name: "Ser SSO Admin", roles: ["admin"] },
  { sub: "sso-auditor", email: "sso-auditor@westeros.inc", name: "Maester SSO Auditor", roles: ["auditor"] },
  { sub: "sso-norole", email: "sso-norole@westeros.inc", name: "Hodor No Role", roles: ["wiki-editors"] },
];

export async function startOidcServer(options: OidcServerOptions): Promise<OidcServer> {
  const host = options.host ?? "127.0.0.1";
  const clientId = options.clientId ?? "custody-test";
  const clientSecret = options.clientSecret ?? "custody-test-secret-0123456789";
  const roleClaim = options.roleClaim ?? "custody_roles";
  const accounts = new Map((options.accounts ?? DEFAULT_OIDC_ACCOUNTS).map((a) => [a.sub, a]));

  // Bind first: the issuer URL must contain the port the OS picked.
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${host}:${port}`;

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test-key", use: "sig", alg: "RS256" }] },
    cookies: { keys: ["oidc-test-cookie-key-0123456789"] },
    claims: { openid: ["sub", roleClaim], email: ["email", "email_verified"], profile: ["name"] },
    // Put scope claims (incl. the role claim) in the ID token, where next-auth reads them.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // Explicit lifetimes (seconds) keep the provider from warning about its defaults.
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        async claims() {
          const claims: Record<string, unknown> = {
            sub,
            email: account.email,
            email_verified: account.emailVerified ?? true,
            name: account.name,
          };
          if (account.roles !== undefined) claims[roleClaim] = account.roles;
          return claims as { sub: string };
        },
      };
    },
    // First-party client: skip the consent screen.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const client = ctx.oidc.client;
      const session = ctx.oidc.session;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid email profile");
      grant.addOIDCClaims(["email", "email_verified", "name", roleClaim]);
      await grant.save();
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
  });
  server.on("request", provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    roleClaim,
    setAccount: (account) => void accounts.set(account.sub, account),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
