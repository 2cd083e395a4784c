-- Hand-written. What "helped", "no change" and "worse" mean, once for SQL: outcome_group() holds
-- the groups of lib/outcomes.ts (OUTCOME_GROUP_NUMBERS), and tests/lib/outcomes.test.ts fails
-- when the two disagree on any "Outcome" value. The story list's facts ("tagIds", decision 006)
-- and the insights summary both read it, and their results are unchanged, so nothing is backfilled.
-- Function bodies are E'' strings with \073 for each semicolon: the migration runner splits at
-- every semicolon.

-- 1 helped (a lot or some), 2 no change, 3 worse.
CREATE FUNCTION outcome_group(p_outcome "Outcome") RETURNS integer
LANGUAGE sql IMMUTABLE AS E'
  SELECT CASE WHEN p_outcome IN (''HELPED_A_LOT'', ''HELPED'') THEN 1 WHEN p_outcome = ''NO_CHANGE'' THEN 2 WHEN p_outcome = ''WORSE'' THEN 3 END
';

CREATE OR REPLACE FUNCTION post_tag_facts(p_tag integer, p_kind "TagKind", p_outcome "Outcome", p_only boolean) RETURNS integer[]
LANGUAGE sql IMMUTABLE AS E'
  SELECT ARRAY[p_tag]
    || CASE WHEN p_kind = ''INTERVENTION'' AND p_outcome IS NOT NULL
            THEN ARRAY[p_tag + 16777216 * outcome_group(p_outcome)]
            ELSE ARRAY[]::integer[] END
    || CASE WHEN p_kind = ''INTERVENTION'' AND p_only THEN ARRAY[-p_tag] ELSE ARRAY[]::integer[] END
';

-- As in the insights_summary migration, with "helped" and "worse" from outcome_group().
CREATE OR REPLACE FUNCTION insights_refresh_pairs(p_conditions integer[], p_interventions integer[]) RETURNS integer
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
           outcome_group(i.outcome) = 1 AS helped,
           outcome_group(i.outcome) = 3 AS worse,
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
