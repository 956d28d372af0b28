import { z } from "zod";
import { RoleList, UserDto } from "./auth";

/** GET /api/users */
export const UserListDto = z.object({ users: z.array(UserDto) });
export type UserListDto = z.infer<typeof UserListDto>;

/** POST /api/users → 201. The generated password is in this one response and stored nowhere. */
export const CreatedUserDto = z.object({ user: UserDto, generatedPassword: z.string().nullable() });
export type CreatedUserDto = z.infer<typeof CreatedUserDto>;

/**
 * PATCH /api/users/{userId}: new roles, and/or `disabled: true`. Re-enabling is not offered: a disabled
 * account is re-created deliberately rather than silently revived.
 */
export const PatchUserBody = z
  .object({
    roles: RoleList.optional(),
    disabled: z.literal(true, { error: "Only `true` is accepted: accounts are disabled, not re-enabled" }).optional(),
  })
  .refine((b) => b.roles !== undefined || b.disabled !== undefined, {
    message: "Give `roles` or `disabled`",
    path: ["roles"],
  });
export type PatchUserBody = z.input<typeof PatchUserBody>;

/** `{ userId }` route segment. */
export const UserParams = z.object({ userId: z.string().regex(/^usr_[A-Za-z0-9_-]{1,64}$/, "Not a user id") });

/** DELETE /api/users/{userId}/sessions: how many open sessions were ended. */
export const EndedSessionsDto = z.object({ ended: z.number().int().nonnegative() });
export type EndedSessionsDto = z.infer<typeof EndedSessionsDto>;
/**
 * GET/DELETE /api/users/{userId}/sign-in-lock (issue 10 §4): the password sign-in delay counted for the account's
 * email, or `lock: null` when nothing is counted. `delayedUntil` in the past means the next attempt is checked.
 */
export const SignInLockDto = z.object({
  userId: z.string(),
  email: z.string(),
  failures: z.number().int(),
  delayedUntil: z.string(),
  lastFailureAt: z.string(),
});
export type SignInLockDto = z.infer<typeof SignInLockDto>;
export const SignInLockResponse = z.object({ lock: SignInLockDto.nullable() });
export const SignInLockList = z.array(SignInLockDto);
