import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { FIELD_ERROR, HINT, INPUT, LABEL, TEXTAREA } from "./controls";

/**
 * Labelled form controls: label, hint and the server's field errors wired the same way in every form
 * of the console. Any other prop goes to the control element itself.
 */
type FieldProps = {
  id: string;
  label: ReactNode;
  /** Shown under the control and linked to it with aria-describedby. */
  hint?: string;
  /** The server's messages for this field (our error envelope's `fields[name]`); they mark it invalid. */
  errors?: readonly string[];
  /** Marks the control invalid without a message under it (sign-in shows one message for the form). */
  invalid?: boolean;
};

function hasErrors(errors: FieldProps["errors"]): errors is readonly string[] {
  return errors !== undefined && errors.length > 0;
}

const withClass = (base: string, extra: string) => (extra ? `${base} ${extra}` : base);

function controlAria({ id, hint, errors, invalid }: FieldProps) {
  return {
    id,
    "aria-invalid": hasErrors(errors) || invalid ? true : undefined,
    "aria-describedby": hint ? `${id}-hint` : undefined,
  };
}

function FieldFrame({ id, label, hint, errors, children }: FieldProps & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className={HINT}>
          {hint}
        </p>
      ) : null}
      {hasErrors(errors) ? <p className={FIELD_ERROR}>{errors.join(" ")}</p> : null}
    </div>
  );
}

export function TextInput({
  id,
  label,
  hint,
  errors,
  invalid,
  className = "",
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  const field = { id, label, hint, errors, invalid };
  return (
    <FieldFrame {...field}>
      <input {...input} {...controlAria(field)} className={withClass(INPUT, className)} />
    </FieldFrame>
  );
}

export function TextArea({
  id,
  label,
  hint,
  errors,
  invalid,
  className = "",
  ...textarea
}: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  const field = { id, label, hint, errors, invalid };
  return (
    <FieldFrame {...field}>
      <textarea {...textarea} {...controlAria(field)} className={withClass(TEXTAREA, className)} />
    </FieldFrame>
  );
}

export function SelectInput({
  id,
  label,
  hint,
  errors,
  invalid,
  className = "",
  ...select
}: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id">) {
  const field = { id, label, hint, errors, invalid };
  return (
    <FieldFrame {...field}>
      {/* pr-8 keeps long option text clear of the native arrow. */}
      <select {...select} {...controlAria(field)} className={withClass(`${INPUT} pr-8`, className)} />
    </FieldFrame>
  );
}
