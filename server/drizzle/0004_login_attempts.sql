CREATE TABLE "login_attempts" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"last_attempt_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_known_addresses" (
	"username" text NOT NULL,
	"address" text NOT NULL,
	"last_success_at" timestamp with time zone NOT NULL,
	CONSTRAINT "login_known_addresses_username_address_pk" PRIMARY KEY("username","address")
);
--> statement-breakpoint
CREATE INDEX "login_attempts_last_attempt_at_idx" ON "login_attempts" USING btree ("last_attempt_at");--> statement-breakpoint
CREATE INDEX "login_known_addresses_last_success_at_idx" ON "login_known_addresses" USING btree ("last_success_at");