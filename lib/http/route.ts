// For route handlers (downloads): a role the permission table refuses gets a plain 403; the gate
// (lib/access.ts) has logged the denial already. Anything else is thrown on.
import "server-only";
import { AppError } from "../errors";

export async function ofGeenToegang<T>(werk: () => Promise<T>): Promise<T | Response> {
  try {
    return await werk();
  } catch (error) {
    if (error instanceof AppError && error.code === "NIET_TOEGESTAAN") return new Response("Geen toegang.", { status: 403 });
    throw error;
  }
}
