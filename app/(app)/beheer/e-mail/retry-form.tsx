"use client";

import { ActionForm } from "@/components/ui/action-form";
import { retryMailAction } from "./actions";

export function RetryForm({ mailId, aan }: { mailId: string; aan: string }) {
  return (
    <ActionForm id={`opnieuw-${mailId}`} action={retryMailAction} knop={<>Opnieuw versturen<span className="sr-only"> aan {aan}</span></>} variant="rand" verborgen={{ mailId }} className="">
      {() => null}
    </ActionForm>
  );
}
