// `npm run users -- add|list|disable|set-role|end-sessions|clear-lock …`: manage local console accounts from a shell.
// Every change is audited with actor `cli:<os user>`.
import "server-only";
import { parseArgs } from "node:util";
import { z } from "zod";
import { Email, ROLES, Role, RoleList } from "@/lib/schemas/auth";
import { getDb } from "@/lib/server/db";
import { runDbCli } from "./run-db-cli";
import { isAppError } from "@/lib/server/http/errors";
import { systemContext } from "@/lib/server/operation/background-context";
import { cliActor } from "@/lib/server/users/actor";
import { clearSignInLock } from "@/lib/server/users/clear-sign-in-lock";
import { createUser } from "@/lib/server/users/create-user";
import { disableUser } from "@/lib/server/users/disable-user";
import { endUserSessions } from "@/lib/server/users/end-user-sessions";
import { findUserByEmail } from "@/lib/server/users/find-user";
import { listUsers } from "@/lib/server/users/list-users";
import { setUserRoles } from "@/lib/server/users/set-user-roles";

const USAGE = `Usage:
  npm run users -- add <email> --name "Full Name" --role analyst[,legal] [--password-stdin]
  npm run users -- list [--json]
  npm run users -- disable <email>
  npm run users -- set-role <email> <role>[,<role>…]
  npm run users -- end-sessions <email>      (signs the user out everywhere)
  npm run users -- clear-lock <email>
Roles: analyst, legal, admin, auditor. Without --password-stdin a password is generated and printed once.`;

class UsageError extends Error {}

function rolesArg(value: string | undefined) {
  const names = (value ?? "")
    .split(",")
    .map((r) => r.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.find((r) => !Role.safeParse(r).success);
  if (unknown) throw new UsageError(`Unknown role "${unknown}": use ${ROLES.join(", ")}`);
  return RoleList.parse(names);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: "string" },
      role: { type: "string" },
      "password-stdin": { type: "boolean" },
      json: { type: "boolean" },
    },
  });
  const [command, ...rest] = positionals;
  const cli = systemContext({ db: await getDb(), id: cliActor().id });
  const byEmail = async (raw: string | undefined) => {
    const user = await findUserByEmail(await getDb(), Email.parse(raw ?? ""));
    if (!user) throw new UsageError(`No user with email ${raw}`);
    return user;
  };

  switch (command) {
    case "add": {
      if (!rest[0] || !values.name || !values.role) throw new UsageError("add needs <email>, --name and --role");
      const password = values["password-stdin"] ? await readStdin() : undefined;
      const input = { email: rest[0], name: values.name, roles: rolesArg(values.role), password };
      const { user, generatedPassword } = await createUser({ ...cli, input });
      console.log(`Created ${user.email} (${user.id}) with roles ${user.roles.join(", ")}`);
      if (generatedPassword) console.log(`Password (shown once, not stored): ${generatedPassword}`);
      return;
    }
    case "list": {
      const users = await listUsers({ ...cli, input: undefined });
      if (values.json) return void console.log(JSON.stringify(users, null, 2));
      for (const u of users) {
        console.log([u.email, u.roles.join(","), u.authSource, u.disabled ? "disabled" : "active", u.name].join("\t"));
      }
      if (users.length === 0)
        console.log("No users yet. Add one with: npm run users -- add <email> --name … --role admin");
      return;
    }
    case "disable": {
      const user = await disableUser({ ...cli, input: { userId: (await byEmail(rest[0])).id } });
      console.log(`Disabled ${user.email}`);
      return;
    }
    case "set-role": {
      if (!rest[1]) throw new UsageError("set-role needs <email> and <roles>");
      const target = await byEmail(rest[0]);
      const user = await setUserRoles({ ...cli, input: { userId: target.id, roles: rolesArg(rest[1]) } });
      console.log(`${user.email} now has roles ${user.roles.join(", ")}`);
      return;
    }
    case "end-sessions": {
      const target = await byEmail(rest[0]);
      const { ended } = await endUserSessions({ ...cli, input: { userId: target.id } });
      console.log(`Ended ${ended} session${ended === 1 ? "" : "s"} of ${target.email}`);
      return;
    }
    case "clear-lock": {
      const target = await byEmail(rest[0]);
      await clearSignInLock({ ...cli, input: { userId: target.id } });
      console.log(`Cleared the sign-in delay of ${target.email}`);
      return;
    }
    default:
      throw new UsageError(command ? `Unknown command: ${command}` : "No command given");
  }
}

runDbCli(
  () => main(process.argv.slice(2)).then(() => 0),
  (err) => {
    if (err instanceof UsageError) console.error(`${err.message}\n\n${USAGE}`);
    else if (err instanceof z.ZodError)
      console.error(err.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("\n"));
    else if (isAppError(err) || (err instanceof Error && err.message.startsWith("The data folder")))
      console.error(err.message);
    else console.error(err);
    return err instanceof UsageError ? 2 : 1;
  },
);
