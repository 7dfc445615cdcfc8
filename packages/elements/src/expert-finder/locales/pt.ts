import { formatNumber, plural } from '../../internal/format.js';
import type { ExpertFinderStrings } from '../expert-finder.strings.js';

const N = (n: number) => formatNumber('pt', n);

/** `<confab-expert-finder>` strings in Portuguese (Brazil), loaded on demand. */
export const strings: ExpertFinderStrings = {
  label: 'Encontrar um especialista',
  placeholder: 'Competência ou assunto, por exemplo Kubernetes',
  search: 'Pesquisar',
  hint: 'Pesquise por competência ou assunto. Os especialistas são ordenados por respostas aceitas e validações.',
  searching: 'Pesquisando…',
  found: (n) => plural('pt', n, { one: `${N(n)} especialista encontrado`, other: `${N(n)} especialistas encontrados` }),
  empty: (q) => `Nenhum especialista encontrado para “${q}”.`,
  offline: 'Você está off-line. Pesquise novamente quando voltar a ficar on-line.',
  showMore: 'Mostrar mais',
  more: (n) => plural('pt', n, { one: `Mais ${N(n)} especialista exibido`, other: `Mais ${N(n)} especialistas exibidos` }),
  results: 'Especialistas',
  endorsementsFor: (n, skill) => plural('pt', n, { one: `${N(n)} validação de ${skill}`, other: `${N(n)} validações de ${skill}` }),
  acceptedAnswersIn: (n, skill) => plural('pt', n, { one: `${N(n)} resposta aceita sobre ${skill}`, other: `${N(n)} respostas aceitas sobre ${skill}` }),
  declared: (skill) => `Informa ${skill} como competência`,
  nameMatch: 'Corresponde ao nome, cargo, departamento ou local',
};
