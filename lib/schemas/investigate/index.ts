// DTOs and request schemas of the investigation routes, shared by route handlers and the browser (zod only).
export * from "./common";
export * from "./custodian";
export * from "./message";
export * from "./chat";
export * from "./content";
export * from "./project";
export * from "./session";
export * from "./code-artifact";
export * from "./activity";
export { ACTIVITY_TYPES } from "./activity-types";
export { activityAreaOf, activityAreaLabel, groupActivityTypes } from "./activity-areas";
