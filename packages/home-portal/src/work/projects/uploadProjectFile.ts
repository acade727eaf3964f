import type { FileRole } from '../../gql/graphql';

/** What the API answers for a stored upload. */
export interface UploadedFile {
  id: string;
  fileName: string;
  sizeBytes: number;
}

/** Why an upload failed: the HTTP status (0 when the server was not reached) and the API's message, if it sent one. */
export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly apiMessage: string | null,
  ) {
    super(apiMessage ?? `Upload failed with HTTP ${status}`);
    this.name = 'UploadError';
  }
}

/** The message of a refusal (`{ errors: [{ message }] }`), or null when the body is something else. */
function refusalMessage(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !('errors' in parsed) || !Array.isArray(parsed.errors)) return null;
    const first: unknown = (parsed.errors as unknown[])[0];
    return typeof first === 'object' && first !== null && 'message' in first && typeof first.message === 'string' ? first.message : null;
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
    typeof value.fileName === 'string'
  );
}

/**
 * Attaches a file to a project: `POST /files?projectId=…&role=…`, multipart field "file", with the
 * header that proves the request comes from the app (no cross-site uploads) and the session cookie
 * (sent by itself: the request goes to the same origin).
 * XMLHttpRequest rather than fetch, because only it reports upload progress.
 */
export function uploadProjectFile(
  projectId: string,
  role: FileRole,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<UploadedFile> {
  return uploadTo(new URLSearchParams({ projectId, role }), file, onProgress);
}

/** Uploads a file the agency sends the client with a message (`POST /files?clientId=…`); the message takes it along. */
export function uploadMessageFile(clientId: string, file: File, onProgress: (fraction: number) => void = () => {}): Promise<UploadedFile> {
  return uploadTo(new URLSearchParams({ clientId, role: 'REFERENCE' }), file, onProgress);
}

function uploadTo(query: URLSearchParams, file: File, onProgress: (fraction: number) => void): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/files?${query.toString()}`);
    request.setRequestHeader('x-portico-upload', '1');
    request.setRequestHeader('x-portico-portal', 'home');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new UploadError(0, null));
    request.onload = () => {
      if (request.status < 200 || request.status >= 300) {
        reject(new UploadError(request.status, refusalMessage(request.responseText)));
        return;
      }
      let answer: unknown = null;
      try {
        answer = JSON.parse(request.responseText);
      } catch {
        // Handled below: an answer that is not a stored file.
      }
      if (isUploadedFile(answer)) resolve(answer);
      else reject(new UploadError(request.status, null));
    };
    const body = new FormData();
    body.append('file', file, file.name);
    request.send(body);
  });
}
