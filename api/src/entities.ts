import { organizationsEntities } from './organizations/entities.js';
import { certificationEntities } from './certification/entities.js';
import { campaignsEntities } from './campaigns/entities.js';
import { MailOutboxEntity } from './shared/mail/mail-outbox.entity.js';

/** Every MikroORM entity, listed explicitly (no folder scanning). */
export const entities = [...organizationsEntities, ...certificationEntities, ...campaignsEntities, MailOutboxEntity];
