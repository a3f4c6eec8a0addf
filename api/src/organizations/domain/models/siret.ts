/**
 * A SIRET is 14 digits whose Luhn key is valid (INSEE). La Poste's establishments (SIREN
 * 356000000) follow another rule: the digits sum to a multiple of 5.
 */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith('356000000')) {
    return [...siret].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0;
  }
  let sum = 0;
  for (let index = 0; index < 14; index += 1) {
    let digit = Number(siret[13 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** People type SIRETs with spaces ("123 456 789 00012"). */
export function normalizeSiret(siret: string): string {
  return siret.replace(/\s+/g, '');
}
