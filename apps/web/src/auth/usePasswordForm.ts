import { type FormEvent, useState } from 'react';
import { describeError } from '../lib/api.ts';

/** Submit state shared by the sign-in, setup and invitation forms: busy while waiting, the error after. */
export function useSubmit(action: (form: FormData) => Promise<unknown>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await action(new FormData(event.currentTarget));
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, onSubmit };
}

export const field = (form: FormData, name: string) => String(form.get(name) ?? '');
