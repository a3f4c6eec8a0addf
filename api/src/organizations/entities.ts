import { SessionEntity } from './infrastructure/session.entity.js';
import { UserEntity } from './infrastructure/user.entity.js';

export const organizationsEntities = [UserEntity, SessionEntity];
