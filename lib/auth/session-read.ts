// The server-side session behind a request, read in one statement: the session row, its user and
// the name of the user's organisation. Every page view starts here, so it is one round trip
// instead of Prisma's three (the session, its user, and the organisation for a page's title).
import "server-only";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";

export interface SessionUser {
  id: string;
  naam: string;
  email: string;
  role: Role;
  active: boolean;
  totpEnabledAt: Date | null;
  schoolId: string | null;
  windstreekId: string | null;
  topteamId: string | null;
}

export interface SessionRead {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  codeNodig: boolean;
  user: SessionUser;
  /** The school, Topteam or windstreek the user works for, in that order. */
  organisatie: string | null;
}

/** The statement's row: the session's and the user's columns side by side. */
type Row = Omit<SessionRead, "user"> & Omit<SessionUser, "id"> & { userId: string };

/** Session `sid` with its user, or null when there is no such session. */
export async function readSession(sid: string): Promise<SessionRead | null> {
  const [row] = await db().$queryRaw<Row[]>`
    SELECT s.id, s."createdAt", s."lastSeenAt", s."endedAt", s."codeNodig",
           u.id AS "userId", u.naam, u.email, u.role::text AS role, u.active, u."totpEnabledAt",
           u."schoolId", u."windstreekId", u."topteamId",
           COALESCE(sc.naam, tt.naam, ws.naam) AS organisatie
      FROM "AuthSession" s
      JOIN "User" u ON u.id = s."userId"
      LEFT JOIN "School" sc ON sc.id = u."schoolId"
      LEFT JOIN "Topteam" tt ON tt.id = u."topteamId"
      LEFT JOIN "Windstreek" ws ON ws.id = u."windstreekId"
     WHERE s.id = ${sid}`;
  if (!row) return null;
  const { userId, naam, email, role, active, totpEnabledAt, schoolId, windstreekId, topteamId, organisatie, ...session } = row;
  return { ...session, organisatie, user: { id: userId, naam, email, role, active, totpEnabledAt, schoolId, windstreekId, topteamId } };
}
