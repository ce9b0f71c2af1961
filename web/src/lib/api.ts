import type { ErrorParams, FieldError, FieldErrors } from "../../../src/server/errors.ts";

export type { ErrorParams, FieldError, FieldErrors };

/**
 * An error answered by the API (`{"error":{code,message,params,fields}}`), or a network failure
 * (status 0). The app decides and translates on `code`, `params` and each field's code, never on `message`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly params: ErrorParams;
  readonly fields: FieldErrors;

  constructor(options: {
    status: number;
    code: string;
    message: string;
    params?: ErrorParams;
    fields?: FieldErrors;
  }) {
    super(options.message);
    this.name = "ApiError";
    this.status = options.status;
    this.code = options.code;
    this.params = options.params ?? {};
    this.fields = options.fields ?? {};
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A page of a list endpoint. */
export interface Page<Item> {
  items: Item[];
  total: number;
}

type QueryValue = string | number | boolean | null | undefined;

/** Builds `?a=1&b=x`, leaving out empty values so the server applies its defaults. */
export function toQueryString(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

async function readError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  return new ApiError({
    status: response.status,
    code: typeof error.code === "string" ? error.code : `HTTP_${response.status}`,
    message: typeof error.message === "string" ? error.message : response.statusText,
    params: isRecord(error.params) ? (error.params as ErrorParams) : {},
    fields: isRecord(error.fields) ? (error.fields as FieldErrors) : {},
  });
}

/**
 * A body sent as is (an imported file) with its own content type, or a multipart form, whose
 * content type (with its boundary) the browser writes.
 */
type RawBody = { content: Blob | string; contentType: string } | { content: FormData };

function encodeBody(body: unknown, raw?: RawBody): Pick<RequestInit, "headers" | "body"> {
  if (raw && "contentType" in raw)
    return { headers: { Accept: "application/json", "Content-Type": raw.contentType }, body: raw.content };
  if (raw) return { headers: { Accept: "application/json" }, body: raw.content };
  if (body === undefined) return { headers: { Accept: "application/json" } };
  return { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
}

async function request<Result>(method: string, path: string, body?: unknown, raw?: RawBody): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(path, { method, credentials: "same-origin", ...encodeBody(body, raw) });
  } catch (cause) {
    throw new ApiError({ status: 0, code: "NETWORK_ERROR", message: String(cause) });
  }
  if (!response.ok) throw await readError(response);
  if (response.status === 204) return undefined as Result;
  return (await response.json()) as Result;
}

/** The one HTTP client of the app: JSON in and out, same-origin cookie session. */
export const api = {
  get: <Result>(path: string) => request<Result>("GET", path),
  post: <Result>(path: string, body: unknown) => request<Result>("POST", path, body),
  patch: <Result>(path: string, body: unknown) => request<Result>("PATCH", path, body),
  put: <Result>(path: string, body: unknown) => request<Result>("PUT", path, body),
  delete: (path: string) => request<void>("DELETE", path),
  /** Sends a file's bytes (a CSV, a spreadsheet, a JSON package) as the request body. */
  sendFile: <Result>(method: "POST" | "PUT", path: string, content: Blob | string, contentType: string) =>
    request<Result>(method, path, undefined, { content, contentType }),
  /** Sends a multipart form (files with their fields). */
  upload: <Result>(path: string, form: FormData) =>
    request<Result>("POST", path, undefined, { content: form }),
};
