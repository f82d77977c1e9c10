// Server-side rendering imports hibob-link/react on Node, where there is no DOM: it must not throw.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { HibobLink } from 'hibob-link/react';

const html = renderToString(createElement(HibobLink, { appName: 'Acme', id: 'link' }));
if (!/^<hibob-link id="link"/.test(html)) throw new Error(`unexpected SSR output: ${html}`);
console.log(`SSR: ${html}`);
