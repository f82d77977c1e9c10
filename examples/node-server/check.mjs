// A host backend's permission check, run against the HiBob emulator on a loopback port.
import assert from 'node:assert/strict';
import { checkHibobPermissions, createCheckHandler } from 'hibob-link/server';
import { sandboxCredentials, startEmulatorServer } from 'hibob-link/testing/node';

// Tooling and server-side rendering import the element's entry points on Node too: without a DOM, no throw.
const { HibobLink, SECTION_IDS } = await import('hibob-link');
await import('hibob-link/element');
assert.equal(typeof HibobLink, 'function');

const emulator = await startEmulatorServer();
try {
  const report = await checkHibobPermissions(sandboxCredentials.allGranted, { baseUrl: emulator.url });
  console.log(JSON.stringify(report.sections.map(({ id, status }) => `${id}:${status}`)));
  assert.equal(report.credentialsValid, true);
  for (const id of SECTION_IDS) {
    const status = report.sections.find((s) => s.id === id)?.status;
    // HiBob gives integrations no way to test `history`: the checker always reports it unknown.
    assert.equal(status, id === 'history' ? 'unknown' : 'granted', `section ${id}`);
  }

  // The same check as the widget's check-url calls it.
  const handler = createCheckHandler({ baseUrl: emulator.url });
  const response = await handler(
    new Request('http://host.example/api/hibob/check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(sandboxCredentials.invalidToken),
    }),
  );
  assert.equal(response.status, 200);
  const refused = await response.json();
  assert.equal(refused.credentialsValid, false);
  assert.deepEqual(refused.sections, []);
  console.log('node consumer: all granted except history (unknown); invalid token refused');
} finally {
  await emulator.close();
}
