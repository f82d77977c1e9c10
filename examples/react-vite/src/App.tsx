import { useState } from 'react';
import { HibobLink } from 'hibob-link/react';
import type { HibobCredentials } from 'hibob-link';

// The host's backend call; here it only pretends to store the credentials.
async function saveCredentials({ serviceUserId }: HibobCredentials) {
  return { stored: serviceUserId };
}

export function App() {
  const [linked, setLinked] = useState<string>();
  return (
    <>
      <HibobLink
        appName="Acme React"
        startStep="credentials"
        sections={['basic', 'work']}
        submitCredentials={saveCredentials}
        onSuccess={(e) => setLinked(e.detail.serviceUserId)}
        onError={(e) => console.error(e.detail.code, e.detail.message)}
      />
      <p id="status" role="status">
        {linked ? `linked ${linked}` : ''}
      </p>
      {/* The plain tag is typed too (React 19 sets known properties): */}
      <hibob-link hidden app-name="Acme" sections={['basic']} />
    </>
  );
}
