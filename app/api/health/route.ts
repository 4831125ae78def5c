import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** 200 with `{ database, migrations, worker }` when all three are well, 503 otherwise. */
export async function GET() {
  const { healthy, health } = await checkHealth();
  return Response.json(health, { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
