import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { OidcConfig } from "@/lib/env";
import { profileFromClaims } from "./oidc-profile";

export const OIDC_PROVIDER_ID = "oidc";

/**
 * Generic OpenID Connect provider (Okta, Entra ID, Google Workspace, Keycloak…) from env. Claims are
 * read from the ID token, so the IdP must put the role claim there. PKCE and state guard the redirect.
 */
export function oidcProvider(config: OidcConfig): OAuthConfig<Record<string, unknown>> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (claims) => profileFromClaims(claims, config.roleClaim),
  };
}
