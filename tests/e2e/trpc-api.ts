import type { APIRequestContext } from '@playwright/test';

/** Calls a tRPC query over HTTP GET with the context's session; throws with the server's answer. */
export async function trpcQuery<T>(
  api: APIRequestContext,
  procedure: string,
  input?: unknown,
): Promise<T> {
  const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await api.get(`/trpc/${procedure}${search}`);
  if (!res.ok()) throw new Error(`${procedure}: ${String(res.status())} ${await res.text()}`);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

/**
 * Calls a tRPC mutation: a JSON body, with the app's Origin when the context sends one (the CSRF
 * guard wants both); throws with the server's answer.
 */
export async function trpcMutate<T>(
  api: APIRequestContext,
  procedure: string,
  input: unknown,
): Promise<T> {
  const res = await api.post(`/trpc/${procedure}`, { data: input });
  if (!res.ok()) throw new Error(`${procedure}: ${String(res.status())} ${await res.text()}`);
  return ((await res.json()) as { result: { data: T } }).result.data;
}
