import { setupWorker } from 'msw/browser';
import '../src/index.js';
import type { HibobLink, HibobCredentials, StartStep } from '../src/index.js';
import { demoHandlers, demoOutcomes } from './demo-host.js';

const widget = document.querySelector<HibobLink>('#widget')!;
const controls = document.querySelector<HTMLFormElement>('#controls')!;
const log = document.querySelector<HTMLOListElement>('#log')!;

await setupWorker(...demoHandlers).start({ quiet: true, onUnhandledRequest: 'bypass' });

// A host callback standing in for the host's own API client.
async function fakeHostCallback({ serviceUserId }: HibobCredentials, { signal }: { signal: AbortSignal }) {
  await new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, 600);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)));
  });
  if (serviceUserId === 'SERVICE-401') throw { code: 'invalid_credentials', message: 'HiBob said 401' };
  if (serviceUserId === 'SERVICE-500') throw new Error('Acme API is down');
  return { linked: true, via: 'callback' };
}

function applyControls() {
  const data = new FormData(controls);
  widget.appName = String(data.get('appName'));
  widget.startStep = data.get('startStep') as StartStep;
  widget.setAttribute('sections', String(data.get('sections')));
  widget.submitCredentials = data.get('target') === 'callback' ? fakeHostCallback : undefined;
}
controls.addEventListener('change', applyControls);
document.querySelector('#reset')!.addEventListener('click', () => widget.reset());
applyControls();

for (const type of ['hibob-link-step', 'hibob-link-success', 'hibob-link-error'] as const) {
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

const table = document.querySelector('#outcomes')!;
for (const { id, outcome } of demoOutcomes) {
  const row = document.createElement('tr');
  const idCell = document.createElement('td');
  const code = document.createElement('code');
  code.textContent = id;
  idCell.append(code);
  const outcomeCell = document.createElement('td');
  outcomeCell.textContent = outcome;
  row.append(idCell, outcomeCell);
  table.append(row);
}
