import "server-only";
import type { ComplianceClient } from "@/lib/compliance";
import type { OperationAudit } from "../audit/operation-audit";
import type { Db } from "../db/types";
import type { OperationActor } from "./actor";

/**
 * What every operation in lib/server/<entity>/ receives, whoever calls it: withRoute builds it from the request, a
 * page from its request (lib/server/pages/), a CLI command or job handler from its own facts (./job-context.ts).
 * An operation takes only what it uses, but the shape is always `verb({ db, client, audit, actor, input })`.
 */
export type OperationContext = {
  db: Db;
  /** The upstream client (the shared budget lives behind it). Building one makes no request. */
  client: ComplianceClient;
  audit: OperationAudit;
  actor: OperationActor;
};

export type OperationCall<I = undefined> = OperationContext & { input: I };

export type Operation<I, O> = (call: OperationCall<I>) => Promise<O>;
