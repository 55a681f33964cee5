CREATE TABLE "csr_projects" (
	"id" text PRIMARY KEY NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"position_approximate" boolean NOT NULL,
	"source" text NOT NULL,
	"is_sample" boolean NOT NULL,
	"company" text NOT NULL,
	"title" text NOT NULL,
	"sector" text NOT NULL,
	"value_rp" bigint NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"program_id" text
);
--> statement-breakpoint
CREATE TABLE "flood_spots" (
	"id" text PRIMARY KEY NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"position_approximate" boolean NOT NULL,
	"source" text NOT NULL,
	"is_sample" boolean NOT NULL,
	"name" text NOT NULL,
	"kecamatan" text NOT NULL,
	"depth_cm" integer NOT NULL,
	"last_event_date" date NOT NULL,
	"events" jsonb NOT NULL,
	"handling_status" text NOT NULL,
	"bpbd_list" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"indicator" text NOT NULL,
	"year" integer NOT NULL,
	"kelurahan_code" text NOT NULL,
	"value" double precision NOT NULL,
	"count" integer NOT NULL,
	"source" text NOT NULL,
	"is_sample" boolean NOT NULL,
	CONSTRAINT "indicator_values_indicator_year_kelurahan_code_pk" PRIMARY KEY("indicator","year","kelurahan_code")
);
--> statement-breakpoint
CREATE TABLE "kelurahan" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kecamatan" text NOT NULL,
	"kecamatan_code" text NOT NULL,
	"area_km2" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_sites" (
	"id" text PRIMARY KEY NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"position_approximate" boolean NOT NULL,
	"source" text NOT NULL,
	"is_sample" boolean NOT NULL,
	"program_id" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" text PRIMARY KEY NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"lead_opd" text NOT NULL,
	"supporting_opds" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"funding" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"physical_progress" double precision NOT NULL,
	"financial_progress" double precision NOT NULL,
	"reported_progress" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"progress_estimated" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "programs_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "csr_projects" ADD CONSTRAINT "csr_projects_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_kelurahan_code_kelurahan_code_fk" FOREIGN KEY ("kelurahan_code") REFERENCES "public"."kelurahan"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_sites" ADD CONSTRAINT "program_sites_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;