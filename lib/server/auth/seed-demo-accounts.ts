import "server-only";
import type { Db } from "../db/types";
import { createUser } from "../users/create-user";
import { systemContext } from "../operation/background-context";
import { findUserByEmail } from "../users/find-user";
import { isAppError } from "../http/errors";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

/**
 * Creates the four demo accounts if absent, and only when demo mode is on; the flag is an explicit
 * argument so no caller can seed by accident. Returns the emails created.
 */
export async function seedDemoAccounts(db: Db, { demo }: { demo: boolean }): Promise<string[]> {
  if (!demo) return [];
  const created: string[] = [];
  const seed = systemContext({ db, id: "system:demo-seed" });
  for (const account of DEMO_ACCOUNTS) {
    if (await findUserByEmail(db, account.email)) continue;
    try {
      await createUser({ ...seed, input: { ...account, password: DEMO_PASSWORD } });
      created.push(account.email);
    } catch (err) {
      // Another process seeded it between our check and insert.
      if (!isAppError(err) || err.code !== "conflict") throw err;
    }
  }
  return created;
}
