import { z } from "zod";
import type { DirectoryChange } from "../store/types";

const id = z.string().min(1);
const permission = z.record(z.string(), z.json());

/** Body of `POST /_sim/directory`, validated before it reaches the store. */
export const DirectoryChangeBody = z.discriminatedUnion("op", [
  z.object({ op: z.literal("add_group_member"), group_id: id, user_id: id }),
  z.object({ op: z.literal("remove_group_member"), group_id: id, user_id: id }),
  z.object({
    op: z.literal("add_user"),
    organization_uuid: id,
    full_name: id,
    email: z.email(),
    organization_role: z.string().min(1).optional(),
  }),
  z.object({ op: z.literal("remove_user"), organization_uuid: id, user_id: id }),
  z.object({ op: z.literal("set_user_role"), organization_uuid: id, user_id: id, organization_role: id }),
  z.object({ op: z.literal("add_role_permission"), organization_uuid: id, role_id: id, permission }),
  z.object({
    op: z.literal("remove_role_permission"),
    organization_uuid: id,
    role_id: id,
    resource_type: id,
    action: id,
  }),
]) satisfies z.ZodType<DirectoryChange>;
