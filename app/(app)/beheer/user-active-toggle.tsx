"use client";

import { ActionForm } from "@/components/ui/action-form";
import { setUserActiveAction } from "./actions";

export function UserActiveToggle({ userId, naam, active }: { userId: string; naam: string; active: boolean }) {
  return (
    <ActionForm id={`actief-${userId}`} action={setUserActiveAction} knop={<>{active ? "Deactiveren" : "Activeren"}<span className="sr-only"> {naam}</span></>} variant="rand" verborgen={{ userId, active: active ? "false" : "true" }} className="">
      {() => null}
    </ActionForm>
  );
}
