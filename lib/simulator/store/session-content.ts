import { rngFor } from "../data/prng";
import { TOPICS, userPrompt } from "../data/text";
import type { Rec } from "./types";
import { toolUseId } from "./tool-blocks";

/** Content blocks in the session shape (reference §5.16): text blocks carry `truncated` too. */

export const stext = (t: string, truncated = false): Rec => ({ type: "text", text: t, truncated });

export function sessionTurn(
  seed: number,
  kind: string,
  s: number,
  j: number,
  role: "user" | "assistant",
  truncateTool: boolean,
): Rec[] {
  const r = rngFor(seed, kind, s, j);
  const topic = TOPICS[(s + j) % TOPICS.length];
  if (role === "user") {
    if (r.chance(0.12)) return [stext("[image content not shown]", true), stext("What does this screenshot show?")];
    return [stext(userPrompt(r, topic))];
  }
  if (r.chance(0.4) || truncateTool) {
    const id = r.chance(0.1) ? null : toolUseId(seed, 100000 + s, j, 0);
    const command = truncateTool
      ? `grep -rn "winter" ${"./realm/".repeat(400)}`
      : `rg -n "${topic.split(" ").pop() ?? "x"}" src/`;
    const input = JSON.stringify({ command, description: "Search the repository" });
    const cut = truncateTool ? 120 : undefined;
    return [
      stext("I'll search the code first."),
      { type: "tool_use", id, name: "Bash", input: cut ? input.slice(0, cut) : input, truncated: cut !== undefined },
      {
        type: "tool_result",
        tool_use_id: id,
        name: "Bash",
        is_error: r.chance(0.1),
        content: [{ type: "text", text: `src/ledger.ts:42: // ${topic}` }],
        truncated: false,
      },
      stext(`Found it. The ${topic} logic lives in \`src/ledger.ts\`.`),
    ];
  }
  return [stext(`Done: I updated the notes on ${topic}.\n\n\`\`\`diff\n- old line\n+ new line\n\`\`\``)];
}
