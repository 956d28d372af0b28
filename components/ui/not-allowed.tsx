import { Callout } from "@/components/ui/callout";

/** Shown instead of custodian content to roles without `custodian:read` (the refusal is audited by the page). */
export function NotAllowed() {
  return (
    <div className="mx-auto max-w-3xl">
      <Callout tone="warning" title="Your role cannot read custodian content" testId="not-allowed">
        <p className="text-fg">
          Investigations are open to analysts and legal reviewers. Ask an administrator if you need access.
        </p>
      </Callout>
    </div>
  );
}
