// The job queues and the schedule, named once. Retries are per queue; the delays come from the
// environment so that a test can see a retry run out in seconds instead of minutes.

export const QUEUE = {
  /** Sends one message of the e-mail outbox (lib/mail/outbox.ts). */
  mail: "mail",
  /** A message whose every retry failed: marked MISLUKT, for the functioneel beheerder. */
  mailMislukt: "mail-mislukt",
  /** The daily AVG retention run (lib/privacy/retention.ts). */
  bewaartermijn: "bewaartermijn",
  /** Monday's digest of every user's tasks (lib/tasks/digest.ts). */
  weekoverzicht: "weekoverzicht",
  /** The stored tasks recomputed for a new day (lib/tasks/stored.ts). */
  taken: "taken",
} as const;
export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

type Env = Record<string, string | undefined>;

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
};

/**
 * Each queue's options, as pg-boss stores them when the migration step creates the queue; in the
 * order they are created, a dead-letter queue before the queue that names it.
 */
export function queueOptions(env: Env = process.env) {
  return {
    [QUEUE.mailMislukt]: { retryLimit: 3, expireInSeconds: 60 },
    [QUEUE.mail]: {
      retryLimit: positive(env.MAIL_RETRY_LIMIT, 5),
      retryDelay: positive(env.MAIL_RETRY_DELAY_SECONDS, 60),
      retryBackoff: true,
      expireInSeconds: 120,
      deadLetter: QUEUE.mailMislukt,
    },
    [QUEUE.bewaartermijn]: { retryLimit: 2, retryDelay: 600, expireInSeconds: 3600 },
    // A retry sends only what the first run did not: the digest's own key makes it once a week.
    [QUEUE.weekoverzicht]: { retryLimit: 3, retryDelay: 300, expireInSeconds: 3600 },
    // Until it has run, start pages compute their tasks live: slower, never wrong.
    [QUEUE.taken]: { retryLimit: 3, retryDelay: 60, expireInSeconds: 900 },
  } satisfies Record<QueueName, object>;
}

/**
 * The retention run daily at 03:30 in Amsterdam, the quietest hour, the digest on Monday at 07:00
 * and the stored tasks just after midnight, in Amsterdam, summer and winter time alike; one job
 * per slot, however many workers run. RETENTION_CRON, WEEKOVERZICHT_CRON and TAKEN_CRON override
 * them (the instances test runs them every minute).
 */
export function schedules(env: Env = process.env) {
  return [
    { queue: QUEUE.bewaartermijn, cron: env.RETENTION_CRON || "30 3 * * *", tz: "Europe/Amsterdam" },
    { queue: QUEUE.weekoverzicht, cron: env.WEEKOVERZICHT_CRON || "0 7 * * 1", tz: "Europe/Amsterdam" },
    { queue: QUEUE.taken, cron: env.TAKEN_CRON || "1 0 * * *", tz: "Europe/Amsterdam" },
  ] as const;
}
