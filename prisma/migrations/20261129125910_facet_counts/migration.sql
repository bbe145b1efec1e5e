-- CreateTable
CREATE TABLE "role_facet_counts" (
    "status" "role_status" NOT NULL,
    "tier" TEXT NOT NULL,
    "horizon" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "role_facet_counts_pkey" PRIMARY KEY ("status","tier","horizon")
);

-- Counts move with every write to roles: one statement-level trigger per operation, reading the transition
-- tables, so a bulk COPY of 100k rows costs one aggregate, not 100k counter updates. Keys are visited in a fixed
-- order so concurrent writers cannot deadlock on the counter rows.
CREATE OR REPLACE FUNCTION role_facet_counts_apply() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO role_facet_counts AS c (status, tier, horizon, count)
    SELECT status, coalesce(tier::text, 'unspecified'), coalesce(horizon::text, 'unspecified'), -count(*)
    FROM old_rows WHERE deleted_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (status, tier, horizon) DO UPDATE SET count = c.count + EXCLUDED.count;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO role_facet_counts AS c (status, tier, horizon, count)
    SELECT status, coalesce(tier::text, 'unspecified'), coalesce(horizon::text, 'unspecified'), count(*)
    FROM new_rows WHERE deleted_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (status, tier, horizon) DO UPDATE SET count = c.count + EXCLUDED.count;
  END IF;
  RETURN NULL;
END
$fn$;

CREATE OR REPLACE FUNCTION role_facet_counts_truncate() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM role_facet_counts;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER role_facet_counts_insert AFTER INSERT ON roles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION role_facet_counts_apply();
CREATE TRIGGER role_facet_counts_update AFTER UPDATE ON roles
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION role_facet_counts_apply();
CREATE TRIGGER role_facet_counts_delete AFTER DELETE ON roles
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION role_facet_counts_apply();
CREATE TRIGGER role_facet_counts_truncate AFTER TRUNCATE ON roles
  FOR EACH STATEMENT EXECUTE FUNCTION role_facet_counts_truncate();

INSERT INTO role_facet_counts (status, tier, horizon, count)
SELECT status, coalesce(tier::text, 'unspecified'), coalesce(horizon::text, 'unspecified'), count(*)
FROM roles WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
