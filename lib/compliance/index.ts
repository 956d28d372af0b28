import "server-only";
import type { UpstreamStatusDto } from "@/lib/schemas/upstream-status";
import { describeError, safeBaseUrl } from "./probe";
import { getComplianceClient } from "./singleton";

// The only public surface of lib/compliance (STYLE §5). Everything here is server-only.

export { createComplianceClient, type ComplianceClient, type ComplianceClientOptions } from "./client";
export { getComplianceClient, budgetIdFor } from "./singleton";
export {
  UpstreamError,
  BadRequestError,
  InvalidKeyError,
  InsufficientScopeError,
  NotFoundError,
  ConflictError,
  RateLimitedError,
  UpstreamUnavailableError,
  InvalidResponseError,
  PaginationError,
  IntegrityError,
  ComplianceArgumentError,
  ComplianceConfigError,
  isComplianceError,
} from "./errors";
export type { ComplianceErrorKind } from "./error-kind";
export { redact } from "./redact";
export { isSoftDeleted, organizationUuidOf, toOrganizationSummary, toRateLimitSnapshotDto } from "./mappers";
export { mapConcurrent, type MapConcurrentOptions } from "./concurrency";
export { createUnmeteredBudget, type ClientBudget } from "./budget-port";
export type { ComplianceLogger, LogEntry } from "./logger";
export type { BackoffConfig } from "./retry-policy";
export type { CursorCheckpoint, PageCheckpoint, IterateOptions, PageIterator } from "./pagination/iterators";
export type { CallOptions } from "./endpoints/context";
export { planCustodianBatches, MAX_USER_IDS_PER_REQUEST } from "./batches";
export type { DownloadKind, DownloadTarget, DownloadResult, DownloadOptions } from "./downloads/download";
export type {
  DownloadSink,
  DownloadInfo,
  DownloadVerifiedOptions,
  DownloadVerifiedResult,
} from "./downloads/download-verified";
export type { ListActivitiesParams, IterateActivitiesParams, ActivityCallOptions } from "./endpoints/activities";
export type { ListChatsParams, IterateChatsParams, ChatMessagesParams } from "./endpoints/chats";
export type { ListProjectsParams } from "./endpoints/projects";
export type { ListLocalSessionsParams, ListRemoteSessionsParams, SessionMessagesParams } from "./endpoints/sessions";
export type { ListCodeArtifactsParams } from "./endpoints/code-artifacts";
export type { ListGroupsParams } from "./endpoints/groups";
export * from "./schemas";

/**
 * Status of the configured upstream for the home page. Never throws: a broken env or an
 * unreachable API comes back as `reachable: false` with a message that holds no key.
 */
export async function probeUpstream(): Promise<UpstreamStatusDto> {
  try {
    return await getComplianceClient().probe();
  } catch (error) {
    return {
      baseUrl: safeBaseUrl(process.env.COMPLIANCE_API_BASE_URL ?? "http://127.0.0.1:4010"),
      isSimulator: false,
      reachable: false,
      latencyMs: null,
      checkedAt: new Date().toISOString(),
      keys: [],
      rateLimit: null,
      organizations: [],
      error: describeError(error),
    };
  }
}
