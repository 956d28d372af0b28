import "server-only";

export * from "./common";
export * from "./activities";
export * from "./directory";
export * from "./chats";
export * from "./content";
export * from "./projects";
export * from "./sessions";
export * from "./code-artifacts";
