// Starts the test OIDC provider for Playwright or a manual run:
//   tsx tests/support/oidc-server-cli.ts --redirect-uri http://127.0.0.1:3100/api/auth/callback/oidc [--port 0]
// Prints `listening on <issuer>` once ready, then the env to give the console. Stops on SIGINT/SIGTERM.
import { parseArgs } from "node:util";
import { startOidcServer } from "./oidc-server";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "0" },
    host: { type: "string", default: "127.0.0.1" },
    "redirect-uri": { type: "string", multiple: true },
    "client-id": { type: "string" },
    "client-secret": { type: "string" },
    "role-claim": { type: "string" },
  },
});

async function main(): Promise<void> {
  const redirectUris = values["redirect-uri"] ?? ["http://127.0.0.1:3000/api/auth/callback/oidc"];
  const server = await startOidcServer({
    host: values.host,
    port: Number(values.port),
    redirectUris,
    clientId: values["client-id"],
    clientSecret: values["client-secret"],
    roleClaim: values["role-claim"],
  });
  console.log(`listening on ${server.issuer}`);
  console.log(
    `OIDC_ISSUER=${server.issuer} OIDC_CLIENT_ID=${server.clientId} OIDC_CLIENT_SECRET=${server.clientSecret} OIDC_ROLE_CLAIM=${server.roleClaim}`,
  );
  console.log(
    "Accounts (type the id as login, any password): sso-analyst, sso-legal, sso-admin, sso-auditor, sso-norole",
  );

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      void server.close().finally(() => process.exit(0));
    });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
