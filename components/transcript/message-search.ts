import type { MessageDto } from "@/lib/schemas/investigate";

/** Everything a reader can see in a message, as one lowercase string for find-in-transcript. */
export function messageSearchText(m: MessageDto): string {
  const parts: string[] = [m.id, m.role];
  for (const b of m.blocks) {
    if (b.type === "text") parts.push(b.text);
    else if (b.type === "tool_use") parts.push(b.name, b.integrationName ?? "", b.mcpServerUrl ?? "", b.input);
    else if (b.type === "tool_result") parts.push(b.name ?? "", ...b.content.map((c) => c.text));
    else parts.push(b.blockType);
  }
  for (const f of [...m.files, ...m.generatedFiles]) parts.push(f.filename ?? "", f.id);
  for (const a of m.artifacts) parts.push(a.title ?? "", a.id);
  return parts.join("\n").toLowerCase();
}

/** Indices of messages containing `query` (case-insensitive); empty query → none. */
export function findMatches(texts: readonly string[], query: string): number[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const hits: number[] = [];
  texts.forEach((t, i) => {
    if (t.includes(needle)) hits.push(i);
  });
  return hits;
}
