import { registerEnumType } from 'type-graphql';
import { BadgeCriterionScope } from '../domain/models/badge.js';
import { TargetProfileCategory } from '../domain/models/target-profile.js';

registerEnumType(TargetProfileCategory, {
  name: 'TargetProfileCategory',
  valuesConfig: {
    PIX_EMPLOI: { description: 'The Pix emploi profiles of the guide (Diagnostic initial, Parcours CléA numérique).' },
    COMPETENCE: { description: 'Every skill of one competence.' },
    OTHER: { description: 'Any other profile.' },
  },
});

registerEnumType(BadgeCriterionScope, {
  name: 'BadgeCriterionScope',
  valuesConfig: {
    GLOBAL: { description: "Mastery over all the profile's skills." },
    EVERY_AREA: { description: 'Mastery in each area the profile covers, every one of them.' },
  },
});

export { BadgeCriterionScope, TargetProfileCategory };
