import "server-only";

/** The chats and remote-session endpoints take at most 10 `user_ids[]` per request (§5.8, §5.17). */
export const MAX_USER_IDS_PER_REQUEST = 10;

/**
 * Splits a custodian list into request-sized batches, dropping duplicates and blanks while
 * keeping first-seen order, so every custodian is queried exactly once.
 */
export function planCustodianBatches(
  userIds: readonly string[],
  batchSize: number = MAX_USER_IDS_PER_REQUEST,
): string[][] {
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_USER_IDS_PER_REQUEST) {
    throw new RangeError(`batchSize must be an integer between 1 and ${MAX_USER_IDS_PER_REQUEST}`);
  }
  const unique = [...new Set(userIds.map((id) => id.trim()).filter((id) => id.length > 0))];
  const batches: string[][] = [];
  for (let i = 0; i < unique.length; i += batchSize) batches.push(unique.slice(i, i + batchSize));
  return batches;
}
