import { organizationsEntities } from './organizations/entities.js';

/** Every MikroORM entity, listed explicitly (no folder scanning). */
export const entities = [...organizationsEntities];
