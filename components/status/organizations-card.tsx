import type { UpstreamStatusDto } from "@/lib/schemas/upstream-status";
import { Card } from "@/components/ui/card";
import { BuildingIcon } from "@/components/ui/icons";

/** Organizations the access key can see, in the order the API lists them. */
export function OrganizationsCard({ status }: { status: UpstreamStatusDto }) {
  const accessKey = status.keys.find((k) => k.key === "compliance_access_key");
  const orgs = status.organizations;
  return (
    <Card title="Organizations" titleId="organizations" Icon={BuildingIcon} className="lg:col-span-2">
      {orgs.length === 0 ? (
        <p className="text-sm text-muted" data-testid="organizations-empty">
          {!status.reachable
            ? "Unknown until the upstream answers."
            : !accessKey?.configured
              ? "Configure an access key to list organizations."
              : "No organizations are visible to the access key. Listing them needs the read:compliance_org_data scope."}
        </p>
      ) : (
        <div className="-mx-5 -my-4 overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Organizations visible to the access key</caption>
            <thead>
              <tr className="border-b border-line text-left text-xs text-subtle">
                <th scope="col" className="px-5 py-2 font-medium">
                  Name
                </th>
                <th scope="col" className="px-5 py-2 font-medium">
                  Organization UUID
                </th>
              </tr>
            </thead>
            <tbody>
              {orgs.map((org) => (
                <tr key={org.uuid} className="border-b border-line last:border-0">
                  <td className="px-5 py-2.5 font-medium text-fg">{org.name}</td>
                  <td className="px-5 py-2.5 font-mono text-xs text-muted">{org.uuid}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
