"use client";

import { ActionForm } from "@/components/ui/action-form";
import { endOtherSessionsAction } from "./actions";

export function EndOthersForm() {
  return (
    <ActionForm id="elders-afmelden" action={endOtherSessionsAction} knop="Elders afmelden" variant="rand" className="mt-4">
      {() => null}
    </ActionForm>
  );
}
