import "server-only";

/**
 * Reads at most `maxBytes` of a UTF-8 stream, then cancels the rest. A cut never splits a character (the decoder
 * holds back an incomplete trailing sequence). Errors of the stream (truncation, MD5 mismatch) propagate.
 */
export async function readCappedText(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<{ text: string; truncated: boolean; bytesShown: number }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder("utf-8");
  let text = "";
  let bytesShown = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), truncated: false, bytesShown };
    const room = maxBytes - bytesShown;
    if (value.byteLength > room) {
      text += decoder.decode(value.subarray(0, room), { stream: true });
      await reader.cancel("preview cap reached").catch(() => undefined);
      // A character cut in half is held back by the decoder, so count what is actually shown.
      return { text, truncated: true, bytesShown: Buffer.byteLength(text, "utf8") };
    }
    text += decoder.decode(value, { stream: true });
    bytesShown += value.byteLength;
  }
}

/** The same cap for text already in memory (D1 returns the whole document as JSON). */
export function capText(full: string, maxBytes: number): { text: string; truncated: boolean } {
  const bytes = Buffer.from(full, "utf8");
  if (bytes.byteLength <= maxBytes) return { text: full, truncated: false };
  return { text: new TextDecoder("utf-8").decode(bytes.subarray(0, maxBytes), { stream: true }), truncated: true };
}
