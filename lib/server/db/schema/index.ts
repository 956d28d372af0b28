// The database schema, one file per entity; drizzle-kit reads this index (drizzle.config.ts). No "server-only":
// drizzle-kit loads it outside Next. A new entity adds its file here and its migration under drizzle/.
export * from "./users";
export * from "./audit";
export * from "./purposes";
export * from "./auth-sessions";
export * from "./audit-rollups";
export * from "./sign-in-throttles";
