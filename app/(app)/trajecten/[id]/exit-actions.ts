"use server";

// Making the exit-questionnaire links at closure. Unlike other dossier writes this one does not
// redirect: the links are shown once, in the form's state, and are not stored in readable form.
import { headers } from "next/headers";
import { createExitLinks, ZExitLinks } from "@/lib/exit/questionnaire";
import type { ExitVoor } from "@/lib/generated/prisma/enums";
import { formAction } from "@/lib/http/action";

export type ExitLink = { voor: ExitVoor; url: string };

export const createExitLinksAction = formAction({
  schema: ZExitLinks,
  async run(ctx, input) {
    const links = await createExitLinks(ctx, input);
    const h = await headers();
    const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
    return links.map(({ voor, token }): ExitLink => ({ voor, url: `${origin}/exit/${token}` }));
  },
  klaar: (input, links) => ({ vernieuw: `/trajecten/${encodeURIComponent(input.trajectId)}`, data: links }),
});
