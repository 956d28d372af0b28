import "server-only";
import { redactDeep } from "./redact";

export type LogLevel = "debug" | "info" | "warn" | "error";
export interface LogEntry {
  level: LogLevel;
  /** Stable event name, e.g. `request`, `retry`, `integrity_error`. */
  event: string;
  [field: string]: unknown;
}
/** Injected sink for client logs. Entries are already redacted and never carry headers. */
export type ComplianceLogger = (entry: LogEntry) => void;

export function makeLog(
  logger: ComplianceLogger | undefined,
): (level: LogLevel, event: string, fields?: Record<string, unknown>) => void {
  if (!logger) return () => undefined;
  return (level, event, fields = {}) => {
    const safe = redactDeep(fields);
    const extra = safe !== null && typeof safe === "object" && !Array.isArray(safe) ? safe : {};
    logger({ ...extra, level, event });
  };
}
