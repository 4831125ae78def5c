// Form fields with their label, and their error at the field: the error is tied to the control
// with aria-describedby, so a screen reader reads it with the field.

// A field in error is marked by more than colour (WCAG 1.4.1): a thicker border on the control
// and a bar beside the whole field, besides the message tied to it.
const CONTROL = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

interface FieldProps {
  name: string;
  /** Defaults to `name`; set it where several forms on one page share field names. */
  id?: string;
  label: string;
  error?: string;
  hint?: string;
}

/** The props a control needs to be labelled and described by its hint and error. */
function controlProps({ name, id = name, error, hint }: FieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ");
  return { id, name, "aria-invalid": error ? true : undefined, "aria-describedby": described || undefined, className: CONTROL };
}

function Shell({ name, id = name, label, error, hint, children }: FieldProps & { children: React.ReactNode }) {
  return (
    <div className={error ? "border-l-4 border-red-700 pl-3" : undefined}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-fout`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

type Without<T> = Omit<T, "name" | "id" | "className">;

export function TextField({ name, id, label, error, hint, ...input }: FieldProps & Without<React.InputHTMLAttributes<HTMLInputElement>>) {
  return (
    <Shell name={name} id={id} label={label} error={error} hint={hint}>
      <input {...controlProps({ name, id, label, error, hint })} {...input} />
    </Shell>
  );
}

export function TextAreaField({ name, id, label, error, hint, ...textarea }: FieldProps & Without<React.TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return (
    <Shell name={name} id={id} label={label} error={error} hint={hint}>
      <textarea rows={3} {...controlProps({ name, id, label, error, hint })} {...textarea} />
    </Shell>
  );
}

export function SelectField({
  name,
  id,
  label,
  error,
  hint,
  options,
  placeholder,
  ...select
}: FieldProps & { options: Record<string, string>; placeholder?: string } & Without<React.SelectHTMLAttributes<HTMLSelectElement>>) {
  return (
    <Shell name={name} id={id} label={label} error={error} hint={hint}>
      <select {...controlProps({ name, id, label, error, hint })} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {Object.entries(options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Shell>
  );
}

/**
 * A group of checkboxes, one name per option (`${name}.${option}`), so that a form shown again
 * after an error keeps each tick. The group's error is read with its legend.
 */
export function CheckboxGroup({
  name,
  id = name,
  label,
  error,
  hint,
  options,
  checked,
  onToggle,
}: FieldProps & { options: Record<string, string>; checked: (option: string) => boolean; onToggle?: (option: string, on: boolean) => void }) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ");
  return (
    <fieldset aria-describedby={described || undefined} className="space-y-1">
      <legend className="font-medium">{label}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {Object.entries(options).map(([option, text]) => (
        <div key={option} className="flex items-start gap-2">
          <input
            type="checkbox"
            id={`${id}-${option}`}
            name={`${name}.${option}`}
            defaultChecked={checked(option)}
            onChange={onToggle ? (event) => onToggle(option, event.currentTarget.checked) : undefined}
            className="mt-1 h-4 w-4"
          />
          <label htmlFor={`${id}-${option}`}>{text}</label>
        </div>
      ))}
      {error && (
        <p id={`${id}-fout`} className="text-sm text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
