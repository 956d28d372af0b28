import type { MessageBlockDto } from "@/lib/schemas/investigate";
import { Badge } from "@/components/ui/badge";
import { LongText } from "./long-text";

type ToolUse = Extract<MessageBlockDto, { type: "tool_use" }>;
type ToolResult = Extract<MessageBlockDto, { type: "tool_result" }>;
type Unknown = Extract<MessageBlockDto, { type: "unknown" }>;

const PRE =
  "max-h-96 overflow-auto rounded-md bg-surface-2 p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap break-words text-fg";

/** One content block; tool traffic is collapsed by default so the conversation reads first. */
export function Block({ block }: { block: MessageBlockDto }) {
  if (block.type === "text") return <LongText text={block.text} truncated={block.truncated} />;
  if (block.type === "tool_use") return <ToolUseBlock block={block} />;
  if (block.type === "tool_result") return <ToolResultBlock block={block} />;
  return <UnknownBlock block={block} />;
}

function ToolUseBlock({ block }: { block: ToolUse }) {
  return (
    <details className="group rounded-lg border border-line bg-surface" data-testid="tool-use">
      <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-3 py-2 text-sm">
        <Badge tone="accent">Tool call</Badge>
        <span className="font-mono font-medium text-fg">{block.name}</span>
        {block.integrationName ? <Badge>{block.integrationName}</Badge> : null}
        {block.mcpServerUrl ? <Badge mono>MCP {block.mcpServerUrl}</Badge> : null}
        {block.truncated ? <Badge tone="warning">input truncated</Badge> : null}
        {!block.inputIsValidJson && !block.truncated ? <Badge tone="warning">not JSON</Badge> : null}
      </summary>
      <div className="space-y-1 border-t border-line px-3 py-2">
        {block.id ? <p className="font-mono text-xs text-subtle">{block.id}</p> : null}
        <pre className={PRE}>{block.input}</pre>
      </div>
    </details>
  );
}

function ToolResultBlock({ block }: { block: ToolResult }) {
  const border = block.isError ? "border-danger-line bg-danger-soft" : "border-line bg-surface";
  return (
    <details className={`rounded-lg border ${border}`} data-testid="tool-result">
      <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-3 py-2 text-sm">
        <Badge tone={block.isError ? "danger" : "success"}>{block.isError ? "Tool error" : "Tool result"}</Badge>
        {block.name ? <span className="font-mono font-medium text-fg">{block.name}</span> : null}
        {block.integrationName ? <Badge>{block.integrationName}</Badge> : null}
        {block.mcpServerUrl ? <Badge mono>MCP {block.mcpServerUrl}</Badge> : null}
        {block.truncated ? <Badge tone="warning">truncated</Badge> : null}
      </summary>
      <div className="space-y-2 border-t border-line px-3 py-2">
        {block.toolUseId ? <p className="font-mono text-xs text-subtle">for {block.toolUseId}</p> : null}
        {block.content.map((c, i) => (
          <pre key={i} className={PRE}>
            {c.text}
          </pre>
        ))}
        {block.otherContent.length ? <pre className={PRE}>{JSON.stringify(block.otherContent, null, 2)}</pre> : null}
        {block.content.length === 0 && block.otherContent.length === 0 ? (
          <p className="text-sm text-muted">Empty result.</p>
        ) : null}
      </div>
    </details>
  );
}

function UnknownBlock({ block }: { block: Unknown }) {
  return (
    <details className="rounded-lg border border-dashed border-line-strong">
      <summary className="cursor-pointer px-3 py-2 text-sm text-muted">
        Block of a type this console does not know: <span className="font-mono">{block.blockType}</span>
      </summary>
      <pre className={`${PRE} m-3 mt-0`}>{JSON.stringify(block.raw, null, 2)}</pre>
    </details>
  );
}
