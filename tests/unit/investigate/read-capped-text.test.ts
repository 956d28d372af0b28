import { describe, expect, it } from "vitest";
import { capText, readCappedText } from "@/lib/server/files/read-capped-text";

const streamOf = (...chunks: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      c.close();
    },
  });

describe("capped text previews", () => {
  it("returns the whole text when it fits, across chunk boundaries inside a character", async () => {
    const bytes = new TextEncoder().encode("héllo 履歴");
    const result = await readCappedText(streamOf(bytes.subarray(0, 2), bytes.subarray(2, 9), bytes.subarray(9)), 1000);
    expect(result).toEqual({ text: "héllo 履歴", truncated: false, bytesShown: bytes.byteLength });
  });

  it("cuts at the cap without splitting a character, and stops reading", async () => {
    let cancelled = false;
    const bytes = new TextEncoder().encode("ab履c");
    const source = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes);
      },
      cancel() {
        cancelled = true;
      },
    });
    const result = await readCappedText(source, 3);
    expect(result).toEqual({ text: "ab", truncated: true, bytesShown: 2 });
    expect(cancelled).toBe(true);
    expect(capText("ab履c", 4)).toEqual({ text: "ab", truncated: true });
    expect(capText("ab履c", 5)).toEqual({ text: "ab履", truncated: true });
  });

  it("passes a stream error on (a cut download must not look complete)", async () => {
    const failing = new ReadableStream<Uint8Array>({
      pull(c) {
        c.error(new Error("download was cut off"));
      },
    });
    await expect(readCappedText(failing, 10)).rejects.toThrow("cut off");
  });
});
