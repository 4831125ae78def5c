import { checkHealth } from "@/lib/health";

/** Route handlers are not cached (Next.js 15 and later): every call checks anew. 200 with `{ database, migrations, worker }` when all three are well, 503 otherwise. */
export async function GET() {
  const { healthy, health } = await checkHealth();
  return Response.json(health, { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
