"use server";

import { z } from "zod";
import { formAction } from "@/lib/http/action";
import { previewImport, runImport } from "@/lib/organisation/csv-import";
import type { ImportVoorbeeld } from "@/lib/organisation/csv-import-types";

const MAX_CSV_BYTES = 2 * 1024 * 1024;

const ZImport = z.object({
  soort: z.enum(["scholen", "accounts"], { error: "Kies wat u importeert." }),
  csv: z.string({ error: "Kies een CSV-bestand." }).min(1, "Kies een CSV-bestand.").max(MAX_CSV_BYTES, "Het bestand is groter dan 2 MB."),
});

/** The file's text: chosen as a file, or sent again from the preview as a hidden field. */
async function leesBestand(object: Record<string, unknown>, form: FormData) {
  const bestand = form.get("bestand");
  // The schema's limit on the text says when it is too large.
  return bestand instanceof File && bestand.size > 0 ? { ...object, csv: await bestand.text() } : object;
}

export const previewImportAction = formAction<typeof ZImport, ImportVoorbeeld & { csv: string }, ImportVoorbeeld & { csv: string }>({
  schema: ZImport,
  lees: leesBestand,
  run: async (ctx, input) => ({ ...(await previewImport(ctx, input.soort, input.csv)), csv: input.csv }),
  klaar: (_input, voorbeeld) => ({ data: voorbeeld }),
});

export const runImportAction = formAction({
  schema: ZImport,
  run: (ctx, input) => runImport(ctx, input.soort, input.csv),
  klaar: (input, aantal) => ({ naar: `/beheer/import?geimporteerd=${aantal}&soort=${input.soort}` }),
});
