import "server-only";
import { UserDto } from "@/lib/schemas/auth";
import type { UserRow } from "../db/schema";
import { knownRoles } from "../auth/roles";

/** Row → DTO. The password hash is dropped here and nowhere else hands rows to callers. */
export function toUserDto(row: UserRow, activeSessions?: number): UserDto {
  return UserDto.parse({
    id: row.id,
    email: row.email,
    name: row.name,
    roles: knownRoles(row.roles),
    authSource: row.authSource,
    disabled: row.disabledAt !== null,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    activeSessions,
  });
}
