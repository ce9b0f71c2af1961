import { useState } from "react";

/** Controlled form values with a typed setter per field. */
export function useFormValues<Values extends object>(initial: Values) {
  const [values, setValues] = useState(initial);
  const setValue = <Field extends keyof Values>(field: Field, value: Values[Field]) =>
    setValues((current) => ({ ...current, [field]: value }));
  return { values, setValue, reset: setValues };
}

/** An empty date input means "no date", which the API spells `null`. */
export const dayOrNull = (value: string): string | null => (value.trim() === "" ? null : value);
