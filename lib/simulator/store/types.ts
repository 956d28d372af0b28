/**
 * Contract between the simulator's data layer (`lib/simulator/store/**`, `lib/simulator/data/**`)
 * and its HTTP layer (`lib/simulator/http/**`).
 *
 * Records are the upstream JSON shapes exactly as `../shared/compliance-api.md` §5 documents them
 * (snake_case, nulls where documented). The HTTP layer serialises them verbatim, so a field
 * added here shows up on the wire.
 *
 * Scale: the `large` profile holds 1,000,000 chats and 10,000,000 messages, so collections are
 * index-addressed and generated on demand (`at(i)` computes the record from the seed). Nothing may
 * materialise a whole large collection. Records can be recomputed on every call; callers must not
 * rely on object identity.
 *
 * Sorting: every SortedCollection is sorted ASCENDING by its `sortKey` (a tuple compared
 * element-wise as strings: an RFC 3339 UTC timestamp with fixed width such as
 * "2026-09-01T12:00:00.000Z", then the record id as the tie-break). The HTTP layer binary-searches
 * on `sortKey` to apply range filters and opaque cursors, walks backwards for descending order,
 * and k-way merges several collections (e.g. ten custodians' chats).
 *
 * Deletions: collections keep their generated `size` and `at(i)` after hard deletes (they are
 * index-addressed); the HTTP layer skips records whose getter (`chat(id)`, `file(id)`, `project(id)`,
 * `documentMetadata(id)`, `codeArtifact(id)`) returns undefined. Getters always honour deletions.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Rec = { [key: string]: Json };

export interface SortedCollection<T extends Rec = Rec> {
  readonly size: number;
  /** 0 <= i < size; computed on demand. */
  at(i: number): T;
  /** The sort key of record i, cheaper than at(i) where possible. */
  sortKey(i: number): readonly [string, string];
}

/** Bytes of a downloadable object, generated on the fly and deterministic from the seed. */
export interface ContentSource {
  readonly sizeBytes: number;
  readonly mimeType: string;
  /**
   * Lowercase hex MD5 of exactly the bytes `stream()` yields. May hash the stream once and cache. Rejects with the
   * signal's reason if `signal` aborts before a long hash is done (the store's background hashing stops that way).
   */
  md5Hex(signal?: AbortSignal): Promise<string>;
  /** The bytes in chunks of at most 64 KiB, produced lazily (never the whole object in memory). */
  stream(): AsyncIterable<Uint8Array>;
}

export type KeyType = "compliance_access_key" | "admin";
export interface SimKey {
  key: string;
  type: KeyType;
  scopes: string[];
  /** Optional; default "active". */
  status?: "active" | "deactivated" | "expired";
  /** Optional display name used in the settings endpoint's api_keys list. */
  name?: string;
}

/** Directory changes applied at run time through `POST /_sim/directory` (membership reviews). */
export type DirectoryChange =
  | { op: "add_group_member"; group_id: string; user_id: string }
  | { op: "remove_group_member"; group_id: string; user_id: string }
  | { op: "add_user"; organization_uuid: string; full_name: string; email: string; organization_role?: string }
  | { op: "remove_user"; organization_uuid: string; user_id: string }
  | { op: "set_user_role"; organization_uuid: string; user_id: string; organization_role: string }
  | { op: "add_role_permission"; organization_uuid: string; role_id: string; permission: Rec }
  | { op: "remove_role_permission"; organization_uuid: string; role_id: string; resource_type: string; action: string };

export interface SimStore {
  readonly profile: "demo" | "large";
  readonly seed: number;
  /** End of the generated history; every timestamp in the store is <= now at creation. */
  readonly now: Date;
  /** Display name of the parent organization, e.g. "Westeros Inc". */
  readonly parentName: string;

  // ---- directory (O1–O6, G1–G3) ----
  /** Parent first, then linked orgs; `{ uuid, name, created_at }` records, sorted by created_at. */
  organizations(): Rec[];
  /** Current members of one org, sorted by join date (created_at) ascending; undefined = unknown org. */
  users(orgUuid: string): SortedCollection | undefined;
  roles(orgUuid: string): SortedCollection | undefined;
  role(orgUuid: string, roleId: string): Rec | undefined;
  rolePermissions(orgUuid: string, roleId: string): SortedCollection | undefined;
  /** Effective settings record (O6) or undefined for an unknown org. */
  settings(orgUuid: string): Rec | undefined;
  /** All groups across the hierarchy, sorted by (created_at, id). */
  groups(): SortedCollection;
  group(groupId: string): Rec | undefined;
  groupMembers(groupId: string): SortedCollection | undefined;
  /** Applies a change, records the matching activities, returns the affected record. Throws Error with a message on bad input. */
  changeDirectory(change: DirectoryChange): Rec;

