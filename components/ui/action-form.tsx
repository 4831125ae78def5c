"use client";

// The frame every form around a server action shares: the action's state, the form-level
// message, hidden fields, the fields with their errors (given the state), and the button.
// After an answer keyboard focus goes where the user must look (WCAG 2.4.3): to the first
// marked field, else to the form's message, else back to the button (it was disabled while the
// action ran, which sent focus to the page body). A form for something that cannot be undone asks
// first, in a modal dialog.
import { useActionState, useEffect, useRef } from "react";
import type { ActieStatus } from "@/lib/forms/form-data";
import { Alert } from "./alert";
import { Button, SubmitButton, type ButtonVariant } from "./button";

/** The state before the first answer: while the form holds it, focus is left alone. */
const BEGIN: ActieStatus<never> = {};

export type Action<D = undefined> = (previous: ActieStatus<D>, form: FormData) => Promise<ActieStatus<D>>;

/** The question before an irreversible action, and the words of its "yes". */
export interface Bevestiging {
  vraag: string;
  ja: string;
}

export function ActionForm<D = undefined>({
  id,
  action,
  knop,
  bezig,
  variant,
  verborgen = {},
  className = "space-y-3",
  bevestig,
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
  bevestig?: Bevestiging;
  children: (state: ActieStatus<D>) => React.ReactNode;
  /** What to show instead of the form once the action returned data. */
  na?: (data: D) => React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState<ActieStatus<D>, FormData>(action, BEGIN);
  const form = useRef<HTMLFormElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const bevestigd = useRef(false);
  const bevestigdVeld = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state === BEGIN) return;
    const target =
      result.current ??
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-melding`)}`) ??
      form.current?.querySelector<HTMLElement>('button[type="submit"]');
    target?.focus();
  }, [state, id]);

  if (na && state.data !== undefined) {
    return (
      <div ref={result} tabIndex={-1}>
        {na(state.data)}
      </div>
    );
  }
  const meldingId = `${id}-melding`;
  const vraagId = `${id}-vraag`;
  return (
    // Remounted with what was sent, as a select only takes its defaultValue when it mounts.
    <form
      ref={form}
      key={JSON.stringify(state.waarden ?? {})}
      action={formAction}
      noValidate
      className={className}
      aria-describedby={state.melding ? meldingId : undefined}
      onSubmit={(event) => {
        // React runs the action only when the submit was not prevented.
        if (bevestig && !bevestigd.current) {
          event.preventDefault();
          dialog.current?.showModal();
        } else if (bevestigdVeld.current) {
          // Read into the form's data at this submit; the next one asks again.
          const veld = bevestigdVeld.current;
          queueMicrotask(() => (veld.value = ""));
        }
        bevestigd.current = false;
      }}
    >
      {Object.entries(verborgen).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.melding && (
        <Alert tone="fout" id={meldingId} focusable>
          {state.melding}
        </Alert>
      )}
      {children(state)}
      {/* Sent as "ja" only after the dialog: an action may demand it, so that a replayed or
          scripted post without the question is refused on the server too. */}
      {bevestig && <input ref={bevestigdVeld} type="hidden" name="bevestigd" defaultValue="" />}
      <SubmitButton pending={pending} bezig={bezig} variant={variant}>
        {knop}
      </SubmitButton>
      {bevestig && (
        <dialog ref={dialog} aria-labelledby={vraagId} className="max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/50">
          <p id={vraagId} className="mb-4 font-medium">
            {bevestig.vraag}
          </p>
          <div className="flex flex-wrap gap-3">
            {/* First, so that it has focus when the dialog opens: Enter does not destroy. */}
            <Button variant="rand" onClick={() => dialog.current?.close()}>
              Annuleren
            </Button>
            <Button
              variant="gevaar"
              onClick={() => {
                bevestigd.current = true;
                if (bevestigdVeld.current) bevestigdVeld.current.value = "ja";
                dialog.current?.close();
                form.current?.requestSubmit();
              }}
            >
              {bevestig.ja}
            </Button>
          </div>
        </dialog>
      )}
    </form>
  );
}
