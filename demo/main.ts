/**
 * The demo page. Under `npm start` it talks to the real Node host server (demo/server.mjs); under
 * `npm run dev` there is no server, so the same host handlers and HiBob emulator run in an MSW worker.
 */
import '../src/index.js';
import type { HibobCredentials, HibobLink, PermissionReport, StartStep } from '../src/index.js';

interface DemoConfig {
  hibob: 'emulator' | 'live';
  sandbox: (HibobCredentials & { key: string; description: string })[];
}

async function serverConfig(): Promise<DemoConfig | undefined> {
  try {
    const response = await fetch('/api/demo/config');
    if (response.ok && response.headers.get('content-type')?.includes('json')) return await response.json();
  } catch {
    // no server: fall through to the in-browser emulator
  }
  return undefined;
}

async function inBrowserBackend(): Promise<DemoConfig> {
  const [{ setupWorker }, { hostApiHandlers, sandboxCredentials }] = await Promise.all([
    import('msw/browser'),
    import('../src/testing/index.js'),
  ]);
  await setupWorker(...hostApiHandlers({ latency: 250 })).start({ quiet: true, onUnhandledRequest: 'bypass' });
  const sandbox = Object.entries(sandboxCredentials).map(([key, value]) => ({ key, ...value }));
  return { hibob: 'emulator', sandbox };
}

const config = (await serverConfig()) ?? (await inBrowserBackend());
const widget = document.querySelector<HibobLink>('#widget')!;
const controls = document.querySelector<HTMLFormElement>('#controls')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

document.querySelector('#backend')!.textContent =
  config.hibob === 'live' ? 'HiBob: live API' : 'HiBob: built-in emulator';

/** What a host's own API client looks like when it uses the callbacks instead of the URLs. */
async function post(url: string, credentials: HibobCredentials, signal: AbortSignal) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
    signal,
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw { code: body.code ?? 'host_error', message: body.message, retryAfter: body.retryAfter };
  return body;
}
const checkPermissions = (c: HibobCredentials, { signal }: { signal: AbortSignal }) =>
  post('/api/hibob/check', c, signal) as Promise<PermissionReport>;
const submitCredentials = (c: HibobCredentials, { signal }: { signal: AbortSignal }) =>
  post('/api/hibob/link', c, signal);

function applyControls() {
  const data = new FormData(controls);
  const target = data.get('target');
  widget.appName = String(data.get('appName'));
  widget.startStep = data.get('startStep') as StartStep;
  widget.setAttribute('sections', String(data.get('sections')));
  widget.setAttribute('required-sections', String(data.get('requiredSections')));
  widget.checkPermissions = target === 'callback' ? checkPermissions : undefined;
  widget.submitCredentials = target === 'callback' ? submitCredentials : undefined;
  if (target === 'url') widget.setAttribute('check-url', '/api/hibob/check');
  else widget.removeAttribute('check-url');
}
controls.addEventListener('change', applyControls);
document.querySelector('#reset')!.addEventListener('click', () => widget.reset());
applyControls();

// Look and language: everything a host can change without touching the widget's code.
const look = document.querySelector<HTMLFormElement>('#look')!;
const openModal = document.querySelector<HTMLButtonElement>('#open-modal')!;
function applyLook() {
  const data = new FormData(look);
  const modal = data.get('mode') === 'modal';
  widget.mode = modal ? 'modal' : 'inline';
  openModal.hidden = !modal;
  if (!modal) widget.open = false;
  const locale = String(data.get('locale'));
  if (locale) widget.locale = locale;
  else widget.removeAttribute('locale');
  const theme = String(data.get('theme'));
  if (theme) widget.setAttribute('theme', theme);
  else widget.removeAttribute('theme');
  widget.style.setProperty('--hibob-link-accent', String(data.get('accent')));
  widget.style.setProperty('--hibob-link-radius', `${data.get('radius')}px`);
  const font = String(data.get('font'));
  if (font) widget.style.setProperty('--hibob-link-font-family', font);
  else widget.style.removeProperty('--hibob-link-font-family');
}
look.addEventListener('input', applyLook);
look.addEventListener('change', applyLook);
// A launcher is the host's own button calling show(): focus returns to it when the dialog closes.
openModal.addEventListener('click', () => widget.show());
applyLook();

for (const type of [
  'hibob-link-step',
  'hibob-link-check',
  'hibob-link-success',
  'hibob-link-error',
  'hibob-link-exit',
] as const) {
  widget.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const name = document.createElement('strong');
    name.textContent = type.replace('hibob-link-', '');
    const detail = document.createElement('code');
    detail.textContent = JSON.stringify(event.detail);
    item.append(name, ' ', detail);
    log.prepend(item);
  });
}

const list = document.querySelector('#sandbox')!;
for (const user of config.sandbox) {
  const item = document.createElement('li');
  const description = document.createElement('span');
  description.textContent = user.description;
  const id = document.createElement('span');
  const name = document.createElement('strong');
  name.textContent = user.key;
  const code = document.createElement('code');
  code.textContent = user.serviceUserId;
  id.append(name, ' ', code);
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = 'Copy ID:TOKEN';
  copy.setAttribute('aria-label', `Copy ${user.serviceUserId} and its token (${user.description})`);
  copy.addEventListener('click', async () => {
    await navigator.clipboard.writeText(`${user.serviceUserId}:${user.token}`);
    copy.textContent = 'Copied';
    setTimeout(() => (copy.textContent = 'Copy ID:TOKEN'), 1500);
  });
  description.className = 'note';
  item.append(id, copy, description);
  list.append(item);
}
