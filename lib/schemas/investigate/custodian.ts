import { z } from "zod";
import { PlainText } from "../plain-text";
import { pageLimit, UpstreamId } from "./common";

/** A person in the linked organizations' directory (O1 + O2), the unit an analyst picks. */
export const CustodianDto = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  organizationUuid: z.string(),
  organizationName: z.string(),
  /** Built-in organization role (`user`, `admin`, …); null when upstream doesn't say. */
  role: z.string().nullable(),
});
export type CustodianDto = z.infer<typeof CustodianDto>;

export const SearchCustodiansQuery = z.object({
  /** Matched case-insensitively against name and email; empty lists the directory alphabetically. */
  q: PlainText.trim().max(200).default(""),
  limit: pageLimit(100, 20),
});
export type SearchCustodiansQuery = z.input<typeof SearchCustodiansQuery>;

export const CustodianSearchDto = z.object({
  items: z.array(CustodianDto),
  /** Matches before `limit` was applied. */
  total: z.number().int(),
  /** When the cached directory was read from upstream (it is refreshed every few minutes). */
  directoryAsOf: z.string(),
});
export type CustodianSearchDto = z.infer<typeof CustodianSearchDto>;

export const GroupDto = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  /** `direct` | `scim` documented; open set. */
  sourceType: z.string().nullable(),
});
export type GroupDto = z.infer<typeof GroupDto>;
export const GroupListDto = z.object({ items: z.array(GroupDto) });
export type GroupListDto = z.infer<typeof GroupListDto>;

export const GroupParams = z.object({ groupId: UpstreamId });

/** G3 member joined with the directory; members not (or no longer) in any linked org keep only id + email. */
export const GroupMemberDto = z.object({
  id: z.string(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  organizationUuid: z.string().nullable(),
  organizationName: z.string().nullable(),
  role: z.string().nullable(),
  inDirectory: z.boolean(),
});
export type GroupMemberDto = z.infer<typeof GroupMemberDto>;
export const GroupMembersDto = z.object({ groupId: z.string(), items: z.array(GroupMemberDto) });
export type GroupMembersDto = z.infer<typeof GroupMembersDto>;
