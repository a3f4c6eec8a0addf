export { seedDemo, seedDemoIfEmpty, demoBanner, demoCredentials, readDemoFacts, type DemoFacts } from './demo/seed-demo.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './demo/accounts.js';
export { DEMO_CAMPAIGNS, demoCampaign, type DemoCampaign } from './demo/campaigns.js';
export { DEMO_PARTICIPANTS, DEMO_PARTICIPATIONS, type DemoParticipation } from './demo/participations.js';
export { generateScaleDataset } from './scale/generate.js';
export { SCALE_PASSWORD, type ScaleManifest, type ScaleOptions, type ProgressEvent } from './scale/parameters.js';
