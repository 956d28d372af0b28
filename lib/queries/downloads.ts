import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { DownloadDigestsDto, MAX_DIGEST_IDS, type DownloadDigestDto } from "@/lib/schemas/investigate";
import { api } from "./api";

// The SHA-256 Custody computed of an object's last completed download. A page shows many download links, so the
// lookups of one render are batched into one request per MAX_DIGEST_IDS ids instead of one request each.

export const digestKeys = {
  all: ["download-digests"] as const,
  of: (id: string) => ["download-digests", id] as const,
};

type Waiter = { resolve: (d: DownloadDigestDto | null) => void; reject: (e: unknown) => void };
let pending = new Map<string, Waiter[]>();
let scheduled = false;

function flush(): void {
  scheduled = false;
  const batch = pending;
  pending = new Map();
  const ids = [...batch.keys()];
  for (let i = 0; i < ids.length; i += MAX_DIGEST_IDS) {
    const chunk = ids.slice(i, i + MAX_DIGEST_IDS);
    api(`/api/downloads/digests?ids=${chunk.map(encodeURIComponent).join(",")}`, DownloadDigestsDto).then(
      (res) => {
        const byId = new Map(res.items.map((d) => [d.id, d]));
        for (const id of chunk) for (const w of batch.get(id) ?? []) w.resolve(byId.get(id) ?? null);
      },
      (err) => {
        for (const id of chunk) for (const w of batch.get(id) ?? []) w.reject(err);
      },
    );
  }
}

function lookUp(id: string): Promise<DownloadDigestDto | null> {
  return new Promise((resolve, reject) => {
    pending.set(id, [...(pending.get(id) ?? []), { resolve, reject }]);
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 0);
    }
  });
}

/** null until a download of `id` has completed through Custody. */
export const downloadDigestQuery = (id: string) =>
  queryOptions({ queryKey: digestKeys.of(id), queryFn: () => lookUp(id) });

/**
 * After a download link is clicked: the browser saves the file on its own, so ask again a few times until the
 * digest its completion recorded shows up (a large file takes a while; the last try is about a minute later).
 */
export function awaitDigest(queryClient: QueryClient, id: string): void {
  const delays = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];
  const attempt = (k: number) => {
    if (k >= delays.length) return;
    setTimeout(async () => {
      const digest = await queryClient.fetchQuery({ ...downloadDigestQuery(id), staleTime: 0 }).catch(() => null);
      if (!digest) attempt(k + 1);
    }, delays[k]);
  };
  attempt(0);
}
