// A message about the whole page or form: a refusal (read out at once), a confirmation, or a note.

const TONE = {
  fout: { className: "rounded border border-red-300 bg-red-50 p-3 text-red-900", role: "alert" },
  gelukt: { className: "rounded border border-emerald-300 bg-emerald-50 p-3 text-emerald-900", role: "status" },
  "let-op": { className: "rounded border border-amber-300 bg-amber-50 p-3 text-amber-900", role: "note" },
} as const;

export function Alert({ tone, id, className, children }: { tone: keyof typeof TONE; id?: string; className?: string; children: React.ReactNode }) {
  const { className: look, role } = TONE[tone];
  return (
    <p id={id} role={role} className={`${look}${className ? ` ${className}` : ""}`}>
      {children}
    </p>
  );
}
