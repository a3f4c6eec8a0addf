export const ORGANIZATION_TYPES = ['MISSION_LOCALE', 'FRANCE_TRAVAIL', 'CAP_EMPLOI', 'E2C', 'EPIDE', 'OTHER'] as const;

/** Choices for react-admin selects, labelled through `orga.support.organizationTypes.*`. */
export const organizationTypeChoices = ORGANIZATION_TYPES.map((id) => ({ id, name: `orga.support.organizationTypes.${id}` }));
