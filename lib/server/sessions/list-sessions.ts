import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import type { z } from "zod";
import type { ListSessionsQuery, SessionPageDto } from "@/lib/schemas/investigate";
import { audited, custodianTargets } from "@/lib/server/audit/audited";
import { pageTokenCursor } from "@/lib/server/http/cursor";
import { listLocalSessions, type LocalScanOptions } from "./list-local-sessions";
import { listRemoteSessions } from "./list-remote-sessions";

export type SessionListInput = z.output<typeof ListSessionsQuery>;
/** One bounded read of the upstream list; `nextPage` is the upstream token that becomes our cursor. */
export type ScanResult = Omit<SessionPageDto, "nextCursor"> & { nextPage: string | null };

/** The custodians' local or remote sessions created in the window. Audited `session.list`. */
export async function listSessions({
  client,
  audit,
  input,
  localScan,
}: OperationCall<SessionListInput> & {
  localScan?: LocalScanOptions;
}): Promise<SessionPageDto> {
  const cursor = pageTokenCursor(`sessions.${input.kind}`);
  const page = cursor.read(input.cursor);
  return audited(
    audit,
    {
      action: "session.list",
      targets: custodianTargets(input.user_ids),
      details: { kind: input.kind, from: input.from, to: input.to },
      after: (r) => ({ details: { count: r.items.length, scanned: r.scanned } }),
    },
    async () => {
      const { nextPage, ...result } =
        input.kind === "remote"
          ? await listRemoteSessions(client, input, page)
          : await listLocalSessions(client, input, page, localScan);
      return { ...result, nextCursor: cursor.next(nextPage) };
    },
  );
}
