import "server-only";
import { sql } from "drizzle-orm";

/** Arbitrary constant ("custody" in ASCII) naming the advisory lock that serialises the chain. */
export const AUDIT_CHAIN_LOCK = sql.raw("select pg_advisory_xact_lock(27992376800519289)");
