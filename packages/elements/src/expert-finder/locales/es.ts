import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertFinderStrings } from '../expert-finder.strings.js';

const N = (n: number) => formatNumber('es', n);

/** `<confab-expert-finder>` strings in Spanish, loaded on demand. */
export const strings: ExpertFinderStrings = {
  label: 'Buscar un experto',
  placeholder: 'Aptitud o tema, p. ej. Kubernetes',
  search: 'Buscar',
  hint: 'Busca por aptitud o tema. Los expertos se ordenan según sus respuestas aceptadas y sus validaciones.',
  searching: 'Buscando…',
  found: (n) => plural('es', n, { one: `${N(n)} experto encontrado`, other: `${N(n)} expertos encontrados` }),
  empty: (q) => `No se encontraron expertos para «${q}».`,
  offline: 'No tienes conexión. Vuelve a buscar cuando estés en línea.',
  showMore: 'Mostrar más',
  more: (n) => plural('es', n, { one: `Se muestra ${N(n)} experto más`, other: `Se muestran ${N(n)} expertos más` }),
  results: 'Expertos',
  endorsementsFor: (n, skill) => plural('es', n, { one: `${N(n)} validación de ${skill}`, other: `${N(n)} validaciones de ${skill}` }),
  acceptedAnswersIn: (n, skill) => plural('es', n, { one: `${N(n)} respuesta aceptada sobre ${skill}`, other: `${N(n)} respuestas aceptadas sobre ${skill}` }),
  declared: (skill) => `Indica ${skill} entre sus aptitudes`,
  nameMatch: 'Coincide con el nombre, el cargo, el departamento o la ubicación',
};
