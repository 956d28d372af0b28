import type { Route } from "../route";
import { activityRoutes } from "./activities";
import { chatMessagesRoute } from "./chat-messages";
import { chatListRoute } from "./chats";
import { codeArtifactRoutes } from "./code-artifacts";
import { contentRoutes } from "./content";
import { deleteRoutes } from "./deletes";
import { groupRoutes } from "./groups";
import { localSessionRoutes } from "./local-sessions";
import { organizationRoutes } from "./organizations";
import { projectRoutes } from "./projects";
import { remoteSessionRoutes } from "./remote-sessions";

/** Every endpoint of reference §4 (A1, O1–O6, G1–G3, C1–C3, F1–F3, GF1–GF2, AR1–AR2, P1–P5, D1–D3, LS1–LS3, RS1–RS2, CA1–CA3). */
export const ROUTES: readonly Route[] = [
  ...activityRoutes,
  ...organizationRoutes,
  ...groupRoutes,
  chatListRoute,
  chatMessagesRoute,
  ...contentRoutes,
  ...projectRoutes,
  ...localSessionRoutes,
  ...remoteSessionRoutes,
  ...codeArtifactRoutes,
  ...deleteRoutes,
];
