"use server";

import { z } from "zod";
import { zId } from "@/lib/forms/schema";
import { formAction } from "@/lib/http/action";
import { saveSchool, saveTopteam, saveWindstreek, setActief, ZSchool, ZTopteam, ZWindstreek } from "@/lib/organisation/manage";

const PAGE = "/beheer/organisatie";
const klaar = () => ({ naar: `${PAGE}?opgeslagen=1` });

export const saveWindstreekAction = formAction({ schema: ZWindstreek, run: saveWindstreek, klaar });
export const saveSchoolAction = formAction({ schema: ZSchool, run: saveSchool, klaar });
export const saveTopteamAction = formAction({ schema: ZTopteam, run: saveTopteam, klaar });

const ZActief = z.object({ soort: z.enum(["windstreek", "school", "topteam"]), id: zId, actief: z.enum(["true", "false"]).transform((v) => v === "true") });

export const setActiefAction = formAction({
  schema: ZActief,
  run: (ctx, input) => setActief(ctx, input.soort, input.id, input.actief),
  klaar: () => ({ vernieuw: PAGE }),
});
