import "server-only";
import { getServerSession } from "next-auth";
import type { PurposeDto } from "@/lib/schemas/auth";
import { getDb } from "../db";
import type { Actor } from "../users/actor";
import { authOptions } from "./options";
import { currentPurpose } from "./current-purpose";
import { resolveActor, sessionIdentityFrom } from "./resolve-actor";

export type CurrentActor = { actor: Actor; sessionId: string; purpose: PurposeDto | null };

/**
 * For server components and layouts: the signed-in user with roles as stored now, or null (redirect to
 * /sign-in). Routes get the same from withRoute.
 */
export async function getCurrentActor(): Promise<CurrentActor | null> {
  const identity = sessionIdentityFrom(await getServerSession(authOptions));
  if (!identity) return null;
  const db = await getDb();
  const actor = await resolveActor(db, identity);
  if (!actor) return null;
  return {
    actor,
    sessionId: identity.sessionId,
    purpose: await currentPurpose({ db, userId: actor.id, sessionId: identity.sessionId }),
  };
}
