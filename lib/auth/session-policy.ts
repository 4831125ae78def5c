// When a server-side session ends. Pure, so the rule is tested without a clock or a database.

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

export function sessionPolicyFromEnv(env = process.env): SessionPolicy {
  return {
    idleMinutes: Number(env.SESSION_IDLE_MINUTES ?? 30),
    maxHours: Number(env.SESSION_MAX_HOURS ?? 12),
  };
}

export interface SessionState {
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  userActive: boolean;
}

export function isSessionLive(session: SessionState, now: Date, policy: SessionPolicy): boolean {
  if (session.endedAt || !session.userActive) return false;
  const idleMs = now.getTime() - session.lastSeenAt.getTime();
  const ageMs = now.getTime() - session.createdAt.getTime();
  return idleMs <= policy.idleMinutes * 60_000 && ageMs <= policy.maxHours * 3_600_000;
}

/** lastSeenAt is written at most this often, so that a page view does not always cost a write. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;
