-- CreateTable
CREATE TABLE "InsightPair" (
    "conditionId" INTEGER NOT NULL,
    "interventionId" INTEGER NOT NULL,
    "contributors" INTEGER NOT NULL DEFAULT 0,
    "helped" INTEGER NOT NULL DEFAULT 0,
    "worse" INTEGER NOT NULL DEFAULT 0,
    "weeksReports" INTEGER NOT NULL DEFAULT 0,
    "medianWeeks" DOUBLE PRECISION,
    "helpedWeeksReports" INTEGER NOT NULL DEFAULT 0,
    "medianWeeksHelped" DOUBLE PRECISION,
    "onlyContributors" INTEGER NOT NULL DEFAULT 0,
    "onlyHelped" INTEGER NOT NULL DEFAULT 0,
    "onlyWorse" INTEGER NOT NULL DEFAULT 0,
    "onlyWeeksReports" INTEGER NOT NULL DEFAULT 0,
    "onlyMedianWeeks" DOUBLE PRECISION,
    "onlyHelpedWeeksReports" INTEGER NOT NULL DEFAULT 0,
    "onlyMedianWeeksHelped" DOUBLE PRECISION,
    "stale" BOOLEAN NOT NULL DEFAULT false,
    "refreshedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InsightPair_pkey" PRIMARY KEY ("conditionId","interventionId")
);

-- CreateIndex
CREATE INDEX "InsightPair_interventionId_idx" ON "InsightPair"("interventionId");

-- Hand-written below: the functions and triggers that keep "InsightPair" right. Prisma models
-- neither, so the drift check ignores them. They run on every change of a story's tags, outcome,
-- status, deletion, author or date, in the same transaction (see README, "Insights").
-- The PostgreSQL driver adapter applies a migration by splitting it at every semicolon, so the
-- function bodies are E'' strings that spell each semicolon as \073 (and quotes as '').

-- Recomputes the given condition × intervention pairs from the stories. Only visible,
-- non-deleted stories count, each member once per pair, by their latest story (a story
-- whose author account is gone counts on its own).
CREATE FUNCTION insights_refresh_pairs(p_conditions integer[], p_interventions integer[]) RETURNS integer
LANGUAGE plpgsql AS E'
DECLARE
  refreshed integer\073
BEGIN
  -- One refresher at a time, until commit. A concurrent writer waits here and then, each
  -- statement taking a fresh snapshot under READ COMMITTED, counts what this one committed.
  PERFORM pg_advisory_xact_lock(7346001)\073
  DELETE FROM "InsightPair" ip
  USING unnest(p_conditions, p_interventions) AS x(cond, interv)
  WHERE ip."conditionId" = x.cond AND ip."interventionId" = x.interv\073
  INSERT INTO "InsightPair" (
    "conditionId", "interventionId", contributors, helped, worse,
    "weeksReports", "medianWeeks", "helpedWeeksReports", "medianWeeksHelped",
    "onlyContributors", "onlyHelped", "onlyWorse",
    "onlyWeeksReports", "onlyMedianWeeks", "onlyHelpedWeeksReports", "onlyMedianWeeksHelped",
    stale, "refreshedAt")
  WITH pairs AS (
    SELECT DISTINCT cond, interv FROM unnest(p_conditions, p_interventions) AS x(cond, interv)
  ), reports AS (
    SELECT DISTINCT ON (x.cond, x.interv, coalesce(p."authorId", ''post:'' || p.id))
           x.cond, x.interv,
           i.outcome IN (''HELPED_A_LOT'', ''HELPED'') AS helped,
           i.outcome = ''WORSE'' AS worse,
           i."durationWeeks" AS weeks,
           i."onlyChange" AS only_change
    FROM pairs x
    JOIN "PostTag" i ON i."tagId" = x.interv AND i."tagKind" = ''INTERVENTION'' AND i.outcome IS NOT NULL
    JOIN "PostTag" c ON c."postId" = i."postId" AND c."tagId" = x.cond AND c."tagKind" = ''CONDITION''
    JOIN "Post" p ON p.id = i."postId"
    WHERE p.kind = ''STORY'' AND p.status = ''VISIBLE'' AND p."deletedAt" IS NULL
    ORDER BY x.cond, x.interv, coalesce(p."authorId", ''post:'' || p.id), p."createdAt" DESC, p.id DESC
  )
  SELECT cond, interv,
         count(*), count(*) FILTER (WHERE helped), count(*) FILTER (WHERE worse),
         count(weeks), percentile_cont(0.5) WITHIN GROUP (ORDER BY weeks),
         count(weeks) FILTER (WHERE helped), percentile_cont(0.5) WITHIN GROUP (ORDER BY weeks) FILTER (WHERE helped),
         count(*) FILTER (WHERE only_change), count(*) FILTER (WHERE only_change AND helped), count(*) FILTER (WHERE only_change AND worse),
         count(weeks) FILTER (WHERE only_change), percentile_cont(0.5) WITHIN GROUP (ORDER BY weeks) FILTER (WHERE only_change),
         count(weeks) FILTER (WHERE only_change AND helped),
         percentile_cont(0.5) WITHIN GROUP (ORDER BY weeks) FILTER (WHERE only_change AND helped),
         false, now()
  FROM reports
  GROUP BY cond, interv\073
  GET DIAGNOSTICS refreshed = ROW_COUNT\073
  RETURN refreshed\073
