// The app's buttons: one look per purpose, so a primary action reads the same on every page.

const VARIANT = {
  primair: "rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60",
  gevaar: "rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900 disabled:opacity-60",
  rand: "rounded border border-brand-700 px-2 py-1 text-sm text-brand-700 hover:bg-brand-50 disabled:opacity-60",
} as const;

export type ButtonVariant = keyof typeof VARIANT;

export function Button({ variant = "primair", className, ...button }: { variant?: ButtonVariant } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" className={`${VARIANT[variant]}${className ? ` ${className}` : ""}`} {...button} />;
}

/** A form's submit button; while the action runs it is disabled and may say so. */
export function SubmitButton({ pending, bezig, children, ...rest }: { pending?: boolean; bezig?: string } & Omit<React.ComponentProps<typeof Button>, "type">) {
  return (
    <Button type="submit" disabled={pending} {...rest}>
      {pending && bezig ? bezig : children}
    </Button>
  );
}
