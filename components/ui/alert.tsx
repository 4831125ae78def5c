// A message about the whole page or form: a refusal (read out at once), a confirmation, or a note.

const TONE = {
  fout: { className: "rounded border border-red-300 bg-red-50 p-3 text-red-900", role: "alert" },
  gelukt: { className: "rounded border border-emerald-300 bg-emerald-50 p-3 text-emerald-900", role: "status" },
  "let-op": { className: "rounded border border-amber-300 bg-amber-50 p-3 text-amber-900", role: "note" },
} as const;

export function Alert({
  tone,
  id,
  className,
  focusable,
  ref,
  children,
}: {
  tone: keyof typeof TONE;
  id?: string;
  className?: string;
  /** Focus may be moved here by script (after a form's answer), though it is not in the tab order. */
  focusable?: boolean;
  ref?: React.Ref<HTMLParagraphElement>;
  children: React.ReactNode;
}) {
  const { className: look, role } = TONE[tone];
  return (
    <p ref={ref} id={id} role={role} tabIndex={focusable ? -1 : undefined} className={`${look}${className ? ` ${className}` : ""}`}>
      {children}
    </p>
  );
}
