export { seedDemo, seedDemoIfEmpty, demoBanner } from './demo/seed-demo.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo/accounts.js';
