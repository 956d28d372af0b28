import { spawn } from "node:child_process";
import path from "node:path";

/** A project binary from node_modules/.bin (npm scripts run with the package root as cwd). */
export function projectBin(name: string): string {
  return path.join(process.cwd(), "node_modules", ".bin", name);
}

/**
 * Runs a command with the terminal attached and resolves with its exit code (null when killed by a
 * signal). Never rejects for a failing command: the caller decides what a failure means.
 */
export function runInherited(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", (error) => {
      console.error(`could not start ${path.basename(command)}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code) => resolve(code));
  });
}
