"use client";

import { useActionState } from "react";
import { setUserActiveAction, type SetActiveState } from "@/app/(app)/beheer/actions";

export function UserActiveToggle({ userId, naam, active }: { userId: string; naam: string; active: boolean }) {
  const [state, action, pending] = useActionState<SetActiveState, FormData>(setUserActiveAction, {});
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <button type="submit" disabled={pending} className="rounded border border-brand-700 px-2 py-1 text-sm text-brand-700 hover:bg-brand-50">
        {active ? "Deactiveren" : "Activeren"}
        <span className="sr-only"> {naam}</span>
      </button>
      {state.error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {state.error}
        </p>
      )}
    </form>
  );
}
