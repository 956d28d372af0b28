/**
 * `npm test`: every test runner in order (vitest unit + integration, next build, Playwright), then
 * one totals line as the very last line of output. Keeps going after a failing runner so one run
 * shows every problem; exits non-zero if anything failed.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { suitesReading, probePostgres, probeRedis, type ServiceStatus } from "./services";
import { projectBin, runInherited } from "./run-process";
import {
  countPlaywright,
  countVitest,
  formatSummaryLine,
  isSuccess,
  outcomeCounts,
  totalCounts,
  type Counts,
  type RunnerOutcome,
} from "./summary";

const RESULTS_DIR = "test-results";
const VITEST_REPORT = `${RESULTS_DIR}/vitest.json`;
const PLAYWRIGHT_REPORT = `${RESULTS_DIR}/playwright.json`; // written by the json reporter in playwright.config.ts

function heading(text: string) {
  console.log(`\n━━ ${text} ${"━".repeat(Math.max(0, 60 - text.length))}`);
}

/** Reads a runner's JSON report; null when it is missing or unreadable (the runner crashed). */
async function readReport(file: string, count: (json: unknown) => Counts): Promise<Counts | null> {
  if (!existsSync(file)) return null;
  try {
    return count(JSON.parse(await readFile(file, "utf8")));
  } catch (error) {
    console.error(`could not read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

async function reportServices(services: ServiceStatus[], requireServices: boolean): Promise<number> {
  let missingRequired = 0;
  for (const service of services) {
    if (service.url) {
      console.log(`${service.name}: ${service.detail}; ${service.envVar} is set for the tests`);
      continue;
    }
    if (requireServices) {
      missingRequired += 1;
      console.log(
        `${service.name}: NOT AVAILABLE (${service.detail}); CUSTODY_REQUIRE_SERVICES=1 makes this a failure`,
      );
    } else {
      const suites = await suitesReading("tests", service.envVar);
      const affected = suites.length > 0 ? suites.join(", ") : "none found";
      console.log(
        `${service.name}: not available (${service.detail}); ${service.envVar} is unset, so these suites skip the tests that need it: ${affected}`,
      );
    }
  }
  return missingRequired;
}

async function main(): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const requireServices = env.CUSTODY_REQUIRE_SERVICES === "1";
  await mkdir(RESULTS_DIR, { recursive: true });

  heading("services");
  const services = await Promise.all([probePostgres(env), probeRedis(env)]);
  for (const service of services) if (service.url) env[service.envVar] = service.url;
  const missingRequired = await reportServices(services, requireServices);

  const outcomes: RunnerOutcome[] = [];
  let extraFailures = missingRequired;

  heading("vitest (unit + integration)");
  await rm(VITEST_REPORT, { force: true });
  const vitestExit = await runInherited(
    projectBin("vitest"),
    ["run", "--reporter=default", "--reporter=json", `--outputFile=${VITEST_REPORT}`],
    env,
  );
  outcomes.push({ name: "vitest", exitCode: vitestExit, counts: await readReport(VITEST_REPORT, countVitest) });

  heading("next build");
  const buildExit = await runInherited(projectBin("next"), ["build"], env);
  if (buildExit !== 0) {
    extraFailures += 1;
    console.log("next build failed: Playwright is not run (it would test a stale or missing build)");
  } else {
    heading("playwright");
    await rm(PLAYWRIGHT_REPORT, { force: true });
    const playwrightExit = await runInherited(projectBin("playwright"), ["test"], env);
    outcomes.push({
      name: "playwright",
      exitCode: playwrightExit,
      counts: await readReport(PLAYWRIGHT_REPORT, countPlaywright),
    });
  }

  heading("summary");
  for (const outcome of outcomes) {
    const crashed = outcome.counts === null ? " (no report: the runner crashed)" : "";
    console.log(`${outcome.name}: ${formatSummaryLine(outcomeCounts(outcome))}${crashed}`);
  }
  if (buildExit !== 0) console.log("next build: failed");
  if (missingRequired > 0) console.log(`required services missing: ${missingRequired}`);
  const totals = totalCounts(outcomes, extraFailures);
  console.log(formatSummaryLine(totals));
  return isSuccess(totals) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log(formatSummaryLine({ passed: 0, failed: 1, skipped: 0 }));
    process.exit(1);
  },
);
