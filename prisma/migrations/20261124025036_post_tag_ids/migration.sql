-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "tagIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- Hand-written below (decision 006). "Post"."tagIds" holds what the story list filters on, from
-- the post's "PostTag" rows: every tag id, and for an intervention also its outcome group as
-- id + 16777216 x (1 helped or helped a lot, 2 no change, 3 worse) and, when it was the only
-- change its author made, the negated id. So "acne, and LGG helped as the only change" is one
-- GIN containment test: "tagIds" @> ARRAY[acne, lgg + 16777216, -lgg].
-- Statement triggers keep it in step with every insert, delete and update of "PostTag", in the
-- same transaction. They add and remove values relative to the row's current array (an UPDATE
-- re-reads a row that a concurrent writer changed first) and skip posts already right, so the
-- bulk loader, which writes "tagIds" with the posts, pays nothing. Function bodies are E'' strings
-- with \073 for each semicolon: the migration runner splits at every semicolon.

CREATE FUNCTION post_tag_facts(p_tag integer, p_kind "TagKind", p_outcome "Outcome", p_only boolean) RETURNS integer[]
LANGUAGE sql IMMUTABLE AS E'
  SELECT ARRAY[p_tag]
    || CASE WHEN p_kind = ''INTERVENTION'' AND p_outcome IS NOT NULL
            THEN ARRAY[p_tag + 16777216 * CASE WHEN p_outcome IN (''HELPED_A_LOT'', ''HELPED'') THEN 1 WHEN p_outcome = ''NO_CHANGE'' THEN 2 ELSE 3 END]
            ELSE ARRAY[]::integer[] END
    || CASE WHEN p_kind = ''INTERVENTION'' AND p_only THEN ARRAY[-p_tag] ELSE ARRAY[]::integer[] END
';

-- Existing posts. The triggers on "Post" updates (insights) are off meanwhile: "tagIds" is none
-- of their business, and their transition tables would hold every post.
ALTER TABLE "Post" DISABLE TRIGGER USER;
UPDATE "Post" p SET "tagIds" = t.facts
FROM (
  SELECT pt."postId", array_agg(f ORDER BY f) AS facts
  FROM "PostTag" pt, unnest(post_tag_facts(pt."tagId", pt."tagKind", pt.outcome, pt."onlyChange")) AS f
  GROUP BY pt."postId"
) t
WHERE p.id = t."postId";
ALTER TABLE "Post" ENABLE TRIGGER USER;

-- CreateIndex (after the backfill: building it once is faster than maintaining it per row)
CREATE INDEX "Post_tagIds_idx" ON "Post" USING GIN ("tagIds");

CREATE FUNCTION post_tag_facts_added() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "Post" p
  SET "tagIds" = ARRAY(SELECT DISTINCT x FROM unnest(coalesce(p."tagIds", ''{}'') || n.facts) AS x ORDER BY x)
  FROM (
    SELECT r."postId", array_agg(f) AS facts
    FROM new_rows r, unnest(post_tag_facts(r."tagId", r."tagKind", r.outcome, r."onlyChange")) AS f
    GROUP BY r."postId"
  ) n
  WHERE p.id = n."postId" AND NOT coalesce(p."tagIds" @> n.facts, false)\073
  RETURN NULL\073
END
';

CREATE FUNCTION post_tag_facts_removed() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "Post" p
  SET "tagIds" = ARRAY(SELECT x FROM unnest(p."tagIds") AS x WHERE x <> ALL (o.facts) ORDER BY x)
  FROM (
    SELECT r."postId", array_agg(f) AS facts
    FROM old_rows r, unnest(post_tag_facts(r."tagId", r."tagKind", r.outcome, r."onlyChange")) AS f
    GROUP BY r."postId"
  ) o
  WHERE p.id = o."postId" AND p."tagIds" && o.facts\073
  RETURN NULL\073
END
';

-- An update (a follow-up's outcome, "only change" after an edit, a row moved to another tag)
-- takes away the facts only the old rows had and adds those only the new rows have. A note or a
-- duration touches no post.
CREATE FUNCTION post_tag_facts_updated() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  WITH o AS (
    SELECT r."postId", f FROM old_rows r, unnest(post_tag_facts(r."tagId", r."tagKind", r.outcome, r."onlyChange")) AS f
  ), n AS (
    SELECT r."postId", f FROM new_rows r, unnest(post_tag_facts(r."tagId", r."tagKind", r.outcome, r."onlyChange")) AS f
  ), changes AS (
    SELECT d."postId", array_agg(d.f) FILTER (WHERE d.gone) AS gone, array_agg(d.f) FILTER (WHERE NOT d.gone) AS came
    FROM (
      (SELECT "postId", f, true AS gone FROM o EXCEPT SELECT "postId", f, true FROM n)
      UNION ALL
      (SELECT "postId", f, false FROM n EXCEPT SELECT "postId", f, false FROM o)
    ) d
    GROUP BY d."postId"
  )
  UPDATE "Post" p
  SET "tagIds" = ARRAY(
    SELECT DISTINCT x FROM unnest(coalesce(p."tagIds", ''{}'') || coalesce(c.came, ''{}'')) AS x
    WHERE x <> ALL (coalesce(c.gone, ''{}'')) ORDER BY x)
  FROM changes c
  WHERE p.id = c."postId"\073
  RETURN NULL\073
END
';

CREATE TRIGGER post_tag_facts_inserted AFTER INSERT ON "PostTag"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION post_tag_facts_added();
CREATE TRIGGER post_tag_facts_deleted AFTER DELETE ON "PostTag"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION post_tag_facts_removed();
CREATE TRIGGER post_tag_facts_changed AFTER UPDATE ON "PostTag"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION post_tag_facts_updated();
