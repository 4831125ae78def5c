"use server";

// Making the exit-questionnaire links at closure. Unlike other dossier writes this one does not
// redirect: the links are shown once, in the form's state, and are not stored in readable form.
import { createExitLinks, ZExitLinks } from "@/lib/exit/questionnaire";
import type { ExitVoor } from "@/lib/generated/prisma/enums";
import { formAction } from "@/lib/http/action";
import { appUrl } from "@/lib/http/deployment";

export type ExitLink = { voor: ExitVoor; url: string };

export const createExitLinksAction = formAction({
  schema: ZExitLinks,
  async run(ctx, input) {
    const links = await createExitLinks(ctx, input);
    // Built from the public origin, never from a forwarded host a client could set.
    return links.map(({ voor, token }): ExitLink => ({ voor, url: new URL(`/exit/${token}`, appUrl()).href }));
  },
  klaar: (input, links) => ({ vernieuw: `/trajecten/${encodeURIComponent(input.trajectId)}`, data: links }),
});
