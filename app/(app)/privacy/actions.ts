"use server";

import { z } from "zod";
import { amsterdamDay } from "@/lib/calendar";
import { zId } from "@/lib/forms/schema";
import { formAction } from "@/lib/http/action";
import { anonymiseStudent } from "@/lib/privacy/students";

const ZAnonymise = z.object({
  studentId: zId,
  bevestigd: z.literal("ja", { error: "Bevestig in de vraag die verschijnt dat u de gegevens van deze leerling wilt verwijderen." }),
});

export const anonymiseStudentAction = formAction({
  schema: ZAnonymise,
  run: (ctx, input) => anonymiseStudent(ctx, input.studentId, amsterdamDay()),
  klaar: (input) => ({ naar: `/privacy/${encodeURIComponent(input.studentId)}?verwijderd=1` }),
});
