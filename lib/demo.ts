// Demo mode: the seeded fictional accounts are listed on the sign-in page. Only when
// DEMO_MODE=1 is set explicitly (npm run demo does), never in a production configuration.
export const DEMO_PASSWORD = "demo-toptraject";

export function isDemoMode(env = process.env): boolean {
  return env.DEMO_MODE === "1";
}
