import type { IncomingMessage } from "node:http";
import { apiKeyId } from "../keys";
import type { SimKey, SimStore } from "../store/types";

/**
 * Every authenticated Compliance API call shows up in the Activity Feed as `compliance_api_accessed` with an
 * `api_actor` (reference §6.2/§6.3). The actor carries a derived key id — never the key.
 */
export function recordAccess(
  store: SimStore,
  key: SimKey,
  req: IncomingMessage,
  requestId: string,
  status: number,
  baseUrl: string,
): void {
  const ua = req.headers["user-agent"];
  store.appendActivity({
    type: "compliance_api_accessed",
    organization_id: null,
    organization_uuid: null,
    actor: {
      type: "api_actor",
      api_key_id: apiKeyId(key.key),
      ip_address: req.socket.remoteAddress ?? null,
      user_agent: typeof ua === "string" ? ua : null,
    },
    request_id: requestId,
    request_method: req.method ?? "GET",
    status_code: status,
    url: `${baseUrl}${req.url ?? "/"}`,
  });
}