END
';

-- An ordinary write (one story: a few pairs) refreshes its pairs at once, a bulk write only
-- marks them stale, and the next read of a condition or intervention refreshes what it shows.
CREATE FUNCTION insights_touch_pairs(p_conditions integer[], p_interventions integer[]) RETURNS void
LANGUAGE plpgsql AS E'
BEGIN
  IF coalesce(cardinality(p_conditions), 0) = 0 THEN
    RETURN\073
  END IF\073
  IF cardinality(p_conditions) <= 16 THEN
    PERFORM insights_refresh_pairs(p_conditions, p_interventions)\073
  ELSE
    PERFORM pg_advisory_xact_lock(7346001)\073
    INSERT INTO "InsightPair" ("conditionId", "interventionId", stale)
    SELECT DISTINCT cond, interv, true FROM unnest(p_conditions, p_interventions) AS x(cond, interv)
    ON CONFLICT ("conditionId", "interventionId") DO UPDATE SET stale = true\073
  END IF\073
END
';

-- Refreshes the stale pairs of one condition and/or one intervention (null: any).
CREATE FUNCTION insights_refresh_stale(p_condition integer, p_intervention integer) RETURNS integer
LANGUAGE plpgsql AS E'
DECLARE
  conds integer[]\073
  intervs integer[]\073
BEGIN
  PERFORM pg_advisory_xact_lock(7346001)\073
  SELECT array_agg("conditionId"), array_agg("interventionId") INTO conds, intervs
  FROM "InsightPair"
  WHERE stale
    AND (p_condition IS NULL OR "conditionId" = p_condition)
    AND (p_intervention IS NULL OR "interventionId" = p_intervention)\073
  IF conds IS NULL THEN
    RETURN 0\073
  END IF\073
  RETURN insights_refresh_pairs(conds, intervs)\073
END
';

-- Rebuilds the whole summary (after a bulk load, or to repair it).
CREATE FUNCTION insights_refresh_all() RETURNS integer
LANGUAGE plpgsql AS E'
DECLARE
  conds integer[]\073
  intervs integer[]\073
BEGIN
  PERFORM pg_advisory_xact_lock(7346001)\073
  DELETE FROM "InsightPair"\073
  SELECT array_agg(cond), array_agg(interv) INTO conds, intervs FROM (
    SELECT DISTINCT c."tagId" AS cond, i."tagId" AS interv
    FROM "PostTag" i
    JOIN "PostTag" c ON c."postId" = i."postId" AND c."tagKind" = ''CONDITION''
    WHERE i."tagKind" = ''INTERVENTION''
  ) x\073
  IF conds IS NULL THEN
    RETURN 0\073
  END IF\073
  RETURN insights_refresh_pairs(conds, intervs)\073
END
';

