"use server";

import { z } from "zod";
import { maakAgendaLink, trekAgendaLinkIn } from "@/lib/agenda/feed";
import { formAction } from "@/lib/http/action";
import { bewaarMeldingen, ZMeldingen } from "@/lib/users/preferences";

export const saveMeldingenAction = formAction({
  schema: ZMeldingen,
  vorm: { vinkjes: ["aan"] },
  run: bewaarMeldingen,
  klaar: () => ({ naar: "/account/meldingen?opgeslagen=1" }),
});

const ZLeeg = z.object({});

export const newAgendaLinkAction = formAction<typeof ZLeeg, string, string>({
  schema: ZLeeg,
  run: (ctx) => maakAgendaLink(ctx),
  // Shown once: only its hash is stored.
  klaar: (_input, url) => ({ data: url, vernieuw: "/account/meldingen" }),
});

export const revokeAgendaLinkAction = formAction({
  schema: ZLeeg,
  run: (ctx) => trekAgendaLinkIn(ctx),
  klaar: () => ({ naar: "/account/meldingen?ingetrokken=1" }),
});
