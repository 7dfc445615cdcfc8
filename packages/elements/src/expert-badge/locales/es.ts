import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertBadgeStrings } from '../expert-badge.strings.js';

const N = (n: number) => formatNumber('es', n);

/** `<confab-expert-badge>` strings in Spanish, loaded on demand. */
export const strings: ExpertBadgeStrings = {
  unknownPerson: 'Persona desconocida',
  loadFailed: 'No se pudo cargar a esta persona.',
  loadOffline: 'No tienes conexión; no se puede cargar a esta persona.',
  availability: { available: 'Disponible', busy: 'Ocupado', away: 'Ausente', offline: 'Desconectado' },
  close: 'Cerrar perfil',
  ask: (first) => `Preguntar a ${first}`,
  endorse: 'Validar',
  endorseSkill: (skill) => `Validar ${skill}`,
  endorsements: (n) => plural('es', n, { one: `${N(n)} validación`, other: `${N(n)} validaciones` }),
  skills: 'Aptitudes',
  noSkills: 'Todavía no hay aptitudes indicadas.',
  evidence: 'Respuestas',
  evidenceAccepted: (n, skill) => plural('es', n, { one: `${N(n)} respuesta aceptada sobre ${skill}`, other: `${N(n)} respuestas aceptadas sobre ${skill}` }),
  evidenceAnswers: (n, skill) => plural('es', n, { one: `${N(n)} respuesta sobre ${skill}`, other: `${N(n)} respuestas sobre ${skill}` }),
  endorsed: (skill) => `Has validado ${skill}.`,
  unendorsed: (skill) => `Has retirado tu validación de ${skill}.`,
  endorseOffline: 'No tienes conexión. Vuelve a intentarlo cuando estés en línea.',
  availabilityUntil: (availability, date) => `${availability} hasta el ${date}`,
  editProfile: 'Editar perfil',
};
