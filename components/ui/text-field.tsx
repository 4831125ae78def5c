/** A labelled input with its error message at the field, announced with the input. */
export function TextField({
  name,
  label,
  error,
  ...input
}: { name: string; label: string; error?: string } & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  const errorId = `${name}-fout`;
  return (
    <div>
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        {...input}
      />
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