  // ---- activity feed (A1) ----
  /** Every activity, sorted by (created_at, id) ascending; the HTTP layer filters and orders. */
  activities(): SortedCollection;
  /** Appends an activity stamped now (e.g. compliance_api_accessed for each API call). */
  appendActivity(activity: Rec): void;

  // ---- chats (C1–C3) ----
  /** Chat records sorted by (created_at, id). */
  chatsByCreated(): SortedCollection;
  /** Chat records sorted by (updated_at, id). */
  chatsByUpdated(): SortedCollection;
  /** One user's chats sorted by (created_at, id); empty collection for an unknown user. */
  chatsOfUser(userId: string): SortedCollection;
  /** The chat record (§5.8 shape), undefined when unknown or hard-deleted. */
  chat(chatId: string): Rec | undefined;
  /** Messages of a chat sorted by (created_at, id); content already blanked for soft-deleted chats. */
  messages(chatId: string): SortedCollection | undefined;
  /** Hard delete (C3): the chat, its messages and the files attached to them. false if unknown. */
  deleteChat(chatId: string): boolean;

  // ---- files, generated files, artifacts (F, GF, AR) ----
  file(fileId: string): Rec | undefined;
  fileContent(fileId: string): ContentSource | undefined;
  deleteFile(fileId: string): boolean;
  generatedFile(genFileId: string): Rec | undefined;
  generatedFileContent(genFileId: string): ContentSource | undefined;
  artifactVersion(versionId: string): Rec | undefined;
  artifactContent(versionId: string): ContentSource | undefined;

  // ---- projects (P1–P5, D1–D3) ----
  /** Project list records (§5.14 Project shape) sorted by (created_at, id). */
  projects(): SortedCollection;
  projectsOfUser(userId: string): SortedCollection;
  /** ProjectDetail shape. */
  project(projectId: string): Rec | undefined;
  /** Attachments sorted by (created_at, id). */
  projectAttachments(projectId: string): SortedCollection | undefined;
  /** Collaborators sorted by (granted_at, id-ish tie-break). */
  projectCollaborators(projectId: string): SortedCollection | undefined;
  /** Number of live chats attached (for the 409 on delete). */
  projectChatIds(projectId: string): string[];
  deleteProject(projectId: string): boolean;
  /** D1 record including `content`. */
  document(documentId: string): Rec | undefined;
  /** D2 record. */
  documentMetadata(documentId: string): Rec | undefined;
  deleteDocument(documentId: string): boolean;

  // ---- sessions (LS1–LS3, RS1–RS2) ----
  /** Local sessions sorted by (created_at, id) ascending (the API serves them newest first). */
  localSessions(): SortedCollection;
  localSession(sessionId: string): Rec | undefined;
  localSessionMessages(sessionId: string): SortedCollection | undefined;
  remoteSessions(): SortedCollection;
  remoteSessionsOfUser(userId: string): SortedCollection;
  remoteSession(sessionId: string): Rec | undefined;
  remoteSessionMessages(sessionId: string): SortedCollection | undefined;

  // ---- code artifacts (CA1–CA3) ----
  /** Sorted by id (sortKey = [id, id]). */
  codeArtifacts(): SortedCollection;
  codeArtifact(artifactId: string): Rec | undefined;
  codeArtifactVersionContent(artifactId: string, versionId: string): ContentSource | undefined;
  deleteCodeArtifact(artifactId: string): boolean;

  /**
   * Named records that tests, benches and the demo look for, e.g. `long_chat` (the 5,000-message
   * chat), `big_file` (the 1 GiB file; `bigFileBytes` resizes it), `hostile_chats`, `hostile_files`, `soft_deleted_chat`,
   * `project_with_chats`, `tool_chat` (tool_use/tool_result incl. MCP), `demo_custodians` (user ids).
   * Also (demo): `big_file_chat`, `huge_message_chat` (the 2 MB text message), `hostile_project`,
   * `project_without_chats`. The large profile only has `demo_custodians`, `sample_chat`, `project_with_chats`.
   */
  landmarks(): Record<string, string | string[]>;
  /** Counts for tests and benches: totals of live records per collection. */
  totals(): Record<string, number>;
}

export interface CreateStoreOptions {
  profile: "demo" | "large";
  seed: number;
  /** Defaults to the current time, truncated to the second. */
  now?: Date;
  /**
   * Size of the demo's `big_file` landmark upload: a positive integer of at most 8 GiB, default 1 GiB. Only that file's
   * size (and so its bytes and md5) changes; every other record stays identical. Ignored by the large profile.
   */
  bigFileBytes?: number;
  /**
   * Hash every object above the synchronous threshold (8 MiB) in the background right after creation, so that their
   * metadata `md5` and F2/GF2 `Content-MD5` appear after a few seconds instead of staying null/absent. Costs about
   * 2 s of CPU per GiB. Default false: a store is otherwise pure data, and tests create many.
   */
  hashLargeContent?: boolean;
  /** Stops the background hashing (e.g. when the simulator closes). */
  signal?: AbortSignal;
}
