import { GraphQLRequestError } from '../auth/graphqlClient';
import { graphql } from '../gql';
import type { OrganizationType, RequestOrganizationCreationInput } from '../gql/graphql';

export const REQUEST_ORGANIZATION_CREATION = graphql(`mutation RequestOrganizationCreation($input: RequestOrganizationCreationInput!) {
  requestOrganizationCreation(input: $input) { id name status }
}`);

export const NETWORKS = graphql(`query CreationRequestNetworks { networks { id name } }`);

/** The six types of PRODUCT.md "Organisations and networks", labelled by `orga.support.organizationTypes.*`. */
export const REQUEST_ORGANIZATION_TYPES = ['MISSION_LOCALE', 'FRANCE_TRAVAIL', 'CAP_EMPLOI', 'E2C', 'EPIDE', 'OTHER'] as const;

/**
 * What the requester certifies by ticking the mandate box. Stored by the API as the request's
 * `mandateStatement` and read by support: always in French, whatever the console's language.
 */
export function mandateStatement(directorName: string): string {
  return `Je certifie agir avec le mandat de ${directorName.trim()}, directeur ou directrice de la structure, pour demander la création de son espace Orga.`;
}

export interface RequestForm {
  name: string;
  type: string;
  siret: string;
  street: string;
  postalCode: string;
  city: string;
  department: string;
  region: string;
  networkId: string;
  directorName: string;
  mandate: boolean;
}

export const EMPTY_REQUEST_FORM: RequestForm = {
  name: '',
  type: '',
  siret: '',
  street: '',
  postalCode: '',
  city: '',
  department: '',
  region: '',
  networkId: '',
  directorName: '',
  mandate: false,
};

export type FieldName = keyof RequestForm;
/** Field → translation key of the message shown under it. */
export type FieldErrors = Partial<Record<FieldName, string>>;

/** People type SIRETs with spaces, dots or dashes ("123 456 789 00012"): keep the digits' order, drop those. */
export function normalizeSiret(siret: string): string {
  return siret.replace(/[\s.\-]+/g, '');
}

const REQUIRED: FieldName[] = ['name', 'type', 'siret', 'directorName'];

/** Before sending: the required fields and the mandate. The API checks the SIRET's key and the network. */
export function validateRequestForm(form: RequestForm): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of REQUIRED) {
    if (!String(form[field]).trim()) errors[field] = 'orga.creationRequest.fieldErrors.required';
  }
  if (!form.mandate) errors.mandate = 'orga.creationRequest.fieldErrors.mandate';
  return errors;
}

/** The mutation's input: trimmed texts, blank optional fields left out (never empty strings). */
export function toRequestInput(form: RequestForm): RequestOrganizationCreationInput {
  const input: RequestOrganizationCreationInput & Record<string, string> = {
    name: form.name.trim(),
    type: form.type as OrganizationType,
    siret: normalizeSiret(form.siret),
    directorName: form.directorName.trim(),
    mandateStatement: mandateStatement(form.directorName),
  };
  for (const field of ['street', 'postalCode', 'city', 'department', 'region', 'networkId'] as const) {
    const value = form[field].trim();
    if (value) input[field] = value;
  }
  return input;
}

const INPUT_TO_FORM: Record<string, FieldName> = { mandateStatement: 'mandate' };

/** The message for one broken rule of the API (class-validator names, or the domain's own). */
function constraintKey(constraints: string[]): string {
  if (constraints.includes('siret')) return 'orga.creationRequest.fieldErrors.siret';
  if (constraints.includes('exists')) return 'orga.creationRequest.fieldErrors.network';
  if (constraints.includes('isNotEmpty')) return 'orga.creationRequest.fieldErrors.required';
  if (constraints.includes('maxLength')) return 'orga.creationRequest.fieldErrors.tooLong';
  return 'orga.creationRequest.fieldErrors.invalid';
}

/** BAD_USER_INPUT's `extensions.fields` ("input.siret" or "siret") as messages under the form's fields. */
export function fieldErrorsFromApi(error: unknown): FieldErrors {
  if (!(error instanceof GraphQLRequestError) || error.code !== 'BAD_USER_INPUT') return {};
  const fields = error.extensions.fields;
  if (!Array.isArray(fields)) return {};
  const errors: FieldErrors = {};
  for (const entry of fields as { field?: unknown; constraints?: unknown }[]) {
    if (typeof entry?.field !== 'string') continue;
    const name = entry.field.replace(/^input\./, '');
    const field = INPUT_TO_FORM[name] ?? (name in EMPTY_REQUEST_FORM ? (name as FieldName) : null);
    if (!field || errors[field]) continue;
    errors[field] = constraintKey(Array.isArray(entry.constraints) ? entry.constraints.filter((c): c is string => typeof c === 'string') : []);
  }
  return errors;
}
