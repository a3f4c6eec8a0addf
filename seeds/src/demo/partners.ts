/**
 * The demo's partner client: the UNML's information system reading the Missions Locales'
 * structures and shared results. Fixed credentials, printed by `npm start` like the demo
 * passwords, so that docs/partners.md can be followed in the first minute; real clients get a
 * random secret from support, shown once.
 */
export const DEMO_PARTNER_CLIENT = {
  clientId: 'osp_demo_unml',
  clientSecret: 'osps_demo-unml-a-ne-jamais-utiliser-en-production',
  name: 'SI I-Milo (démo UNML)',
  network: 'UNML',
  scopes: ['organizations:read', 'campaigns:read', 'results:read', 'results:identity'] as const,
};
