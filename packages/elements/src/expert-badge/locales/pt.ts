import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertBadgeStrings } from '../expert-badge.strings.js';

const N = (n: number) => formatNumber('pt', n);

/** `<confab-expert-badge>` strings in Portuguese (Brazil), loaded on demand. */
export const strings: ExpertBadgeStrings = {
  unknownPerson: 'Pessoa desconhecida',
  loadFailed: 'Não foi possível carregar esta pessoa.',
  loadOffline: 'Você está off-line; não é possível carregar esta pessoa.',
  availability: { available: 'Disponível', busy: 'Ocupado', away: 'Ausente', offline: 'Off-line' },
  close: 'Fechar perfil',
  ask: (first) => `Perguntar a ${first}`,
  endorse: 'Validar',
  endorseSkill: (skill) => `Validar ${skill}`,
  endorsements: (n) => plural('pt', n, { one: `${N(n)} validação`, other: `${N(n)} validações` }),
  skills: 'Competências',
  noSkills: 'Nenhuma competência informada ainda.',
  evidence: 'Respostas',
  evidenceAccepted: (n, skill) => plural('pt', n, { one: `${N(n)} resposta aceita sobre ${skill}`, other: `${N(n)} respostas aceitas sobre ${skill}` }),
  evidenceAnswers: (n, skill) => plural('pt', n, { one: `${N(n)} resposta sobre ${skill}`, other: `${N(n)} respostas sobre ${skill}` }),
  endorsed: (skill) => `Você validou ${skill}.`,
  unendorsed: (skill) => `Você retirou sua validação de ${skill}.`,
  endorseOffline: 'Você está off-line. Tente novamente quando voltar a ficar on-line.',
  availabilityUntil: (availability, date) => `${availability} até ${date}`,
  editProfile: 'Editar perfil',
};
