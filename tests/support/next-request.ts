// Stands in for Next's request context when server actions and route handlers are called
// directly: the signed-in user is whoever `state.current` says, and redirect() throws
// Redirected. Import it before the app modules under test are (dynamically) imported.
import { vi } from "vitest";
import type { Actor } from "@/lib/authz";

const state = vi.hoisted(() => ({
  current: null as { actor: Actor; ip: string | null } | null,
  Redirected: class Redirected extends Error {},
}));
export const next = state;

vi.mock("@/lib/auth/current-actor", () => ({
  requireContext: async () => state.current!,
  requireActor: async () => state.current!.actor,
  getCurrentActor: async () => state.current?.actor ?? null,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new state.Redirected(url);
  },
  unstable_rethrow: (error: unknown) => {
    if (error instanceof state.Redirected) throw error;
  },
}));
// The request's headers, for actions that read them without a signed-in user (the exit
// questionnaire) or to build a link: a request from the test's own address.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "toptrajecten.test", "x-toptrajecten-client": "192.0.2.77" }) }));
