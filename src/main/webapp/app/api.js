// The one client of the service's API. It alone knows the service token (kept in this
// tab's sessionStorage, see the README), turns every error into an ApiProblem from the
// RFC 9457 problem+json the API answers, follows server-sent events, and reports upload
// progress. Screens never call fetch themselves.

const SESSION_KEY = 'resume-tailor.session';
const listeners = new Set();
let session = readSession();

function readSession() {
  try {
    const stored = JSON.parse(sessionStorage.getItem(SESSION_KEY));
    return stored && stored.token && Date.parse(stored.expiresAt) > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

function setSession(value, reason) {
  session = value;
  if (value) {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(value));
  } else {
    sessionStorage.removeItem(SESSION_KEY);
  }
  listeners.forEach((listener) => listener(session, reason));
}

/** An error the API answered (or the network caused), with the problem's fields. */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.type = problem?.type ?? 'about:blank';
    this.title = problem?.title ?? '';
    this.detail = problem?.detail ?? '';
    this.errors = Array.isArray(problem?.errors) ? problem.errors : [];
    this.problem = problem ?? {};
  }

  /** The last segment of the problem type: 'quota-exceeded', 'validation', ... */
  get kind() {
    return this.type.startsWith('urn:resume-tailor:problem:') ? this.type.slice(26) : this.type;
  }

  static network() {
    return new ApiProblem(0, { type: 'network', title: 'Network error' });
  }
}

function problemFrom(status, contentType, text) {
  if ((contentType ?? '').includes('json')) {
    try {
      return new ApiProblem(status, JSON.parse(text));
    } catch {
      // not JSON after all: fall through
    }
  }
  return new ApiProblem(status, { title: `HTTP ${status}` });
}

function expired(status) {
  if (status === 401 && session) {
    setSession(null, 'expired');
  }
}

function headers(extra = {}, accept = 'application/json') {
  const all = { Accept: accept, ...extra };
  if (session) {
    all.Authorization = `Bearer ${session.token}`;
  }
  return all;
}

async function call(method, path, { json, accept, ifMatch, extraHeaders, timeoutMs } = {}) {
  const init = { method, headers: headers(extraHeaders, accept), cache: 'no-store' };
  if (timeoutMs) {
    init.signal = AbortSignal.timeout(timeoutMs); // a request that may not hang the screen for good
  }
  if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  }
  if (ifMatch) {
    init.headers['If-Match'] = ifMatch;
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw ApiProblem.network();
  }
  if (!response.ok) {
    expired(response.status);
    throw problemFrom(response.status, response.headers.get('Content-Type'), await response.text());
  }
  return response;
}

async function body(response) {
  return response.status === 204 ? null : response.json();
}

function fileName(disposition) {
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (extended) {
    return decodeURIComponent(extended[1]);
  }
  return /filename="?([^";]+)"?/i.exec(disposition ?? '')?.[1] ?? 'download';
}

/** Signing in takes a moment; after this long the screen says so instead of waiting for good. */
const SIGN_IN_TIMEOUT_MS = 30000;

async function signIn(path, json) {
  const response = await call('POST', path, { json, timeoutMs: SIGN_IN_TIMEOUT_MS });
  const signedIn = await response.json();
  setSession({ token: signedIn.token, expiresAt: signedIn.expiresAt, user: signedIn.user }, 'signed-in');
  return signedIn.user;
}

/** Parses a text/event-stream body; calls onEvent(name, data) per event. */
async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value ?? new Uint8Array(), { stream: !done }).replace(/\r\n?/g, '\n');
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) {
          name = line.slice(6).trim();
        } else if (line.startsWith('data:')) {
          data.push(line.slice(5).replace(/^ /, ''));
        }
      }
      if (data.length > 0 && onEvent(name, data.join('\n')) === false) {
        reader.cancel().catch(() => {});
        return;
      }
      end = buffer.indexOf('\n\n');
    }
    if (done) {
      return;
    }
  }
}

export const api = {
  /** The signed-in user ({id, email, role}) or null. */
  user() {
    return session?.user ?? null;
  },

  onSessionChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  signInDev(email) {
    return signIn('/api/auth/dev', { email });
  },

  signInGoogle(idToken) {
    return signIn('/api/auth/google', { idToken });
  },

  signOut(reason = 'signed-out') {
    setSession(null, reason);
  },

  async get(path) {
    return (await call('GET', path)).json();
  },

  /** A resource with its version: {data, etag}; send the etag back as ifMatch. */
  async read(path) {
    const response = await call('GET', path);
    return { data: await response.json(), etag: response.headers.get('ETag') };
  },

  /** POST/PUT JSON; answers {data, etag}. */
  async send(method, path, json, { ifMatch, headers: extraHeaders } = {}) {
    const response = await call(method, path, { json, ifMatch, extraHeaders });
    return { data: await body(response), etag: response.headers.get('ETag') };
  },

  async remove(path) {
    await call('DELETE', path);
  },

  /** A file download: {blob, fileName, type}. */
  async download(path) {
    const response = await call('GET', path, { accept: '*/*' });
    const blob = await response.blob();
    return { blob, fileName: fileName(response.headers.get('Content-Disposition')), type: blob.type };
  },

  /** A multipart upload with progress (0..1); fetch cannot report upload progress, XMLHttpRequest can. */
  upload(path, form, { headers: extraHeaders = {}, onProgress = () => {} } = {}) {
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', path);
      Object.entries(headers(extraHeaders)).forEach(([name, value]) => request.setRequestHeader(name, value));
      request.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable) {
          onProgress(event.loaded / event.total);
        }
      });
      request.addEventListener('load', () => {
        if (request.status >= 200 && request.status < 300) {
          onProgress(1);
          resolve(JSON.parse(request.responseText));
        } else {
          expired(request.status);
          reject(problemFrom(request.status, request.getResponseHeader('Content-Type'), request.responseText));
        }
      });
      request.addEventListener('error', () => reject(ApiProblem.network()));
      request.send(form);
    });
  },

  /**
   * POSTs and follows the answer as server-sent events: onProgress(step) for each
   * 'progress' event; resolves with the 'generation' event's object, rejects with the
   * 'error' event's problem.
   */
  async stream(path, json, { headers: extraHeaders, onProgress = () => {} } = {}) {
    const response = await call('POST', path, { json, accept: 'text/event-stream', extraHeaders });
    let result;
    let failure;
    await readEvents(response, (name, data) => {
      if (name === 'progress') {
        onProgress(data);
        return true;
      }
      if (name === 'error') {
        const problem = JSON.parse(data);
        failure = new ApiProblem(problem.status ?? 500, problem);
        return false;
      }
      result = JSON.parse(data);
      return false;
    });
    if (failure) {
      expired(failure.status);
      throw failure;
    }
    if (result === undefined) {
      throw ApiProblem.network();
    }
    return result;
  },
};
