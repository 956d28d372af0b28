import { describe, expect, it } from "vitest";
import { parseCliArgs, UsageError } from "@/lib/simulator/cli-args";

describe("simulator CLI: --big-file-bytes and --no-hash-large-content", () => {
  it("defaults to a 1 GiB big file hashed in the background", () => {
    expect(parseCliArgs([])).toMatchObject({ bigFileBytes: 1073741824, hashLargeContent: true });
  });

  it("takes a size up to 8 GiB and can turn the background hashing off", () => {
    expect(parseCliArgs(["--big-file-bytes", "16777216", "--no-hash-large-content"])).toMatchObject({
      bigFileBytes: 16 * 1024 * 1024,
      hashLargeContent: false,
    });
    expect(parseCliArgs(["--big-file-bytes", "8589934592"]).bigFileBytes).toBe(8 * 1024 ** 3);
  });

  it.each([["0"], ["-5"], ["1.5"], ["8589934593"], ["lots"], [""]])(
    "rejects --big-file-bytes %j with a readable message",
    (value) => {
      const parse = () => parseCliArgs([`--big-file-bytes=${value}`]);
      expect(parse).toThrow(UsageError);
      expect(parse).toThrow(/^--big-file-bytes: /);
    },
  );

  it("names the limit when the size is out of range", () => {
    expect(() => parseCliArgs(["--big-file-bytes", "9000000000"])).toThrow(
      "--big-file-bytes: must be a positive integer of at most 8589934592 (8 GiB)",
    );
  });
});
