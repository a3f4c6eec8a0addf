import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../auth/graphqlClient';
import { EMPTY_REQUEST_FORM, fieldErrorsFromApi, normalizeSiret, toRequestInput, validateRequestForm } from './requestForm';

const filled = {
  ...EMPTY_REQUEST_FORM,
  name: '  Mission Locale de Guéret ',
  type: 'MISSION_LOCALE',
  siret: '732 829 320 00074',
  city: ' Guéret ',
  networkId: 'n1',
  directorName: ' Claire Dumas ',
  mandate: true,
};

describe('creation request form', () => {
  it('keeps only the digits of a SIRET typed with spaces, dots or dashes', () => {
    expect(normalizeSiret(' 732 829 320 00074 ')).toBe('73282932000074');
    expect(normalizeSiret('732.829.320-00074')).toBe('73282932000074');
  });

  it('asks for the required fields and the mandate before sending anything', () => {
    expect(validateRequestForm(EMPTY_REQUEST_FORM)).toEqual({
      name: 'orga.creationRequest.fieldErrors.required',
      type: 'orga.creationRequest.fieldErrors.required',
      siret: 'orga.creationRequest.fieldErrors.required',
      directorName: 'orga.creationRequest.fieldErrors.required',
      mandate: 'orga.creationRequest.fieldErrors.mandate',
    });
    expect(validateRequestForm(filled)).toEqual({});
  });

  it('sends trimmed texts, the normalised SIRET, the French mandate statement and no blank optional field', () => {
    expect(toRequestInput(filled)).toEqual({
      name: 'Mission Locale de Guéret',
      type: 'MISSION_LOCALE',
      siret: '73282932000074',
      city: 'Guéret',
      networkId: 'n1',
      directorName: 'Claire Dumas',
      mandateStatement: expect.stringContaining('Je certifie agir avec le mandat de Claire Dumas'),
    });
  });

  it("puts BAD_USER_INPUT's field errors under the form's fields", () => {
    const error = new GraphQLRequestError('BAD_USER_INPUT', 'invalid', {
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'siret', constraints: ['siret'] },
        { field: 'input.networkId', constraints: ['exists'] },
        { field: 'mandateStatement', constraints: ['isNotEmpty'] },
        { field: 'unknown', constraints: ['x'] },
      ],
    });
    expect(fieldErrorsFromApi(error)).toEqual({
      siret: 'orga.creationRequest.fieldErrors.siret',
      networkId: 'orga.creationRequest.fieldErrors.network',
      mandate: 'orga.creationRequest.fieldErrors.required',
    });
    expect(fieldErrorsFromApi(new GraphQLRequestError('FORBIDDEN', 'no'))).toEqual({});
  });
});
