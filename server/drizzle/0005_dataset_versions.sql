CREATE TABLE "active_datasets" (
	"indicator" text NOT NULL,
	"year" integer NOT NULL,
	"version_id" integer NOT NULL,
	"activated_at" timestamp with time zone NOT NULL,
	"activated_by" integer,
	CONSTRAINT "active_datasets_indicator_year_pk" PRIMARY KEY("indicator","year")
);
--> statement-breakpoint
CREATE TABLE "dataset_values" (
	"version_id" integer NOT NULL,
	"kelurahan_code" text NOT NULL,
	"value" double precision NOT NULL,
	"count" double precision,
	CONSTRAINT "dataset_values_version_id_kelurahan_code_pk" PRIMARY KEY("version_id","kelurahan_code")
);
--> statement-breakpoint
CREATE TABLE "dataset_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dataset_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"indicator" text NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"is_sample" boolean NOT NULL,
	"source" text NOT NULL,
	"data_date" text DEFAULT '' NOT NULL,
	"producer" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"file_name" text,
	"file_sha256" text,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_used" integer DEFAULT 0 NOT NULL,
	"rows_excluded" integer DEFAULT 0 NOT NULL,
	"exclusions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" integer,
	CONSTRAINT "dataset_versions_indicator_year_number" UNIQUE("indicator","year","number")
);
--> statement-breakpoint
CREATE TABLE "import_staging" (
	"id" text PRIMARY KEY NOT NULL,
	"indicator" text NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"preview" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"slug" text PRIMARY KEY NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"definition_id" text NOT NULL,
	"definition_en" text NOT NULL,
	"unit" text NOT NULL,
	"number_kind" text NOT NULL,
	"polarity" text NOT NULL,
	"producer_opd" text NOT NULL,
	"walidata" text NOT NULL,
	"reference_code" text,
	"periodicity" text NOT NULL,
	"count_unit" text,
	"classification" jsonb NOT NULL,
	"built_in" boolean DEFAULT false NOT NULL,
	"position" integer NOT NULL,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" integer
);
--> statement-breakpoint
ALTER TABLE "active_datasets" ADD CONSTRAINT "active_datasets_indicator_indicators_slug_fk" FOREIGN KEY ("indicator") REFERENCES "public"."indicators"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "active_datasets" ADD CONSTRAINT "active_datasets_version_id_dataset_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."dataset_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "active_datasets" ADD CONSTRAINT "active_datasets_activated_by_users_id_fk" FOREIGN KEY ("activated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_values" ADD CONSTRAINT "dataset_values_version_id_dataset_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."dataset_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_values" ADD CONSTRAINT "dataset_values_kelurahan_code_kelurahan_code_fk" FOREIGN KEY ("kelurahan_code") REFERENCES "public"."kelurahan"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_versions" ADD CONSTRAINT "dataset_versions_indicator_indicators_slug_fk" FOREIGN KEY ("indicator") REFERENCES "public"."indicators"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dataset_versions" ADD CONSTRAINT "dataset_versions_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_staging" ADD CONSTRAINT "import_staging_indicator_indicators_slug_fk" FOREIGN KEY ("indicator") REFERENCES "public"."indicators"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_staging" ADD CONSTRAINT "import_staging_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_staging_expires_at_idx" ON "import_staging" USING btree ("expires_at");--> statement-breakpoint
-- The built-in catalogue (shared/src/built-in-indicators.ts; tests hold the two equal), so the
-- sample data of an existing database can become dataset versions below.
INSERT INTO "indicators" ("slug", "name_id", "name_en", "definition_id", "definition_en", "unit", "number_kind", "polarity", "producer_opd", "walidata", "reference_code", "periodicity", "count_unit", "classification", "built_in", "position") VALUES
	('poverty', 'Persentase penduduk miskin', 'Population in poverty', 'Persentase penduduk kelurahan yang tercatat miskin dalam data kesejahteraan sosial (DTKS/DTSEN). Angka kota resmi dari BPS (Susenas Maret) hanya tersedia di tingkat kota.', 'Share of the kelurahan population registered as poor in the social welfare registry (DTKS/DTSEN). The official city figure from BPS (March Susenas) exists at city level only.', '%', 'percent', 'higher-worse', 'Dinsos-P3AP2KB', 'Bappeda Kota Malang', NULL, 'tahunan', 'jiwa', '{"method":"quantile","classes":5,"palette":"YlOrRd"}'::jsonb, true, 0),
	('stunting', 'Prevalensi stunting', 'Stunting prevalence', 'Persentase balita yang ditimbang di posyandu dengan tinggi badan menurut umur di bawah −2 SD standar WHO (e-PPGBM). Berbeda dari angka survei SSGI/SKI.', 'Share of children under five weighed at posyandu whose height-for-age is below −2 SD of the WHO standard (e-PPGBM). Differs from the SSGI/SKI survey figure.', '%', 'percent', 'higher-worse', 'Dinkes', 'Bappeda Kota Malang', NULL, 'tahunan', 'balita', '{"method":"fixed","classes":5,"palette":"PuRd","fixedBreaks":[5,8,10,14]}'::jsonb, true, 1),
	('rtlh', 'Backlog RTLH', 'Uninhabitable housing backlog', 'Jumlah rumah tidak layak huni (RTLH) terdaftar yang belum diperbaiki pada akhir tahun. Angka kedua: rumah yang diperbaiki pada tahun itu.', 'Registered uninhabitable houses (RTLH) not yet repaired at year end. Second number: houses repaired that year.', 'unit', 'count', 'higher-worse', 'DPUPRPKP', 'Bappeda Kota Malang', NULL, 'tahunan', 'unit', '{"method":"jenks","classes":5,"palette":"Purples"}'::jsonb, true, 2)
ON CONFLICT ("slug") DO NOTHING;--> statement-breakpoint
-- Each indicator-year of the old table becomes version 1 (sample data), made active.
INSERT INTO "dataset_versions" ("indicator", "year", "number", "is_sample", "source", "producer", "imported_at")
SELECT v."indicator", v."year", 1, bool_and(v."is_sample"), min(v."source"), i."producer_opd", now()
FROM "indicator_values" v JOIN "indicators" i ON i."slug" = v."indicator"
GROUP BY v."indicator", v."year", i."producer_opd";--> statement-breakpoint
INSERT INTO "dataset_values" ("version_id", "kelurahan_code", "value", "count")
SELECT d."id", v."kelurahan_code", v."value", v."count"
FROM "indicator_values" v JOIN "dataset_versions" d ON d."indicator" = v."indicator" AND d."year" = v."year" AND d."number" = 1;--> statement-breakpoint
INSERT INTO "active_datasets" ("indicator", "year", "version_id", "activated_at")
SELECT d."indicator", d."year", d."id", d."imported_at" FROM "dataset_versions" d;--> statement-breakpoint
DROP TABLE "indicator_values";
