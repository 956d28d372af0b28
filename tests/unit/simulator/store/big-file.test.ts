import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { createStore } from "@/lib/simulator/store/create-store";
import type { Rec, SimStore } from "@/lib/simulator/store/types";
import { all, demoStore, landmark, listOrNone, NOW, readAll, str } from "./helpers";

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
const md5 = (b: Buffer) => createHash("md5").update(b).digest("hex");
const sized = (bigFileBytes: number, hashLargeContent = false) =>
  createStore({ profile: "demo", seed: 42, now: NOW, bigFileBytes, hashLargeContent });

/** Every message of every chat, with the big file's size and md5 blanked (the only fields bigFileBytes may change). */
function messagesWithoutBigFile(s: SimStore): Rec[] {
  const bigId = landmark(s, "big_file");
  return all(s.chatsByCreated()).flatMap((c) =>
    all(s.messages(str(c, "id"))).map((m) =>
      Array.isArray(m.files)
        ? { ...m, files: listOrNone(m, "files").map((f) => (f.id === bigId ? { ...f, size_bytes: 0, md5: null } : f)) }
        : m,
    ),
  );
}

describe("bigFileBytes", () => {
  it("resizes the big_file landmark and nothing else", () => {
    const base = demoStore();
    const small = sized(16 * MIB);
    const bigId = landmark(small, "big_file");
    expect(small.landmarks()).toEqual(base.landmarks());
    expect(small.totals()).toEqual(base.totals());
    expect(small.file(bigId)).toMatchObject({ size_bytes: 16 * MIB, md5: null });
    expect({ ...small.file(bigId), size_bytes: 0 }).toEqual({ ...base.file(bigId), size_bytes: 0 });
    expect(small.fileContent(bigId)?.sizeBytes).toBe(16 * MIB);
    expect(all(small.chatsByCreated())).toEqual(all(base.chatsByCreated()));
    expect(messagesWithoutBigFile(small)).toEqual(messagesWithoutBigFile(base));
    const inMessages = all(small.messages(landmark(small, "big_file_chat"))).flatMap((m) => listOrNone(m, "files"));
    expect(inMessages.find((f) => f.id === bigId)?.size_bytes).toBe(16 * MIB);
  });

  it("streams exactly bigFileBytes bytes, even sizes that are not a whole number of chunks", async () => {
    const s = sized(3 * MIB + 7);
    const { bytes } = await readAll(s.fileContent(landmark(s, "big_file"))?.stream() ?? []);
    expect(bytes.length).toBe(3 * MIB + 7);
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
    expect(s.file(landmark(s, "big_file"))?.md5).toBe(md5(bytes));
  });

  it("accepts up to 8 GiB without generating anything up front", () => {
    const s = sized(8 * GIB);
    expect(s.file(landmark(s, "big_file"))).toMatchObject({ size_bytes: 8 * GIB, md5: null });
  });

  it.each([0, -1, 1.5, 8 * GIB + 1, Number.NaN])("rejects %s", (n) => {
    expect(() => sized(n)).toThrow(RangeError);
    expect(() => sized(n)).toThrow(/bigFileBytes must be a positive integer of at most 8589934592/);
  });
});

describe("background md5 of large objects", () => {
  it("fills in the big file's md5 after creation, matching its bytes", async () => {
    const s = sized(16 * MIB, true);
    const bigId = landmark(s, "big_file");
    expect(s.file(bigId)?.md5).toBeNull(); // hashing starts after createStore returns, never on the calling tick
    await vi.waitFor(() => expect(s.file(bigId)?.md5).not.toBeNull(), { timeout: 30_000, interval: 20 });
    const { bytes } = await readAll(s.fileContent(bigId)?.stream() ?? []);
    expect(s.file(bigId)?.md5).toBe(md5(bytes));
    const listed = all(s.messages(landmark(s, "big_file_chat")))
      .flatMap((m) => listOrNone(m, "files"))
      .find((f) => f.id === bigId);
    expect(listed?.md5).toBe(md5(bytes));
  });

  it("leaves the md5 unknown when a hash is aborted part-way", async () => {
    const s = sized(16 * MIB);
    const bigId = landmark(s, "big_file");
    const stop = new AbortController();
    const hashing = s.fileContent(bigId)?.md5Hex(stop.signal);
    stop.abort(new Error("closed"));
    await expect(hashing).rejects.toThrow("closed");
    expect(s.file(bigId)?.md5).toBeNull();
    // A later hash without a signal still completes and is then cached.
    const hex = await s.fileContent(bigId)?.md5Hex();
    expect(s.file(bigId)?.md5).toBe(hex);
  });
});
