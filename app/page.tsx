import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current-actor";
import { START_PAGE } from "@/lib/navigation";

export default async function Home() {
  const actor = await requireActor();
  redirect(START_PAGE[actor.role]);
}
