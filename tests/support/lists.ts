// Every row of a traject list, page after page, the way a user would click through it.
import type { RequestContext } from "@/lib/authz";
import { lijstTrajecten, type TrajectRij } from "@/lib/trajecten/list";
import { leesLijstParams, type LijstParams } from "@/lib/trajecten/list-params";

export async function alleRijen(ctx: RequestContext, today: Date, params: Partial<LijstParams> = {}): Promise<TrajectRij[]> {
  const rijen: TrajectRij[] = [];
  for (let pagina = 1; ; pagina++) {
    const lijst = await lijstTrajecten(ctx, { ...leesLijstParams({}), ...params, pagina }, "test", today);
    rijen.push(...lijst.rijen);
    if (pagina >= lijst.paginas) return rijen;
  }
}
