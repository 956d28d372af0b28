"use client";

import { RouteError, type RouteErrorProps } from "@/components/shell/route-error";

export default function ActivityError(props: RouteErrorProps) {
  return <RouteError {...props} title="The activity feed failed to load" />;
}
