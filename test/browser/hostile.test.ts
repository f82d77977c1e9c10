/**
 * Markup from every place a host or HiBob can put text — `app-name`, `strings`, `lifecycle-statuses`, a callback's
 * rejection message, a submit-url JSON `message`, the report, the service user ID itself — renders as text: an
 * `<img src=x onerror=…>` payload never runs, and the shadow root never holds an <img>, <script>, <iframe> or an
 * `on*` attribute. Slotted host content (the logo) is the host's own and stays where it is.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { http, HttpResponse } from 'msw';
import { worker } from './msw.js';
import type { HibobLink, PermissionReport } from '../../src/index.js';
import { $, click, goToCredentials, mount, submitWith, text, until, VALID } from './harness.js';

type Flagged = Window & { __pwned?: string[] };
const flag = (name: string) => `(window.__pwned=window.__pwned||[]).push('${name}')`;
const payload = (name: string) => `<img src=x onerror="${flag(name)}"><script>${flag(`${name}-script`)}</script>`;
/** Valid as a service user ID (printable ASCII, no space or colon), and markup. */
const ID_PAYLOAD = `<img/src=x/onerror=window.__pwned=['id']>`;

afterEach(() => delete (window as Flagged).__pwned);

/** No payload ran, no active element exists in the shadow root; the payload's text is visible as text. */
async function expectInert(el: HibobLink, visible: string[]) {
  await new Promise((r) => setTimeout(r, 150)); // an <img src=x> would have failed to load and run onerror by now
  expect((window as Flagged).__pwned).toBeUndefined();
  const root = el.shadowRoot!;
  expect(root.querySelectorAll('img, script, iframe, object, embed, svg image, a[href^="javascript"]')).toHaveLength(0);
  const handlers = [...root.querySelectorAll('*')].flatMap((n) => [...n.attributes].filter((a) => /^on/i.test(a.name)));
  expect(handlers.map((a) => a.name)).toEqual([]);
  for (const snippet of visible) expect(text(el)).toContain(snippet);
}

describe('hostile text renders as text', () => {
  it('self-test: the same payload parsed as markup does run here, so the checks below can fail', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = payload('selftest');
    await until(() => !!(window as Flagged).__pwned, 2000, 'the payload to run');
    expect((window as Flagged).__pwned).toEqual(['selftest']);
  });

  it('app-name with markup: in titles, suggested names, copy labels and every guide step', async () => {
    const el = await mount({ 'app-name': payload('app') });
    const slotted = document.createElement('img');
    slotted.slot = 'logo';
    slotted.alt = 'Host logo';
    slotted.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    el.append(slotted);
    await expectInert(el, ['<img src=x onerror=']);
    for (const step of ['service-user', 'permissions', 'credentials'] as const) {
      el.goTo(step);
      await el.updateComplete;
      await expectInert(el, step === 'credentials' ? [] : ['<img src=x onerror=']);
    }
    expect(el.querySelectorAll('img')).toHaveLength(1); // the host's slotted logo is untouched
  });

  it('strings overrides with markup, including *bold* ones and placeholders', async () => {
    const el = await mount({ 'app-name': 'Acme' }, (e) => {
      e.strings = {
        introTitle: payload('title'),
        introLead: `*${payload('bold')}* and {app}`,
        credentialsLead: payload('lead'),
        idLabel: payload('label'),
        showToken: `"><img src=x onerror="${flag('attr')}">`,
        lostToken: `*<svg onload="${flag('svg')}">*`,
        error_host_error: payload('error'),
      };
    });
    await expectInert(el, ['<img src=x onerror=', '<script>']);
    await goToCredentials(el);
    await expectInert(el, ['<svg onload=']);
    expect($(el, '.reveal')!.getAttribute('aria-label')).toContain('"><img src=x');
    el.submitCredentials = () => Promise.reject(new Error('nope'));
    await submitWith(el);
    await until(() => el.step === 'credentials');
    await el.updateComplete;
    await expectInert(el, ['<img src=x onerror=']);
  });

  it('lifecycle-statuses with markup: in the chips and in the review explanation', async () => {
    const el = await mount({ 'lifecycle-statuses': `hired <img/src=x/onerror=${flag('status')}>` }, (e) => {
      e.checkPermissions = async () => ({ credentialsValid: true, sections: [] });
      e.submitCredentials = async () => ({});
    });
    el.goTo('permissions');
    await el.updateComplete;
    await expectInert(el, ['<img/src=x/onerror=']);
    await submitWith(el);
    await until(() => el.step === 'review');
    await el.updateComplete;
    await expectInert(el, ['<img/src=x/onerror=']);
  });

  it("a callback's rejection message with markup is shown as text", async () => {
    const el = await mount({}, (e) => {
      e.submitCredentials = () => Promise.reject({ code: 'host_error', message: payload('callback') });
    });
    await submitWith(el);
    await until(() => el.step === 'credentials');
    await el.updateComplete;
    await expectInert(el, ['<img src=x onerror=']);
  });

  it("submit-url's JSON message with markup is shown as text", async () => {
    worker.use(
      http.post('/api/test/hostile', () => HttpResponse.json({ message: payload('endpoint') }, { status: 500 })),
    );
    const el = await mount({ 'submit-url': '/api/test/hostile' });
    await submitWith(el);
    await until(() => el.step === 'credentials');
    await el.updateComplete;
    await expectInert(el, ['<img src=x onerror=']);
  });

  it('report data with markup never reaches the page: a markup section id is refused as a host error', async () => {
    const hostile = {
      credentialsValid: true,
      sections: [{ id: payload('section'), status: payload('status') }],
      checkedAt: payload('checked'),
    } as unknown as PermissionReport;
    const el = await mount({}, (e) => (e.checkPermissions = async () => hostile));
    await submitWith(el);
    await until(() => el.step === 'credentials');
    await el.updateComplete;
    await expectInert(el, []);
    expect(text(el)).not.toContain('<img');
  });

  it('a service user ID that is markup (valid: printable ASCII) is text on the review and success screens', async () => {
    const report: PermissionReport = {
      credentialsValid: true,
      sections: [
        { id: 'basic', status: 'granted' },
        { id: 'work', status: 'missing' },
      ],
      checkedAt: `<img src=x onerror="${flag('checkedAt')}">`,
    };
    const el = await mount({ sections: 'basic work', 'app-name': payload('app2') }, (e) => {
      e.checkPermissions = async () => report;
      e.submitCredentials = async () => ({ html: payload('result') });
    });
    await submitWith(el, { serviceUserId: ID_PAYLOAD, token: VALID.token });
    await until(() => el.step === 'review');
    await el.updateComplete;
    await expectInert(el, []);
    await click(el, 'Continue without them');
    await until(() => el.step === 'success');
    await el.updateComplete;
    await expectInert(el, [ID_PAYLOAD]);
  });
});