-- A story's tags changed: the pairs of each added, updated or removed tag with the story's
-- tags of the other kind (for a removed story, with its other removed tags too).
CREATE FUNCTION insights_post_tags_changed() RETURNS trigger
LANGUAGE plpgsql AS E'
DECLARE
  conds integer[]\073
  intervs integer[]\073
BEGIN
  IF TG_OP = ''INSERT'' THEN
    SELECT array_agg(cond), array_agg(interv) INTO conds, intervs FROM (
      SELECT DISTINCT
             CASE WHEN n."tagKind" = ''CONDITION'' THEN n."tagId" ELSE o."tagId" END AS cond,
             CASE WHEN n."tagKind" = ''CONDITION'' THEN o."tagId" ELSE n."tagId" END AS interv
      FROM new_rows n
      JOIN "PostTag" o ON o."postId" = n."postId" AND o."tagKind" <> n."tagKind"
    ) x\073
  ELSIF TG_OP = ''UPDATE'' THEN
    SELECT array_agg(cond), array_agg(interv) INTO conds, intervs FROM (
      SELECT DISTINCT
             CASE WHEN n."tagKind" = ''CONDITION'' THEN n."tagId" ELSE o."tagId" END AS cond,
             CASE WHEN n."tagKind" = ''CONDITION'' THEN o."tagId" ELSE n."tagId" END AS interv
      FROM (SELECT "postId", "tagId", "tagKind" FROM new_rows
            UNION SELECT "postId", "tagId", "tagKind" FROM old_rows) n
      JOIN "PostTag" o ON o."postId" = n."postId" AND o."tagKind" <> n."tagKind"
    ) x\073
  ELSE
    SELECT array_agg(cond), array_agg(interv) INTO conds, intervs FROM (
      SELECT CASE WHEN n."tagKind" = ''CONDITION'' THEN n."tagId" ELSE o."tagId" END AS cond,
             CASE WHEN n."tagKind" = ''CONDITION'' THEN o."tagId" ELSE n."tagId" END AS interv
      FROM old_rows n
      JOIN "PostTag" o ON o."postId" = n."postId" AND o."tagKind" <> n."tagKind"
      UNION
      SELECT c."tagId", i."tagId"
      FROM old_rows c
      JOIN old_rows i ON i."postId" = c."postId" AND i."tagKind" = ''INTERVENTION''
      WHERE c."tagKind" = ''CONDITION''
    ) x\073
  END IF\073
  PERFORM insights_touch_pairs(conds, intervs)\073
  RETURN NULL\073
END
';

CREATE TRIGGER insights_post_tags_inserted AFTER INSERT ON "PostTag"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_post_tags_changed();
CREATE TRIGGER insights_post_tags_updated AFTER UPDATE ON "PostTag"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_post_tags_changed();
CREATE TRIGGER insights_post_tags_deleted AFTER DELETE ON "PostTag"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_post_tags_changed();

-- A story became visible or not (moderation, deletion), changed author (account deleted) or
-- date: all its pairs. Other post updates (counters, activity) match no row here.
CREATE FUNCTION insights_posts_changed() RETURNS trigger
LANGUAGE plpgsql AS E'
DECLARE
  conds integer[]\073
  intervs integer[]\073
BEGIN
  SELECT array_agg(cond), array_agg(interv) INTO conds, intervs FROM (
    SELECT DISTINCT c."tagId" AS cond, i."tagId" AS interv
    FROM new_rows n
    JOIN old_rows o ON o.id = n.id
    JOIN "PostTag" c ON c."postId" = n.id AND c."tagKind" = ''CONDITION''
    JOIN "PostTag" i ON i."postId" = n.id AND i."tagKind" = ''INTERVENTION''
    WHERE (o.status, o."deletedAt", o."authorId", o."createdAt", o.kind)
          IS DISTINCT FROM (n.status, n."deletedAt", n."authorId", n."createdAt", n.kind)
  ) x\073
  PERFORM insights_touch_pairs(conds, intervs)\073
  RETURN NULL\073
END
';

CREATE TRIGGER insights_posts_updated AFTER UPDATE ON "Post"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION insights_posts_changed();

-- Existing stories.
SELECT insights_refresh_all();
