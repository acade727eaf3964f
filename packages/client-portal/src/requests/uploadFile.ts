/** A file the API stored for the client's next request (`POST /files`). */
export interface UploadedFile {
  id: string;
  fileName: string;
  sizeBytes: number;
}

/** Why an upload failed, in the words the form explains. */
export type UploadFailure = 'TOO_LARGE' | 'READ_ONLY_SESSION' | 'FORBIDDEN' | 'SIGNED_OUT' | 'FAILED';

export class UploadError extends Error {
  constructor(
    readonly failure: UploadFailure,
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

async function refusalCode(response: Response): Promise<string | null> {
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return null;
    const first: unknown = (body.errors as unknown[])[0];
    if (typeof first !== 'object' || first === null || !('extensions' in first)) return null;
    const { extensions } = first;
    return typeof extensions === 'object' && extensions !== null && 'code' in extensions && typeof extensions.code === 'string'
      ? extensions.code
      : null;
  } catch {
    return null;
  }
}

function isUploadedFile(value: unknown): value is UploadedFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof value.id === 'string' &&
    'fileName' in value &&
    typeof value.fileName === 'string' &&
    'sizeBytes' in value &&
    typeof value.sizeBytes === 'number'
  );
}

/**
 * Uploads one source file for a new request: multipart field "file", the header that proves the
 * request comes from the portal (no cross-site uploads), the session cookie. The answer's `id` goes
 * into the request's `fileIds`.
 */
export async function uploadFile(file: File, signal?: AbortSignal): Promise<UploadedFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/files?role=SOURCE', {
      method: 'POST',
      body,
      headers: { 'x-portico-upload': '1', 'x-portico-portal': 'client' },
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new UploadError('FAILED', 'The server could not be reached.');
  }
  if (response.status === 413) throw new UploadError('TOO_LARGE', 'The file is too large.');
  if (response.status === 401) throw new UploadError('SIGNED_OUT', 'Signed out.');
  if (response.status === 403) {
    const code = await refusalCode(response);
    throw new UploadError(code === 'READ_ONLY_SESSION' ? 'READ_ONLY_SESSION' : 'FORBIDDEN', code ?? 'Forbidden');
  }
  if (!response.ok) throw new UploadError('FAILED', `The upload failed with HTTP ${response.status}.`);
  const uploaded: unknown = await response.json();
  if (!isUploadedFile(uploaded)) throw new UploadError('FAILED', 'The server answered something else than a stored file.');
  return uploaded;
}
