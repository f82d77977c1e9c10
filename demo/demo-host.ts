/**
 * The demo's pretend host backend, served in the browser by MSW: `POST /api/hibob/link` answers the way a
 * real host endpoint might, chosen by the service user ID so every outcome can be tried by hand.
 */
import { http, HttpResponse, delay } from 'msw';

export const DEMO_SUBMIT_URL = '/api/hibob/link';

/** IDs that make the demo endpoint misbehave; any other well-formed ID links successfully. */
export const demoOutcomes: { id: string; outcome: string }[] = [
  { id: 'SERVICE-202', outcome: 'Links successfully' },
  { id: 'SERVICE-401', outcome: 'HiBob rejects the token (401)' },
  { id: 'SERVICE-429', outcome: 'Rate limited, retry in 30 s (429)' },
  { id: 'SERVICE-500', outcome: 'The host fails (500)' },
  { id: 'SERVICE-504', outcome: 'The host hangs until the timeout' },
];

export const demoHandlers = [
  http.post(DEMO_SUBMIT_URL, async ({ request }) => {
    const body = (await request.json().catch(() => null)) as { serviceUserId?: string } | null;
    await delay(700);
    switch (body?.serviceUserId) {
      case 'SERVICE-401':
        return HttpResponse.json({ code: 'invalid_credentials' }, { status: 401 });
      case 'SERVICE-429':
        return HttpResponse.json({ code: 'rate_limited' }, { status: 429, headers: { 'Retry-After': '30' } });
      case 'SERVICE-500':
        return HttpResponse.json({ message: 'Database unavailable' }, { status: 500 });
      case 'SERVICE-504':
        await delay('infinite');
        return HttpResponse.json(null);
      default:
        return HttpResponse.json({ linked: true, connectionId: `conn_${Math.random().toString(36).slice(2, 10)}` });
    }
  }),
];
