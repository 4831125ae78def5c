-- CreateTable
CREATE TABLE "TeamBezetting" (
    "topteamId" TEXT NOT NULL,
    "lopend" INTEGER NOT NULL DEFAULT 0,
    "windstreekoverstijgend" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TeamBezetting_pkey" PRIMARY KEY ("topteamId")
);

-- AddForeignKey
ALTER TABLE "TeamBezetting" ADD CONSTRAINT "TeamBezetting_topteamId_fkey" FOREIGN KEY ("topteamId") REFERENCES "Topteam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- BEZETTING (lib/trajecten/stand.ts): from approval until borging ends. The one place in SQL that
-- repeats it; tests/integration/team-bezetting.test.ts holds it to the TypeScript set, stand by stand.
CREATE FUNCTION telt_als_bezetting(fase "Fase", stap "AanmeldingStap") RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT (fase = 'AANMELDING' AND stap IS NOT DISTINCT FROM 'GOEDGEKEURD') OR fase IN ('ONDERZOEK', 'INTENSIEF', 'BORGING')
$$;

-- Moves a traject's place in its team's count, in the transaction of the write that moved it: a
-- write that commits has counted, one that rolls back has not.
CREATE FUNCTION team_bezetting_bijwerken() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  -- OLD is null on INSERT and NEW on DELETE, which makes these null: not counted.
  was_team text := CASE WHEN OLD."topteamId" IS NOT NULL AND telt_als_bezetting(OLD.fase, OLD."aanmeldingStap") THEN OLD."topteamId" END;
  wordt_team text := CASE WHEN NEW."topteamId" IS NOT NULL AND telt_als_bezetting(NEW.fase, NEW."aanmeldingStap") THEN NEW."topteamId" END;
BEGIN
  IF was_team IS NOT DISTINCT FROM wordt_team AND OLD.windstreekoverstijgend IS NOT DISTINCT FROM NEW.windstreekoverstijgend THEN
    RETURN NULL;
  END IF;
  -- Both teams in one statement, in the order of their ids: two writes that move trajecten
  -- between the same two teams lock the two rows in the same order, and never wait for each other in a circle.
  INSERT INTO "TeamBezetting" AS b ("topteamId", lopend, windstreekoverstijgend)
  SELECT team, sum(d), sum(d * o) FROM (VALUES
    (was_team, -1, OLD.windstreekoverstijgend::int),
    (wordt_team, 1, NEW.windstreekoverstijgend::int)) AS v(team, d, o)
  WHERE team IS NOT NULL
  GROUP BY team
  ORDER BY team
  ON CONFLICT ("topteamId") DO UPDATE SET
    lopend = b.lopend + EXCLUDED.lopend,
    windstreekoverstijgend = b.windstreekoverstijgend + EXCLUDED.windstreekoverstijgend;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Traject_team_bezetting_insert_delete" AFTER INSERT OR DELETE ON "Traject"
FOR EACH ROW EXECUTE FUNCTION team_bezetting_bijwerken();

-- Only the updates that can change a count reach the function: not a due date, a version or a note.
CREATE TRIGGER "Traject_team_bezetting_update" AFTER UPDATE OF fase, "aanmeldingStap", "topteamId", windstreekoverstijgend ON "Traject"
FOR EACH ROW
WHEN (OLD.fase IS DISTINCT FROM NEW.fase OR OLD."aanmeldingStap" IS DISTINCT FROM NEW."aanmeldingStap"
      OR OLD."topteamId" IS DISTINCT FROM NEW."topteamId" OR OLD.windstreekoverstijgend IS DISTINCT FROM NEW.windstreekoverstijgend)
EXECUTE FUNCTION team_bezetting_bijwerken();

CREATE FUNCTION team_bezetting_leeg() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "TeamBezetting";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Traject_team_bezetting_truncate" AFTER TRUNCATE ON "Traject"
FOR EACH STATEMENT EXECUTE FUNCTION team_bezetting_leeg();

-- The counts of the trajecten already there.
INSERT INTO "TeamBezetting" ("topteamId", lopend, windstreekoverstijgend)
SELECT "topteamId", count(*), count(*) FILTER (WHERE windstreekoverstijgend)
FROM "Traject"
WHERE "topteamId" IS NOT NULL AND telt_als_bezetting(fase, "aanmeldingStap")
GROUP BY "topteamId";
