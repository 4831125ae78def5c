"use server";

import { z } from "zod";
import { zId } from "@/lib/forms/schema";
import { formAction } from "@/lib/http/action";
import { saveSchool, saveTopteam, saveWindstreek, setActief, ZSchool, ZTopteam, ZWindstreek } from "@/lib/organisation/manage";

const PAGE = "/beheer/organisatie";
const klaar = (soort: "windstreek" | "school" | "topteam") => () => ({ naar: `${PAGE}?opgeslagen=${soort}` });

export const saveWindstreekAction = formAction({ schema: ZWindstreek, run: saveWindstreek, klaar: klaar("windstreek") });
export const saveSchoolAction = formAction({ schema: ZSchool, run: saveSchool, klaar: klaar("school") });
export const saveTopteamAction = formAction({ schema: ZTopteam, run: saveTopteam, klaar: klaar("topteam") });

const ZActief = z.object({ soort: z.enum(["windstreek", "school", "topteam"]), id: zId, actief: z.enum(["true", "false"]).transform((v) => v === "true") });

export const setActiefAction = formAction({
  schema: ZActief,
  run: (ctx, input) => setActief(ctx, input.soort, input.id, input.actief),
  klaar: () => ({ vernieuw: PAGE }),
});
