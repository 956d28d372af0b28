import "server-only";
import type { OperationCall } from "@/lib/server/operation/context";
import type { CustodianDto, CustodianSearchDto } from "@/lib/schemas/investigate";
import { audited } from "@/lib/server/audit/audited";
import { directoryCacheFor } from "../directory-cache/directory-cache";

export type SearchCustodiansInput = { q: string; limit: number };

/** Prefix matches on name or email rank first, then substring matches; an exact user id also matches. */
export function matchCustodians(entries: readonly CustodianDto[], q: string): CustodianDto[] {
  const needle = q.trim().toLowerCase();
  if (!needle) return [...entries];
  const prefix: CustodianDto[] = [];
  const inside: CustodianDto[] = [];
  for (const e of entries) {
    const name = e.name.toLowerCase();
    const email = e.email.toLowerCase();
    if (
      e.id === q.trim() ||
      name.startsWith(needle) ||
      email.startsWith(needle) ||
      name.split(/\s+/).some((w) => w.startsWith(needle))
    )
      prefix.push(e);
    else if (name.includes(needle) || email.includes(needle)) inside.push(e);
  }
  return [...prefix, ...inside];
}

/** Searches the cached directory of every linked org; audited as `custodian.search` with the query. */
export async function searchCustodians({
  client,
  audit,
  input,
}: OperationCall<SearchCustodiansInput>): Promise<CustodianSearchDto> {
  const directory = directoryCacheFor(client);
  return audited(
    audit,
    {
      action: "custodian.search",
      targets: [],
      details: { q: input.q },
      after: (r) => ({ details: { matches: r.total } }),
    },
    async () => {
      const snap = await directory.get();
      const matches = matchCustodians(snap.entries, input.q);
      return {
        items: matches.slice(0, input.limit),
        total: matches.length,
        directoryAsOf: new Date(snap.loadedAt).toISOString(),
      };
    },
  );
}
