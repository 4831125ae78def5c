"use client";

// The frame every form around a server action shares: the action's state, the form-level
// message, hidden fields, the fields with their errors (given the state), and the button.
import { useActionState } from "react";
import type { ActieStatus } from "@/lib/forms/form-data";
import { Alert } from "./alert";
import { SubmitButton, type ButtonVariant } from "./button";

export type Action<D = undefined> = (previous: ActieStatus<D>, form: FormData) => Promise<ActieStatus<D>>;

export function ActionForm<D = undefined>({
  id,
  action,
  knop,
  bezig,
  variant,
  verborgen = {},
  className = "space-y-3",
  children,
  na,
}: {
  id: string;
  action: Action<D>;
  knop: React.ReactNode;
  bezig?: string;
  variant?: ButtonVariant;
  /** Hidden fields, such as the traject and the version the page was loaded with. */
  verborgen?: Record<string, string | number>;
  className?: string;
  children: (state: ActieStatus<D>) => React.ReactNode;
  /** What to show instead of the form once the action returned data. */
  na?: (data: D) => React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState<ActieStatus<D>, FormData>(action, {});
  if (na && state.data !== undefined) return <>{na(state.data)}</>;
  const meldingId = `${id}-melding`;
  return (
    // Remounted with what was sent, as a select only takes its defaultValue when it mounts.
    <form key={JSON.stringify(state.waarden ?? {})} action={formAction} noValidate className={className} aria-describedby={state.melding ? meldingId : undefined}>
      {Object.entries(verborgen).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.melding && (
        <Alert tone="fout" id={meldingId}>
          {state.melding}
        </Alert>
      )}
      {children(state)}
      <SubmitButton pending={pending} bezig={bezig} variant={variant}>
        {knop}
      </SubmitButton>
    </form>
  );
}
