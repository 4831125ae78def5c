"use server";

import { amsterdamDay } from "@/lib/calendar";
import { formAction } from "@/lib/http/action";
import { vernietigOpVerzoek, ZVernietiging } from "@/lib/privacy/students";

/** Vernietiging op verzoek: the request recorded, what may go destroyed, what was done recorded. */
export const vernietigAction = formAction({
  schema: ZVernietiging,
  vorm: { vinkjes: ["categorieen"] },
  run: (ctx, input) => vernietigOpVerzoek(ctx, input, amsterdamDay()),
  klaar: (input) => ({ naar: `/privacy/${encodeURIComponent(input.studentId)}?vernietigd=1` }),
});
