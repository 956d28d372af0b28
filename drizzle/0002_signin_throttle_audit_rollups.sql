CREATE TABLE "audit_rollups" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"context" jsonb NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"written" integer DEFAULT 0 NOT NULL,
	"summary" jsonb NOT NULL,
	CONSTRAINT "audit_rollups_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"email" text,
	"ip" text,
	"failures" integer NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"delayed_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_entries" ADD COLUMN "forwarded_for_untrusted" text;--> statement-breakpoint
CREATE INDEX "sign_in_throttles_email_idx" ON "sign_in_throttles" USING btree ("email");