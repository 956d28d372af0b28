import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="font-mono text-sm text-subtle">404</p>
      <h1 className="mt-2 text-xl font-semibold tracking-tight text-fg">Page not found</h1>
      <p className="mt-2 text-sm text-muted">This page does not exist in Custody.</p>
      <Link
        href="/"
        className="mt-6 inline-flex h-8 items-center rounded-lg bg-accent px-3 text-sm font-medium text-accent-fg"
      >
        Back to the overview
      </Link>
    </div>
  );
}
